import { existsSync, mkdirSync } from "node:fs";
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
  mkdirSync(dirname(path), { recursive: true });
  await sql`vacuum into ${path}`.execute(db);
  return path;
}
