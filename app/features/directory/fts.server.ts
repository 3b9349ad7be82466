// How the search reads the index that db/search-index.server.ts writes: bm25 weights and the
// text-match subquery.
import { sql } from "kysely";

// Column weights for bm25(), in column order: the name counts most, then the topics, then the
// short and long texts. Numbers written into the SQL, not bound: FTS5 wants constants here.
export const BM25 = sql<number>`bm25(service_fts, 10.0, 3.0, 1.0, 4.0, 2.0)`;

/** The ids of the services whose text matches, as a subquery for "s.id in (…)". `ftsQuery` must come from buildFtsQuery(). */
export function serviceIdsMatching(ftsQuery: string) {
  return sql<string>`(select k.service_id from service_fts cross join service_search k on k.search_id = service_fts.rowid where service_fts match ${ftsQuery})`;
}
