// Per-fact confirmation (issue 17 point 2, decision 022), on a real seeded SQLite database: what an
// editor sees per fact, what "Vandaag gecontroleerd" clears (exactly the facts chosen), the audit
// row, the dashboard's count of unsure facts, and the state per fact in the CSV and its import.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { seedOnce } from "#db/database.server";
import { serviceId } from "#db/seed/directory";
import { contactView } from "~/features/directory/contact-view";
import {
  parseContactsCsv,
  PROVENANCE_COLUMNS,
  serializeContactsCsv,
  type CsvRow,
} from "~/features/directory/contacts-csv";
import { factStates, type FactKind } from "~/features/directory/fact-state";
import { loadServiceRecords } from "~/features/directory/service-record.server";
import { listAudit } from "./audit.server";
import { dashboardSummary } from "./dashboard.server";
import { parseConfirmForm } from "./fact-checks";
import { exportAllCsv, previewImport, runImport } from "./import.server";
import { listServices, loadServiceForEdit, markChecked, updateService } from "./services.server";
import { makeTestDb, type TestDb } from "./test-db";

const TODAY = "2026-12-01";
const ana = { id: null, email: "ana@example.nl", name: "Ana" };
let t: TestDb;

beforeEach(async () => {
  t = await makeTestDb();
  await seedOnce(t.db);
});
afterEach(async () => {
  await t.close();
});

async function states(key: string) {
  const loaded = await loadServiceForEdit(t.db, serviceId(key));
  return Object.fromEntries(loaded!.meta.facts.map((f) => [f.kind, f]));
}

async function publicView(key: string) {
  const [record] = await loadServiceRecords(t.db, [serviceId(key)]);
  return contactView(record, "nl", TODAY);
}

const form = (values: string[]) => {
  const data = new URLSearchParams();
  for (const v of values) data.append("confirm", v);
  return data;
};

describe("the state of each fact", () => {
  test("the editor sees which facts are still to check; the seed confirmed nothing", async () => {
    // Buurtteam Oost: its opening hours and both places come from an old source.
    const oost = await states("buurtteam-oost");
    expect(oost.hours.state).toBe("verify");
    expect(oost.address.state).toBe("verify");
    expect(oost.walk_in.state).toBe("unasked");
    expect(oost.phone.present).toBe(false);
    // Nobody phoned any organisation for the seed: no fact is "confirmed".
    const all = await loadServiceRecords(
      t.db,
      (await t.db.selectFrom("service").select("id").execute()).map((r) => r.id),
    );
    expect(all.flatMap((r) => factStates(r)).filter((f) => f.state === "confirmed")).toEqual([]);
  });

  test("an e-mail typed in the form can be confirmed, but has no row to carry a mark: the form offers none", async () => {
    const id = serviceId("buurtteam-oost");
    await t.db.updateTable("service").set({ email: "oost@example.nl" }).where("id", "=", id).execute();
    const facts = await states("buurtteam-oost");
    expect(facts.email).toMatchObject({ present: true, markable: false, state: "unasked" });
    expect(facts.phone).toMatchObject({ present: false, markable: false });
    expect(facts.hours).toMatchObject({ present: true, markable: true });
  });
});

