// When was a contact last checked, and is that too long ago? Pure. "Today" is the Amsterdam
// calendar date (`todayInAmsterdam`), the same day the editors' overdue list counts from.
import { sameDayMonthsEarlier } from "~/features/calendar/today";

export const STALE_AFTER_MONTHS = 12;

export type Freshness = { state: "never" } | { state: "fresh" | "stale"; date: string; months: number };

/** Whole months between two ISO dates (YYYY-MM-DD). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.slice(0, 10).split("-").map(Number);
  const [ty, tm, td] = to.slice(0, 10).split("-").map(Number);
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months -= 1;
  return months;
}

export function freshness(assuredDate: string | null, today: string): Freshness {
  if (!assuredDate || !/^\d{4}-\d{2}-\d{2}/.test(assuredDate)) return { state: "never" };
  const date = assuredDate.slice(0, 10);
  const months = Math.max(0, monthsBetween(date, today));
  return { state: date < staleCutoff(today) ? "stale" : "fresh", date, months };
}

/** "More than 12 months ago": checked before this day 12 months back (29 February → 28 February). */
export function staleCutoff(today: string): string {
  return sameDayMonthsEarlier(today, STALE_AFTER_MONTHS);
}

/** "25 november 2026" / "25 November 2026". */
export function formatCheckDate(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}
