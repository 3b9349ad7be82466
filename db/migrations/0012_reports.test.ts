// Migration 0012 on a database from before it: every audit row stays (same ids), the services keep
// their data with no practice date, and the new tables and audit actions work (decision 023).
import { sql } from "kysely";
import { Migrator, type MigrationProvider } from "kysely/migration";
import { openDatabase, type DB } from "#db/database.server";
import { migrations } from "./index";
import { migrateAll, migrateBefore } from "./migrate-for-tests";

const all: MigrationProvider = { getMigrations: async () => migrations };

let db: DB;
afterEach(async () => {
  await db.destroy();
});

describe("migration 0012: reports, the practice date, the audit actions", () => {
  it("keeps the audit trail and the services of an existing database", async () => {
    db = openDatabase(":memory:");
    await migrateBefore(db, "0012");
    await db
      .insertInto("organization")
      .values({ id: "org", name: "Org", alternate_name: null, description: null, description_en: null } as never)
      .execute();
    await db
      .insertInto("service")
      .values({
        id: "svc",
        organization_id: "org",
        name: "Dienst",
        assured_date: "2026-11-30",
        assurer: "Ayla",
      } as never)
      .execute();
    for (const action of ["create", "check"] as const)
      await db
        .insertInto("audit_log")
        .values({ user_id: null, user_email: "ayla@example.nl", entity: "service", entity_id: "svc", action })
        .execute();
    const auditBefore = await db.selectFrom("audit_log").selectAll().orderBy("id").execute();

    await migrateAll(db);

    expect(await db.selectFrom("audit_log").selectAll().orderBy("id").execute()).toEqual(auditBefore);
    expect(await db.selectFrom("service").select(["name", "assured_date", "practice_confirmed_on"]).execute()).toEqual([
      { name: "Dienst", assured_date: "2026-11-30", practice_confirmed_on: null },
    ]);
    // The new actions are allowed now, an unknown one still is not.
    await db
      .insertInto("audit_log")
      .values({ user_id: null, user_email: "publiek formulier", entity: "report", entity_id: "1", action: "report" })
      .execute();
    await expect(
      db
        .insertInto("audit_log")
        .values({ user_id: null, user_email: "x", entity: "report", entity_id: "1", action: "nonsense" as never })
        .execute(),
    ).rejects.toThrow(/CHECK/);
    // A new audit row gets the next id, after the copied ones.
    const ids = (await db.selectFrom("audit_log").select("id").orderBy("id").execute()).map((r) => r.id);
    expect(ids).toEqual([auditBefore[0].id, auditBefore[1].id, auditBefore[1].id + 1]);
    // A practice date must be a date.
    await expect(sql`update service set practice_confirmed_on = 'gisteren'`.execute(db)).rejects.toThrow(/CHECK/);
  });

  it("down and up again: the audit trail survives both ways", async () => {
    db = openDatabase(":memory:");
    await migrateAll(db);
    await db
      .insertInto("audit_log")
      .values({ user_id: null, user_email: "a", entity: "service", entity_id: "x", action: "update" })
      .execute();
    const migrator = new Migrator({ db, provider: all });
    expect((await migrator.migrateDown()).error).toBeUndefined();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    expect(await db.selectFrom("audit_log").select(["action"]).execute()).toEqual([{ action: "update" }]);
  });
});
