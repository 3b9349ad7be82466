import { amsterdamToUtc, openingState, serviceHours, type ScheduleRule } from "./opening-hours";
import { openingSentence } from "./opening-words";
import { weekOrder } from "./contact-view";

/** A schedule row as the seed writes one. */
function row(fields: Partial<ScheduleRule>): ScheduleRule {
  return {
    freq: "WEEKLY",
    interval: 1,
    byday: "MO,TU,WE,TH,FR",
    opens_at: "09:00",
    closes_at: "17:00",
    valid_from: null,
    valid_to: null,
    to_verify: 0,
    description: "Maandag tot en met vrijdag van 9.00 tot 17.00 uur.",
    description_en: "Monday to Friday from 9:00 to 17:00.",
    ...fields,
  };
}

const WORKDAYS = [row({})];
/** Huisartsenpost-like: the evening and the night, across midnight. */
const NIGHTS = [row({ opens_at: "17:00", closes_at: "08:00" })];

/** Amsterdam wall-clock time as an instant ("2026-12-01 10:00" in winter is 09:00 UTC). */
function at(local: string): Date {
  const [date, time] = local.split(" ");
  const [h, m] = time.split(":").map(Number);
  return new Date(amsterdamToUtc(Date.parse(`${date}T00:00:00Z`) / 86_400_000, h * 60 + m));
}

function say(schedules: ScheduleRule[], local: string, lang: "nl" | "en" = "nl") {
  return openingSentence(openingState(schedules, at(local)).state, lang);
}

describe("openingState on a working week (Tuesday 1 December 2026)", () => {
  it("says open until the closing time, in Dutch and English", () => {
    expect(say(WORKDAYS, "2026-12-01 10:00")).toBe("Nu open tot 17:00.");
    expect(say(WORKDAYS, "2026-12-01 10:00", "en")).toBe("Open now until 17:00.");
  });

  it("opens at the minute it opens and closes at the minute it closes", () => {
    expect(say(WORKDAYS, "2026-12-01 08:59")).toBe("Nu dicht. Open vandaag om 9:00.");
    expect(say(WORKDAYS, "2026-12-01 09:00")).toBe("Nu open tot 17:00.");
    expect(say(WORKDAYS, "2026-12-01 16:59")).toBe("Nu open tot 17:00.");
    expect(say(WORKDAYS, "2026-12-01 17:00")).toBe("Nu dicht. Open morgen om 9:00.");
    expect(say(WORKDAYS, "2026-12-01 17:00", "en")).toBe("Closed now. Opens tomorrow at 9:00.");
  });

  it("on Friday evening and at the weekend names Monday", () => {
    expect(say(WORKDAYS, "2026-12-04 18:00")).toBe("Nu dicht. Open op maandag om 9:00.");
    expect(say(WORKDAYS, "2026-12-05 12:00")).toBe("Vandaag dicht. Open op maandag om 9:00.");
    expect(say(WORKDAYS, "2026-12-05 12:00", "en")).toBe("Closed today. Opens on Monday at 9:00.");
    expect(say(WORKDAYS, "2026-12-06 12:00")).toBe("Vandaag dicht. Open morgen om 9:00.");
  });

  it("reads the time in Amsterdam, not in UTC", () => {
    // 08:30 UTC is 09:30 in Amsterdam in winter.
    expect(openingState(WORKDAYS, new Date("2026-12-01T08:30:00Z")).state.kind).toBe("open");
    // 23:30 UTC on Sunday is already Monday 00:30 in Amsterdam.
    expect(openingSentence(openingState(WORKDAYS, new Date("2026-12-06T23:30:00Z")).state, "nl")).toBe(
      "Nu dicht. Open vandaag om 9:00.",
    );
  });
});

