// Loading services with everything that belongs to them: the contact page, the card, the HSDS API
// and the CSV export all read through here, so they can never disagree.
import type { Selectable } from "kysely";
import type { DB } from "#db/database.server";
import type {
  AddressTable,
  AreaTable,
  ContactTable,
  LanguageTable,
  LocationTable,
  OrganizationTable,
  PhoneTable,
  ScheduleTable,
  ServiceFactCheckTable,
  ServiceTable,
  TaxonomyTermTable,
} from "#db/schema";
import { cleanStoredRow } from "./stored-text";

/** Rows as they may be shown (control characters out, only allowed links): see stored-text.ts. */
const shown = <T extends object>(rows: T[]): T[] => rows.map(cleanStoredRow);

export interface LocationRecord {
  service_at_location_id: string;
  description: string | null;
  location: Selectable<LocationTable>;
  address: Selectable<AddressTable> | null;
  schedules: Selectable<ScheduleTable>[];
  phones: Selectable<PhoneTable>[];
}

export interface ServiceRecord {
  service: Selectable<ServiceTable>;
  organization: Selectable<OrganizationTable>;
  topics: Selectable<TaxonomyTermTable>[];
  attributeIds: Record<string, string>;
  areas: (Selectable<AreaTable> & { service_area_id: string })[];
  phones: Selectable<PhoneTable>[];
  contacts: Selectable<ContactTable>[];
  schedules: Selectable<ScheduleTable>[];
  languages: Selectable<LanguageTable>[];
  locations: LocationRecord[];
  /** the facts an editor confirmed with the organisation, when and by whom (decision 022) */
  factChecks: Selectable<ServiceFactCheckTable>[];
  /** the organisation's own phones and addresses: how to reach it when the service has none (issue 17.3) */
  organizationPhones: Selectable<PhoneTable>[];
  organizationPlaces: { location: Selectable<LocationTable>; address: Selectable<AddressTable> }[];
}

/** One active service with everything around it, or null (unknown id, or not active). */
export async function loadActiveService(db: DB, id: string): Promise<ServiceRecord | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [record] = await loadServiceRecords(db, [id]);
  return record && record.service.status === "active" ? record : null;
}

