import { closeSync, existsSync, mkdirSync, openSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { sql } from "kysely";
import type { DB } from "./database.server";

// A consistent copy of the database while the app keeps running: SQLite's `VACUUM INTO` reads
// one snapshot (WAL included) and writes a compact, complete database file. Writers are not
// blocked for long; the copy never holds half a transaction.

export class BackupTargetExistsError extends Error {
  constructor(path: string) {
    super(`${path} already exists. Choose a new file name; a backup never overwrites a file.`);
  }
}

export async function backupDatabase(db: DB, target: string): Promise<string> {
  const path = resolve(target);
  if (existsSync(path)) throw new BackupTargetExistsError(path);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // An empty file made first, private to its owner (0600): VACUUM INTO fills an empty file and keeps
  // its mode, so the copy of editors' accounts is never readable by others, not even for a moment.
  // "wx" also refuses a file that appeared since the check above.
  try {
    closeSync(openSync(path, "wx", 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new BackupTargetExistsError(path);
    throw error;
  }
  try {
    await sql`vacuum into ${path}`.execute(db);
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  return path;
}
