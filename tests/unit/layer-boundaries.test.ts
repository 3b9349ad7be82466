// The layer map of docs/architecture.md is checked by ESLint (eslint.config.js, decision 017).
// These tests lint small files placed in each layer, as `npx eslint .` would see them there,
// and expect a wrong-way import to be refused and a right-way import to pass.
import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "boundaries/dependencies").map((m) => m.message);
}

// Loading ESLint, the TypeScript parser and the path resolver takes a few seconds on a busy machine.
/** The first name an import line brings in, so the linted file uses it. */
function importedName(importLine: string): string {
  return /\{\s*(\w+)/.exec(importLine)![1];
}

describe("layer rules", { timeout: 120_000 }, () => {
  // [what is refused, file, code, the words the error must contain]
  const wrongWay: [string, string, string, string][] = [
    [
      "a shared ui component that imports a feature",
      "app/ui/WrongWay.tsx",
      'import { contactView } from "~/features/directory/contact-view";',
      'from elements of type "ui" to elements of type "feature"',
    ],
    [
      "db/ code that imports from app/ by alias",
      "db/wrong-way.ts",
      'import { buildFtsQuery } from "~/features/directory/fts-query";',
      'from elements of type "db" to elements of type "feature"',
    ],
    [
      "db/ code that imports from app/ by relative path",
      "db/seed/wrong-way.ts",
      'import { buildFtsQuery } from "../../app/features/directory/fts-query";',
      'from elements of type "db" to elements of type "feature"',
    ],
    [
      "a feature that imports a route",
      "app/features/steps/wrong-way.ts",
      'import { loader } from "~/routes/$lang._index";',
      'to elements of type "route"',
    ],
    [
      "a route that reaches past the features into the database tables",
      "app/routes/wrong-way.tsx",
      'import { AREAS } from "#db/areas";',
      'from elements of type "route" to elements of type "db"',
    ],
    [
      "the server importing app code (it serves the build, it does not run features)",
      "server/wrong-way.mjs",
      'import { isAllowedLink } from "../app/features/directory/stored-text";',
      'from elements of type "server" to elements of type "feature"',
    ],
  ];

  it.each(wrongWay)("refuses %s", async (_what, filePath, importLine, expected) => {
    const errors = await boundaryErrors(
      filePath,
      `${importLine}\nexport const used = [${importedName(importLine)}];\n`,
    );
    expect(errors).toEqual([expect.stringContaining(expected)]);
  });

  it("lets each layer import what is below it", async () => {
    const allowed = await Promise.all([
      boundaryErrors(
        "app/routes/right-way.tsx",
        'import { getDb } from "#db/database.server";\nimport { contactView } from "~/features/directory/contact-view";\nimport { Layout } from "~/ui/Layout";\nexport const used = [getDb, contactView, Layout];\n',
      ),
      boundaryErrors(
        "app/features/steps/right-way.ts",
        'import { AREAS } from "#db/areas";\nimport { searchTokens } from "~/features/directory/fts-query";\nimport { sql } from "kysely";\nexport const used = [AREAS, searchTokens, sql];\n',
      ),
      boundaryErrors("db/seed/right-way.ts", 'import { TOPICS } from "../topics";\nexport const used = TOPICS;\n'),
      boundaryErrors(
        "app/ui/RightWay.tsx",
        'import { TOPIC_IDS } from "#db/topics";\nexport const used = TOPIC_IDS;\n',
      ),
    ]);
    expect(allowed).toEqual([[], [], [], []]);
  });
});
