import { checkTimes, readTime, rowsFromTimes, timesDays, timesFromRows, type TimesRow } from "./opening-times";
import { emptyServiceEdit, errorValues, parseServiceForm } from "./service-form";

function grid(days: Record<string, [string, string]>) {
  const data = new URLSearchParams({ name: "Spreekuur", organization: "Org" });
  for (const day of ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]) {
    const [from, to] = days[day] ?? ["", ""];
    data.append(`opening_times_${day}_from`, from);
    data.append(`opening_times_${day}_to`, to);
  }
  return data;
}

const row = (fields: Partial<TimesRow>): TimesRow => ({
  freq: "WEEKLY",
  interval: 1,
  byday: "MO",
  bymonthday: null,
  byweekno: null,
  byyearday: null,
  opens_at: "09:00",
  closes_at: "17:00",
  valid_from: null,
  valid_to: null,
  ...fields,
});

describe("opening times in the edit form", () => {
  it("reads times the way people write them", () => {
    expect(readTime("9")).toBe("09:00");
    expect(readTime("9.30")).toBe("09:30");
    expect(readTime("0830")).toBe("08:30");
    expect(readTime("17:00")).toBe("17:00");
    expect(readTime("24:00")).toBeNull();
    expect(readTime("24:00", true)).toBe("24:00");
    expect(readTime("9:75")).toBeNull();
    expect(readTime("negen")).toBeNull();
  });

  it("stores the boxes as one line per open day, written one way", () => {
    const { value, errors } = parseServiceForm(grid({ MO: ["9", "17"], TU: ["9.00", "17:00"], SA: ["", ""] }));
    expect(errors).toEqual({});
    expect(value.opening_times).toBe("MO 09:00-17:00\nTU 09:00-17:00");
  });

  it("refuses a wrong time, names the day, and keeps what was typed", () => {
    const { value, errors } = parseServiceForm(grid({ MO: ["9", "17"], WE: ["9", "vijf uur"] }));
    expect(errors.opening_times).toBe("errors.service.openingTime");
    expect(errorValues(value, "opening_times")).toEqual({ day: "woensdag" });
    expect(errorValues(value, "opening_times", "en")).toEqual({ day: "Wednesday" });
    expect(timesDays(value.opening_times).WE).toEqual({ from: "9", to: "vijf uur" });
    expect(timesDays(value.opening_times).MO).toEqual({ from: "9", to: "17" });
  });

  it("asks for both times, and two different ones", () => {
    expect(parseServiceForm(grid({ FR: ["9", ""] })).errors.opening_times).toBe("errors.service.openingTimeMissing");
    expect(checkTimes("FR 9-").ok).toBe(false);
    expect(parseServiceForm(grid({ FR: ["9", "9:00"] })).errors.opening_times).toBe("errors.service.openingTimeSame");
    // A night: from 17:00 to 8:00 the next morning; the whole day: 0:00 to 0:00.
    expect(parseServiceForm(grid({ FR: ["17", "8"], SA: ["0", "0"] })).errors).toEqual({});
  });

  it("takes the stored text from an import row and checks it too", () => {
    const value = { ...emptyServiceEdit(), name: "S", organization: "O", opening_times: "MO 09:00-17:00" };
    const source = new URLSearchParams(Object.entries(value).map(([k, v]) => [k, String(v)]));
    expect(parseServiceForm(source).value.opening_times).toBe("MO 09:00-17:00");
    source.set("opening_times", "maandag altijd");
    expect(parseServiceForm(source).errors.opening_times).toBe("errors.service.openingTime");
  });

  it("makes rows of days that follow each other, with words in both languages", () => {
    expect(rowsFromTimes("MO 09:00-17:00\nTU 09:00-17:00\nWE 09:00-17:00\nTH 09:00-17:00\nFR 09:00-12:00")).toEqual([
      {
        byday: "MO,TU,WE,TH",
        opens_at: "09:00",
        closes_at: "17:00",
        description: "Maandag tot en met donderdag van 9:00 tot 17:00.",
        description_en: "Monday to Thursday from 9:00 to 17:00.",
      },
      {
        byday: "FR",
        opens_at: "09:00",
        closes_at: "12:00",
        description: "Vrijdag van 9:00 tot 12:00.",
        description_en: "Friday from 9:00 to 12:00.",
      },
    ]);
    expect(rowsFromTimes("TU 11:00-16:00\nTH 11:00-16:00").map((r) => [r.byday, r.description])).toEqual([
      ["TU", "Dinsdag van 11:00 tot 16:00."],
      ["TH", "Donderdag van 11:00 tot 16:00."],
    ]);
  });

  it("shows stored rows in the boxes only when they fit", () => {
    expect(timesFromRows([row({ byday: "MO,TU" }), row({ byday: "FR", closes_at: "12:00" })])).toBe(
      "MO 09:00-17:00\nTU 09:00-17:00\nFR 09:00-12:00",
    );
    // Words only (no times, or no rule): not in the boxes, and no reason to refuse the boxes.
    expect(
      timesFromRows([
        row({ opens_at: null, closes_at: null }),
        row({ freq: null, byday: null, opens_at: null, closes_at: null }),
      ]),
    ).toBe("");
    // Two times on one day, a monthly rule, a dated row: the boxes cannot show them.
    expect(timesFromRows([row({}), row({ opens_at: "13:00" })])).toBeNull();
    expect(timesFromRows([row({ freq: "MONTHLY", byday: "1TH" })])).toBeNull();
    expect(
      timesFromRows([
        row({}),
        row({
          freq: null,
          byday: null,
          opens_at: null,
          closes_at: null,
          valid_from: "2026-12-25",
          valid_to: "2026-12-25",
        }),
      ]),
    ).toBeNull();
  });
});
