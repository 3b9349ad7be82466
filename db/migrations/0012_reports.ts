import { sql, type Kysely } from "kysely";

// "Klopt er iets niet?" and "het klopte" (issue 17 point 4, decision 023):
// - `service_report`: what a visitor of the site says is wrong about a service (phone, address,
//   hours, something else) and up to 500 characters. About the service only: no name, no address,
//   no IP address of the reporter. Editors resolve or dismiss it; the free text is erased then.
// - `service.practice_confirmed_on`: the last day someone from practice said "I called them / I
//   was there: it was right". A date only, no person. Not an editor's confirmation (decision 020).
// - `public_post`: the rate limit of both public forms (per address and overall). It keeps a keyed
//   hash of the address, never the address, and only for as long as the limit needs it.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table service_report (
    id integer primary key autoincrement,
    service_id text not null references service(id) on delete cascade,
    kind text not null check (kind in ('phone', 'address', 'hours', 'other')),
    text text not null default '' check (length(text) <= 500),
    created_at text not null,
    status text not null default 'open' check (status in ('open', 'resolved', 'dismissed')),
    handled_at text,
    handled_by text
  )`.execute(db);
  await sql`create index service_report_status on service_report (status, created_at)`.execute(db);
  await sql`create index service_report_service on service_report (service_id, status)`.execute(db);

  await sql`alter table service add column practice_confirmed_on text
              check (practice_confirmed_on is null or date(practice_confirmed_on) = practice_confirmed_on)`.execute(db);

  await sql`create table public_post (
    id integer primary key autoincrement,
    kind text not null check (kind in ('report', 'confirm')),
    address_key text not null,
    posted_at text not null
  )`.execute(db);
  await sql`create index public_post_kind on public_post (kind, posted_at)`.execute(db);
  await sql`create index public_post_address on public_post (kind, address_key, posted_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table public_post`.execute(db);
  await sql`alter table service drop column practice_confirmed_on`.execute(db);
  await sql`drop table service_report`.execute(db);
}
