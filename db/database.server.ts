import { chmodSync, closeSync, mkdirSync, openSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Kysely, sql } from "kysely";
import { Migrator, type MigrationProvider } from "kysely/migration";
import { Sqlite3Dialect, runInTransactionContext } from "./sqlite3-dialect";
import type { Database } from "./schema";
import { migrations } from "./migrations/index";
import { runSeed } from "./seed/index";

/** The one name for the database type: the open database and a transaction (`trx`) alike. */
export type DB = Kysely<Database>;

export const DEFAULT_DATABASE_PATH = "db/data/nabij.sqlite";

export function databasePath(): string {
  return resolve(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

/** Which file a handle opened (device and inode), so a health check can tell it was deleted or replaced. */
export interface DatabaseFile {
  path: string;
  dev: number;
  ino: number;
}
const openedFiles = new WeakMap<DB, DatabaseFile>();

export function databaseFileOf(db: DB): DatabaseFile | undefined {
  return openedFiles.get(db);
}

/**
 * Make the database file readable and writable by its owner only (0600): it holds editors'
 * accounts and sessions. SQLite gives its -wal and -shm files the same mode as the database file.
 */
export function createPrivateFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, "a", 0o600));
  chmodSync(path, 0o600);
}

/** Open a database file (made if missing, private to its owner). Tests pass their own path or ":memory:". */
export function openDatabase(filename: string = databasePath()): DB {
  if (filename === ":memory:") return new Kysely<Database>({ dialect: new Sqlite3Dialect({ filename }) });
  const path = resolve(filename);
  createPrivateFile(path);
  const db = new Kysely<Database>({ dialect: new Sqlite3Dialect({ filename: path }) });
  const { dev, ino } = statSync(path);
  openedFiles.set(db, { path, dev, ino });
  return db;
}

let shared: DB | null = null;

/** The app's one database handle, opened on first use. */
export function getDb(): DB {
  if (!shared) shared = openDatabase();
  return shared;
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Bring the schema up to date. Each migration runs in its own transaction (all or nothing). */
export async function migrateToLatest(db: DB): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error) {
    throw new Error(
      `Database migration ${failed?.migrationName ?? ""} failed: ${String((error as Error).message ?? error)}`,
    );
  }
}

/** Run the seed once, on the first start of an empty database. */
export async function seedOnce(db: DB): Promise<boolean> {
  const done = await db.selectFrom("app_meta").select("value").where("key", "=", "seeded_at").executeTakeFirst();
  if (done) return false;
  await withTransaction(db, async (trx) => {
    await runSeed(trx);
    await trx.insertInto("app_meta").values({ key: "seeded_at", value: new Date().toISOString() }).execute();
  });
  return true;
}

/** Migrate and seed: what `npm start` does before it serves. */
export async function prepareDatabase(db: DB = getDb()): Promise<void> {
  await migrateToLatest(db);
  await seedOnce(db);
}

/**
 * Changes whenever the database changes: rows written through this process's connection
 * (total_changes) or committed by any other process (data_version). Pages made from the
 * database may be kept while it stays the same (server/page-cache.mjs).
 */
export async function dataVersion(db: DB = getDb()): Promise<string> {
  const { rows } = await sql<{ local: number; other: number }>`
    select total_changes() as local, (select data_version from pragma_data_version) as other`.execute(db);
  return `${rows[0].other}.${rows[0].local}`;
}

/**
 * The one way to write in a transaction. Inside `fn`, use `trx`: using `db` there throws
 * NestedDatabaseUseError at once (one connection, so it would otherwise wait forever).
 */
export function withTransaction<T>(db: DB, fn: (trx: DB) => Promise<T>): Promise<T> {
  return runInTransactionContext(() => db.transaction().execute(fn));
}
