// Directory rules as SQL. "Can anyone reach this service?", for the lists that never load whole records (the search,
// the sitemap, the editors' filter). The same rule as reachWays() in contact-view.ts: a phone, an
// e-mail address, a website or an address to go to — the service's own, or else its organisation's
// (the organisation's own phone and address: not those of one of its other services). A unit
// test holds the two together for every seed service (issue 17 point 3).
import { sql, type RawBuilder } from "kysely";

/** True when the service whose id is in `idColumn` (e.g. "k.service_id") has a way to reach it. */
export function hasWayToReach(idColumn: string): RawBuilder<boolean> {
  const id = sql.ref(idColumn);
  return sql<boolean>`(
    exists (select 1 from phone p where p.service_id = ${id})
    or exists (select 1 from contact c where c.service_id = ${id} and coalesce(c.email, '') != '')
    or exists (select 1 from service ws join organization wo on wo.id = ws.organization_id
                where ws.id = ${id} and (coalesce(ws.url, '') != '' or coalesce(wo.website, '') != ''
                                         or coalesce(ws.email, '') != '' or coalesce(wo.email, '') != ''))
    or exists (select 1 from service_at_location sal join address ad on ad.location_id = sal.location_id
                where sal.service_id = ${id})
    or exists (select 1 from service os join phone op on op.organization_id = os.organization_id
                where os.id = ${id} and op.service_id is null and op.service_at_location_id is null
                  and op.location_id is null and op.contact_id is null)
    or exists (select 1 from service os join location ol on ol.organization_id = os.organization_id
                join address oa on oa.location_id = ol.id
                where os.id = ${id}
                  and not exists (select 1 from service_at_location x where x.location_id = ol.id)))`;
}

/**
 * The order of "needs a call first": what we know least recently first — nothing known, then the
 * oldest newest-real-date (a source read or a confirmation, decision 020).
 */
export const oldestKnowledgeFirst = sql<string>`max(coalesce(service.assured_date, ''), coalesce(service.source_read_on, ''))`;
