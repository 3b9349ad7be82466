// Migration 0010 on a database seeded before it: the seed's desk-research day stops being a
// "confirmed with the organisation" date; a confirmation an editor made stays (decision 020).
import { openDatabase, prepareDatabase, type DB } from "#db/database.server";
import { serviceId } from "#db/seed/directory";
import { migrateAll, migrateBefore } from "./migrate-for-tests";
import { SEED_DESK_ASSURER, SEED_DESK_DATE } from "./0010_source_read_on";

let db: DB;
afterEach(async () => {
  await db.destroy();
});

const service = (key: string) =>
  db
    .selectFrom("service")
    .select(["source_read_on", "assured_date", "assurer"])
    .where("id", "=", serviceId(key))
    .executeTakeFirstOrThrow();

describe("migration 0010: source read on, confirmed with the organisation", () => {
  it("moves the seed's desk date to 'source read on' and keeps an editor's confirmation", async () => {
    db = openDatabase(":memory:");
    await migrateBefore(db, "0010");
    // A database as the old seed left it: every service "checked" on the desk-research day.
    const id = (key: string) => serviceId(key);
    await db
      .insertInto("organization")
      .values({ id: "org", name: "Org", alternate_name: null, description: null, description_en: null } as never)
      .execute();
    for (const [key, assured_date, assurer] of [
      ["seeded", SEED_DESK_DATE, SEED_DESK_ASSURER],
      ["phoned", "2026-11-30", "Ayla (redactie)"],
      ["phoned-on-desk-day", SEED_DESK_DATE, "Ayla (redactie)"],
    ]) {
      await db
        .insertInto("service")
        .values({ id: id(key), organization_id: "org", name: key, assured_date, assurer } as never)
        .execute();
    }
    await migrateAll(db);

    expect(await service("seeded")).toEqual({ source_read_on: SEED_DESK_DATE, assured_date: null, assurer: null });
    expect(await service("phoned")).toEqual({
      source_read_on: null,
      assured_date: "2026-11-30",
      assurer: "Ayla (redactie)",
    });
    expect((await service("phoned-on-desk-day")).assured_date).toBe(SEED_DESK_DATE);
  });

  it("a new database: every seed service was read on the desk day and none is confirmed", async () => {
    db = openDatabase(":memory:");
    await prepareDatabase(db);
    const rows = await db.selectFrom("service").select(["name", "source_read_on", "assured_date"]).execute();
    expect(rows.length).toBeGreaterThan(25);
    for (const row of rows)
      expect([row.name, row.source_read_on, row.assured_date]).toEqual([row.name, SEED_DESK_DATE, null]);
  });
});
