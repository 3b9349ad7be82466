// The only raw SQL of the directory: the FTS5 index (migration 0003). Every write path that
// changes what a service is called, says, covers or is about calls reindexService() in the same
// transaction, so the index never disagrees with the tables.
import { sql, type Kysely } from "kysely";
import type { Database } from "#db/schema";

type Executor = Kysely<Database>;

// What the index holds for a service: its names, texts, topic names and area names (both languages).
// The index row's rowid is the service's search_id (migration 0005): a join on a small integer
// key, never a read of the index's own wide rows.
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
    join service_search_key k on k.service_id = s.id`;

/** Rewrite the index row of one service (or remove it when the service is gone). */
export async function reindexService(trx: Executor, serviceId: string): Promise<void> {
  await sql`insert or ignore into service_search_key (service_id) select id from service where id = ${serviceId}`.execute(trx);
  await sql`delete from service_fts where rowid = (select search_id from service_search_key where service_id = ${serviceId})`.execute(trx);
  await sql`${INDEXED_ROWS} where s.id = ${serviceId}`.execute(trx);
}

/** Rebuild the whole index in one statement (after a seed or an import). */
export async function reindexAllServices(trx: Executor): Promise<void> {
  await sql`delete from service_fts`.execute(trx);
  await sql`insert or ignore into service_search_key (service_id) select id from service order by rowid`.execute(trx);
  await INDEXED_ROWS.execute(trx);
}

// Column weights for bm25(), in column order: the name counts most, then the topics, then the
// short and long texts. Numbers written into the SQL, not bound: FTS5 wants constants here.
const BM25_WEIGHTS = sql.raw("10.0, 3.0, 1.0, 4.0, 2.0");

export interface TextHit {
  service_id: string;
  bm25: number;
}

/**
 * The FTS hits as a table to join in a Kysely query: columns service_id and bm25.
 * `ftsQuery` must come from buildFtsQuery() (quoted tokens only).
 * "limit -1" (no limit) keeps SQLite from folding the subquery into the outer join: folded, the
 * planner may walk every service and run the text match once per service (100 times slower).
 */
export function textHitsTable(ftsQuery: string) {
  return sql<TextHit>`(select k.service_id, bm25(service_fts, ${BM25_WEIGHTS}) as bm25 from service_fts join service_search_key k on k.search_id = service_fts.rowid where service_fts match ${ftsQuery} limit -1)`;
}
