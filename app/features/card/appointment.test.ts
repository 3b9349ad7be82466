import fc from "fast-check";
import {
  formatDate,
  parseDate,
  parseTime,
  readCardForm,
  timeInWords,
  validateCard,
  weekdayName,
  weekdayOf,
} from "./appointment";

function form(entries: Record<string, string>) {
  return readCardForm(new URLSearchParams(entries));
}

const good = {
  what: "Samen de brief van de gemeente lezen",
  who: "Fatima",
  date: "2026-12-01",
  time: "14:30",
  place: "Buurthuis De Boog",
  bring: "De brief",
};

describe("appointment card", () => {
  it("accepts a complete card and works out the day of the week", () => {
    const result = validateCard(form(good), "2026-11-25");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.when).toEqual({ date: "2026-12-01", weekday: 1, hour: 14, minute: 30 });
    expect(formatDate(result.when.date, "nl")).toBe("dinsdag 1 december 2026");
    expect(formatDate(result.when.date, "en")).toBe("Tuesday, 1 December 2026");
  });

  it("names every missing required field, in the order of the form, and keeps what was typed", () => {
    const result = validateCard(form({ who: "  Jan   de Vries " }), "2026-11-25");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.key)).toEqual(["whatMissing", "dateMissing", "timeMissing", "placeMissing"]);
    expect(result.values.who).toBe("Jan de Vries");
  });

  it("refuses a date that does not exist, a date in the past and a time that is not a time", () => {
    const result = validateCard(form({ ...good, date: "31-02-2027", time: "25:00" }), "2026-11-25");
    expect(!result.ok && result.errors.map((e) => e.key)).toEqual(["dateInvalid", "timeInvalid"]);
    const past = validateCard(form({ ...good, date: "2026-11-24" }), "2026-11-25");
    expect(!past.ok && past.errors.map((e) => e.key)).toEqual(["datePast"]);
    expect(validateCard(form({ ...good, date: "2026-11-25" }), "2026-11-25").ok).toBe(true);
  });

  it("refuses text that is too long for a card", () => {
    const result = validateCard(form({ ...good, place: "x".repeat(161) }), "2026-11-25");
    expect(!result.ok && result.errors).toEqual([{ field: "place", key: "tooLong", max: 160 }]);
  });

  it("reads dates and times typed without a date or time picker", () => {
    expect(parseDate("1-12-2026")).toBe("2026-12-01");
    expect(parseDate("01/12/2026")).toBe("2026-12-01");
    expect(parseDate("2026-13-01")).toBeNull();
    expect(parseDate("morgen")).toBeNull();
    expect(parseTime("9")).toEqual({ hour: 9, minute: 0 });
    expect(parseTime("9.15 uur")).toEqual({ hour: 9, minute: 15 });
    expect(parseTime("12:60")).toBeNull();
  });

  it("only offers the two card sizes", () => {
    expect(form({ size: "a5" }).size).toBe("a5");
    expect(form({ size: "<script>" }).size).toBe("a6");
  });

  it("says the time in words the way people say it", () => {
    expect(timeInWords(14, 30, "nl")).toBe("half 3 's middags");
    expect(timeInWords(9, 15, "nl")).toBe("kwart over 9 's ochtends");
    expect(timeInWords(19, 45, "nl")).toBe("kwart voor 8 's avonds");
    expect(timeInWords(12, 0, "nl")).toBe("12 uur 's middags");
    expect(timeInWords(14, 30, "en")).toBe("half past 2 in the afternoon");
    expect(timeInWords(14, 10, "en")).toBeNull();
  });

  it("numbers the week from Monday", () => {
    expect(weekdayOf("2026-11-30")).toBe(0);
    expect(weekdayOf("2026-12-06")).toBe(6);
    expect(weekdayName(0, "nl")).toBe("maandag");
    expect(weekdayName(6, "en")).toBe("Sunday");
  });

  it("never throws, whatever is posted", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("what", "who", "date", "time", "place", "bring", "size"), fc.string()),
        (entries) => {
          const result = validateCard(form(entries), "2026-11-25");
          if (result.ok) expect(result.when.weekday).toBeGreaterThanOrEqual(0);
          else expect(result.errors.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
