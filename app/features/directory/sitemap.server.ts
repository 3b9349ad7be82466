import { getDb } from "#db/database.server";
import { visitorName } from "./visitor-text";

/** Every public directory page: the search, and each active contact with its card (when it has one). */
export async function directorySitemapPaths(): Promise<string[]> {
  const rows = await getDb()
    .selectFrom("service as s")
    .innerJoin("organization as o", "o.id", "s.organization_id")
    .select(["s.id", "s.name", "s.alternate_name", "o.name as organization"])
    .where("s.status", "=", "active")
    .orderBy("s.name")
    .orderBy("s.id")
    .execute();
  // A card exists when the service has a name without a label (see visitorCard).
  const hasCard = (row: (typeof rows)[number]) =>
    visitorName({ name: row.name, alternateName: row.alternate_name, organization: row.organization }) !== null;
  return [
    "contacts",
    ...rows.flatMap((row) => [`contacts/${row.id}`, ...(hasCard(row) ? [`contacts/${row.id}/card`] : [])]),
  ];
}
