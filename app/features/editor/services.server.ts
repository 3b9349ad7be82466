import { randomUUID } from "node:crypto";
import { sql, type Insertable } from "kysely";
import type { ScheduleTable, ServiceStatus } from "#db/schema";
import { withTransaction, type DB } from "#db/database.server";
import { reindexService } from "#db/search-index.server";
import { loadServiceRecords, type ServiceRecord } from "~/features/directory/service-record.server";
import { hasWayToReach, oldestKnowledgeFirst } from "~/features/directory/reach-sql";
import { factStates, factValues, flaggedKinds, type FactKind, type FactState } from "~/features/directory/fact-state";
import { confirmationsEnded, flagChanges } from "./fact-checks";
import { confirmFacts, endConfirmations, setFactFlag, uncertainFactCount } from "./fact-checks.server";
import { writeAudit, type Actor } from "./audit.server";
import { overdueCutoff } from "./overdue";
import { isDayRow, rowsFromTimes, timesFromRows } from "./opening-times";
import { changedFields, emptyServiceEdit, formatPhones, parseAge, parsePhones, type ServiceEdit } from "./service-form";

// Editing the directory. Every change: one transaction that writes the service and everything
// around it, raises its version, rewrites its search index row and writes the audit row.
// Nothing is deleted: a service is archived (HSDS status "defunct") and can be restored.

export const ARCHIVED_STATUS = "defunct";

export interface ServiceMeta {
  id: string;
  version: number;
  archived: boolean;
  assuredDate: string | null;
  assurer: string | null;
  lastModified: string;
  /** opening hours and phones of the location, shown but not edited here */
  locationHours: string[];
  locationPhones: string[];
  /** each fact that can be unsure: still to check, confirmed on a day by someone, or not asked yet */
  facts: FactState[];
  /** what each fact says now, for the "Vandaag gecontroleerd" form */
  factValues: Record<FactKind, string[]>;
  /** the service's hours cannot be shown in the day boxes (two times a day, monthly, dated rows): they are kept as they are */
  openingTimesFixed: boolean;
}

/** The audit snapshot: the editable fields plus the facts the one-click actions change. */
export type ServiceSnapshot = ServiceEdit & {
  version: number;
  archived: boolean;
  assured_date: string | null;
  assurer: string | null;
  /** the facts confirmed with the organisation: "phone 2026-12-01 Ana" (decision 022) */
  facts_confirmed: string[];
};

function toEdit(record: ServiceRecord): ServiceEdit {
  const s = record.service;
  const first = record.locations[0];
  const status = s.status === "defunct" ? "inactive" : s.status;
  return {
    ...emptyServiceEdit(),
    name: s.name,
    alternate_name: s.alternate_name ?? "",
    organization: record.organization.name,
    status,
    summary: s.summary ?? "",
    summary_en: s.summary_en ?? "",
    card_summary: s.card_summary ?? "",
    card_summary_en: s.card_summary_en ?? "",
    description: s.description ?? "",
    description_en: s.description_en ?? "",
    application_process: s.application_process ?? "",
    application_process_en: s.application_process_en ?? "",
    fees_description: s.fees_description ?? "",
    fees_description_en: s.fees_description_en ?? "",
    eligibility_description: s.eligibility_description ?? "",
    eligibility_description_en: s.eligibility_description_en ?? "",
    alert: s.alert ?? "",
    alert_en: s.alert_en ?? "",
    url: s.url ?? "",
    email: s.email ?? "",
    source_url: s.source_url ?? "",
    minimum_age: s.minimum_age === null ? "" : String(s.minimum_age),
    maximum_age: s.maximum_age === null ? "" : String(s.maximum_age),
    cost: s.cost,
    walk_in: s.walk_in,
    referral_required: s.referral_required,
    anonymous_advice: s.anonymous_advice,
    to_verify: s.to_verify === 1,
    verify: flaggedKinds(record),
    topics: record.topics.map((t) => t.code),
    areas: record.areas.map((a) => a.slug),
    phones: formatPhones(record.phones.map((p) => ({ number: p.number, description: p.description }))),
    hours: record.schedules
      .map((h) => h.description ?? "")
      .filter(Boolean)
      .join("\n"),
    opening_times: timesFromRows(record.schedules) ?? "",
    location_name: first?.location.name ?? "",
    address_1: first?.address?.address_1 ?? "",
    postal_code: first?.address?.postal_code ?? "",
    city: first?.address?.city ?? "",
    transportation: first?.location.transportation ?? "",
    transportation_en: first?.location.transportation_en ?? "",
  };
}

