import { accessSync, constants, statSync } from "node:fs";
import { dirname } from "node:path";
import { sql } from "kysely";
import { databaseFileOf, getDb, type DB } from "#db/database.server";

export type DatabaseProblem = "no-answer" | "file-gone" | "file-replaced" | "not-writable";
export type DatabaseHealth = { ok: true } | { ok: false; problem: DatabaseProblem };

/**
 * The database answers, and it is still the file at DATABASE_PATH and can be written. SQLite keeps
 * answering from a file that was deleted or replaced after it was opened (it holds it open), so
 * `select 1` alone said "ok" while every write went to a file nobody will ever open again.
 * Nothing is written here: a check must not change the data version (page cache) or wait behind
 * a long import.
 */
export async function checkDatabase(db: DB = getDb()): Promise<DatabaseHealth> {
  try {
    const result = await sql<{ ok: number }>`select 1 as ok`.execute(db);
    if (result.rows[0]?.ok !== 1) return { ok: false, problem: "no-answer" };
  } catch {
    return { ok: false, problem: "no-answer" };
  }
  const opened = databaseFileOf(db);
  if (!opened) return { ok: true }; // an in-memory database (tests)
  let now;
  try {
    now = statSync(opened.path);
  } catch {
    return { ok: false, problem: "file-gone" };
  }
  if (now.ino !== opened.ino || now.dev !== opened.dev) return { ok: false, problem: "file-replaced" };
  try {
    // the file itself, and its folder (SQLite makes the -wal and -shm files there)
    accessSync(opened.path, constants.R_OK | constants.W_OK);
    accessSync(dirname(opened.path), constants.W_OK);
  } catch {
    return { ok: false, problem: "not-writable" };
  }
  return { ok: true };
}
