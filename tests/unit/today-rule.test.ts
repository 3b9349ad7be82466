// One rule for "today": the public "checked more than 12 months ago" warning and the editors' overdue
// list must call the same service old at the same moment, also just after midnight in Amsterdam
// (23:30 UTC is already tomorrow there, summer and winter).
import { openDatabase, prepareDatabase, type DB } from "#db/database.server";
import { parseSearchParams } from "~/features/directory/search-params";
import { searchDirectory } from "~/features/directory/search-services.server";
import { freshness } from "~/features/directory/freshness";
import { isOverdue } from "~/features/editor/overdue";
import { listServices } from "~/features/editor/services.server";
import { todayInAmsterdam } from "~/features/calendar/today";

let db: DB;
beforeAll(async () => {
  db = openDatabase(":memory:");
  await prepareDatabase(db);
});
afterAll(async () => {
  vi.useRealTimers();
  await db.destroy();
});

describe("the public warning and the editors' overdue list share one today", () => {
  for (const [season, now, checked] of [
    ["winter", "2026-11-25T23:30:00Z", "2025-11-25"],
    ["summer", "2026-07-01T23:30:00Z", "2025-07-01"],
  ] as const) {
    it(`agree at 23:30 UTC in ${season} about a service checked one year before the UTC date`, async () => {
      // Confirmed and read on the same old day: nothing newer makes it fresh (decision 020).
      await db
        .updateTable("service")
        .set({ assured_date: checked, assurer: "Nabij redactie", source_read_on: checked })
        .execute();
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date(now));
      try {
        const page = await searchDirectory(db, parseSearchParams(new URLSearchParams("")), "nl");
        const overdue = await listServices(db, { overdue: true }, todayInAmsterdam());
        // In Amsterdam it is already the next day: the check is more than 12 months old on both sides.
        expect(overdue.total).toBeGreaterThan(0);
        expect(page.items[0].howWeKnow.state).toBe("stale");
      } finally {
        vi.useRealTimers();
      }
    });
  }
});

describe("the public warning and the editors' overdue list share one cutoff", () => {
  it("a check on 28 February is not yet overdue nor stale on 29 February a year later", () => {
    expect(isOverdue("2027-02-28", "2028-02-29")).toBe(false);
    expect(freshness("2027-02-28", "2028-02-29").state).toBe("fresh");
    expect(isOverdue("2027-02-27", "2028-02-29")).toBe(true);
    expect(freshness("2027-02-27", "2028-02-29").state).toBe("stale");
  });
});
