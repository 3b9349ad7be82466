// Ordering search results, written as SQL over the search row `k` (migration 0006), so SQLite
// ranks every candidate and hands back one page. An area match and a topic match weigh more than
// any text match: text relevance only orders services that are equally close in place and topic.
import { sql, type RawBuilder } from "kysely";
import { ancestorsOf, descendantsOf } from "#db/areas";

export type AreaMatch = "exact" | "parent" | "child" | "national" | "none";

export const AREA_WEIGHT: Record<AreaMatch, number> = {
  exact: 3,
  parent: 2.5, // a city-wide service for a stadsdeel search: nearly as good as exact
  child: 2, // a stadsdeel service for a city search
  national: 1,
  none: 0,
};
export const TOPIC_WEIGHT = 2;

/** True when the " a b c " column `column` of the search row holds one of `items`. */
export function hasAnyItem(column: "k.area_slugs" | "k.topic_codes", items: readonly string[]): RawBuilder<boolean> {
  if (items.length === 0) return sql<boolean>`0`;
  return sql<boolean>`(${sql.join(
    items.map((item) => sql`instr(${sql.ref(column)}, ${` ${item} `}) > 0`),
    sql` or `,
  )})`;
}

/** The areas a search for `area` accepts: itself, the areas around it and the areas inside it. */
export function areaFamily(area: string): { ancestors: string[]; descendants: string[]; all: string[] } {
  const ancestors = ancestorsOf(area);
  const descendants = descendantsOf(area);
  return { ancestors, descendants, all: [area, ...ancestors, ...descendants] };
}

/**
 * How close a service is in place and topic: AREA_WEIGHT of its closest area (exact, then the
 * city or region around the searched area, then an area inside it, then national) plus
 * TOPIC_WEIGHT when it has a wanted topic.
 */
export function placeAndTopicScore(area: string | null, topics: readonly string[]): RawBuilder<number> {
  let areaScore = sql<number>`0`;
  if (area) {
    const { ancestors, descendants } = areaFamily(area);
    const national = ancestors[ancestors.length - 1];
    const around = ancestors.filter((slug) => slug !== national);
    areaScore = sql<number>`(case
      when ${hasAnyItem("k.area_slugs", [area])} then ${sql.lit(AREA_WEIGHT.exact)}
      when ${hasAnyItem("k.area_slugs", around)} then ${sql.lit(AREA_WEIGHT.parent)}
      when ${hasAnyItem("k.area_slugs", descendants)} then ${sql.lit(AREA_WEIGHT.child)}
      when ${hasAnyItem("k.area_slugs", national ? [national] : [])} then ${sql.lit(AREA_WEIGHT.national)}
      else 0 end)`;
  }
  const topicScore =
    topics.length > 0
      ? sql<number>`(case when ${hasAnyItem("k.topic_codes", topics)} then ${sql.lit(TOPIC_WEIGHT)} else 0 end)`
      : sql<number>`0`;
  return sql<number>`(${areaScore} + ${topicScore})`;
}

/**
 * How well the text matches, 0..0.999 (so text never outweighs place or topic): a match in the
 * name first (0.5), then every word found as a whole word rather than only as the start of a
 * longer word (0.25), then bm25 scaled into the rest (decision 019). The two queries run once each
 * as a list of matching rows, not once per service.
 */
export function textRank(
  bm25: RawBuilder<number | null>,
  queries: { name: string; whole: string | null } | null,
): RawBuilder<number> {
  if (!queries) return textScore(bm25);
  const matches = (query: string) =>
    sql<number>`(k.search_id in (select rowid from service_fts where service_fts match ${query}))`;
  const whole = queries.whole ? matches(queries.whole) : sql<number>`1`;
  return sql<number>`(0.5 * ${matches(queries.name)} + 0.25 * ${whole} + 0.249 * ${textScore(bm25)})`;
}

/** bm25 (lower is better, null without text) → 0..0.999, so text never outweighs place or topic. */
export function textScore(bm25: RawBuilder<number | null>): RawBuilder<number> {
  return sql<number>`coalesce(min(0.999, max(0, -${bm25}) / (1 + max(0, -${bm25}))), 0)`;
}
