// What an audit row changed, field by field, for people to read. Pure.

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

function show(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.map((v) => show(v) ?? "").join(", ") || null;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The fields whose value differs between before and after (a create lists every filled field). */
export function auditChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const b = show(before?.[field]);
    const a = show(after?.[field]);
    if (b !== a) changes.push({ field, before: b, after: a });
  }
  return changes;
}

/** Audit fields that hold a list of fact kinds ("phone, walk_in"): shown with their names (decision 022). */
const FACT_LIST_FIELDS = new Set(["verify", "facts_confirmed"]);

/** A changed value for people to read: fact kinds by their name, anything else as stored. */
export function readableValue(field: string, value: string, factName: (kind: string) => string): string {
  return FACT_LIST_FIELDS.has(field) ? value.split(", ").map(factName).join(", ") : value;
}
