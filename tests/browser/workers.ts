// How many browser-tier test files run side by side (decision 016). A file mostly waits — for a
// page to load, hydrate or answer — and uses about a third of one core, so three keep a 2-core
// machine busy without starving it. Each worker gets its own app server and database.
export const BROWSER_WORKERS = Number(process.env.NABIJ_BROWSER_WORKERS) || 3;

/**
 * Files that take longest start first, so the last minute is not one long walk running alone
 * (vitest would start the biggest files first, and these walks are small files).
 */
export const LONGEST_FIRST = [
  "sitemap-js.test.ts",
  "sitemap-nojs.test.ts",
  "sitemap-types.test.ts",
  "steps.test.ts",
  "aids-reading.test.ts",
  "editor.test.ts",
  "signals-check.test.ts",
];

/** Files that time the server's answers or weigh its memory: they run after the others, alone. */
export const RUN_ALONE = ["tests/browser/server-sturdy.test.ts"];
