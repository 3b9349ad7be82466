// Local specialist contacts for a workshop handout, read through the directory's own search (no SQL
// here): per topic the best few services for the chosen area, each service once.
import { getDb } from "#db/database.server";
import { AREAS, areaBySlug } from "#db/areas";
import { parseSearchParams } from "~/features/directory/search-params";
import { searchDirectory, type ResultItem } from "~/features/directory/search-services.server";
import { topicById, type TopicId } from "#db/topics";
import type { Lang } from "~/i18n/lang";
import { HANDOUT_TOPICS, NATIONAL_AREA, PER_TOPIC, pickHandoutContacts } from "./handout-contacts";

export interface HandoutContacts {
  /** the area shown; NATIONAL_AREA when none was chosen */
  area: string;
  areaName: string;
  /** the value in the address was not a known area */
  unknownArea: string | null;
  areas: { slug: string; name: string }[];
  groups: { topic: TopicId; name: string; items: ResultItem[] }[];
}

export async function getHandoutContacts(requested: string | null, lang: Lang): Promise<HandoutContacts> {
  const wanted = requested?.trim().toLowerCase() ?? "";
  const known = wanted !== "" && areaBySlug(wanted) !== undefined;
  const area = known ? wanted : NATIONAL_AREA;
  const db = getDb();
  const found = await Promise.all(
    HANDOUT_TOPICS.map(async (topic) => {
      const outcome = await searchDirectory(db, parseSearchParams(new URLSearchParams({ area, topic })), lang);
      return { topic, items: outcome.items };
    }),
  );
  const name = (slug: string) => {
    const def = areaBySlug(slug);
    return def ? (lang === "en" ? def.name_en : def.name) : slug;
  };
  return {
    area,
    areaName: name(area),
    unknownArea: wanted !== "" && !known ? wanted.slice(0, 40) : null,
    areas: AREAS.map((a) => ({ slug: a.slug, name: lang === "en" ? a.name_en : a.name })),
    groups: pickHandoutContacts(found, area, PER_TOPIC).map((group) => ({
      ...group,
      name: lang === "en" ? topicById(group.topic).name_en : topicById(group.topic).name,
    })),
  };
}
