// The Kysely type of the whole database. Each migration that adds a table adds its type here.
import type { Generated } from "kysely";

export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: Generated<string>;
}

// ---------- the specialist directory (HSDS 3.0 names; migrations 0002, 0003) ----------
export type YesNoUnknown = "yes" | "no" | "unknown";
export type ServiceStatus = "active" | "inactive" | "defunct" | "temporarily closed";
export type CostKind = "free" | "charged" | "unknown";
export type AreaKind = "national" | "region" | "municipality" | "stadsdeel" | "district";
export type LocationType = "physical" | "postal" | "virtual";

export interface OrganizationTable {
  id: string;
  name: string;
  alternate_name: string | null;
  description: string | null;
  description_en: string | null;
  email: string | null;
  website: string | null;
  legal_status: string | null;
  parent_organization_id: string | null;
  source_url: string | null;
  last_modified: Generated<string>;
  version: Generated<number>;
}

export interface ServiceTable {
  id: string;
  organization_id: string;
  name: string;
  alternate_name: string | null;
  summary: string | null;
  summary_en: string | null;
  /** the easy-read text for the visitor card, never a label (migration 0007) */
  card_summary: string | null;
  card_summary_en: string | null;
  description: string | null;
  description_en: string | null;
  url: string | null;
  email: string | null;
  status: Generated<ServiceStatus>;
  application_process: string | null;
  application_process_en: string | null;
  fees_description: string | null;
  fees_description_en: string | null;
  eligibility_description: string | null;
  eligibility_description_en: string | null;
  alert: string | null;
  alert_en: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  cost: Generated<CostKind>;
  walk_in: Generated<YesNoUnknown>;
  referral_required: Generated<YesNoUnknown>;
  anonymous_advice: Generated<YesNoUnknown>;
  to_verify: Generated<number>;
  /** walk-in and cost "nog controleren" (migration 0011; the other facts have the flag on their own row) */
  walk_in_to_verify: Generated<number>;
  cost_to_verify: Generated<number>;
  source_url: string | null;
  /** the day the public source (source_url) was read; not a check with the organisation (migration 0010) */
  source_read_on: string | null;
  /** the day an editor confirmed the facts with the organisation itself; null: never (decision 020) */
  assured_date: string | null;
  assurer: string | null;
  assurer_email: string | null;
  /** the last day someone from practice said "it was right" (a date, no person; migration 0012, decision 023) */
  practice_confirmed_on: Generated<string | null>;
  last_modified: Generated<string>;
  version: Generated<number>;
}

/** A fact of a service confirmed with the organisation: when and by whom (migration 0011, decision 022). */
export type FactKind = "service" | "phone" | "email" | "address" | "hours" | "walk_in" | "cost";
export interface ServiceFactCheckTable {
  service_id: string;
  fact: FactKind;
  confirmed_on: string;
  confirmed_by: string;
  confirmed_by_email: string | null;
}

export interface LocationTable {
  id: string;
  location_type: Generated<LocationType>;
  url: string | null;
  organization_id: string | null;
  name: string | null;
  alternate_name: string | null;
  description: string | null;
  description_en: string | null;
  transportation: string | null;
  transportation_en: string | null;
  latitude: number | null;
  longitude: number | null;
  to_verify: Generated<number>;
  source_url: string | null;
}

export interface AddressTable {
  id: string;
  location_id: string;
  attention: string | null;
  address_1: string;
  address_2: string | null;
  city: string;
  region: string | null;
  state_province: string | null;
  postal_code: string | null;
  country: Generated<string>;
  address_type: Generated<LocationType>;
}

export interface ServiceAtLocationTable {
  id: string;
  service_id: string;
  location_id: string;
  description: string | null;
  description_en: string | null;
}

export interface ContactTable {
  id: string;
  organization_id: string | null;
  service_id: string | null;
  service_at_location_id: string | null;
  location_id: string | null;
  name: string | null;
  title: string | null;
  department: string | null;
  email: string | null;
  to_verify: Generated<number>;
  source_url: string | null;
}

export interface PhoneTable {
  id: string;
  location_id: string | null;
  service_id: string | null;
  organization_id: string | null;
  contact_id: string | null;
  service_at_location_id: string | null;
  number: string;
  extension: string | null;
  type: string | null;
  description: string | null;
  description_en: string | null;
  to_verify: Generated<number>;
  source_url: string | null;
}

export interface ScheduleTable {
  id: string;
  service_id: string | null;
  location_id: string | null;
  service_at_location_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
  dtstart: string | null;
  timezone: number | null;
  until: string | null;
  count: number | null;
  wkst: string | null;
  freq: string | null;
  interval: number | null;
  byday: string | null;
  byweekno: string | null;
  bymonthday: string | null;
  byyearday: string | null;
  description: string | null;
  description_en: string | null;
  opens_at: string | null;
  closes_at: string | null;
  schedule_link: string | null;
  attending_type: string | null;
  notes: string | null;
  to_verify: Generated<number>;
  source_url: string | null;
}

