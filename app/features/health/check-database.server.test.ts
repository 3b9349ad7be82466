import { mkdtempSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { migrateToLatest, openDatabase, type DB } from "#db/database.server";
import { checkDatabase } from "./check-database.server";

let dir: string;
let path: string;
let db: DB;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "nabij-health-"));
  path = join(dir, "nabij.sqlite");
  db = openDatabase(path);
  await migrateToLatest(db);
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

test("healthy while the open database is the file at its path", async () => {
  expect(await checkDatabase(db)).toEqual({ ok: true });
});

test("not healthy once the database file was deleted, though the open handle still answers", async () => {
  unlinkSync(path);
  expect(await checkDatabase(db)).toEqual({ ok: false, problem: "file-gone" });
});

test("not healthy once another file was put in its place", async () => {
  writeFileSync(join(dir, "other.sqlite"), "");
  renameSync(join(dir, "other.sqlite"), path);
  expect(await checkDatabase(db)).toEqual({ ok: false, problem: "file-replaced" });
});

test("the database file and its WAL files are private to their owner (0600)", async () => {
  await db.insertInto("app_meta").values({ key: "k", value: "v" }).execute();
  for (const file of [path, `${path}-wal`, `${path}-shm`])
    expect((statSync(file).mode & 0o777).toString(8), file).toBe("600");
});
