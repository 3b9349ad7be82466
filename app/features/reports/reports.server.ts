// The store behind "Klopt er iets niet?" and "het klopte" (issue 17 point 4, decision 023).
// A public post is counted first, in the same transaction as the check of the limit (like the
// sign-in limit of decision 013), so a burst cannot slip past it. The limit keeps a keyed hash of
// the address for one hour, never the address itself, and the report row keeps no trace of who sent it.
import { createHmac, randomBytes } from "node:crypto";
import type { DB } from "#db/database.server";
import { withTransaction } from "#db/database.server";
import type { ReportKind, ReportStatus } from "#db/schema";
import { writeAudit, type Actor } from "~/features/editor/audit.server";
import { POST_WINDOW_MS, postRefusal, type PostKind, type PostRefusal } from "./report-rules";

/** The audit trail's name for a post from the public site: nobody in particular. */
export const PUBLIC_ACTOR: Actor = { id: null, email: "publiek formulier" };

// A new key every start: the hashes in public_post cannot be turned back into addresses with
// anything kept on disk. A restart forgets who posted in the last hour; the overall limit holds.
const ADDRESS_KEY = randomBytes(32);

/** The address as the limit stores it: a keyed hash, or "unknown" (all unknown addresses share one count). */
export function addressKey(address: string | null): string {
  if (!address) return "unknown";
  return createHmac("sha256", ADDRESS_KEY).update(address.slice(0, 100)).digest("base64url").slice(0, 22);
}

/** Count this post if the limits allow it (one transaction). */
async function reservePost(
  trx: DB,
  kind: PostKind,
  address: string | null,
  now: Date,
  serviceId: string,
): Promise<PostRefusal | null> {
  const since = new Date(now.getTime() - POST_WINDOW_MS).toISOString();
  // Rows older than the window can never count again.
  await trx.deleteFrom("public_post").where("posted_at", "<", since).execute();
  const key = addressKey(address);
  const counts = await trx
    .selectFrom("public_post")
    .select((eb) => [
      eb.fn.countAll<number>().as("overall"),
      eb.fn.sum<number>(eb.case().when("address_key", "=", key).then(1).else(0).end()).as("fromAddress"),
    ])
    .where("kind", "=", kind)
    .where("posted_at", ">=", since)
    .executeTakeFirstOrThrow();
  let openReports = 0;
  let openForService = 0;
  if (kind === "report") {
    const open = await trx
      .selectFrom("service_report")
      .select((eb) => [
        eb.fn.countAll<number>().as("all"),
        eb.fn.sum<number>(eb.case().when("service_id", "=", serviceId).then(1).else(0).end()).as("service"),
      ])
      .where("status", "=", "open")
      .executeTakeFirstOrThrow();
    openReports = Number(open.all ?? 0);
    openForService = Number(open.service ?? 0);
  }
  const refusal = postRefusal(kind, {
    fromAddress: Number(counts.fromAddress ?? 0),
    overall: Number(counts.overall ?? 0),
    openReports,
    openForService,
  });
  if (refusal) return refusal;
  await trx.insertInto("public_post").values({ kind, address_key: key, posted_at: now.toISOString() }).execute();
  return null;
}

async function activeServiceName(db: DB, serviceId: string): Promise<string | null> {
  const row = await db
    .selectFrom("service")
    .select("name")
    .where("id", "=", serviceId)
    .where("status", "=", "active")
    .executeTakeFirst();
  return row?.name ?? null;
}

export type PostResult = { kind: "ok" } | { kind: "refused"; reason: PostRefusal } | { kind: "not-found" };

export interface ReportPost {
  serviceId: string;
  kind: ReportKind;
  /** already checked: at most 500 characters */
  text: string;
  address: string | null;
  now?: Date;
}

