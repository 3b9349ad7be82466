import { randomUUID } from "node:crypto";
import { withTransaction, type DB } from "#db/database.server";
import { csvRowFromRecord, parseContactsCsvInSteps } from "~/features/directory/contacts-csv";
import { csvText, servicesCsvStream } from "~/features/directory/contacts-csv.server";
import { loadServiceRecords } from "~/features/directory/service-record.server";
import type { Actor } from "./audit.server";
import { planRow, type CurrentService, type RowError, type RowPlan } from "./import-rows";
// The route reads the upload through this server module, so csv-parse (it needs Node's Buffer)
// never reaches the browser bundle.
export { decodeCsvBytes } from "./import-rows";
import { insertService, loadServiceForEdit, loadSnapshot, writeUpdate } from "./services.server";

// Import a spreadsheet in two steps: a preview that writes nothing and shows every row's plan or
// its problems, then the import itself: all rows in one transaction, or none.

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

export interface PreviewRow {
  /** line in the file (the header is line 1) */
  line: number;
  name: string;
  plan: RowPlan;
}

export interface ImportPreview {
  fileError: { key: string; line?: number; detail?: string } | null;
  rows: PreviewRow[];
  counts: { new: number; update: number; unchanged: number; error: number };
}

async function currentService(trx: DB, id: string): Promise<CurrentService | null> {
  const [record] = await loadServiceRecords(trx, [id]);
  if (!record) return null;
  const loaded = await loadServiceForEdit(trx, id);
  if (!loaded) return null;
  return {
    edit: loaded.edit,
    exported: csvRowFromRecord(record),
    version: record.service.version,
    archived: loaded.meta.archived,
    hasLocationHours: loaded.meta.locationHours.length > 0,
    locationCount: record.locations.length,
  };
}

function countPlans(rows: PreviewRow[]): ImportPreview["counts"] {
  const counts = { new: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.plan.kind === "error" ? "error" : row.plan.kind]++;
  return counts;
}

async function plan(trx: DB, text: string, today: string): Promise<ImportPreview> {
  const empty = { rows: [], counts: { new: 0, update: 0, unchanged: 0, error: 0 } };
  const parsed = await parseContactsCsvInSteps(text);
  if (!parsed.ok)
    return { ...empty, fileError: { key: "import.errors.file", line: parsed.line, detail: parsed.error } };
  if (parsed.rows.length === 0) return { ...empty, fileError: { key: "import.errors.noRows" } };
  if (parsed.rows.length > MAX_IMPORT_ROWS) return { ...empty, fileError: { key: "import.errors.tooManyRows" } };
  const seen = new Set<string>();
  const rows: PreviewRow[] = [];
  for (const [index, row] of parsed.rows.entries()) {
    // New rows are checked without the database: let other requests in now and then, or a large
    // file would hold the whole server for seconds.
    if (index % 25 === 24) await new Promise((resolve) => setImmediate(resolve));
    const id = row.id.trim();
    let rowPlan: RowPlan;
    if (id && seen.has(id.toLowerCase()))
      rowPlan = { kind: "error", id, errors: [{ column: "id", key: "import.errors.duplicate" }] };
    else {
      if (id) seen.add(id.toLowerCase());
      const current = /^[0-9a-f-]{36}$/i.test(id) ? await currentService(trx, id.toLowerCase()) : null;
      rowPlan = planRow(current ? { ...row, id: id.toLowerCase() } : row, current, today);
    }
    rows.push({ line: index + 2, name: row.name.trim() || row.id, plan: rowPlan });
  }
  return { fileError: null, rows, counts: countPlans(rows) };
}

/** Step 1: what the import would do. Writes nothing. */
export function previewImport(db: DB, text: string, today: string): Promise<ImportPreview> {
  return plan(db, text, today);
}

class Rollback extends Error {
  constructor(readonly preview: ImportPreview) {
    super("import rolled back");
  }
}

export type ImportResult =
  { ok: true; created: number; updated: number; unchanged: number } | { ok: false; preview: ImportPreview };

/**
 * Step 2: every row in one transaction. One bad row (found again now, or refused by the database)
 * and nothing is imported; the answer names the row and why.
 */
