// Opening hours per day in the edit form: "from" and "to" for each weekday, stored as HSDS
// schedule rows (freq WEEKLY, byday, opens_at, closes_at) that openingState() reads for "Nu open"
// (decision 024). In ServiceEdit they are one text, a line per open day: "MO 09:00-17:00", so the
// audit log, the conflict check and the CSV import treat them like any other field. Pure.

export const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Day = (typeof DAYS)[number];

const NL_DAYS: Record<Day, string> = {
  MO: "maandag",
  TU: "dinsdag",
  WE: "woensdag",
  TH: "donderdag",
  FR: "vrijdag",
  SA: "zaterdag",
  SU: "zondag",
};
const EN_DAYS: Record<Day, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};

/** What one day's two boxes hold, as typed. */
export interface DayTimes {
  from: string;
  to: string;
}

export type TimesProblem =
  | { day: Day; field: "from" | "to"; key: "errors.service.openingTime" | "errors.service.openingTimeMissing" }
  | { day: Day; field: "to"; key: "errors.service.openingTimeSame" };

/** "9", "9:00", "9.00", "09:00", "0900" → "09:00"; "24:00" only as a closing time; null when it is not a time. */
export function readTime(typed: string, closing = false): string | null {
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(typed.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? "0");
  if (minute > 59 || hour > 24 || (hour === 24 && (minute > 0 || !closing))) return null;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** Typed text made safe for the one-line form: no dashes or line breaks, at most 10 characters. */
function keep(typed: string): string {
  return typed
    .replace(/[-\r\n]+/g, "")
    .trim()
    .slice(0, 10);
}

/** The text for ServiceEdit from the seven days as typed: a line per day with anything in it. */
export function timesText(days: Partial<Record<Day, DayTimes>>): string {
  return DAYS.flatMap((day) => {
    const d = days[day];
    if (!d || (keep(d.from) === "" && keep(d.to) === "")) return [];
    return [`${day} ${keep(d.from)}-${keep(d.to)}`];
  }).join("\n");
}

/** The seven days from the text, as typed (empty boxes for days without a line). */
export function timesDays(text: string): Record<Day, DayTimes> {
  const days = Object.fromEntries(DAYS.map((d) => [d, { from: "", to: "" }])) as Record<Day, DayTimes>;
  for (const line of text.split("\n")) {
    const match = /^([A-Z]{2}) ([^-]*)-(.*)$/.exec(line.trim());
    if (match && (DAYS as readonly string[]).includes(match[1]))
      days[match[1] as Day] = { from: match[2], to: match[3] };
  }
  return days;
}

/**
 * Check the text; the first problem in day order, or the text written the one way we store it
 * ("MO 09:00-17:00"). A line that is not a day is a problem of Monday's first box.
 */
export function checkTimes(text: string): { ok: true; text: string } | { ok: false; problem: TimesProblem } {
  for (const line of text.split("\n")) {
    if (line.trim() && !/^(MO|TU|WE|TH|FR|SA|SU) [^-]*-.*$/.test(line.trim()))
      return { ok: false, problem: { day: "MO", field: "from", key: "errors.service.openingTime" } };
  }
  const days = timesDays(text);
  const lines: string[] = [];
  for (const day of DAYS) {
    const { from, to } = days[day];
    if (from === "" && to === "") continue;
    if (from === "") return { ok: false, problem: { day, field: "from", key: "errors.service.openingTimeMissing" } };
    if (to === "") return { ok: false, problem: { day, field: "to", key: "errors.service.openingTimeMissing" } };
    const opens = readTime(from);
    if (!opens) return { ok: false, problem: { day, field: "from", key: "errors.service.openingTime" } };
    const closes = readTime(to, true);
    if (!closes) return { ok: false, problem: { day, field: "to", key: "errors.service.openingTime" } };
    if (opens === closes && opens !== "00:00")
      return { ok: false, problem: { day, field: "to", key: "errors.service.openingTimeSame" } };
    lines.push(`${day} ${opens}-${closes}`);
  }
  return { ok: true, text: lines.join("\n") };
}

/** The name of a day in a message ("maandag", "Monday"). */
export function dayName(day: Day, lang: string): string {
  return lang === "en" ? EN_DAYS[day] : NL_DAYS[day];
}

/** The schedule columns this reads and writes. */
export interface TimesRow {
  freq: string | null;
  interval: number | null;
  byday: string | null;
  bymonthday: string | null;
  byweekno: string | null;
  byyearday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  valid_from: string | null;
  valid_to: string | null;
}

/** A row the day boxes show: weekly, plain days, both times, no dates. */
export function isDayRow(row: TimesRow): boolean {
  return (
    row.freq === "WEEKLY" &&
    (row.interval === null || row.interval === 1) &&
    !row.bymonthday &&
    !row.byweekno &&
    !row.byyearday &&
    !row.valid_from &&
    !row.valid_to &&
    row.opens_at !== null &&
    row.closes_at !== null &&
    (row.byday ?? "").split(",").every((d) => (DAYS as readonly string[]).includes(d.trim()))
  );
}

/**
 * The stored text for a service's own rows, or null when the boxes cannot show them (two times on
 * one day, a monthly rule, dated rows): then the form shows the hours but does not change them.
 */
export function timesFromRows(rows: readonly TimesRow[]): string | null {
  const days: Partial<Record<Day, DayTimes>> = {};
  for (const row of rows) {
    const timed = row.opens_at !== null || row.closes_at !== null || row.valid_from || row.valid_to;
    if (!timed && !row.freq) continue; // words only: the "hours" lines
    if (!isDayRow(row)) {
      if (timed || row.freq === "MONTHLY") return null;
      continue; // days without times: words only
    }
    for (const d of row.byday!.split(",").map((x) => x.trim() as Day)) {
      if (days[d]) return null;
      days[d] = { from: row.opens_at!, to: row.closes_at! };
    }
  }
  return timesText(days);
}

/** "9:00" from "09:00". */
function clock(time: string): string {
  return time.replace(/^0(\d)/, "$1");
}

/** Days that follow each other with the same times become one row, with its words in Dutch and English. */
export function rowsFromTimes(text: string): {
  byday: string;
  opens_at: string;
  closes_at: string;
  description: string;
  description_en: string;
}[] {
  const days = timesDays(text);
  const groups: { days: Day[]; from: string; to: string }[] = [];
  for (const day of DAYS) {
    const { from, to } = days[day];
    if (!from || !to) continue;
    const last = groups[groups.length - 1];
    const follows = last && DAYS.indexOf(last.days[last.days.length - 1]) === DAYS.indexOf(day) - 1;
    if (last && follows && last.from === from && last.to === to) last.days.push(day);
    else groups.push({ days: [day], from, to });
  }
  const span = (g: { days: Day[] }, names: Record<Day, string>, through: string, and: string) => {
    const first = names[g.days[0]];
    const last = names[g.days[g.days.length - 1]];
    if (g.days.length === 1) return first;
    if (g.days.length === 2) return `${first} ${and} ${last}`;
    return `${first} ${through} ${last}`;
  };
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return groups.map((g) => ({
    byday: g.days.join(","),
    opens_at: g.from,
    closes_at: g.to,
    description: `${capital(span(g, NL_DAYS, "tot en met", "en"))} van ${clock(g.from)} tot ${clock(g.to)}.`,
    description_en: `${span(g, EN_DAYS, "to", "and")} from ${clock(g.from)} to ${clock(g.to)}.`,
  }));
}
