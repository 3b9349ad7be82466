// Which contacts a handout shows: a few per topic, each service once, and for the national
// default only services that work in the whole country. Pure (the search is in the .server file).
import type { TopicId } from "#db/topics";

/** The topics a handout lists contacts for, most asked first. */
export const HANDOUT_TOPICS: TopicId[] = ["lvb-expertise", "client-support", "money", "crisis-safety"];
export const NATIONAL_AREA = "nederland";
export const PER_TOPIC = 3;

interface Found<T> {
  topic: TopicId;
  items: T[];
}

export function pickHandoutContacts<T extends { id: string; areas: { slug: string }[] }>(
  found: Found<T>[],
  area: string,
  perTopic: number,
): Found<T>[] {
  const seen = new Set<string>();
  return found
    .map(({ topic, items }) => {
      const fitting =
        area === NATIONAL_AREA ? items.filter((item) => item.areas.some((a) => a.slug === NATIONAL_AREA)) : items;
      const picked = fitting.filter((item) => !seen.has(item.id)).slice(0, perTopic);
      for (const item of picked) seen.add(item.id);
      return { topic, items: picked };
    })
    .filter((group) => group.items.length > 0);
}
