// app/ui is shared by every page, so it must not depend on a feature (issue 16.3; ESLint checks
// the same layer rule for the whole tree). A helper it needs lives in app/ui or comes in as a prop.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const UI = path.join(process.cwd(), "app", "ui");
const files = readdirSync(UI, { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f));

it("no file in app/ui imports from app/features", () => {
  const offenders = files.filter((file) =>
    /from\s+["'](~|#app|(\.\.\/)+)\/?features\//.test(readFileSync(path.join(UI, file), "utf8")),
  );
  expect(offenders).toEqual([]);
});
