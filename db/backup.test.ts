import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { backupDatabase, BackupTargetExistsError } from "./backup.server";
import { migrateToLatest, openDatabase, seedOnce, type DB } from "./database.server";

let dir: string;
let db: DB;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "nabij-backup-"));
  db = openDatabase(join(dir, "live.sqlite"));
  await migrateToLatest(db);
  await seedOnce(db);
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, as text, so two databases can be compared exactly. */
async function everything(handle: DB): Promise<Record<string, string[]>> {
  const tables = await sql<{ name: string }>`
    select name from sqlite_master
     where type = 'table' and name not like 'sqlite_%' and name not like 'service_fts_%'
     order by name`.execute(handle);
  const out: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(handle);
    out[name] = rows.rows.map((row) => JSON.stringify(row)).sort();
  }
  return out;
}

describe("backups", () => {
  test("a backup taken while the app writes restores every row, and nothing half-written", async () => {
    await db.insertInto("app_meta").values({ key: "before-backup", value: "1" }).execute();
    // Another connection (the running app) keeps writing during the backup.
    const app = openDatabase(join(dir, "live.sqlite"));
    const writes = (async () => {
      for (let i = 0; i < 20; i++)
        await app
          .insertInto("app_meta")
          .values({ key: `during-${i}`, value: String(i) })
          .execute();
    })();
    const backup = await backupDatabase(db, join(dir, "copies", "backup.sqlite"));
    await writes;
    await app.destroy();

    const restored = openDatabase(backup);
    try {
      const copy = await everything(restored);
      const live = await everything(db);
      expect(Object.keys(copy)).toEqual(Object.keys(live));
      expect(copy.service.length).toBeGreaterThan(0);
      expect(copy.app_meta.some((row) => row.includes("before-backup"))).toBe(true);
      // Every table of the copy is the live table minus (at most) the writes that came after the snapshot.
      for (const table of Object.keys(live)) {
        if (table === "app_meta") continue;
        expect(copy[table], table).toEqual(live[table]);
      }
      const during = copy.app_meta.filter((row) => row.includes("during-"));
      const numbers = during.map((row) => Number(/during-(\d+)/.exec(row)![1])).sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i)); // a prefix of the writes: consistent
      // The restored copy is a working database: migrations find nothing to do.
      await migrateToLatest(restored);
      expect((await restored.selectFrom("service").select("id").execute()).length).toBe(copy.service.length);
    } finally {
      await restored.destroy();
    }
  });

  test("a backup never overwrites a file", async () => {
    const target = join(dir, "b.sqlite");
    await backupDatabase(db, target);
    await expect(backupDatabase(db, target)).rejects.toBeInstanceOf(BackupTargetExistsError);
  });

  test("npm run db:backup -- <file> writes the copy", async () => {
    const target = join(dir, "cli.sqlite");
    const root = resolve(import.meta.dirname, "..");
    const out = execFileSync(
      process.execPath,
      [join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/db-backup.ts", target],
      {
        cwd: root,
        env: { ...process.env, DATABASE_PATH: join(dir, "live.sqlite") },
        encoding: "utf8",
      },
    );
    expect(out).toContain("Backup of");
    expect(existsSync(target)).toBe(true);
    const copy = openDatabase(target);
    try {
      expect(await everything(copy)).toEqual(await everything(db));
    } finally {
      await copy.destroy();
    }
  }, 60_000);
});

test("a backup file is private to its owner (0600)", async () => {
  const target = await backupDatabase(db, join(dir, "private.sqlite"));
  expect((statSync(target).mode & 0o777).toString(8)).toBe("600");
});
