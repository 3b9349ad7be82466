import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator } from "kysely/migration";
import { dataVersion, migrateToLatest, openDatabase, seedOnce, withTransaction, type DB } from "./database.server";
import { migrations } from "./migrations/index";
import { NestedDatabaseUseError } from "./sqlite3-dialect";

let dir: string;
let db: DB;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "nabij-db-"));
  db = openDatabase(join(dir, "test.sqlite"));
  await migrateToLatest(db);
});

afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe("the sqlite3 driver for Kysely", () => {
  test("a committed transaction keeps its rows", async () => {
    await withTransaction(db, async (trx) => {
      await trx.insertInto("app_meta").values({ key: "a", value: "1" }).execute();
      await trx.insertInto("app_meta").values({ key: "b", value: "2" }).execute();
    });
    const rows = await db
      .selectFrom("app_meta")
      .select(["key", "value"])
      .where("key", "in", ["a", "b"])
      .orderBy("key")
      .execute();
    expect(rows).toEqual([
      { key: "a", value: "1" },
      { key: "b", value: "2" },
    ]);
  });

  test("an error inside a transaction rolls back every write in it", async () => {
    await expect(
      withTransaction(db, async (trx) => {
        await trx.insertInto("app_meta").values({ key: "kept?", value: "no" }).execute();
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const row = await db.selectFrom("app_meta").select("key").where("key", "=", "kept?").executeTakeFirst();
    expect(row).toBeUndefined();
  });

  test("a constraint violation rolls back and reports the database error", async () => {
    await db.insertInto("app_meta").values({ key: "dup", value: "1" }).execute();
    await expect(
      withTransaction(db, async (trx) => {
        await trx.insertInto("app_meta").values({ key: "other", value: "x" }).execute();
        await trx.insertInto("app_meta").values({ key: "dup", value: "2" }).execute();
      }),
    ).rejects.toThrow(/UNIQUE constraint failed/);
    expect(await db.selectFrom("app_meta").select("key").where("key", "=", "other").executeTakeFirst()).toBeUndefined();
  });

  test("using db instead of trx inside a transaction is rejected clearly, not a hang", async () => {
    await expect(
      withTransaction(db, async () => {
        await db.selectFrom("app_meta").selectAll().execute();
      }),
    ).rejects.toBeInstanceOf(NestedDatabaseUseError);
    // The connection is free again afterwards.
    await expect(db.selectFrom("app_meta").selectAll().execute()).resolves.toBeInstanceOf(Array);
  });

  test("a transaction inside a transaction is refused", async () => {
    await expect(
      withTransaction(db, async (trx) => {
        await trx.transaction().execute(async () => undefined);
      }),
    ).rejects.toThrow();
  });

  test("queries started together are serialised on the one connection", async () => {
    const writes = Array.from({ length: 50 }, (_, i) =>
      db
        .insertInto("app_meta")
        .values({ key: `k${i}`, value: String(i) })
        .execute(),
    );
    await Promise.all(writes);
    const { count } = await db
      .selectFrom("app_meta")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("key", "like", "k%")
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(50);
  });

  test("run() statements report affected rows, returning() gives rows back", async () => {
    await db.insertInto("app_meta").values({ key: "x", value: "1" }).execute();
    const result = await db.updateTable("app_meta").set({ value: "2" }).where("key", "=", "x").executeTakeFirst();
    expect(result.numUpdatedRows).toBe(1n);
    const returned = await db
      .insertInto("app_meta")
      .values({ key: "y", value: "3" })
      .returning(["key", "value"])
      .execute();
    expect(returned).toEqual([{ key: "y", value: "3" }]);
  });

  test("the PRAGMAs are set: foreign keys on, WAL, a busy timeout", async () => {
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    const wal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
    expect(fk.rows[0].foreign_keys).toBe(1);
    expect(wal.rows[0].journal_mode).toBe("wal");
    expect(busy.rows[0].timeout).toBeGreaterThan(0);
  });

  test("FTS5 is available for the directory search", async () => {
    await sql`create virtual table probe using fts5(body)`.execute(db);
    await sql`insert into probe(body) values ('cliëntondersteuning in de wijk')`.execute(db);
    const hits = await sql<{ body: string }>`select body from probe where probe match ${'"wijk"'}`.execute(db);
    expect(hits.rows).toHaveLength(1);
  });

  test("migrations are recorded and running them again changes nothing", async () => {
    await migrateToLatest(db);
    const done = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(done.rows.map((r) => r.name)).toContain("0001_app_meta");
  });

  test("the seed runs once, on the first start only", async () => {
    expect(await seedOnce(db)).toBe(true);
    expect(await seedOnce(db)).toBe(false);
  });

  test("migrations 0005 and 0006 move a filled text index to search rows and back, losing no service", async () => {
    await seedOnce(db);
    const hitsFor = async (word: string) =>
      (
        await sql<{ service_id: string }>`
          select k.service_id from service_fts join service_search k on k.search_id = service_fts.rowid
           where service_fts match ${`"${word}"*`} order by k.service_id`.execute(db)
      ).rows.map((r) => r.service_id);
    const before = await hitsFor("cliëntondersteuning");
    expect(before.length).toBeGreaterThan(0);
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const down = await migrator.migrateTo("0004_editor");
    expect(down.error).toBeUndefined();
    // The old shape again, filled: the service id stored in the index itself.
    const old = await sql<{ service_id: string }>`
      select service_id from service_fts where service_fts match ${'"cliëntondersteuning"*'} order by service_id`.execute(
      db,
    );
    expect(old.rows.map((r) => r.service_id)).toEqual(before);
    await migrateToLatest(db);
    expect(await hitsFor("cliëntondersteuning")).toEqual(before);
    // The search rows are filled with what the filters read.
    const row = await db
      .selectFrom("service_search")
      .selectAll()
      .where("service_id", "=", before[0])
      .executeTakeFirstOrThrow();
    const service = await db
      .selectFrom("service")
      .select(["name", "status", "cost"])
      .where("id", "=", before[0])
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject(service);
    expect(row.area_slugs).toMatch(/^ [a-z-]+( [a-z-]+)* $/);
    expect(row.topic_codes).toMatch(/^ [a-z-]+( [a-z-]+)* $/);
    // Deleting a service takes its index row and key with it.
    const [gone] = before;
    await db.deleteFrom("service_area").where("service_id", "=", gone).execute();
    await db.deleteFrom("attribute").where("link_id", "=", gone).execute();
    await db.deleteFrom("phone").where("service_id", "=", gone).execute();
    await db.deleteFrom("service_at_location").where("service_id", "=", gone).execute();
    await db.deleteFrom("contact").where("service_id", "=", gone).execute();
    await db.deleteFrom("schedule").where("service_id", "=", gone).execute();
    await db.deleteFrom("service").where("id", "=", gone).execute();
    expect(await hitsFor("cliëntondersteuning")).toEqual(before.slice(1));
    const keys = await db.selectFrom("service_search").select("service_id").where("service_id", "=", gone).execute();
    expect(keys).toHaveLength(0);
  });

  test("the data version changes with a write here and with a commit from another connection", async () => {
    const first = await dataVersion(db);
    expect(await dataVersion(db)).toBe(first);
    await db.insertInto("app_meta").values({ key: "here", value: "1" }).execute();
    const second = await dataVersion(db);
    expect(second).not.toBe(first);
    const other = openDatabase(join(dir, "test.sqlite"));
    await other.insertInto("app_meta").values({ key: "there", value: "1" }).execute();
    await other.destroy();
    expect(await dataVersion(db)).not.toBe(second);
  });
});

describe("a read connection beside the writer (decision 012)", () => {
  test("a read outside the transaction answers while a transaction holds the writer, and sees the last commit", async () => {
    let finish!: () => void;
    const holding = new Promise<void>((resolve) => (finish = resolve));
    let written!: () => void;
    const hasWritten = new Promise<void>((resolve) => (written = resolve));
    const transaction = withTransaction(db, async (trx) => {
      await trx.insertInto("app_meta").values({ key: "uncommitted", value: "1" }).execute();
      written();
      await holding;
    });
    await hasWritten;
    const read = await Promise.race([
      db.selectFrom("app_meta").select("key").where("key", "=", "uncommitted").execute(),
      new Promise<"waited">((resolve) => setTimeout(() => resolve("waited"), 2000)),
    ]);
    expect(read).toEqual([]); // answered at once, without the row that is not committed yet
    finish();
    await transaction;
    expect(await db.selectFrom("app_meta").select("key").where("key", "=", "uncommitted").execute()).toEqual([
      { key: "uncommitted" },
    ]);
  });
});