describe("openingState across midnight", () => {
  it("is open in the night that began the evening before", () => {
    expect(say(NIGHTS, "2026-12-01 23:00")).toBe("Nu open tot morgen 8:00.");
    expect(say(NIGHTS, "2026-12-01 23:00", "en")).toBe("Open now until 8:00 tomorrow.");
    expect(say(NIGHTS, "2026-12-02 02:00")).toBe("Nu open tot 8:00.");
    expect(say(NIGHTS, "2026-12-02 12:00")).toBe("Nu dicht. Open vandaag om 17:00.");
  });

  it("still holds Friday's night on Saturday morning, and nothing after", () => {
    expect(say(NIGHTS, "2026-12-05 07:59")).toBe("Nu open tot 8:00.");
    expect(say(NIGHTS, "2026-12-05 08:00")).toBe("Nu dicht. Open op maandag om 17:00.");
  });

  it("joins hours that follow each other into one stretch", () => {
    const allWeek = [
      row({ byday: "MO,TU,WE,TH,FR", opens_at: "17:00", closes_at: "08:00" }),
      row({ byday: "MO,TU,WE,TH,FR", opens_at: "08:00", closes_at: "17:00" }),
    ];
    expect(say(allWeek, "2026-12-01 12:00")).toBe("Nu open tot zaterdag 8:00.");
    const always = [row({ byday: "MO,TU,WE,TH,FR,SA,SU", opens_at: "00:00", closes_at: "24:00" })];
    expect(say(always, "2026-12-01 12:00")).toBe("Dag en nacht open.");
  });
});

describe("openingState on the days the clocks change", () => {
  // Summer time starts on Sunday 29 March 2026 at 02:00 (to 03:00) and ends on Sunday 25 October 2026 at 03:00 (to 02:00).
  const sundays = [row({ byday: "SU", opens_at: "10:00", closes_at: "16:00" })];
  const nights = [row({ byday: "SA", opens_at: "22:00", closes_at: "06:00" })];

  it("uses summer time after the last Sunday of March", () => {
    // 08:30 UTC is 10:30 in summer time (09:30 in winter time).
    expect(openingState(sundays, new Date("2026-03-29T08:30:00Z")).state.kind).toBe("open");
    expect(openingState(sundays, new Date("2026-03-29T07:30:00Z")).state.kind).toBe("closed");
    // The Saturday before: 08:30 UTC is 09:30, winter time still.
    expect(say(sundays, "2026-03-28 09:30")).toBe("Vandaag dicht. Open morgen om 10:00.");
  });

  it("uses winter time after the last Sunday of October", () => {
    // 09:30 UTC is 10:30 in winter time (11:30 in summer time).
    expect(openingState(sundays, new Date("2026-10-25T09:30:00Z")).state.kind).toBe("open");
    // 08:59 UTC is 09:59 in winter time: not open yet (it would be 10:59 in summer time).
    expect(openingState(sundays, new Date("2026-10-25T08:59:00Z")).state.kind).toBe("closed");
    expect(openingState(sundays, new Date("2026-10-25T09:00:00Z")).state.kind).toBe("open");
    expect(openingState(sundays, new Date("2026-10-25T15:00:00Z")).state.kind).toBe("closed");
    expect(openingState(sundays, new Date("2026-10-25T14:59:00Z")).state.kind).toBe("open");
  });

  it("keeps a night open through the hour that is skipped or repeated", () => {
    expect(say(nights, "2026-03-29 01:59")).toBe("Nu open tot 6:00.");
    expect(openingState(nights, new Date("2026-03-29T01:30:00Z")).state.kind).toBe("open"); // 03:30 summer time
    expect(openingState(nights, new Date("2026-03-29T04:00:00Z")).state.kind).toBe("closed"); // 06:00 summer time
    expect(openingState(nights, new Date("2026-10-25T00:30:00Z")).state.kind).toBe("open"); // 02:30 summer time
    expect(openingState(nights, new Date("2026-10-25T01:30:00Z")).state.kind).toBe("open"); // 02:30 winter time
    expect(openingState(nights, new Date("2026-10-25T04:59:00Z")).state.kind).toBe("open"); // 05:59 winter time
    expect(openingState(nights, new Date("2026-10-25T05:00:00Z")).state.kind).toBe("closed"); // 06:00 winter time
  });

  it("gives the real instant the sentence changes, in either time", () => {
    // Closes at 16:00: 14:00 UTC in summer time, 15:00 UTC in winter time.
    expect(new Date(openingState(sundays, new Date("2026-03-29T09:00:00Z")).changesAt!).toISOString()).toBe(
      "2026-03-29T14:00:00.000Z",
    );
    expect(new Date(openingState(sundays, new Date("2026-10-25T10:00:00Z")).changesAt!).toISOString()).toBe(
      "2026-10-25T15:00:00.000Z",
    );
    // The night closes at 06:00 summer time, 04:00 UTC.
    expect(new Date(openingState(nights, new Date("2026-03-29T00:30:00Z")).changesAt!).toISOString()).toBe(
      "2026-03-29T04:00:00.000Z",
    );
  });
});

