// Issue 15 point 1: the CSV exports stream row by row and only a few run at once, so ten parallel
// downloads of 10,000 SYNTHETIC services keep the server's peak memory (RSS) under 250 MB.
// Before, each download built the whole file in memory and the process died (heap out of memory).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { NODE_FLAGS } from "../../server/node-flags.mjs";
import { openDatabase } from "../../db/database.server";

const root = resolve(import.meta.dirname, "../..");
const SERVICES = 10_000;
let dir: string;
let server: ChildProcess;
let port = 0;
let output = "";
let activeServices = 0;

function peakRssMb(pid: number): number {
  const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  return kb / 1024;
}

/** Download one file and count its lines, without keeping it. */
async function download(path: string): Promise<{ status: number; lines: number }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    for (const byte of chunk) if (byte === 10) lines++;
  }
  return { status: response.status, lines };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nabij-csv-memory-"));
  const databasePath = join(dir, "synthetic.sqlite");
  execFileSync(
    "npm",
    ["run", "--silent", "db:seed", "--", "--synthetic", String(SERVICES), "--database", databasePath],
    {
      cwd: root,
      stdio: "ignore",
    },
  );
  const db = openDatabase(databasePath);
  activeServices = (await db.selectFrom("service").select("id").where("status", "=", "active").execute()).length;
  await db.destroy();
  server = spawn(process.execPath, [...NODE_FLAGS, "--import", "tsx", "tests/unit/data-server.ts"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", DATABASE_PATH: databasePath },
  });
  server.stdout!.on("data", (d) => (output += d));
  server.stderr!.on("data", (d) => (output += d));
  const deadline = Date.now() + 30_000;
  while (!port && Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the test server stopped: ${output}`);
    port = Number(/listening (\d+)/.exec(output)?.[1] ?? 0);
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!port) throw new Error(`the test server did not start: ${output}`);
}, 60_000);

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test("10 parallel downloads of each CSV export (10,000 synthetic services) stay under 250 MB peak RSS", async () => {
  // the public file holds the active services, the editors' file every service
  for (const [path, services] of [
    ["/api/contacts.csv", activeServices],
    ["/editor/export.csv", SERVICES],
  ] as const) {
    const results = await Promise.all(Array.from({ length: 10 }, () => download(path)));
    expect(server.exitCode, `the server died during ${path}: ${output.slice(-500)}`).toBeNull();
    for (const result of results) {
      expect(result.status).toBe(200);
      // a header line and one line per service (synthetic texts hold no line breaks)
      expect(result.lines).toBe(services + 1);
    }
  }
  expect(peakRssMb(server.pid!)).toBeLessThan(250);
}, 180_000);
