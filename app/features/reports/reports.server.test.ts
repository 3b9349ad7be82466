// The report store with a real SQLite database (issue 17 point 4, decision 023): rows about the
// service only, the limits per address and overall (counted before the write, so a burst cannot
// slip past), the queue cap, the editors' queue with resolve and dismiss in the audit trail, and
// the "het klopte" date apart from the editors' confirmation.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { dataVersion } from "#db/database.server";
import { serviceId } from "#db/seed/directory";
import { contactView } from "~/features/directory/contact-view";
import { loadActiveService } from "~/features/directory/service-record.server";
import { listAudit } from "~/features/editor/audit.server";
import { makeTestDb, type TestDb } from "~/features/editor/test-db";
import { MAX_OPEN_REPORTS, MAX_OPEN_REPORTS_PER_SERVICE, POST_LIMITS } from "./report-rules";
import { confirmFromPractice, handleReport, openReports, submitReport } from "./reports.server";

const NOW = new Date("2026-12-01T10:00:00Z");
const TODAY = "2026-12-01";
const ADDRESS = "203.0.113.7";
// An editor as the audit trail names them (no account row needed: the id may be empty).
const ANA = { id: null, email: "ana@example.nl" };
// Contact pages take UUIDs only.
const S1 = serviceId("report-test-1");
const S2 = serviceId("report-test-2");

let t: TestDb;

async function addService(id: string, status: "active" | "defunct" = "active") {
  await t.db
    .insertInto("organization")
    .values({
      id: `org-${id}`,
      name: `Org ${id}`,
      alternate_name: null,
      description: null,
      description_en: null,
    } as never)
    .execute();
  await t.db
    .insertInto("service")
    .values({ id, organization_id: `org-${id}`, name: `Dienst ${id}`, url: "https://example.nl", status } as never)
    .execute();
}

const report = (serviceId: string, address: string | null = ADDRESS, now = NOW, text = "Het nummer is veranderd") =>
  submitReport(t.db, { serviceId, kind: "phone", text, address, now });

beforeEach(async () => {
  t = await makeTestDb();
  await addService(S1);
  await addService(S2);
});
afterEach(async () => {
  await t.close();
});

describe("a report is about the service only", () => {
  test("it is stored with its kind and text, and no table keeps the reporter's address", async () => {
    expect(await report(S1)).toEqual({ kind: "ok" });
    const rows = await t.db.selectFrom("service_report").selectAll().execute();
    expect(rows).toMatchObject([{ service_id: S1, kind: "phone", text: "Het nummer is veranderd", status: "open" }]);
    const everything = JSON.stringify([
      rows,
      await t.db.selectFrom("public_post").selectAll().execute(),
      await t.db.selectFrom("audit_log").selectAll().execute(),
    ]);
    expect(everything).not.toContain(ADDRESS);
    expect(everything).not.toContain("203.0.113");
  });

  test("an unknown or archived service takes no report", async () => {
    await addService(serviceId("gone"), "defunct");
    expect(await report(serviceId("gone"))).toEqual({ kind: "not-found" });
    expect(await report("nope")).toEqual({ kind: "not-found" });
    expect(await t.db.selectFrom("service_report").selectAll().execute()).toEqual([]);
  });

  test("the database itself refuses a text over 500 characters", async () => {
    await expect(report(S1, ADDRESS, NOW, "a".repeat(501))).rejects.toThrow();
    expect(await report(S1, ADDRESS, NOW, "é".repeat(500))).toEqual({ kind: "ok" });
  });
});

describe("the rate limit: per address and overall, counted before the write", () => {
  const perAddress = POST_LIMITS.report.perAddress;

  test(`${perAddress} reports an hour from one address; another address may still report; an hour later again`, async () => {
    for (let i = 0; i < perAddress; i++) expect(await report(S1)).toEqual({ kind: "ok" });
    expect(await report(S2)).toEqual({ kind: "refused", reason: "address" });
    expect(await report(S1, "198.51.100.1")).toEqual({ kind: "ok" });
    expect(await report(S1, ADDRESS, new Date(NOW.getTime() + 61 * 60_000))).toEqual({ kind: "ok" });
  });

  test("a burst of 20 at once from one address stores exactly the limit", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => report(S1)));
    expect(results.filter((r) => r.kind === "ok")).toHaveLength(perAddress);
    expect(await t.db.selectFrom("service_report").selectAll().execute()).toHaveLength(perAddress);
  });

  test("many addresses together stop at the overall limit, so a flood cannot fill the database", async () => {
    const overall = POST_LIMITS.report.overall;
    // Spread over enough services that no service's own queue cap is reached first.
    const ids = Array.from({ length: Math.ceil(overall / MAX_OPEN_REPORTS_PER_SERVICE) + 1 }, (_, i) =>
      serviceId(`flood-${i}`),
    );
    for (const id of ids) await addService(id);
    for (let i = 0; i < overall; i++)
      expect((await report(ids[i % ids.length], `10.0.${i >> 8}.${i & 255}`)).kind).toBe("ok");
    expect(await report(S1, "192.0.2.99")).toEqual({ kind: "refused", reason: "overall" });
  });

  test("the queue is capped in all and per service", async () => {
    const rows = (serviceId: string, n: number) =>
      Array.from({ length: n }, () => ({
        service_id: serviceId,
        kind: "other" as const,
        text: "x",
        created_at: NOW.toISOString(),
      }));
    await t.db.insertInto("service_report").values(rows(S1, MAX_OPEN_REPORTS_PER_SERVICE)).execute();
    expect(await report(S1)).toEqual({ kind: "refused", reason: "queue-full" });
    expect(await report(S2)).toEqual({ kind: "ok" });
    await t.db.insertInto("service_report").values(rows(S2, MAX_OPEN_REPORTS)).execute();
    expect(await report(S2, "198.51.100.2")).toEqual({ kind: "refused", reason: "queue-full" });
  });
});

