import { getDb, prepareDatabase } from "#db/database.server";

/**
 * Everything that must be true before the first request: the database is migrated and seeded,
 * and the guide content is loaded and valid. A failure stops start-up with a message that says why.
 */
export async function prepareApp(): Promise<void> {
  await prepareDatabase(getDb());
}
