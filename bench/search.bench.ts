// npm run bench:search: the directory search feature function against 10,000 synthetic services
// in a temporary database. Target (issue 6): median under 10 ms for text plus two filters.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateToLatest, openDatabase, withTransaction } from "#db/database.server";
import { seedSynthetic } from "#db/seed/synthetic";
import { parseSearchParams } from "#app/features/directory/search-params";
import { searchDirectory } from "#app/features/directory/search-services.server";

const COUNT = Number(process.env.BENCH_SERVICES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const dir = mkdtempSync(join(tmpdir(), "nabij-bench-"));
const db = openDatabase(join(dir, "synthetic.sqlite"));

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

try {
  await migrateToLatest(db);
  const seeded = performance.now();
  await withTransaction(db, (trx) => seedSynthetic(trx, COUNT));
  console.log(`seeded ${COUNT} synthetic services in ${(performance.now() - seeded).toFixed(0)} ms`);

  const scenarios: Record<string, string[]> = {
    "text + topic + area": [
      "q=schulden&topic=money&area=amsterdam",
      "q=brieven&topic=letters-forms&area=zaanstad",
      "q=inloop+buurt&topic=loneliness&area=amsterdam-zuidoost",
    ],
    "text + free + walkin": ["q=advies&free=1&walkin=1", "q=coach&free=1&walkin=1"],
    "topic + area, no text": ["topic=money&area=amsterdam", "topic=health&area=hoorn"],
    "text only (prefix)": ["q=schu", "q=clientondersteuning"],
    "no criteria, page 5": ["page=5"],
  };
  for (const [name, queries] of Object.entries(scenarios)) {
    for (const q of queries) await searchDirectory(db, parseSearchParams(new URLSearchParams(q)), "nl"); // warm up
    const samples: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const parsed = parseSearchParams(new URLSearchParams(queries[i % queries.length]));
      const start = performance.now();
      const outcome = await searchDirectory(db, parsed, "nl");
      samples.push(performance.now() - start);
      total += outcome.totalItems;
    }
    const s = stats(samples);
    const target =
      name === "text + topic + area" ? (s.median < 10 ? "  (target < 10 ms: met)" : "  (target < 10 ms: NOT met)") : "";
    console.log(
      `${name.padEnd(24)} median ${s.median.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms  max ${s.max.toFixed(2)} ms  avg hits ${(total / RUNS).toFixed(0)}${target}`,
    );
  }
} finally {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
