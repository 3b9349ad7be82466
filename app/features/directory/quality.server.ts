// The quality page's numbers, read from the database (issue 17 point 5, decision 023).
import { sql } from "kysely";
import { getDb, type DB } from "#db/database.server";
import { serviceId } from "#db/seed/directory";
import { AREAS } from "#db/areas";
import { TOPICS } from "#db/topics";
import type { Lang } from "~/i18n/lang";
import { todayInAmsterdam } from "~/features/calendar/today";
import {
  CORE_TOPICS,
  NAMED_AREAS,
  NOT_A_CONTACT_KEYS,
  qualityTable,
  type QualityService,
  type QualityTable,
} from "./quality";

/** Every active service with what the table counts; knowledge sources that are not a contact left out. */
export async function qualityServices(db: DB): Promise<QualityService[]> {
  const notAContact = NOT_A_CONTACT_KEYS.map((key) => serviceId(key));
  const rows = await db
    .selectFrom("service as s")
    .innerJoin("organization as o", "o.id", "s.organization_id")
    .innerJoin("service_search as k", "k.service_id", "s.id")
    .select([
      "s.id",
      "s.assured_date",
      "s.practice_confirmed_on",
      "k.area_slugs",
      "k.topic_codes",
      sql<number>`exists (select 1 from phone p where p.service_id = s.id)`.as("has_phone"),
      sql<number>`exists (select 1 from contact c where c.service_id = s.id and coalesce(c.email, '') != '')`.as(
        "has_email",
      ),
      sql<number>`(coalesce(s.url, '') != '' or coalesce(o.website, '') != '')`.as("has_website"),
      sql<number>`exists (select 1 from service_at_location sal join address ad on ad.location_id = sal.location_id
                          where sal.service_id = s.id)`.as("has_address"),
      sql<number>`(select count(*) from service_report r where r.service_id = s.id and r.status = 'open')`.as(
        "open_reports",
      ),
    ])
    .where("s.status", "=", "active")
    .execute();
  const words = (list: string) => list.split(" ").filter(Boolean);
  return rows
    .filter((row) => !notAContact.includes(row.id))
    .map((row) => ({
      id: row.id,
      topics: words(row.topic_codes),
      areas: words(row.area_slugs),
      phone: Boolean(row.has_phone),
      email: Boolean(row.has_email),
      website: Boolean(row.has_website),
      address: Boolean(row.has_address),
      confirmedOn: row.assured_date,
      practiceConfirmedOn: row.practice_confirmed_on,
      openReports: Number(row.open_reports),
    }));
}

export interface QualityPage extends QualityTable {
  areas: { slug: string; name: string }[];
  topics: { id: string; name: string }[];
  total: number;
}

export async function getQualityPage(lang: Lang, db: DB = getDb(), today = todayInAmsterdam()): Promise<QualityPage> {
  const table = qualityTable(await qualityServices(db), today);
  return {
    ...table,
    // Only what the page shows: the service ids stay on the server.
    cells: table.cells.map((cell) => ({ ...cell, serviceIds: [] })),
    total: table.cells.length,
    areas: NAMED_AREAS.map((slug) => {
      const area = AREAS.find((a) => a.slug === slug)!;
      return { slug, name: lang === "en" ? area.name_en : area.name };
    }),
    topics: CORE_TOPICS.map((id) => TOPICS.find((t) => t.id === id)!).map((t) => ({
      id: t.id,
      name: lang === "en" ? t.name_en : t.name,
    })),
  };
}
