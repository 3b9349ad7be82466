// "Overdue for a check": never checked, or last checked more than 12 months ago — the same rule and
// the same "today" (the Amsterdam calendar date) as the public "checked long ago" warning. Pure.
import { freshness, staleCutoff } from "~/features/directory/freshness";

/** The first day that is not overdue: checked before it means more than 12 months ago. */
export const overdueCutoff = staleCutoff;

/** Checked before the cutoff (strictly more than 12 months ago), or never. */
export function isOverdue(assuredDate: string | null, today: string): boolean {
  return freshness(assuredDate, today).state !== "fresh";
}
