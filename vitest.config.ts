import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { BROWSER_WORKERS, LONGEST_FIRST, RUN_ALONE } from "./tests/browser/workers";

/** Vitest's own order (failed first, then slowest last time), with the known long files first. */
class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.findIndex((name) => file.moduleId.endsWith(`/${name}`));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/** Unit files that time the server's answers or weigh memory: never beside another file. */
const UNIT_RUN_ALONE = ["tests/unit/reads-during-import.test.ts", "tests/unit/csv-export-memory.test.ts"];

/** Settings both browser projects share: real Chromium against the built app (decision 016). */
const browserTier = {
  environment: "node" as const,
  globals: true,
  globalSetup: ["tests/browser/global-setup.ts"],
  testTimeout: 120_000,
  hookTimeout: 180_000,
  // expect.poll waits for what a user would see next; a sign-in check (scrypt) or a busy machine can
  // take longer than Vitest's 1 s default. Only a failing poll waits the whole time.
  expect: { poll: { timeout: 10_000 } },
};

const alias = {
  "~": fileURLToPath(new URL("./app", import.meta.url)),
};

// Two tiers: fast unit/integration tests beside the code, and the browser tier in tests/browser
// (real Chromium against the built app served the way `npm start` serves it).
export default defineConfig({
  resolve: { alias },
  test: {
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          // Tests that time answers or weigh memory run alone, after the others (unit-alone).
          exclude: UNIT_RUN_ALONE,
          setupFiles: ["tests/unit/setup-i18n.ts"],
          include: [
            "app/**/*.test.{ts,tsx}",
            "db/**/*.test.ts",
            "content/**/*.test.ts",
            "scripts/**/*.test.ts",
            "tools/**/*.test.ts",
            "server/**/*.test.ts",
            "tests/unit/**/*.test.ts",
          ],
          environment: "node",
          globals: true,
          // Vitest's default on a 2-core machine is one worker; many unit files wait on SQLite or a
          // child process, so two keep both cores busy (decision 016).
          maxWorkers: 2,
          // Projects with different worker counts must run one after the other: unit first.
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "unit-alone",
          setupFiles: ["tests/unit/setup-i18n.ts"],
          include: UNIT_RUN_ALONE,
          environment: "node",
          globals: true,
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "browser",
          ...browserTier,
          include: ["tests/browser/**/*.test.ts"],
          exclude: RUN_ALONE,
          // A few files side by side, each with its own Chromium, app server and database: a file
          // mostly waits for pages, so one at a time left most of a 2-core machine idle (decision 016).
          fileParallelism: true,
          maxWorkers: BROWSER_WORKERS,
          sequence: { groupOrder: 2 },
        },
      },
      {
        resolve: { alias },
        test: {
          // Tests that time the server's answers or weigh its memory, after the others, on their own.
          name: "browser-alone",
          ...browserTier,
          include: RUN_ALONE,
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
