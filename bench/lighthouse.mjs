// `npm run bench:lighthouse`: Lighthouse 12.2.3 (the last major that runs on Node 20) with the
// system Chromium, mobile preset, on the pages volunteers open most. Fetched with npx on first use
// so the test install stays small. Prints scores against the targets and the largest opportunities.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NODE_FLAGS } from "../server/node-flags.mjs";

const root = new URL("..", import.meta.url).pathname;
const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 95 };

const dir = mkdtempSync(join(tmpdir(), "nabij-lh-"));
const port = 3950 + Math.floor(Math.random() * 40);
const base = `http://127.0.0.1:${port}`;
if (!process.argv.includes("--no-build")) execFileSync("npx", ["remix", "build"], { cwd: root, stdio: "ignore" });
const server = spawn(process.execPath, [...NODE_FLAGS, "server.mjs"], {
  cwd: root,
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: join(dir, "lh.sqlite") },
  stdio: "ignore",
});

let failed = false;
try {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const services = await (await fetch(`${base}/api/hsds/services?per_page=1`)).json();
  const id = services.contents?.[0]?.id;
  const pages = [
    ["start", "/nl"],
    ["signals", "/nl/signals"],
    ["steps question", "/nl/steps"],
    ["contacts search", "/nl/contacts?topic=money&area=amsterdam"],
    ["contact page", `/nl/contacts/${id}`],
    ["visitor card", `/nl/contacts/${id}/card`],
  ];
  for (const [name, path] of pages) {
    const out = join(dir, `${name.replace(/\W+/g, "-")}.json`);
    // Lighthouse sometimes fails to record a trace on a busy machine: one retry, then report it.
    const run = () => execFileSync(
      "npx",
      [
        "-y",
        "lighthouse@12.2.3",
        base + path,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run",
      ],
      { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: chrome } },
    );
    try {
      run();
    } catch {
      try {
        run();
      } catch {
        console.log(`${name} ${path}: Lighthouse could not finish (twice) — FAIL`);
        failed = true;
        continue;
      }
    }
    const report = JSON.parse(readFileSync(out, "utf8"));
    const scores = Object.entries(TARGETS).map(([key, target]) => {
      const score = Math.round((report.categories[key]?.score ?? 0) * 100);
      if (score < target) failed = true;
      return `${key} ${score}${score >= target ? "" : ` (FAIL < ${target})`}`;
    });
    console.log(`${name} ${path}: ${scores.join(", ")}`);
    const opportunities = Object.values(report.audits)
      .filter((a) => a.details?.type === "opportunity" && (a.details.overallSavingsMs ?? 0) > 0)
      .sort((a, b) => b.details.overallSavingsMs - a.details.overallSavingsMs)
      .slice(0, 3);
    for (const a of opportunities) console.log(`    opportunity: ${a.title} (~${Math.round(a.details.overallSavingsMs)} ms)`);
    const failing = Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary");
    for (const a of failing.slice(0, 5)) console.log(`    failing audit: ${a.id} — ${a.title}`);
  }
} finally {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
