// "Nu open tot 17:00", "Vandaag dicht", "Open morgen om 9:00": whether a service is open, from its
// structured HSDS schedule rows, in Amsterdam time. Pure: the clock is an argument. Decision 024.
//
// What the rows may say:
// - A regular row (no valid_from / valid_to): freq WEEKLY with byday (MO,TU,…), or MONTHLY with
//   ordinal days (1TH, -1FR), and both opens_at and closes_at. closes_at at or before opens_at
//   means the next morning (17:00–08:00); closes_at 00:00 or 24:00 means midnight.
// - A dated row (valid_from and/or valid_to): on those dates (and its byday, if it has one) the
//   dated rows replace the regular ones. With times: those hours that day. Without opens_at and
//   closes_at: closed that day; its description names why ("Tweede Kerstdag").
// Never guessed: when any regular row is free text only (no times), uses a rule this file does not
// know, or there is no regular row at all, the answer is "unknown" and the pages say nothing about
// "open now". The hours in the row's words are shown as before.

/** The columns of a schedule row this needs (a Selectable<ScheduleTable> fits). */
export interface ScheduleRule {
  freq: string | null;
  interval?: number | null;
  byday: string | null;
  bymonthday?: string | null;
  byweekno?: string | null;
  byyearday?: string | null;
  opens_at: string | null;
  closes_at: string | null;
  valid_from: string | null;
  valid_to: string | null;
  to_verify: number;
  description: string | null;
  description_en: string | null;
}

/** A moment in Amsterdam, as the pages say it. */
export interface LocalMoment {
  /** 0 today, 1 tomorrow, … (Amsterdam calendar days) */
  dayOffset: number;
  /** YYYY-MM-DD in Amsterdam */
  date: string;
  /** 0 Sunday … 6 Saturday */
  weekday: number;
  /** "9:00", "17:00" (24-hour, no leading zero) */
  time: string;
}

export type OpeningState =
  | { kind: "unknown" }
  | {
      kind: "open";
      /** when it closes; null: open without a break for more than a week (day and night) */
      until: LocalMoment | null;
      toVerify: boolean;
    }
  | {
      kind: "closed";
      /** "none": not open at all today; "later": opens later today; "over": today's hours are over */
      today: "none" | "later" | "over";
      /** why today is closed, from a dated row ("Tweede Kerstdag"), Dutch and English */
      reason: { nl: string | null; en: string | null } | null;
      /** the next opening within the horizon; null: none found */
      next: LocalMoment | null;
      toVerify: boolean;
    };

/** The state plus the moment (UTC ms) the sentence about it may change: the next opening or closing, or Amsterdam midnight. */
export interface OpeningAnswer {
  state: OpeningState;
  changesAt: number | null;
}

const ZONE = "Europe/Amsterdam";
const DAY = 1440;
/** How far ahead to look for the next opening: a monthly rule opens at least once in five weeks. */
const HORIZON_DAYS = 40;
const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Amsterdam wall clock at `now`: its date as a day number (days since 1970-01-01) and its minute of the day. */
export function amsterdamClock(now: Date): { day: number; minute: number } {
  const p = Object.fromEntries(parts.formatToParts(now).map((x) => [x.type, x.value]));
  const day = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / 86_400_000;
  return { day, minute: Number(p.hour) * 60 + Number(p.minute) };
}

/**
 * The UTC instant of an Amsterdam wall-clock time. A time that does not exist (02:30 on the last
 * Sunday of March) is read as the first moment after the gap; a time that happens twice (02:30 on
 * the last Sunday of October) as the first of the two.
 */
export function amsterdamToUtc(day: number, minute: number): number {
  const wall = day * 86_400_000 + minute * 60_000;
  for (const offset of [120, 60]) {
    const guess = wall - offset * 60_000;
    const back = amsterdamClock(new Date(guess));
    if (back.day * DAY + back.minute === day * DAY + minute) return guess;
  }
  // In the spring gap: the clock jumps from 02:00 to 03:00, at 01:00 UTC.
  return wall - 60 * 60_000 - (minute - 120) * 60_000;
}