export interface AreaTable {
  id: string;
  slug: string;
  kind: AreaKind;
  parent_id: string | null;
  name: string;
  name_en: string;
  sort_order: Generated<number>;
}

export interface AreaPostcodeRangeTable {
  id: string;
  area_id: string;
  postcode_from: number;
  postcode_to: number;
}

export interface ServiceAreaTable {
  id: string;
  service_id: string;
  service_at_location_id: string | null;
  area_id: string;
  name: string | null;
  description: string | null;
  extent: string | null;
  extent_type: string | null;
  uri: string | null;
}

/**
 * What the search reads about a service (migrations 0005, 0006): service_fts.rowid = search_id,
 * plus copies of the columns the filters and ranking use. Written by reindexService(); the
 * service's own columns are also copied by a trigger on every update.
 */
export interface ServiceSearchTable {
  search_id: Generated<number>;
  service_id: string;
  name: string;
  status: ServiceStatus;
  cost: CostKind | null;
  walk_in: YesNoUnknown | null;
  minimum_age: number | null;
  maximum_age: number | null;
  /** " slug slug " */
  area_slugs: string;
  /** " code code " */
  topic_codes: string;
}

export interface LanguageTable {
  id: string;
  service_id: string | null;
  location_id: string | null;
  phone_id: string | null;
  name: string | null;
  code: string | null;
  note: string | null;
}

export interface TaxonomyTable {
  id: string;
  name: string;
  description: string;
  uri: string | null;
  version: string | null;
}

export interface TaxonomyTermTable {
  id: string;
  code: string;
  name: string;
  name_en: string;
  description: string;
  description_en: string;
  parent_id: string | null;
  taxonomy: string | null;
  language: string | null;
  taxonomy_id: string;
  term_uri: string | null;
  sort_order: Generated<number>;
}

export interface AttributeTable {
  id: string;
  link_id: string;
  taxonomy_term_id: string;
  link_type: string | null;
  link_entity: Generated<"service">;
  value: string | null;
  label: string | null;
}

// ---------- the editors' area (migration 0004_editor) ----------
export type UserRole = "editor" | "admin";
export type AuditAction =
  | "create"
  | "update"
  | "archive"
  | "restore"
  | "check"
  | "import"
  | "disable"
  | "enable"
  /** a public "Klopt er iets niet?" report came in, an editor resolved or dismissed it (decision 023) */
  | "report"
  | "resolve"
  | "dismiss"
  /** someone from practice tapped "het klopte" (decision 023) */
  | "practice-confirm";

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: UserRole;
  password_hash: string;
  disabled: Generated<number>;
  created_at: Generated<string>;
  last_login_at: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: Generated<string>;
  last_seen_at: Generated<string>;
  expires_at: string;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  email: string;
  address: string | null;
  attempted_at: Generated<string>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<string>;
  user_id: number | null;
  user_email: string;
  entity: string;
  entity_id: string;
  action: AuditAction;
  before_json: string | null;
  after_json: string | null;
}

/** An uploaded import file between its preview and the import (migration 0009). */
export interface ImportUploadTable {
  id: string;
  user_id: number;
  csv: string;
  created_at: Generated<string>;
}

// ---------- public reports and the practice confirmation (migration 0012, decision 023) ----------
export type ReportKind = "phone" | "address" | "hours" | "other";
export type ReportStatus = "open" | "resolved" | "dismissed";

/** "Klopt er iets niet?": about the service only, never who reported it. */
export interface ServiceReportTable {
  id: Generated<number>;
  service_id: string;
  kind: ReportKind;
  /** up to 500 characters; erased when an editor handles the report */
  text: string;
  created_at: string;
  status: Generated<ReportStatus>;
  handled_at: string | null;
  /** the editor's e-mail */
  handled_by: string | null;
}

/** One public post, for the rate limit only: a keyed hash of the address, deleted after the window. */
export interface PublicPostTable {
  id: Generated<number>;
  kind: "report" | "confirm";
  address_key: string;
  posted_at: string;
}

export interface Database {
  app_meta: AppMetaTable;
  organization: OrganizationTable;
  service: ServiceTable;
  location: LocationTable;
  address: AddressTable;
  service_at_location: ServiceAtLocationTable;
  contact: ContactTable;
  phone: PhoneTable;
  schedule: ScheduleTable;
  area: AreaTable;
  area_postcode_range: AreaPostcodeRangeTable;
  service_area: ServiceAreaTable;
  service_search: ServiceSearchTable;
  service_fact_check: ServiceFactCheckTable;
  language: LanguageTable;
  taxonomy: TaxonomyTable;
  taxonomy_term: TaxonomyTermTable;
  attribute: AttributeTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  import_upload: ImportUploadTable;
  service_report: ServiceReportTable;
  public_post: PublicPostTable;
}
