// Where the directory texts come from for `npm run content:check`: the seed (always) and, with
// --database PATH or CONTENT_CHECK_DATABASE, a database file (what editors wrote since).
import { existsSync } from "node:fs";
import { openDatabase } from "#db/database.server";
import { CARD_TEXTS } from "#db/seed/card-texts";
import { SERVICES } from "#db/seed/directory-data";
import type { ServiceTexts } from "./directory-texts";

const pair = (nl: string | null | undefined, en: string | null | undefined) => ({ nl: nl ?? null, en: en ?? null });

export function seedServiceTexts(): ServiceTexts[] {
  return SERVICES.map((s) => ({
    id: s.key,
    summary: pair(...s.summary),
    description: pair(...s.description),
    card: pair(CARD_TEXTS[s.key]?.[0], CARD_TEXTS[s.key]?.[1]),
  }));
}

/** The active services' texts in a database file; the file must exist (it is never created here). */
export async function databaseServiceTexts(file: string): Promise<ServiceTexts[]> {
  if (!existsSync(file)) throw new Error(`No database file at ${file}`);
  const db = openDatabase(file);
  try {
    const rows = await db
      .selectFrom("service")
      .select([
        "id",
        "name",
        "summary",
        "summary_en",
        "description",
        "description_en",
        "card_summary",
        "card_summary_en",
      ])
      .where("status", "!=", "defunct")
      .execute();
    return rows.map((r) => ({
      id: `${r.name} (${r.id})`,
      summary: pair(r.summary, r.summary_en),
      description: pair(r.description, r.description_en),
      card: pair(r.card_summary, r.card_summary_en),
    }));
  } finally {
    await db.destroy();
  }
}
