// How many browser-tier test files run side by side (decision 016). The tier is bound by CPU: on
// the 2-core machine the whole tier took 360 s with two files at a time, 415 s with three and 483 s
// with four (2026-12-01), because more Chromiums only fight over the same two cores. Two keep both
// cores busy while one file waits for a page. Each worker gets its own app server and database.
export const BROWSER_WORKERS = Number(process.env.NABIJ_BROWSER_WORKERS) || 2;

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
