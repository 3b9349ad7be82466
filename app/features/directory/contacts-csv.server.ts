import { getDb, type DB } from "#db/database.server";
import { csvRowFromRecord, serializeContactsCsv } from "./contacts-csv";
import { activeServiceIds, loadServiceRecords } from "./service-record.server";

/** Every active service as CSV. */
export async function contactsCsv(db: DB = getDb()): Promise<string> {
  const records = await loadServiceRecords(db, await activeServiceIds(db));
  return serializeContactsCsv(records.map(csvRowFromRecord));
}
