// The HSDS 3.0 read API: only active services, Dutch texts, paginated lists.
import { getDb, type DB } from "#db/database.server";
import { buildFtsQuery, searchTokens } from "./fts-query";
import { serviceIdsMatching } from "./fts.server";
import { hsdsOrganization, hsdsPage, hsdsService, hsdsTaxonomy, hsdsTaxonomyTerm, type HsdsListParams } from "./hsds";
import { loadActiveService, loadServiceRecords } from "./service-record.server";

export async function listHsdsServices(params: HsdsListParams, db: DB = getDb()) {
  let query = db.selectFrom("service as s").where("s.status", "=", "active");
  const ftsQuery = buildFtsQuery(searchTokens(params.search), "all", params.search);
  if (params.search.trim() && !ftsQuery) return hsdsPage([], 0, params.page, params.per_page);
  if (ftsQuery) query = query.where("s.id", "in", serviceIdsMatching(ftsQuery));
  if (params.taxonomy_term_id) {
    const term = params.taxonomy_term_id;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("attribute as a")
          .innerJoin("taxonomy_term as t", "t.id", "a.taxonomy_term_id")
          .whereRef("a.link_id", "=", "s.id")
          .where((w) => w.or([w("t.id", "=", term), w("t.code", "=", term)]))
          .select("a.id"),
      ),
    );
  }
  if (params.organization_id) query = query.where("s.organization_id", "=", params.organization_id);
  if (params.modified_after) query = query.where("s.last_modified", ">", params.modified_after);
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow();
  const ids = await query
    .select("s.id")
    .orderBy("s.name")
    .orderBy("s.id")
    .limit(params.per_page)
    .offset((params.page - 1) * params.per_page)
    .execute();
  const records = await loadServiceRecords(
    db,
    ids.map((r) => r.id),
  );
  return hsdsPage(records.map(hsdsService), Number(total), params.page, params.per_page);
}

export async function getHsdsService(id: string, db: DB = getDb()) {
  const record = await loadActiveService(db, id);
  return record ? hsdsService(record) : null;
}

/** Organizations that run at least one active service. */
export async function listHsdsOrganizations(params: HsdsListParams, db: DB = getDb()) {
  const base = db
    .selectFrom("organization as o")
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("service as s")
          .whereRef("s.organization_id", "=", "o.id")
          .where("s.status", "=", "active")
          .select("s.id"),
      ),
    );
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll("o")
    .orderBy("o.name")
    .orderBy("o.id")
    .limit(params.per_page)
    .offset((params.page - 1) * params.per_page)
    .execute();
  return hsdsPage(rows.map(hsdsOrganization), Number(total), params.page, params.per_page);
}

export async function getHsdsOrganization(id: string, db: DB = getDb()) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const org = await db.selectFrom("organization").selectAll().where("id", "=", id).executeTakeFirst();
  if (!org) return null;
  const ids = await db
    .selectFrom("service")
    .select("id")
    .where("organization_id", "=", id)
    .where("status", "=", "active")
    .orderBy("name")
    .execute();
  if (ids.length === 0) return null;
  const records = await loadServiceRecords(
    db,
    ids.map((r) => r.id),
  );
  return { ...hsdsOrganization(org), services: records.map(hsdsService) };
}

export async function listHsdsTaxonomies(params: HsdsListParams, db: DB = getDb()) {
  const rows = await db.selectFrom("taxonomy").selectAll().orderBy("name").execute();
  const page = rows.slice((params.page - 1) * params.per_page, params.page * params.per_page);
  return hsdsPage(page.map(hsdsTaxonomy), rows.length, params.page, params.per_page);
}

export async function listHsdsTaxonomyTerms(params: HsdsListParams, db: DB = getDb()) {
  const rows = await db.selectFrom("taxonomy_term").selectAll().orderBy("sort_order").execute();
  const page = rows.slice((params.page - 1) * params.per_page, params.page * params.per_page);
  return hsdsPage(page.map(hsdsTaxonomyTerm), rows.length, params.page, params.per_page);
}
