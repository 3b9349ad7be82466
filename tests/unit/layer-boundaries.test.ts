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
describe("layer rules", { timeout: 120_000 }, () => {
  it("refuses a shared ui component that imports a feature", async () => {
    const errors = await boundaryErrors(
      "app/ui/WrongWay.tsx",
      'import { contactView } from "~/features/directory/contact-view";\nexport const used = contactView;\n',
    );
    expect(errors).toEqual([expect.stringContaining('from elements of type "ui" to elements of type "feature"')]);
  });

  it("refuses db/ code that imports from app/, by alias or by relative path", async () => {
    const byAlias = await boundaryErrors(
      "db/wrong-way.ts",
      'import { descendantsOf } from "#db/areas";\nimport { buildFtsQuery } from "~/features/directory/fts-query";\nexport const used = [descendantsOf, buildFtsQuery];\n',
    );
    const byPath = await boundaryErrors(
      "db/seed/wrong-way.ts",
      'import { buildFtsQuery } from "../../app/features/directory/fts-query";\nexport const used = buildFtsQuery;\n',
    );
    expect(byAlias).toEqual([expect.stringContaining('from elements of type "db" to elements of type "feature"')]);
    expect(byPath).toEqual([expect.stringContaining('from elements of type "db" to elements of type "feature"')]);
  });

  it("refuses a feature that imports a route", async () => {
    const errors = await boundaryErrors(
      "app/features/steps/wrong-way.ts",
      'import { loader } from "~/routes/$lang._index";\nexport const used = loader;\n',
    );
    expect(errors).toEqual([expect.stringContaining('to elements of type "route"')]);
  });

  it("refuses a route that reaches past the features into the database tables", async () => {
    const errors = await boundaryErrors(
      "app/routes/wrong-way.tsx",
      'import { AREAS } from "#db/areas";\nexport const used = AREAS;\n',
    );
    expect(errors).toEqual([expect.stringContaining('from elements of type "route" to elements of type "db"')]);
  });

  it("refuses the server importing app code: it serves the build, it does not run features", async () => {
    const errors = await boundaryErrors(
      "server/wrong-way.mjs",
      'import { isAllowedLink } from "../app/features/directory/stored-text";\nexport const used = isAllowedLink;\n',
    );
    expect(errors).toEqual([expect.stringContaining('from elements of type "server" to elements of type "feature"')]);
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