describe("'Vandaag gecontroleerd' asks which facts were confirmed", () => {
  test("the form needs at least one fact, and only facts the service has", () => {
    const present: FactKind[] = ["service", "hours", "address", "walk_in", "cost"];
    expect(parseConfirmForm(form([]), present)).toMatchObject({ ok: false, error: "errors.confirm.none" });
    expect(parseConfirmForm(form(["phone"]), present)).toMatchObject({ ok: false, error: "errors.confirm.choice" });
    expect(parseConfirmForm(form(["hours", "nonsense"]), present)).toMatchObject({
      ok: false,
      chosen: ["hours"],
      error: "errors.confirm.choice",
    });
    expect(parseConfirmForm(form(["walk_in", "hours", "hours"]), present)).toEqual({
      ok: true,
      facts: ["hours", "walk_in"],
    });
  });

  test("confirming the hours clears exactly their public mark; the unsure address keeps it", async () => {
    const before = await publicView("buurtteam-oost");
    expect(before.schedules.every((h) => h.toVerify)).toBe(true);
    expect(before.locations.some((l) => l.toVerify)).toBe(true);

    expect(await markChecked(t.db, ana, serviceId("buurtteam-oost"), TODAY, ["hours"])).toBe(true);

    const after = await publicView("buurtteam-oost");
    expect(after.schedules.map((h) => h.toVerify)).toEqual(before.schedules.map(() => false));
    expect(after.locations.map((l) => l.toVerify)).toEqual(before.locations.map((l) => l.toVerify));
    expect(after.howWeKnow.confirmedOn).toBe(TODAY);
    // The card: the hours are no longer "nog niet zeker", the address still is.
    expect(after.card!.hours.every((h) => !h.toVerify)).toBe(true);

    const facts = await states("buurtteam-oost");
    expect(facts.hours).toMatchObject({ state: "confirmed", confirmedOn: TODAY, confirmedBy: "Ana" });
    expect(facts.address.state).toBe("verify");
    expect(facts.walk_in.state).toBe("unasked");
  });

  test("the confirmation is one audit row that names the facts confirmed", async () => {
    const id = serviceId("wmo-loket-amstelveen");
    await markChecked(t.db, ana, id, TODAY, ["phone", "cost"]);
    const { rows } = await listAudit(t.db, { entity: "service", entityId: id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "check", userEmail: "ana@example.nl" });
    expect(rows[0].before).toMatchObject({ facts_confirmed: [], verify: ["phone"] });
    expect(rows[0].after).toMatchObject({
      facts_confirmed: [`phone ${TODAY} Ana`, `cost ${TODAY} Ana`],
      verify: [],
      assured_date: TODAY,
    });
  });

  test("a changed value is no longer confirmed; an unchanged one stays confirmed", async () => {
    const id = serviceId("wmo-loket-amstelveen");
    await markChecked(t.db, ana, id, TODAY, ["phone", "walk_in"]);
    const loaded = (await loadServiceForEdit(t.db, id))!;
    const result = await updateService(t.db, ana, id, loaded.meta.version, {
      ...loaded.edit,
      phones: "020 540 4912",
    });
    expect(result.kind).toBe("ok");
    const facts = await states("wmo-loket-amstelveen");
    expect(facts.phone.state).toBe("unasked");
    expect(facts.walk_in).toMatchObject({ state: "confirmed", confirmedBy: "Ana" });
  });

  test("an editor marks a fact 'nog controleren' in the form: every row of it is marked, publicly too", async () => {
    const id = serviceId("juridisch-loket");
    await markChecked(t.db, ana, id, TODAY, ["phone"]);
    const loaded = (await loadServiceForEdit(t.db, id))!;
    expect(loaded.edit.verify).toEqual([]);
    await updateService(t.db, ana, id, loaded.meta.version, { ...loaded.edit, verify: ["phone", "walk_in"] });
    const view = await publicView("juridisch-loket");
    expect(view.phones.length).toBeGreaterThan(0);
    expect(view.phones.every((p) => p.toVerify)).toBe(true);
    expect(view.walkInToVerify).toBe(true);
    expect((await states("juridisch-loket")).phone.state).toBe("verify");
  });
});

describe("the dashboard counts unsure facts", () => {
  test("the SQL count is the sum of the editor's fact states, and confirming two facts takes two off", async () => {
    const ids = (await t.db.selectFrom("service").select("id").where("status", "!=", "defunct").execute()).map(
      (r) => r.id,
    );
    const records = await loadServiceRecords(t.db, ids);
    const unsure = records.flatMap((r) => factStates(r)).filter((f) => f.state === "verify").length;
    const before = await dashboardSummary(t.db, TODAY);
    expect(before.uncertainFacts).toBe(unsure);
    expect(before.uncertainFacts).toBeGreaterThan(before.toVerify);
    // The editors' filter lists the same services the dashboard counts.
    const filtered = await listServices(t.db, { toVerify: true }, TODAY);
    expect(filtered.total).toBe(before.toVerify);

    await markChecked(t.db, ana, serviceId("buurtteam-oost"), TODAY, ["hours", "address", "cost"]);
    const after = await dashboardSummary(t.db, TODAY);
    expect(after.uncertainFacts).toBe(before.uncertainFacts - 2);
    expect(after.toVerify).toBe(before.toVerify - 1);
  });
});