function toMeta(record: ServiceRecord): ServiceMeta {
  const s = record.service;
  return {
    id: s.id,
    version: s.version,
    archived: s.status === ARCHIVED_STATUS,
    assuredDate: s.assured_date,
    assurer: s.assurer,
    lastModified: s.last_modified,
    locationHours: record.locations.flatMap((l) => l.schedules.map((h) => h.description ?? "").filter(Boolean)),
    locationPhones: record.locations.flatMap((l) => l.phones.map((p) => p.number)),
    facts: factStates(record),
    factValues: factValues(record),
    openingTimesFixed: timesFromRows(record.schedules) === null,
  };
}

function snapshot(record: ServiceRecord): ServiceSnapshot {
  const meta = toMeta(record);
  return {
    ...toEdit(record),
    version: meta.version,
    archived: meta.archived,
    assured_date: meta.assuredDate,
    assurer: meta.assurer,
    facts_confirmed: meta.facts.flatMap((f) =>
      f.state === "confirmed" ? [`${f.kind} ${f.confirmedOn} ${f.confirmedBy}`] : [],
    ),
  };
}

export async function loadServiceForEdit(db: DB, id: string): Promise<{ edit: ServiceEdit; meta: ServiceMeta } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [record] = await loadServiceRecords(db, [id]);
  return record ? { edit: toEdit(record), meta: toMeta(record) } : null;
}

export async function loadSnapshot(trx: DB, id: string): Promise<ServiceSnapshot | null> {
  const [record] = await loadServiceRecords(trx, [id]);
  return record ? snapshot(record) : null;
}

const nullable = (value: string) => (value.trim() === "" ? null : value.trim());

async function organizationId(trx: DB, name: string): Promise<string> {
  const found = await trx
    .selectFrom("organization")
    .select("id")
    .where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase()))
    .orderBy("id")
    .executeTakeFirst();
  if (found) return found.id;
  const id = randomUUID();
  await trx
    .insertInto("organization")
    .values({
      id,
      name,
      alternate_name: null,
      description: null,
      description_en: null,
      email: null,
      website: null,
      legal_status: null,
      parent_organization_id: null,
      source_url: null,
    })
    .execute();
  return id;
}

function serviceColumns(edit: ServiceEdit) {
  return {
    name: edit.name,
    alternate_name: nullable(edit.alternate_name),
    summary: nullable(edit.summary),
    summary_en: nullable(edit.summary_en),
    card_summary: nullable(edit.card_summary),
    card_summary_en: nullable(edit.card_summary_en),
    description: nullable(edit.description),
    description_en: nullable(edit.description_en),
    url: nullable(edit.url),
    email: nullable(edit.email),
    status: edit.status,
    application_process: nullable(edit.application_process),
    application_process_en: nullable(edit.application_process_en),
    fees_description: nullable(edit.fees_description),
    fees_description_en: nullable(edit.fees_description_en),
    eligibility_description: nullable(edit.eligibility_description),
    eligibility_description_en: nullable(edit.eligibility_description_en),
    alert: nullable(edit.alert),
    alert_en: nullable(edit.alert_en),
    minimum_age: parseAge(edit.minimum_age) ?? null,
    maximum_age: parseAge(edit.maximum_age) ?? null,
    cost: edit.cost,
    walk_in: edit.walk_in,
    referral_required: edit.referral_required,
    anonymous_advice: edit.anonymous_advice,
    to_verify: edit.to_verify ? 1 : 0,
    walk_in_to_verify: edit.verify.includes("walk_in") ? 1 : 0,
    cost_to_verify: edit.verify.includes("cost") ? 1 : 0,
    source_url: nullable(edit.source_url),
  };
}

/**
 * After the rows are written: a "nog controleren" mark the editor switched goes on every row of that
 * fact (a mark left as it was leaves each row as it was), and a confirmation ends where the fact's
 * value changed or it was marked unsure again (decision 022).
 */
