// The directory against a real (in-memory) SQLite database with the real seed.
import { openDatabase, prepareDatabase, withTransaction, type DB } from "#db/database.server";
import { serviceId } from "#db/seed/directory";
import { contactView } from "./contact-view";
import { CSV_COLUMNS, csvRowFromRecord, parseContactsCsv, serializeContactsCsv, type CsvRow } from "./contacts-csv";
import { reindexService } from "#db/search-index.server";
import { parseHsdsListParams } from "./hsds";
import {
  getHsdsOrganization,
  getHsdsService,
  listHsdsOrganizations,
  listHsdsServices,
  listHsdsTaxonomies,
  listHsdsTaxonomyTerms,
} from "./hsds-api.server";
import { checkAgainst } from "./hsds-schema/check-json-schema";
import schema from "./hsds-schema/nabij-hsds.schema.json";
import { parseSearchParams } from "./search-params";
import { searchDirectory } from "./search-services.server";
import { activeServiceIds, loadActiveService, loadServiceRecords } from "./service-record.server";

let db: DB;
const TODAY = "2026-11-25";

beforeAll(async () => {
  db = openDatabase(":memory:");
  await prepareDatabase(db);
});
afterAll(async () => {
  await db.destroy();
});

const search = (query: string, lang: "nl" | "en" = "nl") =>
  searchDirectory(db, parseSearchParams(new URLSearchParams(query)), lang, TODAY);
const listParams = (query = "") => {
  const parsed = parseHsdsListParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.params;
};

