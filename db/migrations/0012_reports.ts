import { sql, type Kysely } from "kysely";

// "Klopt er iets niet?" and "het klopte" (issue 17 point 4, decision 023):
// - `service_report`: what a visitor of the site says is wrong about a service (phone, address,
//   hours, something else) and up to 500 characters. About the service only: no name, no address,
//   no IP address of the reporter. Editors resolve or dismiss it; the free text is erased then.
// - `service.practice_confirmed_on`: the last day someone from practice said "I called them / I
//   was there: it was right". A date only, no person. Not an editor's confirmation (decision 020).
// - `public_post`: the rate limit of both public forms (per address and overall). It keeps a keyed
//   hash of the address, never the address, and only for as long as the limit needs it.
// - `audit_log` learns four actions ("report", "resolve", "dismiss", "practice-confirm"). SQLite
//   cannot change a CHECK, so the table is made again with every row copied, ids kept.
const ACTIONS_BEFORE = ["create", "update", "archive", "restore", "check", "import", "disable", "enable"];
const ACTIONS_AFTER = [...ACTIONS_BEFORE, "report", "resolve", "dismiss", "practice-confirm"];

async function rebuildAuditLog(db: Kysely<any>, actions: string[]): Promise<void> {
  const allowed = sql.join(actions.map((action) => sql.lit(action)));
  await sql`create table audit_log_next (
    id integer primary key autoincrement,
    at text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    user_id integer references users(id) on delete set null,
    user_email text not null,
    entity text not null,
    entity_id text not null,
    action text not null check (action in (${allowed})),
    before_json text,
    after_json text
  )`.execute(db);
  await sql`insert into audit_log_next (id, at, user_id, user_email, entity, entity_id, action, before_json, after_json)
            select id, at, user_id, user_email, entity, entity_id, action, before_json, after_json from audit_log
            where action in (${allowed})`.execute(db);
  await sql`drop table audit_log`.execute(db);
  await sql`alter table audit_log_next rename to audit_log`.execute(db);
  await sql`create index audit_log_entity_idx on audit_log (entity, entity_id)`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (at)`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await rebuildAuditLog(db, ACTIONS_AFTER);

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

  // "is", not "=": date('nonsense') is null, and a CHECK that comes out null lets the row through.
  await sql`alter table service add column practice_confirmed_on text
              check (practice_confirmed_on is null or date(practice_confirmed_on) is practice_confirmed_on)`.execute(
    db,
  );

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
  // Rows with the new actions cannot exist before 0012: they are left out.
  await rebuildAuditLog(db, ACTIONS_BEFORE);
  await sql`drop table public_post`.execute(db);
  await sql`alter table service drop column practice_confirmed_on`.execute(db);
  await sql`drop table service_report`.execute(db);
}