export async function runImport(db: DB, actor: Actor, text: string, today: string): Promise<ImportResult> {
  try {
    return await withTransaction(db, async (trx) => {
      const preview = await plan(trx, text, today);
      if (preview.fileError || preview.counts.error > 0) throw new Rollback(preview);
      let created = 0;
      let updated = 0;
      for (const row of preview.rows) {
        const p = row.plan;
        try {
          if (p.kind === "new") {
            await insertService(trx, actor, p.edit, {
              id: p.id ?? undefined,
              action: "import",
              extra: { archived: p.archived, assured: p.assured, confirmed: p.confirmed },
            });
            if (p.website) {
              await trx
                .updateTable("organization")
                .set({ website: p.website })
                .where("name", "=", p.edit.organization)
                .where("website", "is", null)
                .execute();
            }
            created++;
          } else if (p.kind === "update") {
            const before = await loadSnapshot(trx, p.id);
            if (!before) throw new Error("service disappeared");
            await writeUpdate(trx, actor, before, p.id, p.edit, {
              action: "import",
              extra: { archived: p.archived, assured: p.assured, confirmed: p.confirmed, unconfirmed: p.unconfirmed },
            });
            updated++;
          }
        } catch (error) {
          if (error instanceof Rollback) throw error;
          // Never show the database's own words; say which row could not be saved.
          const failed: PreviewRow = {
            ...row,
            plan: {
              kind: "error",
              id: "id" in p ? p.id : null,
              errors: [{ column: "id", key: "import.errors.database" }],
            },
          };
          const rows = preview.rows.map((r) => (r.line === row.line ? failed : r));
          throw new Rollback({ fileError: null, rows, counts: countPlans(rows) });
        }
      }
      return { ok: true as const, created, updated, unchanged: preview.counts.unchanged };
    });
  } catch (error) {
    if (error instanceof Rollback) return { ok: false, preview: error.preview };
    throw error;
  }
}

/** At most this many rows are shown in a preview: the ones that change or have a problem. */
export const SHOWN_PREVIEW_ROWS = 200;

/** What the preview page shows: not the whole file (a large file made 5.7 MB of HTML). */
export interface PagePreview {
  fileError: ImportPreview["fileError"];
  counts: ImportPreview["counts"];
  /** rows that are new, change or have a problem, in file order (problems first when cut) */
  rows: PageRow[];
  /** rows that change or have a problem but are not in `rows` */
  notShown: number;
}

/** A row as the page shows it: what happens, without the row's values. */
export interface PageRow {
  line: number;
  name: string;
  plan: { kind: "new" } | { kind: "update"; fields: string[] } | { kind: "error"; errors: RowError[] };
}

function pageRow({ line, name, plan }: PreviewRow): PageRow {
  if (plan.kind === "update") return { line, name, plan: { kind: "update", fields: plan.fields } };
  if (plan.kind === "error") return { line, name, plan: { kind: "error", errors: plan.errors } };
  return { line, name, plan: { kind: "new" } };
}

export function previewForPage(preview: ImportPreview): PagePreview {
  const errors = preview.rows.filter((r) => r.plan.kind === "error");
  const changes = preview.rows.filter((r) => r.plan.kind === "new" || r.plan.kind === "update");
  const shown = new Set([...errors, ...changes].slice(0, SHOWN_PREVIEW_ROWS));
  return {
    fileError: preview.fileError,
    counts: preview.counts,
    rows: preview.rows.filter((r) => shown.has(r)).map(pageRow),
    notShown: errors.length + changes.length - shown.size,
  };
}

const UPLOAD_KEPT_MS = 24 * 60 * 60 * 1000;

/** Keep an uploaded file between its preview and the import; returns the id the page sends back. */
export async function saveUpload(db: DB, userId: number, csv: string): Promise<string> {
  const id = randomUUID();
  await withTransaction(db, async (trx) => {
    await trx
      .deleteFrom("import_upload")
      .where("created_at", "<", new Date(Date.now() - UPLOAD_KEPT_MS).toISOString())
      .execute();
    await trx.insertInto("import_upload").values({ id, user_id: userId, csv }).execute();
  });
  return id;
}

/** The file this editor uploaded, or null (unknown id, someone else's, or already imported). */
export async function loadUpload(db: DB, userId: number, id: string): Promise<string | null> {
  const row = await db
    .selectFrom("import_upload")
    .select("csv")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.csv ?? null;
}

export async function deleteUpload(db: DB, id: string): Promise<void> {
  await db.deleteFrom("import_upload").where("id", "=", id).execute();
}

/** Every service, archived ones included (status "defunct"), by name: what the editors' export holds. */
export async function allServiceIds(db: DB): Promise<string[]> {
  return (await db.selectFrom("service").select("id").orderBy("name").orderBy("id").execute()).map((r) => r.id);
}

/** The whole directory as one CSV string (tests, scripts); the route streams the same rows. */
export async function exportAllCsv(db: DB): Promise<string> {
  return csvText(servicesCsvStream(db, await allServiceIds(db)));
}
