// How we know a service's facts, and how old that knowledge is (issue 17 point 1, decision 020).
// Two different facts, never mixed: the day a public source was read (desk research: nobody spoke
// to the organisation) and the day an editor confirmed the facts with the organisation itself.
// A date never claims a check that did not happen. Pure.
import { freshness } from "./freshness";

export interface HowWeKnow {
  /** the day the public source was read; null: we do not know when */
  sourceReadOn: string | null;
  /** the host of that source ("zuidoostenmeer.nl"), to say where it was read */
  sourceSite: string | null;
  /** the day an editor confirmed the facts with the organisation (phone, e-mail); null: never */
  confirmedOn: string | null;
  /**
   * "unknown": no date at all; "stale": the newest real date (a source read or a confirmation)
   * is more than 12 months old — the source was read long ago and nobody confirmed it since.
   */
  state: "unknown" | "fresh" | "stale";
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string | null | undefined): string | null {
  const date = value?.slice(0, 10) ?? null;
  return date && DATE.test(date) ? date : null;
}

/** "https://www.zuidoostenmeer.nl/x" → "zuidoostenmeer.nl"; null for anything that is not a web address. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

export function howWeKnow(
  dates: { sourceReadOn: string | null; confirmedOn: string | null; sourceUrl: string | null },
  today: string,
): HowWeKnow {
  const sourceReadOn = validDate(dates.sourceReadOn);
  const confirmedOn = validDate(dates.confirmedOn);
  const newest =
    [sourceReadOn, confirmedOn]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  const age = freshness(newest, today);
  return {
    sourceReadOn,
    sourceSite: siteOf(dates.sourceUrl),
    confirmedOn,
    state: age.state === "never" ? "unknown" : age.state,
  };
}
