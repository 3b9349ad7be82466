// A separate process that writes to the database, for the two-writers test.
import { openDatabase, withTransaction } from "../../db/database.server";

const [path, name, countArg] = process.argv.slice(2);
const db = openDatabase(path);
try {
  for (let i = 0; i < Number(countArg); i++) {
    await withTransaction(db, async (trx) => {
      await trx
        .insertInto("app_meta")
        .values({ key: `${name}-${i}`, value: String(i) })
        .execute();
    });
  }
  console.log(`${name}: done`);
} catch (error) {
  // The clear message a second writer gets when the database stays busy.
  console.error(`${name}: the database is busy, please try again (${(error as Error).message})`);
  process.exitCode = 75;
} finally {
  await db.destroy();
}
