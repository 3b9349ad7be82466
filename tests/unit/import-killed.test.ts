// Sturdiness: kill the process with SIGKILL in the middle of a CSV import, start again —
// the database holds every row from before and none from the import, and passes integrity_check.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { expect, test } from "vitest";
import { openDatabase, prepareDatabase } from "../../db/database.server";

test("SIGKILL halfway through an import loses nothing from before and keeps nothing of the import", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nabij-kill-"));
  const path = join(dir, "db.sqlite");
  const before = openDatabase(path);
  await prepareDatabase(before);
  const countServices = async (db: typeof before) =>
    Number(
      (
        await db
          .selectFrom("service")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const servicesBefore = await countServices(before);
  const auditBefore = Number((await sql<{ n: number }>`select count(*) as n from audit_log`.execute(before)).rows[0].n);
  await before.destroy();
  expect(servicesBefore).toBeGreaterThan(20);

  const child = spawn(process.execPath, ["--import", "tsx", "tests/unit/import-then-die.ts", path, "4000"], {
    cwd: join(import.meta.dirname, "../.."),
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`import never started: ${output}`)), 60_000);
    child.stdout.on("data", () => {
      if (output.includes("import started")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  // Pull the plug once the import's transaction is writing: its pages spill into the WAL file
  // (checking the rows comes first and writes nothing, so a fixed delay could kill it too early,
  // or too late on a fast machine).
  const wal = `${path}-wal`;
  const walBefore = existsSync(wal) ? statSync(wal).size : 0;
  const deadline = Date.now() + 60_000;
  while (!output.includes("import finished") && Date.now() < deadline) {
    if (existsSync(wal) && statSync(wal).size > walBefore + 1024 * 1024) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(output, "the import must still be running when it is killed").not.toContain("import finished");
  expect(statSync(wal).size, "the import's transaction must have started writing").toBeGreaterThan(
    walBefore + 1024 * 1024,
  );
  child.kill("SIGKILL");
  await new Promise((r) => child.on("close", r));

  // Start again the way the app starts.
  const after = openDatabase(path);
  await prepareDatabase(after);
  expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(after)).rows[0].integrity_check).toBe(
    "ok",
  );
  expect(await countServices(after)).toBe(servicesBefore);
  const imported = await after.selectFrom("service").select("id").where("name", "like", "KILLTEST%").execute();
  expect(imported).toEqual([]);
  expect(Number((await sql<{ n: number }>`select count(*) as n from audit_log`.execute(after)).rows[0].n)).toBe(
    auditBefore,
  );
  await after.destroy();
  rmSync(dir, { recursive: true, force: true });
}, 120_000);
