import { sql, type Kysely } from "kysely";

// Per-fact confirmation (issue 17 point 2, decision 022). A service's facts that can be unsure —
// the service itself, phone, e-mail, address, opening hours, walk-in, cost — each have a state:
// - "nog controleren": the `to_verify` flag on the fact's own row (phone, contact, location,
//   schedule, service) as before; walk-in and cost get their own flag on the service here;
// - confirmed with the organisation on a day, by an editor: one row per service and fact in
//   `service_fact_check`, written only by "Vandaag gecontroleerd" (or an import row that carries it).
// Nothing is filled in for existing data: a service confirmed before this change keeps its
// `assured_date`, but nobody said which facts were asked, so no fact is marked confirmed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table service add column walk_in_to_verify integer not null default 0
              check (walk_in_to_verify in (0,1))`.execute(db);
  await sql`alter table service add column cost_to_verify integer not null default 0
              check (cost_to_verify in (0,1))`.execute(db);
  await db.schema
    .createTable("service_fact_check")
    .addColumn("service_id", "text", (c) => c.notNull().references("service.id").onDelete("cascade"))
    .addColumn("fact", "text", (c) =>
      c.notNull().check(sql`fact in ('service','phone','email','address','hours','walk_in','cost')`),
    )
    .addColumn("confirmed_on", "text", (c) => c.notNull().check(sql`date(confirmed_on) is confirmed_on`))
    .addColumn("confirmed_by", "text", (c) => c.notNull().check(sql`length(trim(confirmed_by)) > 0`))
    .addColumn("confirmed_by_email", "text")
    .addPrimaryKeyConstraint("service_fact_check_pk", ["service_id", "fact"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("service_fact_check").execute();
  await sql`alter table service drop column cost_to_verify`.execute(db);
  await sql`alter table service drop column walk_in_to_verify`.execute(db);
}
