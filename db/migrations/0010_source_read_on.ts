import { sql, type Kysely } from "kysely";

// Two different facts behind "is this still right?" (issue 17 point 1, decision 020):
// - `source_read_on`: the day someone read the public source the facts come from (desk research);
// - `assured_date` + `assurer`: the day an editor confirmed the facts with the organisation itself
//   (HSDS's "assured"). Only "Vandaag gecontroleerd" or a save as confirmed sets it.
// The seed used to put its desk-research day in `assured_date`, so every service said "checked on
// 25 november 2026" although nobody had phoned anyone. Here that day moves to `source_read_on` and the
// confirmation is emptied, only where both the day and the assurer are the seed's own: a date an
// editor set stays a confirmation. The values are written out (not imported from the seed) because
// this migration must keep meaning the seed as it was, whatever the seed says later.
export const SEED_DESK_DATE = "2026-11-25";
export const SEED_DESK_ASSURER = "Nabij redactie (bronnenonderzoek)";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table service add column source_read_on text
              check (source_read_on is null or date(source_read_on) = source_read_on)`.execute(db);
  await db
    .updateTable("service")
    .set({ source_read_on: SEED_DESK_DATE, assured_date: null, assurer: null, assurer_email: null })
    .where("assured_date", "=", SEED_DESK_DATE)
    .where("assurer", "=", SEED_DESK_ASSURER)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db
    .updateTable("service")
    .set({ assured_date: SEED_DESK_DATE, assurer: SEED_DESK_ASSURER })
    .where("source_read_on", "=", SEED_DESK_DATE)
    .where("assured_date", "is", null)
    .execute();
  await sql`alter table service drop column source_read_on`.execute(db);
}
