// Ordering search results. Pure. An area match and a topic match weigh more than any text match:
// text relevance only orders services that are equally close in place and topic.
export type AreaMatch = "exact" | "parent" | "child" | "national" | "none";

export interface Candidate {
  id: string;
  name: string;
  /** FTS5 bm25() value: lower (more negative) is better; null when there was no text search */
  bm25: number | null;
  areaMatch: AreaMatch;
  topicMatch: boolean;
}

export const AREA_WEIGHT: Record<AreaMatch, number> = {
  exact: 3,
  parent: 2.5, // a city-wide service for a stadsdeel search: nearly as good as exact
  child: 2, // a stadsdeel service for a city search
  national: 1,
  none: 0,
};
export const TOPIC_WEIGHT = 2;

/** bm25 → 0..1 (never reaching 1), so text can never outweigh a place or topic match. */
export function textScore(bm25: number | null): number {
  if (bm25 === null || !Number.isFinite(bm25)) return 0;
  const relevance = Math.max(0, -bm25);
  return Math.min(0.999, relevance / (1 + relevance));
}

export function score(candidate: Candidate): number {
  return AREA_WEIGHT[candidate.areaMatch] + (candidate.topicMatch ? TOPIC_WEIGHT : 0) + textScore(candidate.bm25);
}

const collator = new Intl.Collator("nl", { sensitivity: "base" });

/** Best first; equal scores by name, then id, so the order is stable between pages. */
export function rankCandidates<T extends Candidate>(candidates: readonly T[]): T[] {
  return candidates
    .map((candidate) => ({ candidate, score: score(candidate) }))
    .sort((a, b) => b.score - a.score || collator.compare(a.candidate.name, b.candidate.name) || (a.candidate.id < b.candidate.id ? -1 : 1))
    .map((entry) => entry.candidate);
}

/** How a service's areas relate to the searched area (the closest relation wins). */
export function areaMatchFor(
  serviceAreas: readonly string[],
  searched: string | null,
  family: { ancestors: readonly string[]; descendants: readonly string[] },
): AreaMatch {
  if (!searched) return "none";
  if (serviceAreas.includes(searched)) return "exact";
  const national = family.ancestors[family.ancestors.length - 1];
  if (serviceAreas.some((slug) => slug !== national && family.ancestors.includes(slug))) return "parent";
  if (serviceAreas.some((slug) => family.descendants.includes(slug))) return "child";
  if (national && serviceAreas.includes(national)) return "national";
  return "none";
}

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
  /** the asked page was past the end and the last page is shown instead */
  clamped: boolean;
}

export function paginate<T>(items: readonly T[], page: number, size: number): Page<T> {
  const totalItems = items.length;
  const totalPages = Math.max(1, Math.ceil(totalItems / size));
  const shownPage = Math.min(Math.max(1, page), totalPages);
  return {
    items: items.slice((shownPage - 1) * size, shownPage * size),
    page: shownPage,
    totalPages,
    totalItems,
    clamped: shownPage !== page,
  };
}