describe("openingState on a public holiday the data names", () => {
  const christmas = [
    ...WORKDAYS,
    row({
      freq: null,
      byday: null,
      opens_at: null,
      closes_at: null,
      valid_from: "2026-12-25",
      valid_to: "2026-12-25",
      description: "Eerste Kerstdag",
      description_en: "Christmas Day",
    }),
  ];

  it("says closed today, why, and the next opening after it", () => {
    expect(say(christmas, "2026-12-25 10:00")).toBe("Vandaag dicht: Eerste Kerstdag. Open op maandag om 9:00.");
    expect(say(christmas, "2026-12-25 10:00", "en")).toBe("Closed today: Christmas Day. Opens on Monday at 9:00.");
  });

  it("skips the holiday when it names the next opening", () => {
    expect(say(christmas, "2026-12-24 18:00")).toBe("Nu dicht. Open op maandag om 9:00.");
  });

  it("uses the hours of a dated row on its day, and the weekly hours the day after", () => {
    const shortDay = [
      ...WORKDAYS,
      row({
        freq: null,
        byday: null,
        opens_at: "09:00",
        closes_at: "12:00",
        valid_from: "2026-12-24",
        valid_to: "2026-12-24",
      }),
    ];
    expect(say(shortDay, "2026-12-24 10:00")).toBe("Nu open tot 12:00.");
    expect(say(shortDay, "2026-12-24 13:00")).toBe("Nu dicht. Open morgen om 9:00.");
    expect(say(shortDay, "2026-12-23 13:00")).toBe("Nu open tot 17:00.");
  });

  it("names a date further than a week away", () => {
    const closedFortnight = [
      ...WORKDAYS,
      row({
        freq: null,
        byday: null,
        opens_at: null,
        closes_at: null,
        valid_from: "2026-12-21",
        valid_to: "2027-01-03",
        description: null,
        description_en: null,
      }),
    ];
    expect(say(closedFortnight, "2026-12-21 10:00")).toBe("Vandaag dicht. Open op maandag 4 januari om 9:00.");
  });
});

