import type { AuditAction } from "#db/schema";
import type { DB } from "#db/database.server";

// The audit log: every change in the editors' area writes one row, in the same transaction as
// the change (pass the transaction's `trx`), so there is never a change without its row.

export interface Actor {
  /** null for the command line */
  id: number | null;
  email: string;
}

export const COMMAND_LINE_ACTOR: Actor = { id: null, email: "command line" };

export interface AuditEntry {
  entity: "service" | "user" | "import" | "report";
  entityId: string;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

export async function writeAudit(trx: DB, actor: Actor, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto("audit_log")
    .values({
      at: new Date().toISOString(),
      user_id: actor.id,
      user_email: actor.email,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export interface AuditRow {
  id: number;
  at: string;
  userEmail: string;
  entity: string;
  entityId: string;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function parseJson(value: string | null): Record<string, unknown> | null {
  if (value === null) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : { value: parsed };
  } catch {
    return null;
  }
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(
  db: DB,
  filter: { entity?: string; entityId?: string; page?: number; withoutAccounts?: boolean } = {},
): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  let query = db.selectFrom("audit_log").selectAll();
  if (filter.entity) query = query.where("entity", "=", filter.entity);
  // Account rows hold every editor's e-mail and role: admins only.
  if (filter.withoutAccounts) query = query.where("entity", "!=", "user");
  if (filter.entityId) query = query.where("entity_id", "=", filter.entityId);
  const page = Math.max(1, filter.page ?? 1);
  const rows = await query
    .orderBy("id", "desc")
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .execute();
  return {
    hasMore: rows.length > AUDIT_PAGE_SIZE,
    rows: rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({
      id: row.id,
      at: row.at,
      userEmail: row.user_email,
      entity: row.entity,
      entityId: row.entity_id,
      action: row.action,
      before: parseJson(row.before_json),
      after: parseJson(row.after_json),
    })),
  };
}
