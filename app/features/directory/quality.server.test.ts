// The quality page's numbers against the seed database (issue 17 point 5, decision 023): counted
// from the tables, they must equal what the seed data says, cell by cell, and follow a report, a
// "het klopte" tap and an editor's confirmation.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabase, prepareDatabase, type DB } from "#db/database.server";
import { ORGANIZATIONS, SERVICES, type SeedService } from "#db/seed/directory-data";
import { serviceId } from "#db/seed/directory";
import { confirmFromPractice, submitReport } from "~/features/reports/reports.server";
import { CORE_TOPICS, NAMED_AREAS, NOT_A_CONTACT_KEYS, levelFor } from "./quality";
import { getQualityPage } from "./quality.server";

const TODAY = "2026-12-01";
let db: DB;
beforeAll(async () => {
  db = openDatabase(":memory:");
  await prepareDatabase(db);
});
afterAll(async () => {
  await db.destroy();
});

// The seed, read straight from its source file: what each cell must say.
const website = (s: SeedService) => Boolean(s.url ?? ORGANIZATIONS.find((org) => org.key === s.org)?.website);
const address = (s: SeedService) => Boolean(s.locations?.some((l) => l.address_1 && l.city));
const phone = (s: SeedService) => Boolean(s.phones?.length);
const email = (s: SeedService) => Boolean(s.emails?.length);
const contacts = SERVICES.filter(
  (s) => (website(s) || address(s) || phone(s) || email(s)) && !NOT_A_CONTACT_KEYS.includes(s.key),
);
function expected(area: string, topic: string) {
  const here = contacts.filter((s) => s.topics.includes(topic as never) && levelFor(s.areas, area) !== null);
  return {
    services: here.length,
    local: here.filter((s) => levelFor(s.areas, area) === "local").length,
    phone: here.filter(phone).length,
    email: here.filter(email).length,
    website: here.filter(website).length,
    address: here.filter(address).length,
    keys: here.map((s) => s.key),
  };
}

const cellOf = async (area: string, topic: string) =>
  (await getQualityPage("nl", db, TODAY)).cells.find((c) => c.area === area && c.topic === topic)!;

describe("the quality page counts what the seed holds", () => {
  test("every area × core topic, with the numbers of the seed data", async () => {
    const page = await getQualityPage("nl", db, TODAY);
    expect(page.total).toBe(NAMED_AREAS.length * CORE_TOPICS.length);
    for (const cell of page.cells) {
      const want = expected(cell.area, cell.topic);
      const where = `${cell.area} · ${cell.topic}`;
      expect(cell.services, where).toBe(want.services);
      expect(cell.byLevel.local, where).toBe(want.local);
      expect(cell.ways, where).toEqual({
        phone: want.phone,
        email: want.email,
        website: want.website,
        address: want.address,
      });
      // Nobody has confirmed anything in the seed, and there are no reports yet (decision 020).
      expect(cell.confirmed, where).toBe(0);
      expect(cell.openReports, where).toBe(0);
    }
  });

  test("the gaps decision 021 lists: 10 cells without help, 11 with only a national line", async () => {
    const page = await getQualityPage("nl", db, TODAY);
    expect(page.gaps).toBe(10);
    expect(page.nationalOnly).toBe(11);
    expect(page.cells.filter((c) => c.best === null).map((c) => `${c.area} · ${c.topic}`)).toContain(
      "hoorn · client-support",
    );
  });

  test("the page names the areas and topics in the visitor's language", async () => {
    const en = await getQualityPage("en", db, TODAY);
    expect(en.areas.find((a) => a.slug === "uithoorn")?.name).toBe("Uithoorn and De Kwakel");
    expect(en.topics.map((t) => t.id)).toEqual([...CORE_TOPICS]);
  });
});

describe("the numbers follow reports and confirmations", () => {
  const area = "hoorn";
  const topic = "money";

  test("an open report, a practice tap and a recent editor's confirmation count; an old one does not", async () => {
    const keys = expected(area, topic).keys;
    expect(keys.length).toBeGreaterThan(2);
    const [first, second, third] = keys.map((key) => serviceId(key));
    const before = await cellOf(area, topic);

    expect((await submitReport(db, { serviceId: first, kind: "hours", text: "", address: "192.0.2.1" })).kind).toBe(
      "ok",
    );
    expect((await confirmFromPractice(db, { serviceId: first, address: "192.0.2.1", today: TODAY })).kind).toBe("ok");
    await db
      .updateTable("service")
      .set({ assured_date: "2026-06-01", assurer: "Ayla (redactie)" })
      .where("id", "=", second)
      .execute();
    // More than 12 months ago: not "confirmed in the last 12 months".
    await db
      .updateTable("service")
      .set({ assured_date: "2025-11-30", assurer: "Ayla (redactie)" })
      .where("id", "=", third)
      .execute();

    const after = await cellOf(area, topic);
    expect(after.openReports).toBe(before.openReports + 1);
    expect(after.confirmed).toBe(before.confirmed + 2);
  });
});
