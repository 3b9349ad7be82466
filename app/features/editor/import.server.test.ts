// The import and the exports against a real database: issue 15 points 7, 9 and 12.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { seedOnce } from "#db/database.server";
import { parseContactsCsv, serializeContactsCsv } from "~/features/directory/contacts-csv";
import { COMMAND_LINE_ACTOR } from "./audit.server";
import {
  deleteUpload,
  exportAllCsv,
  loadUpload,
  previewForPage,
  previewImport,
  runImport,
  saveUpload,
  SHOWN_PREVIEW_ROWS,
} from "./import.server";
import { useCheapHashesForTests } from "./password.server";
import { makeTestDb, type TestDb } from "./test-db";
import { createUser } from "./users.server";

const TODAY = "2026-11-25";
let t: TestDb;

beforeEach(async () => {
  t = await makeTestDb();
  await seedOnce(t.db);
});
afterEach(async () => {
  await t.close();
});

async function exportedRows() {
  const parsed = parseContactsCsv(await exportAllCsv(t.db));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rows;
}

describe("links and control characters through the import and out again", () => {
  test("a new organisation with a javascript: website is not imported", async () => {
    const rows = await exportedRows();
    rows.push({
      ...rows[0],
      id: "",
      version: "",
      name: "Nieuw",
      organization: "Nieuwe organisatie",
      organization_website: "javascript:alert(1)",
      emails: "",
      locations: "",
    });
    const result = await runImport(t.db, COMMAND_LINE_ACTOR, serializeContactsCsv(rows), TODAY);
    expect(result.ok).toBe(false);
    const website = await t.db
      .selectFrom("organization")
      .select("website")
      .where("name", "=", "Nieuwe organisatie")
      .executeTakeFirst();
    expect(website).toBeUndefined();
  });

  test("what was stored before the rules is exported without control characters or bad links", async () => {
    const [first] = await exportedRows();
    await t.db
      .updateTable("service")
      .set({ name: "Budget\u0000café\u202E", url: "javascript:alert(1)" })
      .where("id", "=", first.id)
      .execute();
    const csv = await exportAllCsv(t.db);
    expect(csv).not.toContain("javascript:");
    // eslint-disable-next-line no-control-regex -- the test looks for a NUL that must not be there
    expect(csv).not.toMatch(/[\u0000\u202E]/);
    expect(csv).toContain("Budgetcafé");
  });
});

describe("the preview shows a summary and the rows that change, not the whole file", () => {
  test("one change: one row on the page; 5,000 new rows: a summary and 200 rows, never the file itself", async () => {
    const rows = await exportedRows();
    const copies = Array.from({ length: 5000 }, (_, i) => ({
      ...rows[i % rows.length],
      id: "",
      version: "",
      emails: "",
      locations: "",
      name: `Kopie ${i}`,
    }));
    const changed = [{ ...rows[0], summary: "Een nieuwe korte tekst." }, ...rows.slice(1)];
    const big = serializeContactsCsv(changed);
    const preview = await previewImport(t.db, big, TODAY);
    const page = previewForPage(preview);
    expect(page.counts).toMatchObject({ update: 1, error: 0 });
    expect(page.rows.map((r) => r.plan.kind)).toEqual(["update"]);
    expect(page.notShown).toBe(0);

    const many = serializeContactsCsv(copies);
    expect(many.length).toBeGreaterThan(1_000_000);
    const manyPage = previewForPage(await previewImport(t.db, many, TODAY));
    expect(manyPage.counts.new).toBe(5000);
    expect(manyPage.rows).toHaveLength(SHOWN_PREVIEW_ROWS);
    expect(manyPage.notShown).toBe(5000 - SHOWN_PREVIEW_ROWS);
    // what goes to the page: a summary and 200 rows, far smaller than the file
    expect(JSON.stringify(manyPage).length).toBeLessThan(many.length / 20);
  }, 60_000);

  test("the uploaded file waits on the server for its own editor only, and is gone after the import", async () => {
    useCheapHashesForTests();
    const system = { id: null, email: "test" };
    const ana = await createUser(
      t.db,
      { email: "ana@example.nl", name: "Ana", role: "editor", password: "a long password" },
      system,
    );
    const bob = await createUser(
      t.db,
      { email: "bob@example.nl", name: "Bob", role: "editor", password: "a long password" },
      system,
    );
    const id = await saveUpload(t.db, ana, "id,name\n");
    expect(await loadUpload(t.db, ana, id)).toBe("id,name\n");
    expect(await loadUpload(t.db, bob, id)).toBeNull();
    await deleteUpload(t.db, id);
    expect(await loadUpload(t.db, ana, id)).toBeNull();
  });
});
