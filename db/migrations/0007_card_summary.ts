import { sql, type Kysely } from "kysely";
import { CARD_TEXTS } from "../seed/card-texts";
import { stableId } from "../seed/stable-id";

// The visitor card printed the professional summary, and six of them named a label ("(licht)
// verstandelijke beperking"). Now each service has its own visitor text in both languages, stored
// like its other texts: the HSDS-style column holds Dutch, the `_en` twin English (issue 14).
// Databases seeded before this migration get the seed services' texts here; a new database gets
// them from the seed itself (it runs after the migrations, when these rows do not exist yet).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table service add column card_summary text`.execute(db);
  await sql`alter table service add column card_summary_en text`.execute(db);
  for (const [key, [nl, en]] of Object.entries(CARD_TEXTS)) {
    await db
      .updateTable("service")
      .set({ card_summary: nl, card_summary_en: en })
      .where("id", "=", stableId(`service:${key}`))
      .where("card_summary", "is", null)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table service drop column card_summary_en`.execute(db);
  await sql`alter table service drop column card_summary`.execute(db);
}
