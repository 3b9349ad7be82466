// The feature function behind /:lang/contacts.
import { getDb } from "#db/database.server";
import { parseSearchParams } from "./search-params";
import { searchDirectory } from "./search-services.server";
import { todayInAmsterdam } from "~/features/calendar/today";
import { AREAS } from "#db/areas";
import { TOPICS } from "#db/topics";

import type { Lang } from "~/i18n/lang";

/** `now`: the moment of the request, for "today" and "open now". */
export async function getSearchPage(url: URL, lang: Lang, now: Date = new Date()) {
  const parsed = parseSearchParams(url.searchParams);
  const outcome = await searchDirectory(getDb(), parsed, lang, todayInAmsterdam(now), now);
  return {
    params: parsed.params,
    raw: parsed.raw,
    outcome,
    topics: TOPICS.map((t) => ({ id: t.id, name: lang === "en" ? t.name_en : t.name })),
    areas: AREAS.map((a) => ({
      slug: a.slug,
      name: lang === "en" ? a.name_en : a.name,
      kind: a.kind,
      parent: a.parent,
    })),
  };
}
