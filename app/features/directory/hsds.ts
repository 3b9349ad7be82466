// The directory as Open Referral HSDS 3.0 objects (the read API). Pure: maps loaded records.
// Texts are the Dutch ones (HSDS has one text per field); Nabij's own fields are not exported
// except where HSDS has a place for them (assured_date, last_modified, minimum_age, …).
import type { Selectable } from "kysely";
import type { OrganizationTable, TaxonomyTable, TaxonomyTermTable } from "#db/schema";
import type { ServiceRecord } from "./service-record.server";
import { cleanStoredRow } from "./stored-text";
import { stableId } from "#db/seed/stable-id";

export const HSDS_MAX_PER_PAGE = 100;
export const HSDS_DEFAULT_PER_PAGE = 20;

export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function hsdsPage<T>(contents: T[], total: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

export interface HsdsListParams {
  search: string;
  page: number;
  per_page: number;
  taxonomy_term_id: string | null;
  organization_id: string | null;
  modified_after: string | null;
}

export type HsdsParamResult = { ok: true; params: HsdsListParams } | { ok: false; error: string };

/** Strict: a wrong parameter is a 400 with a message, never a guess. */
export function parseHsdsListParams(query: URLSearchParams): HsdsParamResult {
  const int = (name: string, fallback: number, max: number): number | string => {
    const raw = query.get(name);
    if (raw === null || raw === "") return fallback;
    if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) return `${name} must be a whole number from 1`;
    return Math.min(Number(raw), max);
  };
  const page = int("page", 1, 1_000_000);
  const perPage = int("per_page", HSDS_DEFAULT_PER_PAGE, HSDS_MAX_PER_PAGE);
  if (typeof page === "string") return { ok: false, error: page };
  if (typeof perPage === "string") return { ok: false, error: perPage };
  const uuidOrCode = (name: string): string | null | { error: string } => {
    const raw = query.get(name);
    if (!raw) return null;
    return /^[0-9a-z-]{1,64}$/i.test(raw) ? raw : { error: `${name} must be an id` };
  };
  const term = uuidOrCode("taxonomy_term_id");
  const org = uuidOrCode("organization_id");
  if (term && typeof term === "object") return { ok: false, error: term.error };
  if (org && typeof org === "object") return { ok: false, error: org.error };
  const modified = query.get("modified_after");
  if (modified && (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(modified) || Number.isNaN(Date.parse(modified)))) {
    return { ok: false, error: "modified_after must be a date like 2026-01-31" };
  }
  return {
    ok: true,
    params: {
      search: (query.get("search") ?? "").slice(0, 200),
      page,
      per_page: perPage,
      taxonomy_term_id: term as string | null,
      organization_id: org as string | null,
      modified_after: modified || null,
    },
  };
}

export function hsdsOrganization(row: Selectable<OrganizationTable>) {
  // read straight from the table (not through loadServiceRecords), so cleaned here
  const o = cleanStoredRow(row);
  return {
    id: o.id,
    name: o.name,
    alternate_name: o.alternate_name,
    description: o.description ?? "",
    email: o.email,
    website: o.website,
    legal_status: o.legal_status,
    parent_organization_id: o.parent_organization_id,
  };
}

export function hsdsTaxonomy(t: Selectable<TaxonomyTable>) {
  return { id: t.id, name: t.name, description: t.description, uri: t.uri, version: t.version };
}

export function hsdsTaxonomyTerm(t: Selectable<TaxonomyTermTable>) {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    description: t.description,
    parent_id: t.parent_id,
    taxonomy: t.taxonomy,
    language: t.language,
    taxonomy_id: t.taxonomy_id,
    term_uri: t.term_uri,
  };
}

function hsdsPhone(p: ServiceRecord["phones"][number]) {
  return {
    id: p.id,
    location_id: p.location_id,
    service_id: p.service_id,
    organization_id: p.organization_id,
    contact_id: p.contact_id,
    service_at_location_id: p.service_at_location_id,
    number: p.number,
    extension: p.extension,
    type: p.type,
    description: p.description,
    languages: [],
  };
}

function hsdsSchedule(s: ServiceRecord["schedules"][number]) {
  const { to_verify: _v, source_url: _s, description_en: _d, ...rest } = s;
  return rest;
}

