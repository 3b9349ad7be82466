import { afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { seedOnce } from "#db/database.server";
import { parseContactsCsv, serializeContactsCsv } from "~/features/directory/contacts-csv";
import { listAudit } from "./audit.server";
import { exportAllCsv, previewImport, runImport } from "./import.server";
import { useCheapHashesForTests } from "./password.server";
import { parseServiceForm } from "./service-form";
import {
  createService,
  listServices,
  loadServiceForEdit,
  markChecked,
  setArchived,
  updateService,
} from "./services.server";
import { makeTestDb, type TestDb } from "./test-db";
import { serviceId } from "#db/seed/directory";
import { openingState } from "~/features/directory/opening-hours";
import { openingSentence } from "~/features/directory/opening-words";
import { loadActiveService } from "~/features/directory/service-record.server";
import { contactView } from "~/features/directory/contact-view";
import { createUser } from "./users.server";

const TODAY = "2026-11-25";
let t: TestDb;
let ana: { id: number; email: string; name: string };
let bob: { id: number; email: string; name: string };

beforeAll(() => useCheapHashesForTests());
beforeEach(async () => {
  t = await makeTestDb();
  await seedOnce(t.db);
  const system = { id: null, email: "test" };
  ana = {
    id: await createUser(
      t.db,
      { email: "ana@example.nl", name: "Ana", role: "editor", password: "a long password" },
      system,
    ),
    email: "ana@example.nl",
    name: "Ana",
  };
  bob = {
    id: await createUser(
      t.db,
      { email: "bob@example.nl", name: "Bob", role: "editor", password: "a long password" },
      system,
    ),
    email: "bob@example.nl",
    name: "Bob",
  };
});
afterEach(async () => {
  await t.close();
});

function form(values: Record<string, string | string[]>) {
  const data = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) for (const x of Array.isArray(v) ? v : [v]) data.append(k, x);
  return data;
}

async function firstServiceId() {
  const { items } = await listServices(t.db, {}, TODAY);
  return items[0].id;
}