describe("the CSV carries the state per fact", () => {
  const rowOf = (csv: string, id: string): CsvRow => {
    const parsed = parseContactsCsv(csv);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.rows.find((r) => r.id === id)!;
  };

  test("one column per fact: empty, 'verify' or the day and the editor; the same file imports as unchanged", async () => {
    const id = serviceId("buurtteam-oost");
    await markChecked(t.db, ana, id, TODAY, ["hours"]);
    const csv = await exportAllCsv(t.db);
    expect(rowOf(csv, id)).toMatchObject({
      fact_service: "",
      fact_hours: `${TODAY} Ana`,
      fact_address: "verify",
      fact_walk_in: "",
      fact_phone: "",
    });
    const preview = await previewImport(t.db, csv, TODAY);
    expect(preview.counts).toMatchObject({ update: 0, new: 0, error: 0 });
  });

  test("an import sets a fact 'verify', confirms another with its day and name, and refuses a wrong cell", async () => {
    const id = serviceId("juridisch-loket");
    const csv = await exportAllCsv(t.db);
    const parsed = parseContactsCsv(csv);
    if (!parsed.ok) throw new Error(parsed.error);
    const change = (row: CsvRow): CsvRow =>
      row.id === id ? { ...row, fact_phone: "verify", fact_cost: "2026-11-30 Bob (redactie)" } : row;
    const result = await runImport(t.db, ana, serializeContactsCsv(parsed.rows.map(change) as never), TODAY);
    expect(result).toMatchObject({ ok: true, updated: 1 });
    const facts = await states("juridisch-loket");
    expect(facts.phone.state).toBe("verify");
    expect(facts.cost).toMatchObject({ state: "confirmed", confirmedOn: "2026-11-30", confirmedBy: "Bob (redactie)" });
    expect((await publicView("juridisch-loket")).phones.every((p) => p.toVerify)).toBe(true);

    // Another service (this one's version moved on with the import above).
    const other = serviceId("bijstandsbond-spreekuur");
    const wrong = parsed.rows.map((row) =>
      row.id === other ? { ...row, fact_email: "maybe", fact_hours: "2099-01-01 Future" } : row,
    );
    const refused = await previewImport(t.db, serializeContactsCsv(wrong as never), TODAY);
    const row = refused.rows.find((r) => r.plan.kind === "error")!;
    expect(row.plan).toMatchObject({
      errors: [
        { column: "fact_email", key: "import.errors.fact" },
        { column: "fact_hours", key: "import.errors.date" },
      ],
    });
  });

  test("a file from before the fact and provenance columns still imports, and keeps every fact's state", async () => {
    const id = serviceId("buurtteam-oost");
    await markChecked(t.db, ana, id, TODAY, ["hours"]);
    const csv = await exportAllCsv(t.db);
    const lines = parseContactsCsv(csv);
    if (!lines.ok) throw new Error(lines.error);
    const oldFile = lines.rows.map((row) => {
      const copy: Record<string, string | undefined> = { ...row };
      for (const column of Object.keys(copy))
        if (column.startsWith("fact_") || (PROVENANCE_COLUMNS as readonly string[]).includes(column))
          delete copy[column];
      return row.id === id ? { ...copy, summary: `${row.summary} Nieuw.` } : copy;
    });
    expect(lines.rows.find((row) => row.id === id)?.source_read_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The old header: without the fact and provenance columns.
    const header = Object.keys(oldFile[0]);
    const cell = (value: string | undefined) => `"${(value ?? "").replace(/"/g, '""')}"`;
    const text = [header.join(","), ...oldFile.map((r) => header.map((c) => cell(r[c])).join(","))].join("\r\n");
    const result = await runImport(t.db, ana, text, TODAY);
    expect(result).toMatchObject({ ok: true, updated: 1 });
    const facts = await states("buurtteam-oost");
    expect(facts.hours).toMatchObject({ state: "confirmed", confirmedBy: "Ana" });
    expect(facts.address.state).toBe("verify");
  });
});