async function writeFactStates(trx: DB, id: string, before: ServiceEdit | null, edit: ServiceEdit): Promise<void> {
  for (const { kind, on } of flagChanges(before, edit)) await setFactFlag(trx, id, kind, on);
  if (before) await endConfirmations(trx, id, confirmationsEnded(before, edit));
}

/** Topics, areas, phones, opening hours and the address: rows that did not change are kept. */
async function writeChildren(trx: DB, serviceId: string, orgId: string, edit: ServiceEdit): Promise<void> {
  await trx.deleteFrom("attribute").where("link_id", "=", serviceId).execute();
  if (edit.topics.length > 0) {
    const terms = await trx
      .selectFrom("taxonomy_term")
      .select(["id", "code"])
      .where("code", "in", edit.topics)
      .execute();
    for (const term of terms) {
      await trx
        .insertInto("attribute")
        .values({
          id: randomUUID(),
          link_id: serviceId,
          taxonomy_term_id: term.id,
          link_type: "topic",
          link_entity: "service",
          value: null,
          label: null,
        })
        .execute();
    }
  }
  await trx.deleteFrom("service_area").where("service_id", "=", serviceId).execute();
  if (edit.areas.length > 0) {
    const areas = await trx.selectFrom("area").select(["id", "slug", "name"]).where("slug", "in", edit.areas).execute();
    for (const area of areas) {
      await trx
        .insertInto("service_area")
        .values({
          id: randomUUID(),
          service_id: serviceId,
          service_at_location_id: null,
          area_id: area.id,
          name: area.name,
          description: null,
          extent: null,
          extent_type: null,
          uri: null,
        })
        .execute();
    }
  }

  const phones = parsePhones(edit.phones) ?? [];
  const oldPhones = await trx
    .selectFrom("phone")
    .select(["id", "number", "description"])
    .where("service_id", "=", serviceId)
    .execute();
  const keptPhones = new Set<string>();
  for (const phone of phones) {
    const same = oldPhones.find(
      (p) => !keptPhones.has(p.id) && p.number === phone.number && (p.description ?? null) === phone.description,
    );
    if (same) keptPhones.add(same.id);
    else {
      await trx
        .insertInto("phone")
        .values({
          id: randomUUID(),
          service_id: serviceId,
          location_id: null,
          organization_id: null,
          contact_id: null,
          service_at_location_id: null,
          number: phone.number,
          extension: null,
          type: "voice",
          description: phone.description,
          description_en: null,
          source_url: null,
        })
        .execute();
    }
  }
  const dropPhones = oldPhones.filter((p) => !keptPhones.has(p.id)).map((p) => p.id);
  if (dropPhones.length) await trx.deleteFrom("phone").where("id", "in", dropPhones).execute();

  const hours = edit.hours
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const ownRows = await trx.selectFrom("schedule").selectAll().where("service_id", "=", serviceId).execute();
  // New times per day replace the rows the day boxes showed; their old words go with them (decision 024).
  const newTimes = (timesFromRows(ownRows) ?? "") !== edit.opening_times;
  const replaced = newTimes ? ownRows.filter(isDayRow) : [];
  const oldHours = ownRows.filter((h) => !replaced.includes(h));
  const keptHours = new Set<string>();
  for (const line of hours) {
    if (replaced.some((h) => h.description === line)) continue;
    const same = oldHours.find((h) => !keptHours.has(h.id) && h.description === line);
    if (same) keptHours.add(same.id);
    else {
      await trx
        .insertInto("schedule")
        .values({ ...newScheduleRow(serviceId), description: line })
        .execute();
    }
  }
  const dropHours = [...replaced, ...oldHours.filter((h) => !keptHours.has(h.id))].map((h) => h.id);
  if (dropHours.length) await trx.deleteFrom("schedule").where("id", "in", dropHours).execute();
  if (newTimes) {
    for (const row of rowsFromTimes(edit.opening_times)) {
      await trx
        .insertInto("schedule")
        .values({ ...newScheduleRow(serviceId), wkst: "MO", freq: "WEEKLY", interval: 1, ...row })
        .execute();
    }
  }

  const sal = await trx
    .selectFrom("service_at_location")
    .select(["id", "location_id"])
    .where("service_id", "=", serviceId)
    .orderBy("id")
    .executeTakeFirst();
  if (edit.address_1 || edit.location_name) {
    const locationValues = {
      name: nullable(edit.location_name),
      transportation: nullable(edit.transportation),
      transportation_en: nullable(edit.transportation_en),
    };
    let locationId = sal?.location_id;
    if (locationId) await trx.updateTable("location").set(locationValues).where("id", "=", locationId).execute();
    else {
      locationId = randomUUID();
      await trx
        .insertInto("location")
        .values({
          id: locationId,
          organization_id: orgId,
          url: null,
          alternate_name: null,
          description: null,
          description_en: null,
          latitude: null,
          longitude: null,
          source_url: null,
          ...locationValues,
        })
        .execute();
      await trx
        .insertInto("service_at_location")
        .values({
          id: randomUUID(),
          service_id: serviceId,
          location_id: locationId,
          description: null,
          description_en: null,
        })
        .execute();
    }
    const address = await trx
      .selectFrom("address")
      .select("id")
      .where("location_id", "=", locationId)
      .orderBy("id")
      .executeTakeFirst();
    if (edit.address_1) {
      const addressValues = { address_1: edit.address_1, postal_code: nullable(edit.postal_code), city: edit.city };
      if (address) await trx.updateTable("address").set(addressValues).where("id", "=", address.id).execute();
      else
        await trx
          .insertInto("address")
          .values({
            id: randomUUID(),
            location_id: locationId,
            attention: null,
            address_2: null,
            region: null,
            state_province: null,
            ...addressValues,
          })
          .execute();
    } else if (address) {
      await trx.deleteFrom("address").where("id", "=", address.id).execute();
    }
  } else if (sal) {
    await trx.deleteFrom("service_at_location").where("id", "=", sal.id).execute();
    const others = await trx
      .selectFrom("service_at_location")
      .select("id")
      .where("location_id", "=", sal.location_id)
      .executeTakeFirst();
    if (!others) await trx.deleteFrom("location").where("id", "=", sal.location_id).execute();
  }
}