describe("the editors' queue: resolve or dismiss, each step in the audit trail", () => {
  test("oldest first; resolving erases the text and writes who did it", async () => {
    await report(S1, ADDRESS, NOW, "Nieuw nummer: zie hun website");
    await report(S2, ADDRESS, new Date(NOW.getTime() + 1000), "<script>alert(1)</script>");
    const queue = await openReports(t.db);
    expect(queue.total).toBe(2);
    expect(queue.reports.map((r) => [r.serviceName, r.text])).toEqual([
      [`Dienst ${S1}`, "Nieuw nummer: zie hun website"],
      [`Dienst ${S2}`, "<script>alert(1)</script>"],
    ]);

    expect(await handleReport(t.db, ANA, queue.reports[0].id, "resolve")).toBe(true);
    expect(await handleReport(t.db, ANA, queue.reports[1].id, "dismiss")).toBe(true);
    // Handled once: a second click (two editors, a double post) changes nothing.
    expect(await handleReport(t.db, ANA, queue.reports[1].id, "resolve")).toBe(false);

    expect((await openReports(t.db)).total).toBe(0);
    const stored = await t.db.selectFrom("service_report").selectAll().orderBy("id").execute();
    expect(stored.map((r) => [r.status, r.text, r.handled_by])).toEqual([
      ["resolved", "", ANA.email],
      ["dismissed", "", ANA.email],
    ]);
    const audit = (await listAudit(t.db, { entity: "report" })).rows.reverse();
    expect(audit.map((row) => [row.action, row.userEmail, row.after?.name])).toEqual([
      ["report", "publiek formulier", `Dienst ${S1}`],
      ["report", "publiek formulier", `Dienst ${S2}`],
      ["resolve", ANA.email, `Dienst ${S1}`],
      ["dismiss", ANA.email, `Dienst ${S2}`],
    ]);
    // The visitor's words are never copied into the audit trail.
    expect(JSON.stringify(audit)).not.toContain("zie hun website");
  });
});

describe("'het klopte': a date, no person, apart from the editors' confirmation", () => {
  test("the contact shows the practice date; the organisation's confirmation stays empty", async () => {
    const before = await dataVersion(t.db);
    expect(await confirmFromPractice(t.db, { serviceId: S1, address: ADDRESS, today: TODAY, now: NOW })).toEqual({
      kind: "ok",
    });
    // The cached contact page renders anew: the database's version moved.
    expect(await dataVersion(t.db)).not.toBe(before);
    const view = contactView((await loadActiveService(t.db, S1))!, "nl", TODAY);
    expect(view.practiceConfirmedOn).toBe(TODAY);
    expect(view.howWeKnow.confirmedOn).toBeNull();
    const audit = (await listAudit(t.db, { entity: "service", entityId: S1 })).rows;
    expect(audit.map((row) => [row.action, row.userEmail, row.after?.practice_confirmed_on])).toEqual([
      ["practice-confirm", "publiek formulier", TODAY],
    ]);
    expect(JSON.stringify(audit)).not.toContain(ADDRESS);
  });

  test("rate-limited per address like a report; a second tap the same day writes nothing new", async () => {
    const tap = (address: string) => confirmFromPractice(t.db, { serviceId: S1, address, today: TODAY, now: NOW });
    for (let i = 0; i < POST_LIMITS.confirm.perAddress; i++) expect(await tap(ADDRESS)).toEqual({ kind: "ok" });
    expect(await tap(ADDRESS)).toEqual({ kind: "refused", reason: "address" });
    expect((await listAudit(t.db, { entity: "service" })).rows).toHaveLength(1);
  });

  test("an unknown service takes no tap", async () => {
    expect(await confirmFromPractice(t.db, { serviceId: "nope", address: ADDRESS, today: TODAY })).toEqual({
      kind: "not-found",
    });
  });
});
