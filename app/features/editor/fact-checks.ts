// Per-fact confirmation in the editors' area (issue 17 point 2, decision 022). Pure: which facts
// an edit touches, and what "Vandaag gecontroleerd" was told. The states: directory/fact-state.ts.
import { FACT_KINDS, isFactKind, type FactKind } from "~/features/directory/fact-state";
import type { FieldSource, ServiceEdit } from "./service-form";

/** The form fields that hold each fact: a change there means the new value was not confirmed. */
export const FACT_FIELDS: Record<FactKind, (keyof ServiceEdit)[]> = {
  service: ["name", "summary", "description", "eligibility_description", "application_process"],
  phone: ["phones"],
  email: ["email"],
  address: ["location_name", "address_1", "postal_code", "city"],
  hours: ["hours"],
  walk_in: ["walk_in"],
  cost: ["cost", "fees_description"],
};

function flagged(edit: ServiceEdit, kind: FactKind): boolean {
  return kind === "service" ? edit.to_verify : edit.verify.includes(kind);
}

/** The facts whose "nog controleren" mark the edit switched on or off. */
export function flagChanges(before: ServiceEdit | null, after: ServiceEdit): { kind: FactKind; on: boolean }[] {
  return FACT_KINDS.flatMap((kind) => {
    const on = flagged(after, kind);
    return on !== (before ? flagged(before, kind) : false) ? [{ kind, on }] : [];
  });
}

/**
 * The confirmations an edit ends: the fact's value changed (the new one was not confirmed with
 * the organisation), or an editor marked it "nog controleren" again.
 */
export function confirmationsEnded(before: ServiceEdit, after: ServiceEdit): FactKind[] {
  const text = (value: ServiceEdit[keyof ServiceEdit]) =>
    Array.isArray(value) ? [...value].sort().join("\n") : String(value).trim();
  return FACT_KINDS.filter(
    (kind) =>
      (flagged(after, kind) && !flagged(before, kind)) ||
      FACT_FIELDS[kind].some((field) => text(before[field]) !== text(after[field])),
  );
}

export type ConfirmResult = { ok: true; facts: FactKind[] } | { ok: false; chosen: string[]; error: string };

/**
 * What "Vandaag gecontroleerd" was told: which of the facts the service has were confirmed with
 * the organisation. At least one: a date never claims a check that did not happen.
 */
export function parseConfirmForm(source: FieldSource, present: readonly FactKind[]): ConfirmResult {
  const chosen = [...new Set(source.getAll("confirm").map((v) => (typeof v === "string" ? v.trim() : "")))].filter(
    Boolean,
  );
  if (chosen.some((kind) => !isFactKind(kind) || !present.includes(kind)))
    return { ok: false, chosen: chosen.filter(isFactKind), error: "errors.confirm.choice" };
  if (chosen.length === 0) return { ok: false, chosen, error: "errors.confirm.none" };
  return { ok: true, facts: FACT_KINDS.filter((kind) => chosen.includes(kind)) };
}
