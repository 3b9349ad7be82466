import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "~": fileURLToPath(new URL("./app", import.meta.url)),
};

// Two tiers: fast unit/integration tests beside the code, and the browser tier in tests/browser
// (real Chromium against the built app served the way `npm start` serves it).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
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
        },
      },
      {
        resolve: { alias },
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          globals: true,
          globalSetup: ["tests/browser/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium per file; files run one after another to keep a 2-core machine calm.
          fileParallelism: false,
        },
      },
    ],
  },
});
