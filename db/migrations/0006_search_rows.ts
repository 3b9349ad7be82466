import { sql, type Kysely } from "kysely";

// The search reads one narrow row per service: the key of its text-index row plus a copy of
// everything the filters and the ranking need (status, cost, walk-in, ages, name, area slugs,
// topic codes). A search on 10,000 services then touches only these rows and the text index,
// and SQLite ranks and cuts the page itself: no wide service rows, no thousands of rows carried
// into JavaScript (each row handed to JavaScript costs about 5 µs in the sqlite3 package).
// Copies need keeping: reindexService() rewrites the row with the text index on every write path,
// and a trigger copies the service's own columns whoever changes them (a closed service must
// never be found because one write path forgot the index).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table service_search_key rename to service_search`.execute(db);
  for (const column of [
    sql`name text not null default ''`,
    sql`status text not null default 'inactive'`,
    sql`cost text`,
    sql`walk_in text`,
    sql`minimum_age integer`,
    sql`maximum_age integer`,
    // ' slug slug ' and ' code code ': spaces around every item, so instr(' x ') finds whole items.
    sql`area_slugs text not null default ' '`,
    sql`topic_codes text not null default ' '`,
  ]) {
    await sql`alter table service_search add column ${column}`.execute(db);
  }
  await sql`
    update service_search set
      (name, status, cost, walk_in, minimum_age, maximum_age) =
        (select s.name, s.status, s.cost, s.walk_in, s.minimum_age, s.maximum_age from service s where s.id = service_search.service_id),
      area_slugs = ' ' || coalesce((select group_concat(ar.slug, ' ') from service_area sa join area ar on ar.id = sa.area_id
                                     where sa.service_id = service_search.service_id), '') || ' ',
      topic_codes = ' ' || coalesce((select group_concat(t.code, ' ') from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id
                                      where a.link_id = service_search.service_id), '') || ' '
  `.execute(db);
  await sql`
    create trigger service_search_copy after update on service begin
      update service_search
         set name = new.name, status = new.status, cost = new.cost, walk_in = new.walk_in,
             minimum_age = new.minimum_age, maximum_age = new.maximum_age
       where service_id = new.id;
    end
  `.execute(db);
  // A search without text, place or topic lists active services by name: this index gives the
  // page without sorting.
  await sql`create index service_search_by_name on service_search (status, name collate nocase, service_id)`.execute(
    db,
  );
  await sql`drop index service_search_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger service_search_copy`.execute(db);
  await sql`drop index service_search_by_name`.execute(db);
  for (const column of [
    "name",
    "status",
    "cost",
    "walk_in",
    "minimum_age",
    "maximum_age",
    "area_slugs",
    "topic_codes",
  ]) {
    await sql`alter table service_search drop column ${sql.ref(column)}`.execute(db);
  }
  await sql`alter table service_search rename to service_search_key`.execute(db);
  await sql`create index service_search_idx on service (id, status, name)`.execute(db);
}