describe("the seed", () => {
  it("has at least 25 active services, each with a source read on the desk-research day and none confirmed", async () => {
    const rows = await db
      .selectFrom("service")
      .select(["name", "source_url", "source_read_on", "assured_date", "assurer", "status"])
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(25);
    for (const row of rows) {
      expect(row.source_url, row.name).toMatch(/^https?:\/\//);
      expect(row.source_read_on).toBe("2026-11-25");
      // Nobody phoned or mailed an organisation for the seed: no "confirmed" date (decision 020).
      expect(row.assured_date).toBeNull();
      expect(row.assurer).toBeNull();
    }
  });

  it("gives every phone, schedule and location a source", async () => {
    for (const table of ["phone", "schedule", "location"] as const) {
      const missing = await db.selectFrom(table).select("id").where("source_url", "is", null).execute();
      expect(missing, table).toEqual([]);
    }
  });

  it("refuses data the constraints forbid", async () => {
    await expect(
      db
        .updateTable("service")
        .set({ status: "closed" as never })
        .where("id", "=", serviceId("geldfit-hulplijn"))
        .execute(),
    ).rejects.toThrow(/CHECK/);
    await expect(
      db
        .updateTable("service")
        .set({ minimum_age: 30, maximum_age: 20 })
        .where("id", "=", serviceId("geldfit-hulplijn"))
        .execute(),
    ).rejects.toThrow(/CHECK/);
    await expect(
      db
        .updateTable("service")
        .set({ organization_id: "nope" })
        .where("id", "=", serviceId("geldfit-hulplijn"))
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
  });
});

describe("search", () => {
  it("folds diacritics: clientondersteuning finds cliëntondersteuning", async () => {
    const result = await search("q=clientondersteuning");
    expect(result.items.map((i) => i.name)).toContain("MEE Amstel en Zaan: cliëntondersteuning");
  });

  it("matches word beginnings", async () => {
    const result = await search("q=schuldh");
    expect(result.items.map((i) => i.name)).toContain("Gemeente Hoorn: hulp bij rondkomen en schulden");
  });

  it("combines topic and area; local first, then city-wide, then national; nothing from elsewhere", async () => {
    const result = await search("topic=money&area=amsterdam-zuidoost");
    const names = result.items.map((i) => i.name);
    expect(names[0]).toBe("Buurtteam Amsterdam Zuidoost: inloop Bijlmer-Oost");
    expect(names).toContain("Bijstandsbond Amsterdam: spreekuur");
    expect(names).toContain("Geldfit: gratis hulplijn bij geldzorgen");
    expect(names.indexOf("Bijstandsbond Amsterdam: spreekuur")).toBeLessThan(
      names.indexOf("Geldfit: gratis hulplijn bij geldzorgen"),
    );
    expect(names).not.toContain("SchuldHulpMaatje Zaanstad");
  });

  it("reads a place in the text as an area", async () => {
    const result = await search("q=schulden+zuidoost");
    expect(result.area).toBe("amsterdam-zuidoost");
    expect(result.areaFromText).toBe(true);
    expect(result.items[0].name).toBe("Buurtteam Amsterdam Zuidoost: inloop Bijlmer-Oost");
  });

  it("filters on age, free and walk-in", async () => {
    const young = await search("age=16&area=amsterdam");
    expect(young.items.map((i) => i.name)).not.toContain("Buurtteam Amsterdam");
    const walkIn = await search("walkin=1&free=1");
    expect(walkIn.totalItems).toBeGreaterThan(0);
    for (const item of walkIn.items) expect(item.walkIn && item.free).toBe(true);
  });

  it("shows English texts on English pages", async () => {
    const result = await search("q=geldfit", "en");
    expect(result.items[0].summary?.map((part) => part.text).join("")).toMatch(/^Free phone line/);
    expect(result.items[0].topics[0].name).toBe("Money and debts");
  });

  it("paginates with 10 a page and clamps a page past the end", async () => {
    const first = await search("");
    expect(first.items).toHaveLength(10);
    const last = await search("page=999");
    expect(last.page).toBe(first.totalPages);
    expect(last.messages.some((m) => m.code === "pageTooHigh")).toBe(true);
  });

  it("falls back to any word when no service has all words", async () => {
    const result = await search("q=geldfit+cordaan");
    expect(result.textMode).toBe("any");
    expect(result.items.length).toBeGreaterThanOrEqual(2);
  });

  describe("bad input never breaks it", () => {
    const nasty = [
      'q="',
      "q=%22geld",
      "q=a%22+OR+%22b",
      "q=NEAR(geld+schuld)",
      "q=name:geld",
      "q=*",
      "q=(((",
      "q=geld+AND+NOT+OR",
      "q=%27%3B+DROP+TABLE+service%3B+--",
      "q=1%27+OR+%271%27%3D%271",
      "q=^geld",
      "q=" + encodeURIComponent("x".repeat(10_240)),
      "q=" + encodeURIComponent("geld ".repeat(2_048)),
      "topic=%3Cscript%3E&area=..%2F..%2Fetc",
      "age=-1&page=-99",
      "age=1e3&page=abc",
      "page=99999999999999999999999999",
      "free=yes&walkin=maybe",
    ];
    it.each(nasty)("%s", async (query) => {
      const result = await search(query);
      expect(Array.isArray(result.items)).toBe(true);
      expect(result.page).toBeGreaterThanOrEqual(1);
      for (const m of result.messages) expect(JSON.stringify(m)).not.toMatch(/SQLITE|syntax error|fts5/i);
    });

    it("SQL text is only a word: the table still exists afterwards", async () => {
      await search("q=%27%3B+DROP+TABLE+service%3B+--");
      const count = await db
        .selectFrom("service")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBeGreaterThan(25);
    });

    it("text without any word gives all services, not an error", async () => {
      const result = await search("q=%22%22%22+***+()");
      expect(result.textMode).toBeNull();
      expect(result.totalItems).toBeGreaterThan(25);
    });
  });
});

describe("contact page data", () => {
  it("returns null for unknown or malformed ids", async () => {
    expect(await loadActiveService(db, "00000000-0000-5000-8000-000000000000")).toBeNull();
    expect(await loadActiveService(db, "'; drop table service; --")).toBeNull();
  });

  it("marks facts to verify and says when the source was read, not that the organisation confirmed it", async () => {
    const record = await loadActiveService(db, serviceId("bijstandsbond-spreekuur"));
    const view = contactView(record!, "nl", TODAY);
    expect(view.schedules[0].toVerify).toBe(true);
    expect(view.howWeKnow).toMatchObject({ state: "fresh", sourceReadOn: "2026-11-25", confirmedOn: null });
    expect(contactView(record!, "nl", "2028-01-01").howWeKnow.state).toBe("stale");
  });
});

describe("keeping the index in step", () => {
  it("finds a service by its new name after reindexService", async () => {
    const id = serviceId("lfb");
    await withTransaction(db, async (trx) => {
      await trx.updateTable("service").set({ name: "LFB Zonnebloemvereniging" }).where("id", "=", id).execute();
      await reindexService(trx, id);
    });
    expect((await search("q=zonnebloemvereniging")).items.map((i) => i.id)).toEqual([id]);
  });

  it("hides inactive services everywhere", async () => {
    const id = serviceId("esdege-reigersdaal");
    await db.updateTable("service").set({ status: "inactive" }).where("id", "=", id).execute();
    expect((await search("q=esdege")).items).toEqual([]);
    expect(await getHsdsService(id, db)).toBeNull();
    expect(await activeServiceIds(db)).not.toContain(id);
    await db.updateTable("service").set({ status: "active" }).where("id", "=", id).execute();
  });
});

describe("HSDS API", () => {
  it("lists services with paging fields that validate against the schema", async () => {
    const page = await listHsdsServices(listParams("per_page=5&page=2"), db);
    expect(checkAgainst(schema, "page_of_service", page)).toEqual([]);
    expect(page).toMatchObject({ page_number: 2, size: 5, first_page: false, empty: false });
  });

  it("every service validates fully nested", async () => {
    for (const id of await activeServiceIds(db)) {
      const service = await getHsdsService(id, db);
      expect(checkAgainst(schema, "service", service), id).toEqual([]);
    }
  });

  it("the schema catches a wrong shape (it can fail)", async () => {
    const service = (await getHsdsService(serviceId("geldfit-hulplijn"), db))!;
    expect(checkAgainst(schema, "service", { ...service, status: "open" })).not.toEqual([]);
    expect(checkAgainst(schema, "service", { ...service, phones: [{ id: "x" }] }).length).toBeGreaterThan(0);
  });

  it("filters by search, taxonomy term, organization and modified_after", async () => {
    const bySearch = await listHsdsServices(listParams("search=clientondersteuning"), db);
    expect(bySearch.contents.map((s) => s.name)).toContain("MEE Amstel en Zaan: cliëntondersteuning");
    const byTerm = await listHsdsServices(listParams("taxonomy_term_id=crisis-safety&per_page=100"), db);
    expect(byTerm.contents.every((s) => s.attributes.some((a) => a.taxonomy_term.code === "crisis-safety"))).toBe(true);
    const org = byTerm.contents[0].organization_id;
    const byOrg = await listHsdsServices(listParams(`organization_id=${org}`), db);
    expect(byOrg.contents.every((s) => s.organization_id === org)).toBe(true);
    const future = await listHsdsServices(listParams("modified_after=2999-01-01"), db);
    expect(future).toMatchObject({ total_items: 0, empty: true, contents: [] });
  });

  it("organizations, taxonomies and terms validate", async () => {
    const orgs = await listHsdsOrganizations(listParams("per_page=100"), db);
    expect(checkAgainst(schema, "page_of_organization", orgs)).toEqual([]);
    const org = await getHsdsOrganization(orgs.contents[0].id, db);
    expect(checkAgainst(schema, "organization_with_services", org)).toEqual([]);
    expect(checkAgainst(schema, "page_of_taxonomy", await listHsdsTaxonomies(listParams(), db))).toEqual([]);
    const terms = await listHsdsTaxonomyTerms(listParams(), db);
    expect(checkAgainst(schema, "page_of_taxonomy_term", terms)).toEqual([]);
    expect(terms.total_items).toBe(11);
  });

  it("answers bad list parameters with a reason", () => {
    for (const query of ["page=0", "page=-1", "per_page=abc", "taxonomy_term_id=%27%3B", "modified_after=yesterday"]) {
      expect(parseHsdsListParams(new URLSearchParams(query)).ok, query).toBe(false);
    }
    expect(listParams("per_page=5000").per_page).toBe(100);
  });
});

describe("CSV", () => {
  it("round-trips every service", async () => {
    const records = await loadServiceRecords(db, await activeServiceIds(db));
    const rows = records.map(csvRowFromRecord);
    const parsed = parseContactsCsv(serializeContactsCsv(rows));
    expect(parsed).toEqual({ ok: true, rows });
  });

  it("round-trips quotes, commas, new lines and formula-like cells, and defuses the formulas", () => {
    const row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ""])) as CsvRow;
    row.name = 'Zeg "hallo", dan';
    row.description = "Regel 1\nRegel 2";
    row.phones = '=HYPERLINK("http://x")';
    row.fees_description = "  spaties  ";
    const text = serializeContactsCsv([row]);
    expect(text).toContain("'=HYPERLINK");
    expect(parseContactsCsv(text)).toEqual({ ok: true, rows: [row] });
  });

  it("names what is wrong in a broken file", () => {
    expect(parseContactsCsv("id,name\n1,a")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/missing columns/),
    });
    expect(parseContactsCsv(`${CSV_COLUMNS.join(",")},extra\n`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unknown columns: extra/),
    });
    expect(parseContactsCsv(`${CSV_COLUMNS.join(",")}\n"open`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not closed/),
    });
  });
});
