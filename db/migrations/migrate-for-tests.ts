// For the migration tests: a database as it was before one migration, then brought up to date.
import { Migrator, type MigrationProvider } from "kysely/migration";
import type { DB } from "#db/database.server";
import { migrations } from "./index";

/** Run every migration whose name sorts before `name` ("0012"): the database an older Nabij left. */
export async function migrateBefore(db: DB, name: string): Promise<void> {
  const older: MigrationProvider = {
    getMigrations: async () => Object.fromEntries(Object.entries(migrations).filter(([m]) => m < name)),
  };
  const { error } = await new Migrator({ db, provider: older }).migrateToLatest();
  if (error) throw error;
}

/** Run the migrations still missing, as a start of the new version does. */
export async function migrateAll(db: DB): Promise<void> {
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateToLatest();
  if (error) throw error;
}