describe("openingState never guesses", () => {
  it("says nothing without rows, or when a row is words only", () => {
    expect(openingState([], at("2026-12-01 10:00")).state.kind).toBe("unknown");
    const words = row({ freq: null, byday: null, opens_at: null, closes_at: null, description: "Op afspraak." });
    expect(openingState([words], at("2026-12-01 10:00")).state.kind).toBe("unknown");
    expect(say([words], "2026-12-01 10:00")).toBeNull();
  });

  it("says nothing when one of the rows has no times (it might be the open one)", () => {
    // The weekend of a huisartsenpost: "dag en nacht", without times. Never "Vandaag dicht" on Saturday.
    const weekend = row({ byday: "SA,SU", opens_at: null, closes_at: null, description: "Weekend: dag en nacht." });
    expect(openingState([...NIGHTS, weekend], at("2026-12-05 12:00")).state.kind).toBe("unknown");
  });

  it("says nothing for rules it does not read, or only holidays", () => {
    expect(openingState([row({ interval: 2 })], at("2026-12-01 10:00")).state.kind).toBe("unknown");
    expect(openingState([row({ bymonthday: "1" })], at("2026-12-01 10:00")).state.kind).toBe("unknown");
    expect(openingState([row({ byday: "XX" })], at("2026-12-01 10:00")).state.kind).toBe("unknown");
    expect(openingState([row({ closes_at: null })], at("2026-12-01 10:00")).state.kind).toBe("unknown");
    expect(openingState([row({ opens_at: "09:00", closes_at: "09:00" })], at("2026-12-01 10:00")).state.kind).toBe(
      "unknown",
    );
    expect(
      openingState(
        [
          row({
            freq: null,
            byday: null,
            opens_at: null,
            closes_at: null,
            valid_from: "2026-12-25",
            valid_to: "2026-12-25",
          }),
        ],
        at("2026-12-01 10:00"),
      ).state.kind,
    ).toBe("unknown");
  });

  it("reads a monthly rule: the first Thursday of the month", () => {
    const firstThursday = [row({ freq: "MONTHLY", byday: "1TH", opens_at: "16:00", closes_at: "18:00" })];
    expect(say(firstThursday, "2026-12-03 17:00")).toBe("Nu open tot 18:00.");
    expect(say(firstThursday, "2026-12-10 17:00")).toBe("Vandaag dicht. Open op donderdag 7 januari om 16:00.");
  });
});

describe("hours marked nog controleren (to_verify)", () => {
  it("never say a bare 'Nu open': the sentence says it is not sure yet", () => {
    const unsure = [row({ to_verify: 1 })];
    expect(say(unsure, "2026-12-01 10:00")).toBe("Nu open tot 17:00. Dit is nog niet zeker.");
    expect(say(unsure, "2026-12-01 10:00", "en")).toBe("Open now until 17:00. This is not sure yet.");
    expect(say(unsure, "2026-12-05 10:00")).toBe("Vandaag dicht. Open op maandag om 9:00. Dit is nog niet zeker.");
  });
});

describe("the moment the sentence changes", () => {
  it("is the closing time when open, the opening time when closed, and never past Amsterdam midnight", () => {
    const iso = (local: string) => new Date(openingState(WORKDAYS, at(local)).changesAt!).toISOString();
    expect(iso("2026-12-01 10:00")).toBe("2026-12-01T16:00:00.000Z"); // 17:00
    expect(iso("2026-12-01 08:00")).toBe("2026-12-01T08:00:00.000Z"); // 09:00
    // Saturday: "Open op maandag" becomes "Open morgen" at midnight.
    expect(iso("2026-12-05 12:00")).toBe("2026-12-05T23:00:00.000Z");
    expect(openingState([], at("2026-12-01 10:00")).changesAt).toBeNull();
  });
});

describe("serviceHours", () => {
  it("takes the service's own rows, else the rows of its one place with hours", () => {
    const own = [row({})];
    const place = [row({ byday: "TH" })];
    expect(serviceHours(own, [place])).toBe(own);
    expect(serviceHours([], [[], place])).toBe(place);
    expect(serviceHours([], [place, [row({ byday: "FR" })]])).toEqual([]);
  });
});

describe("weekOrder", () => {
  it("lists the hours Monday first, by time, words without days last", () => {
    const rows = [
      { byday: "SA,SU", opens_at: null, id: "weekend" },
      { byday: null, opens_at: null, id: "words" },
      { byday: "MO,TU,WE,TH,FR", opens_at: "17:00", id: "evening" },
      { byday: "MO", opens_at: "09:00", id: "morning" },
      { byday: "1TH", opens_at: "16:00", id: "monthly" },
    ];
    expect(weekOrder(rows).map((r) => r.id)).toEqual(["morning", "evening", "monthly", "weekend", "words"]);
  });
});
