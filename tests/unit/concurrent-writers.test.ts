import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { expect, test } from "vitest";
import { migrateToLatest, openDatabase } from "../../db/database.server";

function writer(path: string, name: string, count: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tests/unit/concurrent-writer.ts", path, name, String(count)],
      {
        cwd: join(import.meta.dirname, "../.."),
      },
    );
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code, output }));
  });
}

test("two processes writing at once both succeed (or one is told to retry), and the file stays sound", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nabij-writers-"));
  const path = join(dir, "db.sqlite");
  const db = openDatabase(path);
  await migrateToLatest(db);
  await db.destroy();

  const [a, b] = await Promise.all([writer(path, "a", 200), writer(path, "b", 200)]);
  for (const result of [a, b]) {
    if (result.code !== 0) expect(result.output).toContain("the database is busy, please try again");
  }
  expect([a.code, b.code]).toContain(0);

  const check = openDatabase(path);
  const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(check);
  expect(integrity.rows[0].integrity_check).toBe("ok");
  const rows = await check.selectFrom("app_meta").select("key").where("key", "like", "_-%").execute();
  const expected = (a.code === 0 ? 200 : 0) + (b.code === 0 ? 200 : 0);
  expect(rows.length).toBe(expected);
  await check.destroy();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);
