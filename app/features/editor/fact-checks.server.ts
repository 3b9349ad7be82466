// Writing per-fact states (decision 022): the "nog controleren" flags on the facts' own rows and
// the confirmations in service_fact_check. Always inside a transaction the caller owns.
import { sql, type RawBuilder } from "kysely";
import type { DB } from "#db/database.server";
import type { FactKind } from "~/features/directory/fact-state";
import type { Actor } from "./audit.server";

const salIds = (trx: DB, serviceId: string) =>
  trx.selectFrom("service_at_location").select("id").where("service_id", "=", serviceId);
const locationIds = (trx: DB, serviceId: string) =>
  trx.selectFrom("service_at_location").select("location_id").where("service_id", "=", serviceId);

/** Mark every row of one fact of a service "nog controleren" (on) or not (off). */
export async function setFactFlag(trx: DB, serviceId: string, kind: FactKind, on: boolean): Promise<void> {
  const to_verify = on ? 1 : 0;
  switch (kind) {
    case "service":
      await trx.updateTable("service").set({ to_verify }).where("id", "=", serviceId).execute();
      return;
    case "walk_in":
      await trx.updateTable("service").set({ walk_in_to_verify: to_verify }).where("id", "=", serviceId).execute();
      return;
    case "cost":
      await trx.updateTable("service").set({ cost_to_verify: to_verify }).where("id", "=", serviceId).execute();
      return;
    case "phone":
      await trx
        .updateTable("phone")
        .set({ to_verify })
        .where((eb) =>
          eb.or([eb("service_id", "=", serviceId), eb("service_at_location_id", "in", salIds(trx, serviceId))]),
        )
        .execute();
      return;
    case "email":
      await trx.updateTable("contact").set({ to_verify }).where("service_id", "=", serviceId).execute();
      return;
    case "address":
      await trx.updateTable("location").set({ to_verify }).where("id", "in", locationIds(trx, serviceId)).execute();
      return;
    case "hours":
      await trx
        .updateTable("schedule")
        .set({ to_verify })
        .where((eb) =>
          eb.or([eb("service_id", "=", serviceId), eb("service_at_location_id", "in", salIds(trx, serviceId))]),
        )
        .execute();
      return;
  }
}

/** The facts were confirmed with the organisation today by this editor: their marks go. */
export async function confirmFacts(
  trx: DB,
  serviceId: string,
  kinds: readonly FactKind[],
  by: { name: string; email: string | null },
  day: string,
): Promise<void> {
  for (const kind of kinds) {
    await setFactFlag(trx, serviceId, kind, false);
    await trx
      .insertInto("service_fact_check")
      .values({
        service_id: serviceId,
        fact: kind,
        confirmed_on: day,
        confirmed_by: by.name,
        confirmed_by_email: by.email,
      })
      .onConflict((oc) =>
        oc.columns(["service_id", "fact"]).doUpdateSet({
          confirmed_on: day,
          confirmed_by: by.name,
          confirmed_by_email: by.email,
        }),
      )
      .execute();
  }
}

/** The confirmations no longer hold (the value changed, or the fact is unsure again). */
export async function endConfirmations(trx: DB, serviceId: string, kinds: readonly FactKind[]): Promise<void> {
  if (kinds.length === 0) return;
  await trx
    .deleteFrom("service_fact_check")
    .where("service_id", "=", serviceId)
    .where("fact", "in", [...kinds])
    .execute();
}

export type { Actor };

/**
 * How many facts of the service in `idColumn` are marked "nog controleren", counted the way the
 * edit form shows them (one per kind: the service, phone, e-mail, address, hours, walk-in, cost).
 * The same rule as factStates(); a unit test holds the two together for every seed service.
 */
export function uncertainFactCount(idColumn: string): RawBuilder<number> {
  const id = sql.ref(idColumn);
  const sals = sql`(select x.id from service_at_location x where x.service_id = ${id})`;
  return sql<number>`(
    (select us.to_verify + us.walk_in_to_verify + us.cost_to_verify from service us where us.id = ${id})
    + exists (select 1 from phone up where up.to_verify = 1 and (up.service_id = ${id} or up.service_at_location_id in ${sals}))
    + exists (select 1 from contact uc where uc.to_verify = 1 and uc.service_id = ${id} and coalesce(uc.email, '') != '')
    + exists (select 1 from location ul join service_at_location ux on ux.location_id = ul.id
               where ux.service_id = ${id} and ul.to_verify = 1)
    + exists (select 1 from schedule uh where uh.to_verify = 1 and (uh.service_id = ${id} or uh.service_at_location_id in ${sals})))`;
}
