// Migration 0013 on a database seeded before it: the opening hours stay, the seed's "day and night"
// rows get their times, and the hours of a place are found through the new index (decision 024).
import { sql } from "kysely";
import { openDatabase, prepareDatabase, type DB } from "#db/database.server";
import { migrateAll, migrateBefore } from "./migrate-for-tests";

let db: DB;
afterEach(async () => {
  await db.destroy();
});

describe("migration 0013: an index for the opening hours of a place", () => {
  it("keeps every schedule row of an older database and finds a place's hours by index", async () => {
    db = openDatabase(":memory:");
    await migrateBefore(db, "0013");
    await db
      .insertInto("organization")
      .values({ id: "org", name: "Org", alternate_name: null, description: null, description_en: null } as never)
      .execute();
    await db
      .insertInto("service")
      .values({ id: "s1", organization_id: "org", name: "S" } as never)
      .execute();
    await db
      .insertInto("schedule")
      .values({
        id: "h1",
        service_id: "s1",
        freq: "WEEKLY",
        byday: "MO",
        opens_at: "09:00",
        closes_at: "17:00",
      } as never)
      .execute();
    await migrateAll(db);

    const kept = await db.selectFrom("schedule").select(["id", "byday", "opens_at", "closes_at"]).execute();
    expect(kept).toEqual([{ id: "h1", byday: "MO", opens_at: "09:00", closes_at: "17:00" }]);
    const plan = await sql<{ detail: string }>`explain query plan
      select id from schedule where service_at_location_id = 'x'`.execute(db);
    expect(plan.rows.map((r) => r.detail).join(" ")).toContain("schedule_service_at_location_idx");
  });

  it("a new database has it too", async () => {
    db = openDatabase(":memory:");
    await prepareDatabase(db);
    const index = await sql<{ name: string }>`select name from sqlite_master
      where type = 'index' and name = 'schedule_service_at_location_idx'`.execute(db);
    expect(index.rows).toHaveLength(1);
  });
});
