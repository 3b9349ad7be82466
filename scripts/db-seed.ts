// npm run db:seed                                   migrate and seed the app's database (once)
// npm run db:seed -- --synthetic 10000 --database /tmp/nabij-synthetic.sqlite
//        fills a SEPARATE, new database with clearly marked synthetic services for speed work.
//        It refuses the app's own database and any database that holds real data.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import {
  DEFAULT_DATABASE_PATH,
  databasePath,
  migrateToLatest,
  openDatabase,
  prepareDatabase,
  withTransaction,
} from "#db/database.server";
import { seedSynthetic } from "#db/seed/synthetic";

function arg(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function fail(message: string): never {
  console.error(`db:seed: ${message}`);
  process.exit(1);
}

const synthetic = arg("synthetic");
if (synthetic === undefined) {
  const db = openDatabase();
  await prepareDatabase(db);
  await db.destroy();
  console.log(`Database ready: ${databasePath()}`);
} else {
  const count = Number(synthetic);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000)
    fail("--synthetic needs a number of services, e.g. --synthetic 10000");
  const target = arg("database");
  if (!target) fail("--synthetic needs --database <path> for a separate database file (never the app's own)");
  const path = resolve(target);
  if (path === resolve(DEFAULT_DATABASE_PATH) || path === databasePath())
    fail(`refusing to put synthetic data in the app's database (${path})`);
  if (existsSync(path)) fail(`${path} already exists: give a new file, so synthetic and real data never mix`);
  const db = openDatabase(path);
  await migrateToLatest(db);
  const started = Date.now();
  await withTransaction(db, (trx) => seedSynthetic(trx, count));
  await db.destroy();
  console.log(
    `Wrote ${count} SYNTHETIC services to ${path} in ${Date.now() - started} ms. Use it only for speed tests.`,
  );
}
