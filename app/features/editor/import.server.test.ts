// The import and the exports against a real database: issue 15 points 7, 9 and 12.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { seedOnce } from "#db/database.server";
import { parseContactsCsv, serializeContactsCsv } from "~/features/directory/contacts-csv";
import { COMMAND_LINE_ACTOR } from "./audit.server";
import { exportAllCsv, runImport } from "./import.server";
import { makeTestDb, type TestDb } from "./test-db";

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
    rows.push({ ...rows[0], id: "", version: "", name: "Nieuw", organization: "Nieuwe organisatie", organization_website: "javascript:alert(1)", emails: "", locations: "" });
    const result = await runImport(t.db, COMMAND_LINE_ACTOR, serializeContactsCsv(rows), TODAY);
    expect(result.ok).toBe(false);
    const website = await t.db.selectFrom("organization").select("website").where("name", "=", "Nieuwe organisatie").executeTakeFirst();
    expect(website).toBeUndefined();
  });

  test("what was stored before the rules is exported without control characters or bad links", async () => {
    const [first] = await exportedRows();
    await t.db.updateTable("service").set({ name: "Budget\u0000café\u202E", url: "javascript:alert(1)" }).where("id", "=", first.id).execute();
    const csv = await exportAllCsv(t.db);
    expect(csv).not.toContain("javascript:");
    expect(csv).not.toMatch(/[\u0000\u202E]/);
    expect(csv).toContain("Budgetcafé");
  });
});