/** Services by id, with everything around them, in the order of `ids`. */
export async function loadServiceRecords(db: DB, ids: string[]): Promise<ServiceRecord[]> {
  if (ids.length === 0) return [];
  const services = shown(await db.selectFrom("service").selectAll().where("id", "in", ids).execute());
  if (services.length === 0) return [];
  const orgIds = [...new Set(services.map((s) => s.organization_id))];
  const [
    organizations,
    attributes,
    areas,
    phones,
    contacts,
    schedules,
    languages,
    sals,
    factChecks,
    organizationPhones,
    organizationPlaces,
  ] = await Promise.all([
    db.selectFrom("organization").selectAll().where("id", "in", orgIds).execute().then(shown),
    db
      .selectFrom("attribute as a")
      .innerJoin("taxonomy_term as t", "t.id", "a.taxonomy_term_id")
      .where("a.link_id", "in", ids)
      .selectAll("t")
      .select(["a.link_id", "a.id as attribute_id"])
      .orderBy("t.sort_order")
      .execute()
      .then(shown),
    db
      .selectFrom("service_area as sa")
      .innerJoin("area as ar", "ar.id", "sa.area_id")
      .where("sa.service_id", "in", ids)
      .selectAll("ar")
      .select(["sa.service_id", "sa.id as service_area_id"])
      .orderBy("ar.sort_order")
      .execute()
      .then(shown),
    db.selectFrom("phone").selectAll().where("service_id", "in", ids).orderBy("id").execute().then(shown),
    db.selectFrom("contact").selectAll().where("service_id", "in", ids).orderBy("id").execute().then(shown),
    db.selectFrom("schedule").selectAll().where("service_id", "in", ids).orderBy("id").execute().then(shown),
    db.selectFrom("language").selectAll().where("service_id", "in", ids).orderBy("id").execute().then(shown),
    db
      .selectFrom("service_at_location as sal")
      .where("sal.service_id", "in", ids)
      .select(["sal.id", "sal.service_id", "sal.location_id", "sal.description"])
      .orderBy("sal.id")
      .execute()
      .then(shown),
    db.selectFrom("service_fact_check").selectAll().where("service_id", "in", ids).execute().then(shown),
    // The organisation's own phone: on the organisation, not on one of its services, places or people.
    db
      .selectFrom("phone")
      .selectAll()
      .where("organization_id", "in", orgIds)
      .where("service_id", "is", null)
      .where("service_at_location_id", "is", null)
      .where("location_id", "is", null)
      .where("contact_id", "is", null)
      .orderBy("id")
      .execute()
      .then(shown),
    // The organisation's own address: a place of the organisation that is not one service's place
    // (the office of another service may be in another part of town).
    db
      .selectFrom("location as l")
      .innerJoin("address as ad", "ad.location_id", "l.id")
      .where("l.organization_id", "in", orgIds)
      .where((eb) =>
        eb.not(
          eb.exists(eb.selectFrom("service_at_location as x").select("x.id").whereRef("x.location_id", "=", "l.id")),
        ),
      )
      .selectAll("l")
      .select([
        "ad.id as address_id",
        "ad.attention",
        "ad.address_1",
        "ad.address_2",
        "ad.city",
        "ad.region",
        "ad.state_province",
        "ad.postal_code",
        "ad.country",
        "ad.address_type",
      ])
      .orderBy("l.id")
      .execute()
      .then(shown),
  ]);
  const locationIds = sals.map((sal) => sal.location_id);
  const salIds = sals.map((sal) => sal.id);
  const [locations, addresses, salSchedules, salPhones] = locationIds.length
    ? await Promise.all([
        db.selectFrom("location").selectAll().where("id", "in", locationIds).execute().then(shown),
        db.selectFrom("address").selectAll().where("location_id", "in", locationIds).execute().then(shown),
        db
          .selectFrom("schedule")
          .selectAll()
          .where("service_at_location_id", "in", salIds)
          .orderBy("id")
          .execute()
          .then(shown),
        db
          .selectFrom("phone")
          .selectAll()
          .where("service_at_location_id", "in", salIds)
          .orderBy("id")
          .execute()
          .then(shown),
      ])
    : [[], [], [], []];

  const byId = new Map(services.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const service = byId.get(id);
    if (!service) return [];
    const topicRows = attributes.filter((a) => a.link_id === id);
    return [
      {
        service,
        organization: organizations.find((o) => o.id === service.organization_id)!,
        topics: topicRows.map(({ link_id: _l, attribute_id: _a, ...term }) => term),
        attributeIds: Object.fromEntries(topicRows.map((a) => [a.id, a.attribute_id])),
        areas: areas.filter((a) => a.service_id === id).map(({ service_id: _s, ...area }) => area),
        phones: phones.filter((p) => p.service_id === id),
        contacts: contacts.filter((c) => c.service_id === id),
        schedules: schedules.filter((s) => s.service_id === id),
        languages: languages.filter((l) => l.service_id === id),
        locations: sals
          .filter((sal) => sal.service_id === id)
          .map((sal) => ({
            service_at_location_id: sal.id,
            description: sal.description,
            location: locations.find((l) => l.id === sal.location_id)!,
            address: addresses.find((a) => a.location_id === sal.location_id) ?? null,
            schedules: salSchedules.filter((s) => s.service_at_location_id === sal.id),
            phones: salPhones.filter((p) => p.service_at_location_id === sal.id),
          })),
        factChecks: factChecks.filter((c) => c.service_id === id),
        organizationPhones: organizationPhones.filter((p) => p.organization_id === service.organization_id),
        organizationPlaces: organizationPlaces
          .filter((l) => l.organization_id === service.organization_id)
          .map(
            ({
              address_id,
              attention,
              address_1,
              address_2,
              city,
              region,
              state_province,
              postal_code,
              country,
              address_type,
              ...location
            }) => ({
              location,
              address: {
                id: address_id,
                location_id: location.id,
                attention,
                address_1,
                address_2,
                city,
                region,
                state_province,
                postal_code,
                country,
                address_type,
              },
            }),
          ),
      },
    ];
  });
}

/** Ids of every active service, by name: for the sitemap. */
export async function activeServiceIds(db: DB): Promise<string[]> {
  const rows = await db
    .selectFrom("service")
    .select("id")
    .where("status", "=", "active")
    .orderBy("name")
    .orderBy("id")
    .execute();
  return rows.map((row) => row.id);
}
