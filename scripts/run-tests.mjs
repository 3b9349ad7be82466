// `npm test`: every tier, in the order that fails fastest — types, the easy-read content check,
// unit and server tests, then the browser tier against the built app. Stops at the first failure.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const scripts = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).scripts;
const steps = [
  ["types", "npx", ["tsc", "--noEmit"]],
  ...(scripts["content:check"] ? [["easy-read content check", "npm", ["run", "--silent", "content:check"]]] : []),
  ["Chromium for the browser tier", "node", ["scripts/ensure-chromium.mjs"]],
  ["unit, server and browser tests", "npx", ["vitest", "run"]],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log("\n✓ all test tiers passed");
