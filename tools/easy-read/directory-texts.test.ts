// Issue 17.8: the directory's texts are measured like the guide. Found in review: 26 of 41 Dutch
// service texts failed the easy-read limits and nothing checked them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { migrateToLatest, openDatabase, seedOnce } from "#db/database.server";
import { databaseServiceTexts, seedServiceTexts } from "./directory-sources.server";
import { checkDirectoryTexts, type ServiceTexts } from "./directory-texts";

const fails = (services: ServiceTexts[], file = "test") =>
  checkDirectoryTexts(services, file).flatMap((r) => r.problems.filter((p) => p.level === "fail"));

const LONG_NL =
  "Deze organisatie helpt volwassenen en jongeren uit de hele regio met allerlei vragen over geld, wonen, werk en gezondheid, in Amsterdam en ook in het weekend.";

describe("easy read in the directory", () => {
  test("every seed service's summary, description and visitor text passes, in Dutch and English", () => {
    const seed = seedServiceTexts();
    expect(seed.length).toBeGreaterThan(40);
    expect(fails(seed)).toEqual([]);
  });

  test("a sentence over 20 words fails, named with the service, field, language and the sentence", () => {
    const service: ServiceTexts = {
      id: "proef",
      summary: { nl: "Hulp bij geld.", en: "Help with money." },
      description: { nl: LONG_NL, en: "Help with money." },
      card: { nl: null, en: null },
    };
    expect(fails([service])).toContainEqual(
      expect.objectContaining({ file: "test [nl]", textId: "proef.description", sentence: LONG_NL }),
    );
  });

  test("a database file is measured too: what an editor wrote since the seed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nabij-easy-read-"));
    try {
      const file = join(dir, "check.sqlite");
      const db = openDatabase(file);
      await migrateToLatest(db);
      await seedOnce(db);
      await sql`update service set description = ${LONG_NL} where id = (select min(id) from service)`.execute(db);
      await db.destroy();
      const problems = fails(await databaseServiceTexts(file), file);
      expect(problems.map((p) => p.sentence)).toContain(LONG_NL);
      await expect(databaseServiceTexts(join(dir, "missing.sqlite"))).rejects.toThrow(/No database file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