function dayString(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function weekdayOf(day: number): number {
  return new Date(day * 86_400_000).getUTCDay();
}

function minutes(time: string | null): number | null {
  const match = /^([0-2]\d):([0-5]\d)$/.exec(time ?? "");
  if (!match) return null;
  const value = Number(match[1]) * 60 + Number(match[2]);
  return value > DAY ? null : value;
}

type DayRule = (day: number) => boolean;

/** Which days a row's rule covers, or null when the rule is one this file does not read. */
function dayRule(row: ScheduleRule, dated: boolean): DayRule | null {
  if (row.bymonthday || row.byweekno || row.byyearday) return null;
  if (row.interval != null && row.interval !== 1) return null;
  const days = (row.byday ?? "")
    .split(",")
    .map((d) => d.trim().toUpperCase())
    .filter(Boolean);
  if (days.length === 0) {
    // A dated row without days covers every day of its dates; a regular row without days is not a rule.
    return dated && !row.freq ? () => true : null;
  }
  if (row.freq === "WEEKLY" || (dated && !row.freq)) {
    if (!days.every((d) => WEEKDAYS.includes(d))) return null;
    const set = new Set(days.map((d) => WEEKDAYS.indexOf(d)));
    return (day) => set.has(weekdayOf(day));
  }
  if (row.freq === "MONTHLY") {
    const rules: { nth: number; weekday: number }[] = [];
    for (const d of days) {
      const match = /^(-?[1-5])(SU|MO|TU|WE|TH|FR|SA)$/.exec(d);
      if (!match) return null;
      rules.push({ nth: Number(match[1]), weekday: WEEKDAYS.indexOf(match[2]) });
    }
    return (day) => {
      const date = new Date(day * 86_400_000);
      const dom = date.getUTCDate();
      const monthLength = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
      const nth = Math.ceil(dom / 7);
      const nthFromEnd = -Math.ceil((monthLength - dom + 1) / 7);
      return rules.some((r) => r.weekday === weekdayOf(day) && (r.nth === nth || r.nth === nthFromEnd));
    };
  }
  return null;
}

interface Rule {
  covers: DayRule;
  dated: boolean;
  from: string | null;
  to: string | null;
  opens: number | null;
  closes: number | null;
  row: ScheduleRule;
}

/** Open intervals in "wall minutes" (day number × 1440 + minute of the day), merged, sorted. */
function intervals(rules: Rule[], firstDay: number, lastDay: number): { start: number; end: number }[] {
  const list: { start: number; end: number }[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const date = dayString(day);
    const inDates = (r: Rule) => (!r.from || r.from <= date) && (!r.to || r.to >= date);
    const dated = rules.filter((r) => r.dated && inDates(r) && r.covers(day));
    const todays = dated.length > 0 ? dated : rules.filter((r) => !r.dated && r.covers(day));
    for (const r of todays) {
      if (r.opens === null || r.closes === null) continue; // closed that day
      const start = day * DAY + r.opens;
      const closes = r.closes === 0 ? DAY : r.closes;
      const end = day * DAY + (closes <= r.opens ? closes + DAY : closes);
      list.push({ start, end });
    }
  }
  list.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const item of list) {
    const last = merged[merged.length - 1];
    if (last && item.start <= last.end) last.end = Math.max(last.end, item.end);
    else merged.push({ ...item });
  }
  return merged;
}

function moment(wall: number, today: number): LocalMoment {
  const day = Math.floor(wall / DAY);
  const minute = wall - day * DAY;
  return {
    dayOffset: day - today,
    date: dayString(day),
    weekday: weekdayOf(day),
    time: `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, "0")}`,
  };
}

/** Read the rows into rules, or null when the hours are not (fully) structured: never guess. */
function readRules(schedules: readonly ScheduleRule[]): Rule[] | null {
  const rules: Rule[] = [];
  for (const row of schedules) {
    const dated = Boolean(row.valid_from || row.valid_to);
    const covers = dayRule(row, dated);
    const opens = minutes(row.opens_at);
    const closes = minutes(row.closes_at);
    const timed = opens !== null && closes !== null;
    const closedDay = dated && !row.opens_at && !row.closes_at;
    if (!covers || !(timed || closedDay)) return null;
    if (timed && opens === closes && opens !== 0) return null;
    rules.push({ covers, dated, from: row.valid_from, to: row.valid_to, opens, closes, row });
  }
  return rules.some((r) => !r.dated) ? rules : null;
}

/**
 * Whether the service is open at `now`, and when that sentence may change. "unknown" unless every
 * row is structured (see the top of this file).
 */
export function openingState(schedules: readonly ScheduleRule[], now: Date): OpeningAnswer {
  const rules = readRules(schedules);
  if (!rules) return { state: { kind: "unknown" }, changesAt: null };
  const clock = amsterdamClock(now);
  const today = clock.day;
  const wallNow = today * DAY + clock.minute;
  const list = intervals(rules, today - 1, today + HORIZON_DAYS);
  const midnight = amsterdamToUtc(today + 1, 0);
  const toVerify = schedules.some((s) => s.to_verify === 1);

  const current = list.find((i) => i.start <= wallNow && wallNow < i.end);
  if (current) {
    const dayAndNight = current.end - wallNow > 7 * DAY;
    const until = dayAndNight ? null : moment(current.end, today);
    const closesAt = dayAndNight ? midnight : amsterdamToUtc(Math.floor(current.end / DAY), current.end % DAY);
    return { state: { kind: "open", until, toVerify }, changesAt: Math.min(closesAt, midnight) };
  }

  const next = list.find((i) => i.start > wallNow) ?? null;
  const startOfToday = today * DAY;
  const openedToday = list.some((i) => i.end > startOfToday && i.start < wallNow);
  const opensLaterToday = next !== null && next.start < startOfToday + DAY;
  const status = opensLaterToday ? "later" : openedToday ? "over" : "none";
  const date = dayString(today);
  const closure = rules.find(
    (r) => r.dated && r.opens === null && (!r.from || r.from <= date) && (!r.to || r.to >= date) && r.covers(today),
  );
  const reason =
    status === "none" && closure && (closure.row.description || closure.row.description_en)
      ? { nl: closure.row.description, en: closure.row.description_en }
      : null;
  const opensAt = next ? amsterdamToUtc(Math.floor(next.start / DAY), next.start % DAY) : midnight;
  return {
    state: { kind: "closed", today: status, reason, next: next ? moment(next.start, today) : null, toVerify },
    changesAt: Math.min(opensAt, midnight),
  };
}

/**
 * The hours that say when a service is open: its own rows, or else the rows of its one place
 * with hours. Two places with their own hours: no single answer, so none.
 */
export function serviceHours<T extends ScheduleRule>(
  own: readonly T[],
  places: readonly (readonly T[])[],
): readonly T[] {
  if (own.length > 0) return own;
  const withHours = places.filter((p) => p.length > 0);
  return withHours.length === 1 ? withHours[0] : [];
}