/**
 * Where the service's facts come from, in HSDS's own place for it (`metadata`): the day a public
 * source was read (decision 020) and the last "het klopte" from someone in practice (decision 023).
 * Neither is a confirmation by the organisation, so neither is an `assured_date`.
 */
function provenance(s: ServiceRecord["service"]) {
  const entry = (kind: "source read" | "confirmed from practice", date: string, field: string, value: string) => ({
    id: stableId(`metadata:${kind}:${s.id}`),
    resource_id: s.id,
    resource_type: "service" as const,
    last_action_date: date,
    last_action_type: kind,
    field_name: field,
    previous_value: "",
    replacement_value: value,
    updated_by: kind === "source read" ? "Nabij editors" : "someone from practice",
  });
  return [
    ...(s.source_read_on ? [entry("source read", s.source_read_on, "source_url", s.source_url ?? "")] : []),
    ...(s.practice_confirmed_on ? [entry("confirmed from practice", s.practice_confirmed_on, "", "")] : []),
  ];
}

/** A service, fully nested (GET /services/{id}). */
export function hsdsService(record: ServiceRecord) {
  const s = record.service;
  return {
    id: s.id,
    organization_id: s.organization_id,
    name: s.name,
    alternate_name: s.alternate_name,
    description: s.description,
    url: s.url,
    email: s.email,
    status: s.status,
    application_process: s.application_process,
    fees_description: s.fees_description,
    eligibility_description: s.eligibility_description,
    minimum_age: s.minimum_age,
    maximum_age: s.maximum_age,
    alert: s.alert,
    // Only a real confirmation with the organisation is an HSDS "assured" date; the day a public
    // source was read is not one, so without a confirmation the fields are absent (decision 020).
    ...(s.assured_date ? { assured_date: s.assured_date, assurer_email: s.assurer_email } : {}),
    last_modified: s.last_modified,
    metadata: provenance(s),
    organization: hsdsOrganization(record.organization),
    phones: record.phones.map(hsdsPhone),
    schedules: record.schedules.map(hsdsSchedule),
    service_areas: record.areas.map((a) => ({
      id: a.service_area_id,
      service_id: s.id,
      name: a.name,
      description: null,
      extent: null,
      extent_type: null,
      uri: null,
    })),
    service_at_locations: record.locations.map((l) => ({
      id: l.service_at_location_id,
      service_id: s.id,
      location_id: l.location.id,
      description: l.description,
      schedules: l.schedules.map(hsdsSchedule),
      phones: l.phones.map(hsdsPhone),
      location: {
        id: l.location.id,
        location_type: l.location.location_type,
        url: l.location.url,
        organization_id: l.location.organization_id,
        name: l.location.name,
        alternate_name: l.location.alternate_name,
        description: l.location.description,
        transportation: l.location.transportation,
        latitude: l.location.latitude,
        longitude: l.location.longitude,
        addresses: l.address
          ? [
              {
                id: l.address.id,
                location_id: l.address.location_id,
                attention: l.address.attention,
                address_1: l.address.address_1,
                address_2: l.address.address_2,
                city: l.address.city,
                region: l.address.region,
                state_province: l.address.state_province,
                postal_code: l.address.postal_code,
                country: l.address.country,
                address_type: l.address.address_type,
              },
            ]
          : [],
      },
    })),
    languages: record.languages.map((l) => ({
      id: l.id,
      service_id: l.service_id,
      location_id: l.location_id,
      phone_id: l.phone_id,
      name: l.name,
      code: l.code,
      note: l.note,
    })),
    contacts: record.contacts.map((c) => ({
      id: c.id,
      organization_id: c.organization_id,
      service_id: c.service_id,
      service_at_location_id: c.service_at_location_id,
      location_id: c.location_id,
      name: c.name,
      title: c.title,
      department: c.department,
      email: c.email,
      phones: [],
    })),
    attributes: record.topics.map((term) => ({
      id: record.attributeIds[term.id],
      link_id: s.id,
      link_type: "topic",
      link_entity: "service",
      taxonomy_term_id: term.id,
      value: null,
      label: null,
      taxonomy_term: hsdsTaxonomyTerm(term),
    })),
  };
}
