import type { Kysely } from "kysely";

// "Nu open" (issue 17 point 10, decision 024).
// - Each search result reads its opening hours, which may belong to the service or to the service
//   at one of its places. The rows of a place were found by scanning the whole schedule table;
//   this index finds them directly.
// - The seed's "Dag en nacht, elke dag." rows (113, Veilig Thuis, Meldpunt Zorg en Woonoverlast:
//   their sources say 24/7) get the times that say so, 00:00 to 00:00, as the seed now writes
//   them; only rows still exactly as the seed left them, so an editor's change stays. The text is
//   written out here so this migration keeps meaning the seed as it was.
export const SEED_DAY_AND_NIGHT = "Dag en nacht, elke dag.";
export const SEED_EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("schedule_service_at_location_idx")
    .ifNotExists()
    .on("schedule")
    .column("service_at_location_id")
    .execute();
  await db
    .updateTable("schedule")
    .set({ opens_at: "00:00", closes_at: "00:00" })
    .where("description", "=", SEED_DAY_AND_NIGHT)
    .where("freq", "=", "WEEKLY")
    .where("byday", "=", SEED_EVERY_DAY)
    .where("opens_at", "is", null)
    .where("closes_at", "is", null)
    .where("valid_from", "is", null)
    .where("valid_to", "is", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db
    .updateTable("schedule")
    .set({ opens_at: null, closes_at: null })
    .where("description", "=", SEED_DAY_AND_NIGHT)
    .where("byday", "=", SEED_EVERY_DAY)
    .where("opens_at", "=", "00:00")
    .where("closes_at", "=", "00:00")
    .execute();
  await db.schema.dropIndex("schedule_service_at_location_idx").ifExists().execute();
}
