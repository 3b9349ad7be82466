// npm run db:backup -- <file>
// A consistent copy of the database (DATABASE_PATH, default db/data/nabij.sqlite) while the app
// runs. To restore: stop the app, put the copy in place of the database file, start the app.
import { existsSync } from "node:fs";
import { backupDatabase, BackupTargetExistsError } from "#db/backup.server";
import { databasePath, openDatabase } from "#db/database.server";

const target = process.argv[2];
if (!target || target.startsWith("-")) {
  console.error("Usage: npm run db:backup -- <file>   (for example backups/nabij-2026-11-25.sqlite)");
  process.exit(1);
}
const source = databasePath();
if (!existsSync(source)) {
  console.error(`There is no database at ${source}. Set DATABASE_PATH to the database file.`);
  process.exit(1);
}
const db = openDatabase(source);
try {
  const path = await backupDatabase(db, target);
  console.log(`Backup of ${source} written to ${path}.`);
} catch (error) {
  console.error(
    error instanceof BackupTargetExistsError ? error.message : `Backup failed: ${(error as Error).message}`,
  );
  process.exitCode = 1;
} finally {
  await db.destroy();
}
