// The state of each fact of a service that can be unsure (issue 17 point 2, decision 022). Pure.
// A fact is one of three things, never two at once:
// - "verify": its source is old or unclear; the public pages mark it "nog controleren";
// - "confirmed": an editor confirmed it with the organisation on a day (and we say who);
// - "unasked": read from a public source, not marked, not confirmed with the organisation.
// "verify" comes from the `to_verify` flag on the fact's own rows; a confirmation from
// `service_fact_check`. Confirming a fact clears its flag, so a confirmed fact is never marked.
import type { FactKind } from "#db/schema";
import type { ServiceRecord } from "./service-record.server";

export type { FactKind };

/** Every fact that can be unsure, in the order the editor's form shows them. */
export const FACT_KINDS = [
  "service",
  "phone",
  "email",
  "address",
  "hours",
  "walk_in",
  "cost",
] as const satisfies readonly FactKind[];

export function isFactKind(value: unknown): value is FactKind {
  return typeof value === "string" && (FACT_KINDS as readonly string[]).includes(value);
}

export interface FactState {
  kind: FactKind;
  /** the service has this fact (a phone number, an address, …); walk-in, cost and the service always */
  present: boolean;
  /** a row can carry its "nog controleren" mark (an e-mail typed in the editors' form has no mark of its own) */
  markable: boolean;
  state: "verify" | "confirmed" | "unasked";
  confirmedOn: string | null;
  confirmedBy: string | null;
}

type FactRecord = Pick<ServiceRecord, "service" | "phones" | "contacts" | "schedules" | "locations"> & {
  factChecks: ServiceRecord["factChecks"];
};

/** For each kind: does the service have it, and is any of its rows marked "nog controleren"? */
function presence(record: FactRecord): Record<FactKind, { present: boolean; markable?: boolean; flagged: boolean }> {
  const s = record.service;
  const phones = [...record.phones, ...record.locations.flatMap((l) => l.phones)];
  const emails = record.contacts.filter((c) => c.email);
  const hours = [...record.schedules, ...record.locations.flatMap((l) => l.schedules)];
  const flagged = (rows: { to_verify: number }[]) => rows.some((row) => row.to_verify === 1);
  return {
    service: { present: true, flagged: s.to_verify === 1 },
    phone: { present: phones.length > 0, flagged: flagged(phones) },
    email: { present: emails.length > 0 || Boolean(s.email), markable: emails.length > 0, flagged: flagged(emails) },
    address: { present: record.locations.length > 0, flagged: flagged(record.locations.map((l) => l.location)) },
    hours: { present: hours.length > 0, flagged: flagged(hours) },
    walk_in: { present: true, flagged: s.walk_in_to_verify === 1 },
    cost: { present: true, flagged: s.cost_to_verify === 1 },
  };
}

export function factStates(record: FactRecord): FactState[] {
  const facts = presence(record);
  return FACT_KINDS.map((kind) => {
    const check = record.factChecks.find((c) => c.fact === kind) ?? null;
    const { present, markable = present, flagged } = facts[kind];
    const state = flagged ? "verify" : check ? "confirmed" : "unasked";
    return {
      kind,
      present,
      markable,
      state,
      confirmedOn: state === "confirmed" ? check!.confirmed_on : null,
      confirmedBy: state === "confirmed" ? check!.confirmed_by : null,
    };
  });
}

/** What each fact says now, as short lines for the editor ("020 123 4567", "Dapperstraat 1, Amsterdam"). */
export function factValues(record: FactRecord): Record<FactKind, string[]> {
  const s = record.service;
  const emails = record.contacts.flatMap((c) => (c.email ? [c.email] : []));
  if (s.email && !emails.includes(s.email)) emails.push(s.email);
  return {
    service: [],
    phone: [...record.phones, ...record.locations.flatMap((l) => l.phones)].map((p) => p.number),
    email: emails,
    address: record.locations.map((l) =>
      [l.location.name, l.address?.address_1, l.address?.city].filter(Boolean).join(", "),
    ),
    hours: [...record.schedules, ...record.locations.flatMap((l) => l.schedules)].flatMap((h) =>
      h.description ? [h.description] : [],
    ),
    walk_in: [s.walk_in],
    cost: [s.cost],
  };
}

/** The kinds whose rows are marked "nog controleren" (the service itself not included: that is `to_verify`). */
export function flaggedKinds(record: FactRecord): FactKind[] {
  return factStates(record)
    .filter((f) => f.kind !== "service" && f.state === "verify")
    .map((f) => f.kind);
}

// ---------- one spreadsheet cell per fact ----------

export const FACT_VERIFY_CELL = "verify";

/** "" (not asked), "verify" (nog controleren) or "2026-12-01 Ayla" (confirmed on, by). */
export function factCell(fact: FactState): string {
  if (fact.state === "verify") return FACT_VERIFY_CELL;
  if (fact.state === "confirmed") return `${fact.confirmedOn} ${fact.confirmedBy}`;
  return "";
}

export type ParsedFactCell =
  { state: "unasked" } | { state: "verify" } | { state: "confirmed"; date: string; by: string };

/** A cell as factCell() writes it; null when it is none of the three. */
export function parseFactCell(cell: string): ParsedFactCell | null {
  const value = cell.trim();
  if (value === "") return { state: "unasked" };
  if (value.toLowerCase() === FACT_VERIFY_CELL) return { state: "verify" };
  const match = /^(\d{4}-\d{2}-\d{2})\s+(\S.{0,199})$/s.exec(value);
  if (!match || Number.isNaN(Date.parse(match[1]))) return null;
  return { state: "confirmed", date: match[1], by: match[2].trim() };
}
