// The only raw SQL of the directory: the FTS5 index (migration 0003). Every write path that
// changes what a service is called, says, covers or is about calls reindexService() in the same
// transaction, so the index never disagrees with the tables.
import { sql, type Kysely } from "kysely";
import type { Database } from "#db/schema";

type Executor = Kysely<Database>;

// What the index holds for a service: its names, texts, topic names and area names (both languages).
const INDEXED_ROWS = sql`
  insert into service_fts (service_id, name, summary, description, topics, areas)
  select s.id,
         s.name || ' ' || coalesce(s.alternate_name, '') || ' ' || o.name,
         coalesce(s.summary, '') || ' ' || coalesce(s.summary_en, ''),
         coalesce(s.description, '') || ' ' || coalesce(s.description_en, ''),
         coalesce((select group_concat(t.name || ' ' || t.name_en || ' ' || t.code, ' ')
                     from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id
                    where a.link_id = s.id), ''),
         coalesce((select group_concat(ar.name || ' ' || ar.name_en, ' ')
                     from service_area sa join area ar on ar.id = sa.area_id
                    where sa.service_id = s.id), '')
    from service s join organization o on o.id = s.organization_id`;

/** Rewrite the index row of one service (or remove it when the service is gone). */
export async function reindexService(trx: Executor, serviceId: string): Promise<void> {
  await sql`delete from service_fts where service_id = ${serviceId}`.execute(trx);
  await sql`${INDEXED_ROWS} where s.id = ${serviceId}`.execute(trx);
}

/** Rebuild the whole index in one statement (after a seed or an import). */
export async function reindexAllServices(trx: Executor): Promise<void> {
  await sql`delete from service_fts`.execute(trx);
  await INDEXED_ROWS.execute(trx);
}

export interface TextHit {
  service_id: string;
  bm25: number;
}

/**
 * Services whose text matches an FTS5 expression made by buildFtsQuery() (never raw user text).
 * Column weights: the name counts most, then the topics, then the short and long texts.
 */
export async function matchServices(db: Executor, ftsQuery: string): Promise<TextHit[]> {
  const result = await sql<TextHit>`
    select service_id, bm25(service_fts, 0, 10.0, 3.0, 1.0, 4.0, 2.0) as bm25
      from service_fts
     where service_fts match ${ftsQuery}
  `.execute(db);
  return result.rows;
}

/**
 * The FTS hits as a table to join in a Kysely query: columns service_id and bm25.
 * `ftsQuery` must come from buildFtsQuery() (quoted tokens only).
 */
export function textHitsTable(ftsQuery: string) {
  return sql<TextHit>`(select service_id, bm25(service_fts, 0, 10.0, 3.0, 1.0, 4.0, 2.0) as bm25 from service_fts where service_fts match ${ftsQuery})`;
}