/** Facts the form does not edit but an import may set. */
export interface ExtraColumns {
  archived?: boolean;
  assured?: { date: string; assurer: string } | null;
  /** facts an import row says were confirmed with the organisation, on a day, by someone */
  confirmed?: { kind: FactKind; date: string; by: string }[];
  /** facts whose confirmation an import row emptied */
  unconfirmed?: FactKind[];
}

async function writeConfirmations(trx: DB, id: string, confirmed: NonNullable<ExtraColumns["confirmed"]>) {
  for (const c of confirmed) await confirmFacts(trx, id, [c.kind], { name: c.by, email: null }, c.date);
}

function extraColumns(extra: ExtraColumns, status: ServiceStatus) {
  return {
    status: extra.archived ? (ARCHIVED_STATUS as ServiceStatus) : status,
    ...(extra.assured ? { assured_date: extra.assured.date, assurer: extra.assured.assurer, assurer_email: null } : {}),
  };
}

/** Write a new service (inside a transaction the caller owns): for the form and the import. */
export async function insertService(
  trx: DB,
  actor: Actor,
  edit: ServiceEdit,
  options: { id?: string; action?: "create" | "import"; extra?: ExtraColumns } = {},
): Promise<string> {
  const id = options.id ?? randomUUID();
  const orgId = await organizationId(trx, edit.organization);
  await trx
    .insertInto("service")
    .values({
      id,
      organization_id: orgId,
      ...serviceColumns(edit),
      ...extraColumns(options.extra ?? {}, edit.status),
      last_modified: new Date().toISOString(),
    })
    .execute();
  await writeChildren(trx, id, orgId, edit);
  await writeFactStates(trx, id, null, edit);
  if (options.extra?.confirmed?.length) await writeConfirmations(trx, id, options.extra.confirmed);
  await reindexService(trx, id);
  await writeAudit(trx, actor, {
    entity: "service",
    entityId: id,
    action: options.action ?? "create",
    after: await loadSnapshot(trx, id),
  });
  return id;
}

