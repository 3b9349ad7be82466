import { sql, type Kysely } from "kysely";

// Full-text search over the directory (SQLite FTS5). One row per service, written by
// reindexService() in db/search-index.server.ts from every write path.
// - unicode61 with remove_diacritics 2 folds "cliëntondersteuning" to "clientondersteuning";
// - prefix indexes for 2 and 3 characters make `"schu"*` queries fast;
// - service_id is stored but not indexed (we join on it).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create virtual table service_fts using fts5(
      service_id unindexed,
      name,
      summary,
      description,
      topics,
      areas,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    )
  `.execute(db);
  // A deleted service leaves no row behind in the index, whoever deletes it.
  await sql`
    create trigger service_fts_after_delete after delete on service begin
      delete from service_fts where service_id = old.id;
    end
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger service_fts_after_delete`.execute(db);
  await sql`drop table service_fts`.execute(db);
}