/** Store a report (about the service only) and its audit row, if the limits allow it. */
export async function submitReport(db: DB, post: ReportPost): Promise<PostResult> {
  const now = post.now ?? new Date();
  return withTransaction<PostResult>(db, async (trx) => {
    const name = await activeServiceName(trx, post.serviceId);
    if (name === null) return { kind: "not-found" };
    const refusal = await reservePost(trx, "report", post.address, now, post.serviceId);
    if (refusal) return { kind: "refused", reason: refusal };
    const row = await trx
      .insertInto("service_report")
      .values({ service_id: post.serviceId, kind: post.kind, text: post.text.trim(), created_at: now.toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    // The audit row names the step, not the words: those stay in the queue until they are handled.
    await writeAudit(trx, PUBLIC_ACTOR, {
      entity: "report",
      entityId: String(row.id),
      action: "report",
      after: { name, service_id: post.serviceId, kind: post.kind },
    });
    return { kind: "ok" };
  });
}

/** "Ik heb ze gebeld / ik was er: het klopte": today's date on the service, no person. */
export async function confirmFromPractice(
  db: DB,
  input: { serviceId: string; address: string | null; today: string; now?: Date },
): Promise<PostResult> {
  const now = input.now ?? new Date();
  return withTransaction<PostResult>(db, async (trx) => {
    const before = await trx
      .selectFrom("service")
      .select(["name", "practice_confirmed_on"])
      .where("id", "=", input.serviceId)
      .where("status", "=", "active")
      .executeTakeFirst();
    if (!before) return { kind: "not-found" };
    const refusal = await reservePost(trx, "confirm", input.address, now, input.serviceId);
    if (refusal) return { kind: "refused", reason: refusal };
    // Already confirmed today: nothing changes (and the cached pages stay as they are).
    if (before.practice_confirmed_on === input.today) return { kind: "ok" };
    await trx
      .updateTable("service")
      .set({ practice_confirmed_on: input.today })
      .where("id", "=", input.serviceId)
      .execute();
    await writeAudit(trx, PUBLIC_ACTOR, {
      entity: "service",
      entityId: input.serviceId,
      action: "practice-confirm",
      before: { name: before.name, practice_confirmed_on: before.practice_confirmed_on },
      after: { name: before.name, practice_confirmed_on: input.today },
    });
    return { kind: "ok" };
  });
}

export interface OpenReport {
  id: number;
  serviceId: string;
  serviceName: string;
  kind: ReportKind;
  text: string;
  createdAt: string;
}

/** The editors' queue: open reports, oldest first, and how many there are in all. */
export async function openReports(db: DB, limit = 50): Promise<{ total: number; reports: OpenReport[] }> {
  const total = await db
    .selectFrom("service_report")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "=", "open")
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom("service_report as r")
    .innerJoin("service as s", "s.id", "r.service_id")
    .select(["r.id", "r.service_id", "s.name", "r.kind", "r.text", "r.created_at"])
    .where("r.status", "=", "open")
    .orderBy("r.created_at")
    .orderBy("r.id")
    .limit(limit)
    .execute();
  return {
    total: Number(total.n),
    reports: rows.map((r) => ({
      id: r.id,
      serviceId: r.service_id,
      serviceName: r.name,
      kind: r.kind,
      text: r.text,
      createdAt: r.created_at,
    })),
  };
}

export type HandleStep = "resolve" | "dismiss";

/**
 * An editor resolves (the facts are fixed) or dismisses (nothing was wrong) an open report. The
 * free text is erased: it was only needed to do the work. False when it was not open (any more).
 */
export async function handleReport(
  db: DB,
  actor: Actor,
  reportId: number,
  step: HandleStep,
  now: Date = new Date(),
): Promise<boolean> {
  const status: ReportStatus = step === "resolve" ? "resolved" : "dismissed";
  return withTransaction(db, async (trx) => {
    const report = await trx
      .selectFrom("service_report as r")
      .innerJoin("service as s", "s.id", "r.service_id")
      .select(["r.id", "r.service_id", "r.kind", "s.name"])
      .where("r.id", "=", reportId)
      .where("r.status", "=", "open")
      .executeTakeFirst();
    if (!report) return false;
    await trx
      .updateTable("service_report")
      .set({ status, text: "", handled_at: now.toISOString(), handled_by: actor.email })
      .where("id", "=", reportId)
      .execute();
    await writeAudit(trx, actor, {
      entity: "report",
      entityId: String(reportId),
      action: step,
      before: { name: report.name, service_id: report.service_id, kind: report.kind, status: "open" },
      after: { name: report.name, service_id: report.service_id, kind: report.kind, status },
    });
    return true;
  });
}
