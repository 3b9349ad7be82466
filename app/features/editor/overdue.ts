// "Overdue for a check": never checked, or last checked more than 12 months ago. Pure; dates are
// calendar dates (YYYY-MM-DD) in the Netherlands, where the editors work.

export const CHECK_INTERVAL_MONTHS = 12;

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

/** The same day 12 months earlier (29 February falls back to 28 February). */
export function overdueCutoff(today: string): string {
  const [y, m, d] = today.split("-").map(Number);
  const year = y - Math.floor(CHECK_INTERVAL_MONTHS / 12);
  const monthIndex = m - 1 - (CHECK_INTERVAL_MONTHS % 12);
  const first = new Date(Date.UTC(year, monthIndex, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay)));
  return date.toISOString().slice(0, 10);
}

/** Checked before the cutoff (strictly more than 12 months ago), or never. */
export function isOverdue(assuredDate: string | null, today: string): boolean {
  if (!assuredDate) return true;
  return assuredDate < overdueCutoff(today);
}
