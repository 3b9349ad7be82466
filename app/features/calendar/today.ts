// The one rule for "today" and "a year ago" in Nabij: calendar dates (YYYY-MM-DD) in the
// Netherlands, where the services, the editors and the visitors are. A server clock in UTC would
// still say yesterday between midnight and 01:00 (02:00 in summer). Pure. Decision 018.

/** Today's date in Amsterdam as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The same calendar day `months` earlier; a day the month lacks (29 February) falls back to its last day. */
export function sameDayMonthsEarlier(today: string, months: number): string {
  const [y, m, d] = today.slice(0, 10).split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay)));
  return date.toISOString().slice(0, 10);
}
