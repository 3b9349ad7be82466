// A fresh migrated database in a temp folder, for the editor feature's tests.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateToLatest, openDatabase, type DB } from "#db/database.server";

export interface TestDb {
  db: DB;
  dir: string;
  path: string;
  /** Close and open the same file again, as a restart of the app would. */
  reopen(): Promise<DB>;
  close(): Promise<void>;
}

export async function makeTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), "nabij-editor-"));
  const path = join(dir, "test.sqlite");
  const handle: TestDb = {
    db: openDatabase(path),
    dir,
    path,
    async reopen() {
      await handle.db.destroy();
      handle.db = openDatabase(path);
      return handle.db;
    },
    async close() {
      await handle.db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await migrateToLatest(handle.db);
  return handle;
}
