// Directory rules as SQL. "Can anyone reach this service?", for the lists that never load whole records (the search,
// the sitemap, the editors' filter). The same rule as reachWays() in contact-view.ts: a phone, an
// e-mail address, a website (the service's or its organisation's) or an address to go to. A unit
// test holds the two together for every seed service (issue 17 point 3).
import { sql, type RawBuilder } from "kysely";

/** True when the service whose id is in `idColumn` (e.g. "k.service_id") has a way to reach it. */
export function hasWayToReach(idColumn: string): RawBuilder<boolean> {
  const id = sql.ref(idColumn);
  return sql<boolean>`(
    exists (select 1 from phone p where p.service_id = ${id})
    or exists (select 1 from contact c where c.service_id = ${id} and coalesce(c.email, '') != '')
    or exists (select 1 from service ws join organization wo on wo.id = ws.organization_id
                where ws.id = ${id} and (coalesce(ws.url, '') != '' or coalesce(wo.website, '') != ''))
    or exists (select 1 from service_at_location sal join address ad on ad.location_id = sal.location_id
                where sal.service_id = ${id}))`;
}

/**
 * The order of "needs a call first": what we know least recently first — nothing known, then the
 * oldest newest-real-date (a source read or a confirmation, decision 020).
 */
export const oldestKnowledgeFirst = sql<string>`max(coalesce(service.assured_date, ''), coalesce(service.source_read_on, ''))`;
