// `npm run bench`: load the production server on 127.0.0.1 with a separate database of 10,000
// SYNTHETIC services, route by route (50 connections, 10 s each), next to a bare node:http server
// sending the same start-page bytes. Prints a table with PASS/FAIL per target, writes
// bench/results/latest.json and the README's Performance block. Loopback only; bounded in time.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { NODE_FLAGS } from "../server/node-flags.mjs";
import { machineName, publish } from "./publish.mjs";

const root = new URL("..", import.meta.url).pathname;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50);
const DURATION = Number(process.env.BENCH_SECONDS || 10);
const TARGETS = { p99Ms: 100, searchMedianMs: 10, peakRssMb: 200 };

function log(message) {
  process.stderr.write(`${message}\n`);
}

async function waitFor(url, child) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url}`);
}

function peakRssMb(pid) {
  // VmHWM: the peak resident set size of the process since it started.
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

function load(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, timeout: 10 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

function summary(name, path, result) {
  return {
    name,
    path,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "nabij-bench-"));
  const databasePath = join(dir, "bench.sqlite");
  if (!process.argv.includes("--no-build")) {
    log("Building the production app…");
    execFileSync("npx", ["remix", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  }
  log("Seeding 10,000 synthetic services into a separate database…");
  execFileSync("npm", ["run", "--silent", "db:seed", "--", "--synthetic", "10000", "--database", databasePath], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });

  const port = 3900 + Math.floor(Math.random() * 50);
  const server = spawn(process.execPath, [...NODE_FLAGS, "server.mjs"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: databasePath },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/healthz`, server);
    const routes = await pickRoutes(base);
    const results = [];
    for (const [name, path] of routes) {
      const response = await fetch(base + path);
      if (!response.ok) throw new Error(`${path} answered ${response.status} before the load`);
      log(`Loading ${name}: ${path}`);
      results.push(summary(name, path, await load(base + path)));
    }
    const rss = peakRssMb(server.pid);

    // The same start-page bytes from a bare node:http server, for the ratio.
    const startPage = Buffer.from(await (await fetch(`${base}/nl`)).arrayBuffer());
    const bare = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": startPage.length });
      res.end(startPage);
    });
    await new Promise((r) => bare.listen(0, "127.0.0.1", r));
    log("Loading the bare node:http server");
    const bareResult = summary(
      "bare node:http (start-page bytes)",
      "/",
      await load(`http://127.0.0.1:${bare.address().port}/`),
    );
    bare.close();

    const search = searchMedian();
    report({ results, bareResult, rss, search });
  } finally {
    server.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The routes the issue names, with real ids read from the running app. */
async function pickRoutes(base) {
  const services = await (await fetch(`${base}/api/hsds/services?per_page=1`)).json();
  const serviceId = services.contents?.[0]?.id;
  const signals = readFileSync(join(root, "content/signals/structure.yaml"), "utf8");
  const signalIds = [...signals.matchAll(/\{ id: ([a-z0-9-]+),/g)].map((m) => m[1]).slice(8, 11);
  return [
    ["start page", "/nl"],
    ["signals page", "/nl/signals"],
    ["signals result", `/nl/signals/result?${signalIds.map((id) => `s=${id}`).join("&")}`],
    ["decision-steps question", "/nl/steps"],
    ["contacts search (text + 2 filters)", "/nl/contacts?q=hulp&topic=money&area=amsterdam"],
    ["contact page", `/nl/contacts/${serviceId}`],
  ];
}

function searchMedian() {
  try {
    const out = execFileSync("npm", ["run", "--silent", "bench:search"], { cwd: root, encoding: "utf8" });
    const match = /median[^0-9]*([0-9.]+)\s*ms/i.exec(out);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function report({ results, bareResult, rss, search }) {
  const pass = (ok) => (ok ? "PASS" : "FAIL");
  const lines = [];
  const row = (cells) => `| ${cells.join(" | ")} |`;
  lines.push(row(["route", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "app ÷ bare", "target"]));
  lines.push(row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---"]));
  for (const r of results) {
    const ok = r.errors === 0 && r.non2xx === 0 && r.p99Ms < TARGETS.p99Ms;
    r.pass = ok;
    const ratio = (r.requestsPerSecond / bareResult.requestsPerSecond).toFixed(2);
    r.ratioToBare = Number(ratio);
    lines.push(
      row([
        `${r.name} \`${r.path.length > 48 ? `${r.path.slice(0, 45)}…` : r.path}\``,
        r.requestsPerSecond,
        r.p50Ms,
        r.p99Ms,
        r.errors,
        r.non2xx,
        ratio,
        `${pass(ok)} (p99 < ${TARGETS.p99Ms} ms, 0 errors)`,
      ]),
    );
  }
  lines.push(
    row([
      bareResult.name,
      bareResult.requestsPerSecond,
      bareResult.p50Ms,
      bareResult.p99Ms,
      bareResult.errors,
      bareResult.non2xx,
      "1.00",
      "reference",
    ]),
  );
  const rssOk = rss < TARGETS.peakRssMb;
  const searchOk = search !== null && search < TARGETS.searchMedianMs;
  lines.push("");
  lines.push(`Server peak RSS: ${rss} MB — ${pass(rssOk)} (< ${TARGETS.peakRssMb} MB)`);
  lines.push(
    `Search feature function, median on 10,000 services: ${search ?? "not measured"} ms — ${pass(searchOk)} (< ${TARGETS.searchMedianMs} ms)`,
  );
  const machine = machineName();
  lines.push(
    `Machine: ${machine}; ${CONNECTIONS} connections × ${DURATION} s per route; ${new Date().toISOString().slice(0, 10)}`,
  );
  const table = lines.join("\n");
  console.log(table);

  publish(
    "bench",
    "latest.json",
    {
      date: new Date().toISOString(),
      machine,
      connections: CONNECTIONS,
      seconds: DURATION,
      targets: TARGETS,
      results,
      bare: bareResult,
      peakRssMb: rss,
      searchMedianMs: search,
    },
    table,
  );
  const allPass = results.every((r) => r.pass) && rssOk && searchOk;
  if (!allPass) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`Benchmark failed: ${error.message}`);
  process.exit(1);
});
