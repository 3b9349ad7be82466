// Issue 17.9: the search finds what was meant. Real queries against the real seed, plus made-up
// services for the ranking rule. Found in review: "MEE" matched 18 services through part-words
// such as "meedenken", and "brief" missed the services about letters ("brieven").
import { sql } from "kysely";
import { seedOnce } from "#db/database.server";
import { createService } from "~/features/editor/services.server";
import { emptyServiceEdit } from "~/features/editor/service-form";
import { makeTestDb, type TestDb } from "~/features/editor/test-db";
import { foldText } from "./fts-query";
import { parseSearchParams } from "./search-params";
import { searchDirectory } from "./search-services.server";

let t: TestDb;
beforeAll(async () => {
  t = await makeTestDb();
  await seedOnce(t.db);
});
afterAll(async () => {
  await t.close();
});

const search = (q: string) => searchDirectory(t.db, parseSearchParams(new URLSearchParams({ q })), "nl", "2026-11-25");
const names = async (q: string) => (await search(q)).items.map((item) => item.name);

/** Everything the text index holds for a service, folded. */
async function indexedText(name: string): Promise<string> {
  const row = await sql<{ text: string }>`
    select f.name || ' ' || f.summary || ' ' || f.description || ' ' || f.topics || ' ' || f.areas as text
      from service_fts f join service_search k on k.search_id = f.rowid where k.name = ${name}`.execute(t.db);
  return foldText(row.rows[0].text);
}

describe("real searches on the seed", () => {
  test("MEE: the MEE services first, and only services with the whole word (no 'meedenken')", async () => {
    const found = await search("MEE");
    const withName = found.items.map((item) => /\bMEE\b/.test(item.name));
    expect(withName.slice(0, 3)).toEqual([true, true, true]);
    expect(withName.indexOf(false)).toBeGreaterThan(withName.lastIndexOf(true));
    expect(found.totalItems).toBeLessThan(18);
    for (const item of found.items) expect(` ${await indexedText(item.name)} `, item.name).toContain(" mee ");
  });

  test("mee in small letters is a short word: also whole", async () => {
    expect((await search("mee")).totalItems).toBe((await search("MEE")).totalItems);
  });

  test("schulden: the service with debts in its name comes first", async () => {
    const found = await names("schulden");
    expect(found[0]).toMatch(/schulden/i);
    expect(found.length).toBeGreaterThan(3);
  });

  test("brief: also the services about letters and forms, not only the word 'brief'", async () => {
    const found = await search("brief");
    expect(found.totalItems).toBeGreaterThan(2);
    expect(found.items.map((item) => item.name)).toContain("Humanitas Amsterdam/Diemen: Thuisadministratie");
  });

  test("buurtteam: the buurtteams by name first, then services that name a buurtteam in their text", async () => {
    const inName = (await names("buurtteam")).map((name) => /buurtteam/i.test(name));
    expect(inName[0]).toBe(true);
    expect(inName.indexOf(false) === -1 || inName.indexOf(false) > inName.lastIndexOf(true)).toBe(true);
  });

  test("Hoorn geld: the place becomes the area, the money help in Hoorn first", async () => {
    const found = await search("Hoorn geld");
    expect(found.area).toBe("hoorn");
    expect(found.items[0].name).toBe("Gemeente Hoorn: hulp bij rondkomen en schulden");
  });
});

describe("ranking of words", () => {
  beforeAll(async () => {
    const add = (name: string, description: string) =>
      createService(
        t.db,
        { id: null, email: "test" },
        {
          ...emptyServiceEdit(),
          organization: "Proefstichting",
          summary: "Proef.",
          url: "https://proef.example.nl",
          name,
          description,
        },
      );
    await add("Alfa proef", "Hier staat zzwoordenlijst.");
    await add("Bravo proef", "Hier staat zzwoord.");
    await add("Charlie zzwoord", "Hier staat niets.");
    await add("Delta proef", "Hier staat zzw.");
  });

  test("a longer word: name first, then the whole word, then words that only start with it", async () => {
    expect(await names("zzwoord")).toEqual(["Charlie zzwoord", "Bravo proef", "Alfa proef"]);
  });

  test("a short word matches only the whole word", async () => {
    expect(await names("zzw")).toEqual(["Delta proef"]);
  });
});
