import { sql, type Kysely } from "kysely";

// The text index joins the services by a small integer key instead of a stored text column.
// FTS5 keeps an unindexed column in its content table, one long row per service: reading the
// service id of 3,000 hits read 3,000 of those rows (15 ms of a 20 ms search on 10,000 services).
// Now the index row's rowid is the service's search_id (an INTEGER PRIMARY KEY, so VACUUM and
// backups keep it), and service_search_key turns it into the service id with one tiny lookup.
// The covering index lets the search check a hit's status and name without reading the wide row.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop trigger service_fts_after_delete`.execute(db);
  await sql`drop table service_fts`.execute(db);
  await sql`
    create table service_search_key (
      search_id integer primary key,
      service_id text not null unique references service (id) on delete cascade
    )
  `.execute(db);
  await createIndex(db);
  await sql`create index service_search_idx on service (id, status, name)`.execute(db);
  // A deleted service leaves no index row behind, whoever deletes it (the key row cascades).
  await sql`
    create trigger service_fts_before_delete before delete on service begin
      delete from service_fts where rowid = (select search_id from service_search_key where service_id = old.id);
    end
  `.execute(db);
  // Fill the new index from the tables (the same rows as reindexAllServices() in db/search-index.server.ts,
  // frozen here as they were when this migration was written).
  await sql`insert into service_search_key (service_id) select id from service order by rowid`.execute(db);
  await sql`
    insert into service_fts (rowid, name, summary, description, topics, areas)
    select k.search_id, ${TEXT_COLUMNS}
      from service s
      join organization o on o.id = s.organization_id
      join service_search_key k on k.service_id = s.id
  `.execute(db);
}

// What the index holds for a service: names, texts, topic and area names (both languages).
const TEXT_COLUMNS = sql`
  s.name || ' ' || coalesce(s.alternate_name, '') || ' ' || o.name,
  coalesce(s.summary, '') || ' ' || coalesce(s.summary_en, ''),
  coalesce(s.description, '') || ' ' || coalesce(s.description_en, ''),
  coalesce((select group_concat(t.name || ' ' || t.name_en || ' ' || t.code, ' ')
              from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id
             where a.link_id = s.id), ''),
  coalesce((select group_concat(ar.name || ' ' || ar.name_en, ' ')
              from service_area sa join area ar on ar.id = sa.area_id
             where sa.service_id = s.id), '')`;

/** The FTS5 table: the same text columns and tokenizer as migration 0003, without service_id. */
async function createIndex(db: Kysely<any>): Promise<void> {
  await sql`
    create virtual table service_fts using fts5(
      name,
      summary,
      description,
      topics,
      areas,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger service_fts_before_delete`.execute(db);
  await sql`drop index service_search_idx`.execute(db);
  await sql`drop table service_fts`.execute(db);
  await sql`drop table service_search_key`.execute(db);
  // Back to the shape of migration 0003, filled again.
  await sql`
    create virtual table service_fts using fts5(
      service_id unindexed, name, summary, description, topics, areas,
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )
  `.execute(db);
  await sql`
    create trigger service_fts_after_delete after delete on service begin
      delete from service_fts where service_id = old.id;
    end
  `.execute(db);
  await sql`
    insert into service_fts (service_id, name, summary, description, topics, areas)
    select s.id, ${TEXT_COLUMNS} from service s join organization o on o.id = s.organization_id
  `.execute(db);
}