/** Write an edit over `before` (inside a transaction the caller owns; the version was checked). */
export async function writeUpdate(
  trx: DB,
  actor: Actor,
  before: ServiceSnapshot,
  id: string,
  edit: ServiceEdit,
  options: { action?: "update" | "import"; extra?: ExtraColumns } = {},
): Promise<number> {
  const orgId = await organizationId(trx, edit.organization);
  const extra = options.extra ?? { archived: before.archived };
  await trx
    .updateTable("service")
    .set({
      organization_id: orgId,
      ...serviceColumns(edit),
      ...extraColumns(extra, edit.status),
      version: before.version + 1,
      last_modified: new Date().toISOString(),
    })
    .where("id", "=", id)
    .where("version", "=", before.version)
    .execute();
  await writeChildren(trx, id, orgId, edit);
  await writeFactStates(trx, id, before, edit);
  if (extra.unconfirmed?.length) await endConfirmations(trx, id, extra.unconfirmed);
  if (extra.confirmed?.length) await writeConfirmations(trx, id, extra.confirmed);
  await reindexService(trx, id);
  await writeAudit(trx, actor, {
    entity: "service",
    entityId: id,
    action: options.action ?? "update",
    before,
    after: await loadSnapshot(trx, id),
  });
  return before.version + 1;
}

export function createService(db: DB, actor: Actor, edit: ServiceEdit): Promise<string> {
  return withTransaction(db, (trx) => insertService(trx, actor, edit));
}

export type UpdateResult =
  | { kind: "ok"; version: number }
  | { kind: "not-found" }
  | {
      kind: "conflict";
      /** the service as it is now */
      current: ServiceEdit;
      currentVersion: number;
      /** fields someone else changed since the version the form was opened at */
      fields: (keyof ServiceEdit)[];
      by: string[];
    };

/**
 * Save an edit made from `baseVersion`. When someone else saved in between, nothing is written:
 * the answer says which fields they changed, so the editor can compare and decide.
 */
export async function updateService(
  db: DB,
  actor: Actor,
  id: string,
  baseVersion: number,
  edit: ServiceEdit,
): Promise<UpdateResult> {
  return withTransaction(db, async (trx) => {
    const before = await loadSnapshot(trx, id);
    if (!before) return { kind: "not-found" };
    if (before.version !== baseVersion) {
      const later = await trx
        .selectFrom("audit_log")
        .select(["user_email", "before_json", "after_json"])
        .where("entity", "=", "service")
        .where("entity_id", "=", id)
        .orderBy("id")
        .execute();
      const fields = new Set<keyof ServiceEdit>();
      const by = new Set<string>();
      for (const row of later) {
        const after = row.after_json ? (JSON.parse(row.after_json) as ServiceSnapshot) : null;
        const old = row.before_json ? (JSON.parse(row.before_json) as ServiceSnapshot) : null;
        if (!after || after.version <= baseVersion) continue;
        by.add(row.user_email);
        if (old)
          for (const f of changedFields({ ...emptyServiceEdit(), ...old }, { ...emptyServiceEdit(), ...after }))
            fields.add(f);
      }
      const {
        version: currentVersion,
        archived: _a,
        assured_date: _d,
        assurer: _s,
        facts_confirmed: _f,
        ...current
      } = before;
      // Without a log entry (changed outside the editors' area), every field that differs counts.
      const list = fields.size > 0 ? [...fields] : changedFields(current, edit);
      return { kind: "conflict", current, currentVersion, fields: list, by: [...by] };
    }
    return { kind: "ok", version: await writeUpdate(trx, actor, before, id, edit) };
  });
}

async function changeOne(
  db: DB,
  actor: Actor,
  id: string,
  action: "check" | "archive" | "restore",
  set: Record<string, unknown>,
  also?: (trx: DB) => Promise<void>,
): Promise<boolean> {
  return withTransaction(db, async (trx) => {
    const before = await loadSnapshot(trx, id);
    if (!before) return false;
    await trx
      .updateTable("service")
      .set({ ...set, version: before.version + 1, last_modified: new Date().toISOString() })
      .where("id", "=", id)
      .execute();
    if (also) await also(trx);
    await reindexService(trx, id);
    await writeAudit(trx, actor, {
      entity: "service",
      entityId: id,
      action,
      before,
      after: await loadSnapshot(trx, id),
    });
    return true;
  });
}

