// Migration 0011 on a database from before it: every fact keeps its "nog controleren" mark, walk-in
// and cost start unmarked, and no fact is said to be confirmed — not even on a service an editor
// confirmed before, because nobody recorded which facts were asked (decision 022).
import { openDatabase, type DB } from "#db/database.server";
import { migrateAll, migrateBefore } from "./migrate-for-tests";

let db: DB;
afterEach(async () => {
  await db.destroy();
});

describe("migration 0011: per-fact confirmation", () => {
  it("keeps the data and the marks, and claims no confirmation that was not recorded", async () => {
    db = openDatabase(":memory:");
    await migrateBefore(db, "0011");
    await db
      .insertInto("organization")
      .values({ id: "org", name: "Org" } as never)
      .execute();
    await db
      .insertInto("service")
      .values({
        id: "svc",
        organization_id: "org",
        name: "Spreekuur",
        walk_in: "yes",
        to_verify: 1,
        assured_date: "2026-11-30",
        assurer: "Ayla (redactie)",
      } as never)
      .execute();
    await db
      .insertInto("phone")
      .values({ id: "ph", service_id: "svc", number: "020 123 4567", to_verify: 1 } as never)
      .execute();

    await migrateAll(db);

    const service = await db.selectFrom("service").selectAll().where("id", "=", "svc").executeTakeFirstOrThrow();
    expect(service).toMatchObject({
      name: "Spreekuur",
      walk_in: "yes",
      to_verify: 1,
      walk_in_to_verify: 0,
      cost_to_verify: 0,
      assured_date: "2026-11-30",
      assurer: "Ayla (redactie)",
    });
    expect(await db.selectFrom("phone").select("to_verify").where("id", "=", "ph").executeTakeFirst()).toEqual({
      to_verify: 1,
    });
    expect(await db.selectFrom("service_fact_check").selectAll().execute()).toEqual([]);
  });

  it("refuses a confirmation without a real day or a name, and forgets it with its service", async () => {
    db = openDatabase(":memory:");
    await migrateAll(db);
    await db
      .insertInto("organization")
      .values({ id: "org", name: "Org" } as never)
      .execute();
    await db
      .insertInto("service")
      .values({ id: "svc", organization_id: "org", name: "S" } as never)
      .execute();
    const check = (values: Record<string, unknown>) =>
      db
        .insertInto("service_fact_check")
        .values({
          service_id: "svc",
          fact: "phone",
          confirmed_on: "2026-12-01",
          confirmed_by: "Ana",
          ...values,
        } as never)
        .execute();
    await expect(check({ confirmed_on: "1 december" })).rejects.toThrow();
    await expect(check({ confirmed_by: " " })).rejects.toThrow();
    await expect(check({ fact: "website" })).rejects.toThrow();
    await check({});
    await db.deleteFrom("service").where("id", "=", "svc").execute();
    expect(await db.selectFrom("service_fact_check").selectAll().execute()).toEqual([]);
  });
});
