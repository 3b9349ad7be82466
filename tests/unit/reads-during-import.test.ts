// Issue 15 point 9: a large import holds the writing connection for its whole transaction (all or
// nothing); pages read on their own connection meanwhile, so /healthz and a contact page still
// answer within 500 ms. Before, every read waited for the import (36 s for 5,000 rows in the probe).
// 2,000 rows keep the test near a minute on a busy 2-core machine; the waiting is the same at 5,000.
// The server runs with the production heap flags.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { NODE_FLAGS } from "../../server/node-flags.mjs";
import { openDatabase } from "../../db/database.server";

const root = resolve(import.meta.dirname, "../..");
let dir: string;
let server: ChildProcess;
let base = "";
let output = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nabij-reads-"));
  server = spawn(
    process.execPath,
    [...NODE_FLAGS, "--import", "tsx", "tests/unit/data-server.ts", "--prepare", "--import-rows=2000"],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", DATABASE_PATH: join(dir, "nabij.sqlite") },
    },
  );
  server.stdout!.on("data", (d) => (output += d));
  server.stderr!.on("data", (d) => (output += d));
  const deadline = Date.now() + 50_000;
  while (!base && Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the test server stopped: ${output}`);
    const port = /listening (\d+)/.exec(output)?.[1];
    if (port) base = `http://127.0.0.1:${port}`;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!base) throw new Error(`the test server did not start: ${output}`);
}, 60_000);

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function timed(path: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(base + path);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

test("/healthz and a contact page answer within 500 ms while a 2,000-row import runs", async () => {
  const db = openDatabase(join(dir, "nabij.sqlite"));
  const { id } = await db
    .selectFrom("service")
    .select("id")
    .where("status", "=", "active")
    .orderBy("name")
    .executeTakeFirstOrThrow();
  await db.destroy();

  let finished = false;
  const importing = fetch(`${base}/test/import`, { method: "POST" })
    .then((r) => r.json() as Promise<{ ok: boolean; ms: number }>)
    .finally(() => (finished = true));
  const samples: { path: string; status: number; ms: number }[] = [];
  await new Promise((r) => setTimeout(r, 300));
  while (!finished) {
    for (const path of ["/healthz", `/contact/${id}`]) samples.push({ path, ...(await timed(path)) });
    await new Promise((r) => setTimeout(r, 100));
  }
  const result = await importing;
  expect(result.ok, `the import itself must succeed: ${output.slice(-500)}`).toBe(true);
  expect(result.ms, "a large import, that takes a while").toBeGreaterThan(2000);
  expect(samples.length).toBeGreaterThanOrEqual(6);
  for (const sample of samples) expect(sample.status, sample.path).toBe(200);
  const slowest = Math.max(...samples.map((s) => s.ms));
  expect(slowest, JSON.stringify(samples.filter((s) => s.ms >= 500))).toBeLessThan(500);
}, 120_000);