/**
 * "Vandaag gecontroleerd": the editor confirmed these facts with the organisation today. Exactly
 * these lose their "nog controleren" mark and are recorded as confirmed by the editor; the service
 * was in touch with the organisation today (assured_date). One audit row says what changed.
 */
export function markChecked(
  db: DB,
  actor: Actor & { name: string },
  id: string,
  today: string,
  facts: readonly FactKind[],
): Promise<boolean> {
  if (facts.length === 0) throw new Error("markChecked needs the facts that were confirmed");
  return changeOne(
    db,
    actor,
    id,
    "check",
    { assured_date: today, assurer: actor.name, assurer_email: actor.email },
    (trx) => confirmFacts(trx, id, facts, { name: actor.name, email: actor.email }, today),
  );
}

export function setArchived(db: DB, actor: Actor, id: string, archived: boolean): Promise<boolean> {
  return changeOne(db, actor, id, archived ? "archive" : "restore", { status: archived ? ARCHIVED_STATUS : "active" });
}

export interface ServiceListFilter {
  q?: string;
  overdue?: boolean;
  toVerify?: boolean;
  /** no phone, e-mail, website or address: hidden from the public pages until an editor adds one */
  unreachable?: boolean;
  archived?: boolean;
  page?: number;
}

export interface ServiceListItem {
  id: string;
  name: string;
  organization: string;
  status: string;
  assuredDate: string | null;
  toVerify: boolean;
  version: number;
}

export const LIST_PAGE_SIZE = 50;

export async function listServices(
  db: DB,
  filter: ServiceListFilter,
  today: string,
): Promise<{ items: ServiceListItem[]; total: number }> {
  let query = db.selectFrom("service").innerJoin("organization", "organization.id", "service.organization_id");
  query = filter.archived
    ? query.where("service.status", "=", ARCHIVED_STATUS)
    : query.where("service.status", "!=", ARCHIVED_STATUS);
  const q = filter.q?.trim().toLowerCase().slice(0, 200);
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["service.name"]), "like", eb.val(like)),
        eb(eb.fn("lower", ["service.alternate_name"]), "like", eb.val(like)),
        eb(eb.fn("lower", ["organization.name"]), "like", eb.val(like)),
      ]),
    );
  }
  if (filter.overdue) {
    const cutoff = overdueCutoff(today);
    query = query.where((eb) =>
      eb.or([eb("service.assured_date", "is", null), eb("service.assured_date", "<", cutoff)]),
    );
  }
  if (filter.toVerify) query = query.where(sql<boolean>`${uncertainFactCount("service.id")} > 0`);
  if (filter.unreachable) query = query.where((eb) => eb.not(hasWayToReach("service.id")));
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow();
  const page = Math.max(1, filter.page ?? 1);
  const rows = await query
    .select([
      "service.id",
      "service.name",
      "organization.name as organization",
      "service.status",
      "service.assured_date",
      uncertainFactCount("service.id").as("uncertain"),
      "service.version",
    ])
    .orderBy(filter.overdue ? oldestKnowledgeFirst : "service.name")
    .orderBy("service.name")
    .orderBy("service.id")
    .limit(LIST_PAGE_SIZE)
    .offset((page - 1) * LIST_PAGE_SIZE)
    .execute();
  return {
    total: Number(total),
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      organization: r.organization,
      status: r.status,
      assuredDate: r.assured_date,
      toVerify: Number(r.uncertain) > 0,
      version: r.version,
    })),
  };
}

/** A new schedule row of a service with every HSDS field empty; the caller fills in what it knows. */
function newScheduleRow(serviceId: string): Insertable<ScheduleTable> {
  return {
    id: randomUUID(),
    service_id: serviceId,
    location_id: null,
    service_at_location_id: null,
    valid_from: null,
    valid_to: null,
    dtstart: null,
    timezone: null,
    until: null,
    count: null,
    wkst: null,
    freq: null,
    interval: null,
    byday: null,
    byweekno: null,
    bymonthday: null,
    byyearday: null,
    description: null,
    description_en: null,
    opens_at: null,
    closes_at: null,
    schedule_link: null,
    attending_type: null,
    notes: null,
    source_url: null,
  };
}
