// The feature function behind /:lang/contacts.
import { getDb } from "#db/database.server";
import { parseSearchParams } from "./search-params";
import { searchDirectory } from "./search-services.server";
import { AREAS } from "#db/areas";
import { TOPICS } from "#db/topics";

import type { Lang } from "~/i18n/lang";

export async function getSearchPage(url: URL, lang: Lang) {
  const parsed = parseSearchParams(url.searchParams);
  const outcome = await searchDirectory(getDb(), parsed, lang);
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
