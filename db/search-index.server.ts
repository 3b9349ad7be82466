// The search index the database keeps beside its tables: the FTS5 text index (migrations 0003, 0005)
// and one narrow search row per service (migration 0006). Every write path that changes a service,
// its topics or its areas calls reindexService() in the same transaction, so neither ever disagrees
// with the tables. Here in db/, not in the directory feature, because the seed rebuilds it too.
import { sql } from "kysely";
import type { DB } from "./database.server";

// The search row: the service's filter columns, plus its area slugs and topic codes as
// " a b c " (spaces around every item, so instr(' b ') finds whole items only). Upserted, so a
// service keeps its search_id — the rowid of its text-index row.
const SEARCH_ROWS = sql`
  insert into service_search (service_id, name, status, cost, walk_in, minimum_age, maximum_age, area_slugs, topic_codes)
  select s.id, s.name, s.status, s.cost, s.walk_in, s.minimum_age, s.maximum_age,
         ' ' || coalesce((select group_concat(ar.slug, ' ') from service_area sa join area ar on ar.id = sa.area_id
                           where sa.service_id = s.id), '') || ' ',
         ' ' || coalesce((select group_concat(t.code, ' ') from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id
                           where a.link_id = s.id), '') || ' '
    from service s`;
const ON_CONFLICT = sql`
  on conflict (service_id) do update set
    name = excluded.name, status = excluded.status, cost = excluded.cost, walk_in = excluded.walk_in,
    minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age,
    area_slugs = excluded.area_slugs, topic_codes = excluded.topic_codes`;

// What the text index holds for a service: its names, texts, topic names and area names (both
// languages). The index row's rowid is the service's search_id.
const INDEXED_ROWS = sql`
  insert into service_fts (rowid, name, summary, description, topics, areas)
  select k.search_id,
         s.name || ' ' || coalesce(s.alternate_name, '') || ' ' || o.name,
         coalesce(s.summary, '') || ' ' || coalesce(s.summary_en, ''),
         coalesce(s.description, '') || ' ' || coalesce(s.description_en, ''),
         coalesce((select group_concat(t.name || ' ' || t.name_en || ' ' || t.code, ' ')
                     from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id
                    where a.link_id = s.id), ''),
         coalesce((select group_concat(ar.name || ' ' || ar.name_en, ' ')
                     from service_area sa join area ar on ar.id = sa.area_id
                    where sa.service_id = s.id), '')
    from service s
    join organization o on o.id = s.organization_id
    join service_search k on k.service_id = s.id`;

/** Rewrite the search row and text-index row of one service (or remove them when it is gone). */
export async function reindexService(trx: DB, serviceId: string): Promise<void> {
  await sql`${SEARCH_ROWS} where s.id = ${serviceId} ${ON_CONFLICT}`.execute(trx);
  await sql`delete from service_fts where rowid = (select search_id from service_search where service_id = ${serviceId})`.execute(
    trx,
  );
  await sql`${INDEXED_ROWS} where s.id = ${serviceId}`.execute(trx);
}

/** Rebuild every search row and the whole text index (after a seed or an import). */
export async function reindexAllServices(trx: DB): Promise<void> {
  await sql`delete from service_fts`.execute(trx);
  // "where true": SQLite needs a WHERE before ON CONFLICT in an INSERT … SELECT.
  await sql`${SEARCH_ROWS} where true order by s.rowid ${ON_CONFLICT}`.execute(trx);
  await INDEXED_ROWS.execute(trx);
}
