// `npm test`: every tier, in the order that fails fastest — lint (with the layer rules, decision
// 017), the Prettier check, types and the easy-read content check (side by side, while the app for
// the browser tier is built), unit and server tests, then the
// browser tier against that build. Stops at the first failure; prints each tier's wall time at the
// end (decision 016: the whole command must stay under 10 minutes on a 2-core machine).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;

// One production build for the browser tier, made while the types are checked (tsc uses one core).
mkdirSync(join(root, ".cache"), { recursive: true });
const buildDir = mkdtempSync(join(root, ".cache", "test-build-"));
const removeBuild = () => rmSync(buildDir, { recursive: true, force: true });
process.once("exit", removeBuild);
process.once("SIGINT", () => process.exit(130));

/** @type {{ name: string, seconds: number, ok: boolean }[]} */
const timings = [];

/**
 * Run one command. `quiet` keeps its output until it ends (so tiers that run side by side do not
 * mix their lines) and prints it only when it fails or when `showOutput` is set.
 */
function run(name, command, args, { env = {}, quiet = false, showOutput = true } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    if (!quiet) console.log(`\n▶ ${name}`);
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      const result = { name, seconds: (Date.now() - started) / 1000, ok: code === 0 };
      timings.push(result);
      if (quiet && (showOutput || !result.ok)) console.log(`\n▶ ${name}\n${output.trimEnd()}`);
      resolve(result);
    });
  });
}

function printTimings(total) {
  console.log("\nWall time per tier (tiers marked ∥ ran side by side):");
  for (const t of timings)
    console.log(`  ${t.ok ? "✓" : "✗"} ${t.name.padEnd(44)} ${t.seconds.toFixed(0).padStart(5)} s`);
  console.log(`  ${"= npm test".padEnd(46)} ${total.toFixed(0).padStart(5)} s`);
}

function stop(failed, started) {
  console.error(`\n✗ ${failed.map((r) => r.name).join(", ")} failed.`);
  printTimings((Date.now() - started) / 1000);
  process.exit(1);
}

const started = Date.now();
const firstRound = await Promise.all([
  run("∥ lint + layer rules (eslint .)", "npm", ["run", "--silent", "lint"], { quiet: true, showOutput: false }),
  run("∥ format (prettier --check .)", "npm", ["run", "--silent", "format:check"], {
    quiet: true,
    showOutput: false,
  }),
  run("∥ types", "npx", ["tsc", "--noEmit"], { quiet: true }),
  ...(scripts["content:check"]
    ? [run("∥ easy-read content check", "npm", ["run", "--silent", "content:check"], { quiet: true })]
    : []),
  run(
    "∥ build for the browser tier",
    process.execPath,
    [join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"],
    {
      env: { NODE_ENV: "production", NABIJ_BUILD_DIR: buildDir },
      quiet: true,
      showOutput: false,
    },
  ),
  run("∥ Chromium for the browser tier", "node", ["scripts/ensure-chromium.mjs"], { quiet: true, showOutput: false }),
]);
if (firstRound.some((r) => !r.ok))
  stop(
    firstRound.filter((r) => !r.ok),
    started,
  );

for (const [name, args] of [
  ["unit and server tests", ["vitest", "run", "--project", "unit", "--project", "unit-alone"]],
  ["browser tests", ["vitest", "run", "--project", "browser", "--project", "browser-alone"]],
]) {
  // The browser tier's global set-up uses the build made above instead of building again.
  const result = await run(name, "npx", args, { env: { NABIJ_TEST_PREBUILT_DIR: buildDir } });
  if (!result.ok) stop([result], started);
}
printTimings((Date.now() - started) / 1000);
console.log("\n✓ all test tiers passed");
