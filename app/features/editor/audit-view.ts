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
