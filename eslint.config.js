// @ts-check
// Lint for Nabij (decision 017). Two jobs: the recommended checks for TypeScript, React hooks and
// accessibility, and the layer map of docs/architecture.md as a rule a machine checks
// (eslint-plugin-boundaries). `npm test` runs `eslint .` first; an error stops the run.
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The layers (docs/architecture.md), one folder each. The shell is what is left in app/: the
// document (root.tsx), the entry files and start-up. To add a layer: add its folder here and say
// in LAYER_RULES what it may import and who may import it (decision 017).
const LAYERS = [
  { type: "server", pattern: "server", partialMatch: false },
  { type: "route", pattern: "app/routes", partialMatch: false },
  { type: "feature", pattern: "app/features/*", partialMatch: false, capture: ["room"] },
  { type: "ui", pattern: "app/ui", partialMatch: false },
  { type: "i18n", pattern: ["app/i18n", "app/locales"], partialMatch: false },
  { type: "style", pattern: "app/styles", partialMatch: false },
  { type: "db", pattern: "db", partialMatch: false },
  { type: "content", pattern: "content", partialMatch: false },
  { type: "shell", pattern: "app", partialMatch: false },
];
// Single files with a place of their own: the server's entry sits beside the folders, and the
// one database file a route may import (getDb() hands the connection to a feature function).
const LAYER_FILES = [
  { category: "server-entry", pattern: "server.mjs" },
  { category: "db-connection", pattern: "db/database.server.ts" },
];

/** @param {string[]} types */
const layers = (...types) => ({ to: { element: { types: { anyOf: types } } } });
const dbConnection = { to: { file: { categories: "db-connection" } } };

// What each layer may import; anything not listed is refused. Data flows one way:
// routes → features → db / content / i18n; ui is shared below the features and never imports one;
// db imports nothing of app/. Later policies win over earlier ones.
const LAYER_RULES = [
  { from: { file: { categories: "server-entry" } }, allow: layers("server", "i18n") },
  { from: { element: { type: "server" } }, allow: layers("server", "i18n") },
  {
    from: { element: { type: "shell" } },
    allow: layers("shell", "route", "feature", "ui", "i18n", "style", "db", "content"),
  },
  { from: { element: { type: "route" } }, allow: layers("route", "shell", "feature", "ui", "i18n", "style") },
  { from: { element: { type: "route" } }, allow: dbConnection },
  { from: { element: { type: "feature" } }, allow: layers("feature", "ui", "i18n", "style", "db", "content") },
  { from: { element: { type: "ui" } }, allow: layers("ui", "i18n", "style", "db", "content") },
  // ui holds components and data, never I/O: it does not open the database.
  { from: { element: { type: "ui" } }, disallow: dbConnection },
  { from: { element: { type: "i18n" } }, allow: layers("i18n") },
  { from: { element: { type: "db" } }, allow: layers("db") },
  { from: { element: { type: "content" } }, allow: layers("content") },
];

const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx", "tests/**", "app/features/editor/test-db.ts"];

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "public/build/**",
      ".cache/**",
      "node_modules/**",
      "bench/results/**",
      "tests/browser/.artifacts/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node },
    },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.tsx", "app/**/*.client.ts", "public/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable box (wide table, the steps graph) must be reachable by keyboard (WCAG 2.1.1,
      // axe scrollable-region-focusable): a named role="region" with tabIndex={0} is the pattern.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"] }],
    },
  },
  {
    files: ["**/*.{js,mjs,ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": LAYERS,
      "boundaries/files": LAYER_FILES,
      "boundaries/include": ["server.mjs", "server/**", "app/**", "db/**", "content/**"],
      "import/resolver": { typescript: { project: "./tsconfig.json" }, node: true },
    },
    rules: {
      "boundaries/dependencies": ["error", { default: "disallow", policies: LAYER_RULES }],
    },
  },
  {
    // Kysely's own advice: a migration takes Kysely<any>, because it must keep working when the
    // schema type changes later (https://kysely.dev/docs/migrations).
    files: ["db/migrations/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Tests may reach into any layer to set up what they check.
    files: TEST_FILES,
    rules: { "boundaries/dependencies": "off" },
  },
);
