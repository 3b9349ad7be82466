import { getDb } from "#db/database.server";
import { activeServiceIds } from "./service-record.server";

/** Every public directory page: the search, and each active contact with its card. */
export async function directorySitemapPaths(): Promise<string[]> {
  const ids = await activeServiceIds(getDb());
  return ["contacts", ...ids.flatMap((id) => [`contacts/${id}`, `contacts/${id}/card`])];
}
