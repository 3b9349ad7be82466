import type { Kysely } from "kysely";

// "Nu open" in the search results (issue 17 point 10, decision 024): each result reads its opening
// hours, which may belong to the service or to the service at one of its places. The rows of a
// place were found by scanning the whole schedule table; this index finds them directly. Nothing
// else changes: opening hours stay HSDS schedule rows (a dated row without times is a closed day).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("schedule_service_at_location_idx")
    .ifNotExists()
    .on("schedule")
    .column("service_at_location_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("schedule_service_at_location_idx").ifExists().execute();
}