describe("editing a service", () => {
  test("a new service is saved with its topics, areas, phones and address, and an audit row", async () => {
    const { value, errors } = parseServiceForm(
      form({
        name: "Budgetcafé Oost",
        organization: "Buurthuis Test",
        topics: ["money"],
        areas: ["amsterdam"],
        phones: "020 123 4567 | Alleen op maandag",
        address_1: "Dapperstraat 1",
        postal_code: "1093bs",
        city: "Amsterdam",
        minimum_age: "18",
      }),
    );
    expect(errors).toEqual({});
    const id = await createService(t.db, ana, value);
    const loaded = await loadServiceForEdit(t.db, id);
    expect(loaded?.edit).toMatchObject({
      name: "Budgetcafé Oost",
      organization: "Buurthuis Test",
      topics: ["money"],
      areas: ["amsterdam"],
      phones: "020 123 4567 | Alleen op maandag",
      postal_code: "1093 BS",
      minimum_age: "18",
    });
    expect(loaded?.meta.version).toBe(1);
    const { rows } = await listAudit(t.db, { entity: "service", entityId: id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "create",
      userEmail: "ana@example.nl",
      after: { name: "Budgetcafé Oost" },
    });
  });

  test("an edit raises the version and writes before and after in the audit log", async () => {
    const id = await firstServiceId();
    const loaded = (await loadServiceForEdit(t.db, id))!;
    const result = await updateService(t.db, ana, id, loaded.meta.version, {
      ...loaded.edit,
      summary: "Nieuwe korte tekst.",
    });
    expect(result).toEqual({ kind: "ok", version: loaded.meta.version + 1 });
    const { rows } = await listAudit(t.db, { entity: "service", entityId: id });
    expect(rows[0]).toMatchObject({ action: "update", userEmail: "ana@example.nl" });
    expect(rows[0].before?.summary).toBe(loaded.edit.summary);
    expect(rows[0].after?.summary).toBe("Nieuwe korte tekst.");
  });

  test("saving from an old version is refused and says who changed which field", async () => {
    const id = await firstServiceId();
    const opened = (await loadServiceForEdit(t.db, id))!;
    // Bob saves first.
    expect(
      (await updateService(t.db, bob, id, opened.meta.version, { ...opened.edit, summary: "Bob's tekst." })).kind,
    ).toBe("ok");
    // Ana saves the form she opened before that.
    const result = await updateService(t.db, ana, id, opened.meta.version, {
      ...opened.edit,
      summary: "Ana's tekst.",
      url: "https://ana.example.nl",
    });
    expect(result).toMatchObject({
      kind: "conflict",
      currentVersion: opened.meta.version + 1,
      fields: ["summary"],
      by: ["bob@example.nl"],
    });
    if (result.kind === "conflict") expect(result.current.summary).toBe("Bob's tekst.");
    // Nothing of Ana's edit was written.
    const now = (await loadServiceForEdit(t.db, id))!;
    expect(now.edit.summary).toBe("Bob's tekst.");
    expect(now.edit.url).toBe(opened.edit.url);
    expect(
      (await listAudit(t.db, { entity: "service", entityId: id })).rows.filter((r) => r.userEmail === "ana@example.nl"),
    ).toEqual([]);
  });

  test("a change that fails leaves neither the change nor an audit row", async () => {
    const id = await firstServiceId();
    const loaded = (await loadServiceForEdit(t.db, id))!;
    // The database refuses an age range the wrong way round (a CHECK constraint; the form checks it too).
    await expect(
      updateService(t.db, ana, id, loaded.meta.version, { ...loaded.edit, minimum_age: "30", maximum_age: "20" }),
    ).rejects.toThrow();
    expect((await loadServiceForEdit(t.db, id))!.meta.version).toBe(loaded.meta.version);
    expect((await listAudit(t.db, { entity: "service", entityId: id })).rows).toEqual([]);
  });

  test("mark as checked today, archive and restore: each one audited, nothing deleted", async () => {
    const id = await firstServiceId();
    await markChecked(t.db, ana, id, TODAY, ["service"]);
    expect((await loadServiceForEdit(t.db, id))!.meta).toMatchObject({ assuredDate: TODAY, assurer: "Ana" });
    await setArchived(t.db, ana, id, true);
    expect((await listServices(t.db, {}, TODAY)).items.map((s) => s.id)).not.toContain(id);
    expect((await listServices(t.db, { archived: true }, TODAY)).items.map((s) => s.id)).toContain(id);
    await setArchived(t.db, ana, id, false);
    expect((await listServices(t.db, {}, TODAY)).items.map((s) => s.id)).toContain(id);
    const actions = (await listAudit(t.db, { entity: "service", entityId: id })).rows.map((r) => r.action);
    expect(actions).toEqual(["restore", "archive", "check"]);
  });

  test("the overdue filter lists services never checked or checked more than 12 months ago", async () => {
    const id = await firstServiceId();
    await t.db.updateTable("service").set({ assured_date: "2025-11-24", assurer: "X" }).where("id", "=", id).execute();
    const overdue = await listServices(t.db, { overdue: true }, TODAY);
    expect(overdue.items.map((s) => s.id)).toContain(id);
    await markChecked(t.db, ana, id, TODAY, ["service"]);
    expect((await listServices(t.db, { overdue: true }, TODAY)).items.map((s) => s.id)).not.toContain(id);
  });
});

