import { getDb } from "#db/database.server";
import { hasWayToReach } from "./reach-sql";
import { visitorName } from "./visitor-text";

/**
 * Every public directory page: the search, the quality page, and each active contact with its card (when it has one).
 * A service nobody can reach has no public page (issue 17 point 3).
 */
export async function directorySitemapPaths(): Promise<string[]> {
  const rows = await getDb()
    .selectFrom("service as s")
    .innerJoin("organization as o", "o.id", "s.organization_id")
    .select(["s.id", "s.name", "s.alternate_name", "o.name as organization"])
    .where("s.status", "=", "active")
    .where(hasWayToReach("s.id"))
    .orderBy("s.name")
    .orderBy("s.id")
    .execute();
  // A card exists when the service has a name without a label (see visitorCard).
  const hasCard = (row: (typeof rows)[number]) =>
    visitorName({ name: row.name, alternateName: row.alternate_name, organization: row.organization }) !== null;
  return [
    "contacts",
    // The quality page: what the directory covers and where it has gaps (decision 023).
    "contacts/quality",
    ...rows.flatMap((row) => [`contacts/${row.id}`, ...(hasCard(row) ? [`contacts/${row.id}/card`] : [])]),
  ];
}