describe("import and export", () => {
  test("exporting and importing the same file changes nothing", async () => {
    const csv = await exportAllCsv(t.db);
    const preview = await previewImport(t.db, csv, TODAY);
    expect(preview.fileError).toBeNull();
    expect(preview.counts).toMatchObject({ new: 0, update: 0, error: 0 });
    expect(preview.counts.unchanged).toBeGreaterThan(20);
  });

  test("a changed row and a new row are imported in one go, each with an audit row", async () => {
    const parsed = parseContactsCsv(await exportAllCsv(t.db));
    if (!parsed.ok) throw new Error(parsed.error);
    const rows = parsed.rows;
    rows[0] = { ...rows[0], summary: "Aangepast via import." };
    rows.push({
      ...rows[1],
      id: "",
      version: "",
      name: "Nieuwe dienst uit de lijst",
      phones: "020 555 0101",
      hours: "",
      locations: "Kerkstraat 2, 1017 GA, Amsterdam",
      emails: "",
    });
    const result = await runImport(t.db, ana, serializeContactsCsv(rows), TODAY);
    expect(result).toMatchObject({ ok: true, created: 1, updated: 1 });
    const { items } = await listServices(t.db, { q: "Nieuwe dienst uit de lijst" }, TODAY);
    expect(items).toHaveLength(1);
    const created = (await loadServiceForEdit(t.db, items[0].id))!;
    expect(created.edit).toMatchObject({
      address_1: "Kerkstraat 2",
      postal_code: "1017 GA",
      city: "Amsterdam",
      phones: "020 555 0101",
    });
    const imported = (await listAudit(t.db, { entity: "service" })).rows.filter((r) => r.action === "import");
    expect(imported).toHaveLength(2);
  });

  test("one bad row: nothing is imported, and the answer names the row and the column", async () => {
    const before = await exportAllCsv(t.db);
    const parsed = parseContactsCsv(before);
    if (!parsed.ok) throw new Error(parsed.error);
    const rows = parsed.rows;
    rows[0] = { ...rows[0], summary: "Dit mag er niet in komen." };
    rows[3] = { ...rows[3], minimum_age: "veertig" };
    const result = await runImport(t.db, ana, serializeContactsCsv(rows), TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const bad = result.preview.rows.filter((r) => r.plan.kind === "error");
    expect(bad).toHaveLength(1);
    expect(bad[0].line).toBe(5);
    expect(bad[0].plan).toMatchObject({ errors: [{ column: "minimum_age", key: "errors.service.age" }] });
    expect(await exportAllCsv(t.db)).toBe(before);
    expect((await listAudit(t.db, { entity: "service" })).rows).toEqual([]);
  });

  test("a bad row at the end: the good rows before it are not imported either", async () => {
    const before = await exportAllCsv(t.db);
    const parsed = parseContactsCsv(before);
    if (!parsed.ok) throw new Error(parsed.error);
    const rows = parsed.rows;
    rows[0] = { ...rows[0], summary: "Eerst goed." };
    // Checked on a date but by nobody.
    rows.push({ ...rows[1], id: "", version: "", name: "Tweede nieuwe", assured_date: "2026-01-01", assurer: "" });
    const result = await runImport(t.db, ana, serializeContactsCsv(rows), TODAY);
    expect(result.ok).toBe(false);
    expect(await exportAllCsv(t.db)).toBe(before);
  });

  test("a file exported before someone else's edit is refused for that row", async () => {
    const csv = await exportAllCsv(t.db);
    const parsed = parseContactsCsv(csv);
    if (!parsed.ok) throw new Error(parsed.error);
    const id = parsed.rows[0].id;
    const loaded = (await loadServiceForEdit(t.db, id))!;
    await updateService(t.db, bob, id, loaded.meta.version, { ...loaded.edit, summary: "Bob was eerder." });
    const preview = await previewImport(t.db, csv, TODAY);
    expect(preview.rows[0].plan).toMatchObject({
      kind: "error",
      errors: [{ column: "version", key: "import.errors.version" }],
    });
  });

  test("a file with other columns is refused as a whole", async () => {
    const preview = await previewImport(t.db, "naam,telefoon\nA,020\n", TODAY);
    expect(preview.fileError).toMatchObject({ key: "import.errors.file", line: 1 });
  });
});

describe("opening times per day (decision 024)", () => {
  const hoursOf = (id: string) =>
    t.db
      .selectFrom("schedule")
      .select(["byday", "opens_at", "closes_at", "description", "source_url", "to_verify"])
      .where("service_id", "=", id)
      .orderBy("byday")
      .execute();

  test("the seed's hours show in the boxes, and a save without a change keeps them with their source", async () => {
    const id = serviceId("ggd-zw-meldpunt");
    const opened = (await loadServiceForEdit(t.db, id))!;
    expect(opened.edit.opening_times).toBe(
      "MO 09:00-17:00\nTU 09:00-17:00\nWE 09:00-17:00\nTH 09:00-17:00\nFR 09:00-17:00",
    );
    expect(opened.meta.openingTimesFixed).toBe(false);
    const before = await hoursOf(id);
    expect((await updateService(t.db, ana, id, opened.meta.version, { ...opened.edit, summary: "Nieuw." })).kind).toBe(
      "ok",
    );
    expect(await hoursOf(id)).toEqual(before);
  });

  test("new times replace the rows of the boxes and their words; other lines stay; the page says it", async () => {
    const id = serviceId("ggd-zw-meldpunt");
    const opened = (await loadServiceForEdit(t.db, id))!;
    const edit = {
      ...opened.edit,
      hours: `${opened.edit.hours}\nNiet op feestdagen.`,
      opening_times: "MO 09:00-12:00\nTU 09:00-12:00",
    };
    expect((await updateService(t.db, ana, id, opened.meta.version, edit)).kind).toBe("ok");
    const rows = await hoursOf(id);
    expect(rows.map((r) => [r.byday, r.opens_at, r.closes_at, r.description])).toEqual([
      [null, null, null, "Niet op feestdagen."],
      ["MO,TU", "09:00", "12:00", "Maandag en dinsdag van 9:00 tot 12:00."],
    ]);
    const reopened = (await loadServiceForEdit(t.db, id))!;
    expect(reopened.edit.opening_times).toBe("MO 09:00-12:00\nTU 09:00-12:00");
    // The page lists the hours in the order of the week, the words without days after them.
    const shown = contactView((await loadActiveService(t.db, id))!, "nl", TODAY).schedules.map((h) => h.text);
    expect(shown).toEqual(["Maandag en dinsdag van 9:00 tot 12:00.", "Niet op feestdagen."]);
    // The words-only line makes "Nu open" unknown: nothing is guessed.
    const record = (await loadActiveService(t.db, id))!;
    expect(openingState(record.schedules, new Date("2026-12-01T09:00:00Z")).state.kind).toBe("unknown");

    // Without that line the page says "Nu open tot 12:00".
    const again = (await loadServiceForEdit(t.db, id))!;
    const lines = again.edit.hours
      .split("\n")
      .filter((l) => l !== "Niet op feestdagen.")
      .join("\n");
    expect((await updateService(t.db, ana, id, again.meta.version, { ...again.edit, hours: lines })).kind).toBe("ok");
    const saved = (await loadActiveService(t.db, id))!;
    const { state } = openingState(saved.schedules, new Date("2026-12-01T09:00:00Z"));
    expect(openingSentence(state, "nl")).toBe("Nu open tot 12:00.");
  });

  test("hours the boxes cannot show (a named holiday) are kept as they are", async () => {
    const id = serviceId("ggd-zw-meldpunt");
    await t.db
      .insertInto("schedule")
      .values({ id: "kerst", service_id: id, valid_from: "2026-12-25", valid_to: "2026-12-25", description: "Kerst" })
      .execute();
    const before = await hoursOf(id);
    const opened = (await loadServiceForEdit(t.db, id))!;
    expect(opened.meta.openingTimesFixed).toBe(true);
    expect(opened.edit.opening_times).toBe("");
    expect((await updateService(t.db, ana, id, opened.meta.version, { ...opened.edit, summary: "Nieuw." })).kind).toBe(
      "ok",
    );
    expect(await hoursOf(id)).toEqual(before);
  });
});
