// The directory as a spreadsheet (GET /api/contacts.csv) and the same columns for the editors'
// import (issue 7). Pure. RFC 4180 quoting; lists inside a cell are separated by " | ".
// Cells that a spreadsheet would run as a formula (=, +, -, @ first) get a leading apostrophe,
// which parseContactsCsv() takes off again.
import { parse as parseInSteps } from "csv-parse";
import { parse } from "csv-parse/sync";
import { contactView } from "./contact-view";
import { FACT_KINDS, factCell, factStates, type FactKind } from "./fact-state";
import type { ServiceRecord } from "./service-record.server";

export const CSV_COLUMNS = [
  "id",
  "name",
  "organization",
  "organization_website",
  "status",
  "summary",
  "summary_en",
  "description",
  "description_en",
  "topics",
  "areas",
  "phones",
  "emails",
  "url",
  "hours",
  "locations",
  "walk_in",
  "cost",
  "fees_description",
  "referral_required",
  "anonymous_advice",
  "minimum_age",
  "maximum_age",
  "eligibility_description",
  "application_process",
  "to_verify",
  "source_url",
  "source_read_on",
  "assured_date",
  "assurer",
  "practice_confirmed_on",
  "fact_service",
  "fact_phone",
  "fact_email",
  "fact_address",
  "fact_hours",
  "fact_walk_in",
  "fact_cost",
  "last_modified",
  "version",
] as const;

/**
 * One column per fact that can be unsure (decision 022): "" not asked yet, "verify" still to check,
 * "2026-12-01 Ana" confirmed with the organisation on that day by that editor. A file from before
 * these columns existed may leave them out: the import then keeps every fact's state.
 */
export const FACT_COLUMNS = FACT_KINDS.map((kind) => `fact_${kind}` as const);
export type FactColumn = (typeof FACT_COLUMNS)[number];
export const factColumn = (kind: FactKind): FactColumn => `fact_${kind}`;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * What the file says about where a fact came from (decision 020): the day the public source was read
 * and the last "het klopte" from someone in practice (decision 023). The export writes them; an
 * import reads past them (they change only by reading the source again or by a new tap), and a file
 * from before they existed may leave them out.
 */
export const PROVENANCE_COLUMNS = ["source_read_on", "practice_confirmed_on"] as const;
type ProvenanceColumn = (typeof PROVENANCE_COLUMNS)[number];
const OPTIONAL_COLUMNS: readonly string[] = [...FACT_COLUMNS, ...PROVENANCE_COLUMNS];

/** A row as the export writes it; a row read from an older file may lack the fact and provenance columns. */
export type CsvRow = Record<Exclude<CsvColumn, FactColumn | ProvenanceColumn>, string> &
  Partial<Record<FactColumn | ProvenanceColumn, string>>;
/** A row as the export writes it: every column. */
export type FullCsvRow = Record<CsvColumn, string>;

export const LIST_SEPARATOR = " | ";

export function csvRowFromRecord(record: ServiceRecord): FullCsvRow {
  const s = record.service;
  const facts = Object.fromEntries(factStates(record).map((f) => [factColumn(f.kind), factCell(f)])) as Record<
    FactColumn,
    string
  >;
  const view = contactView(record, "nl", "1970-01-01");
  const n = (value: number | null) => (value === null ? "" : String(value));
  return {
    id: s.id,
    name: s.name,
    organization: record.organization.name,
    organization_website: record.organization.website ?? "",
    status: s.status,
    summary: s.summary ?? "",
    summary_en: s.summary_en ?? "",
    description: s.description ?? "",
    description_en: s.description_en ?? "",
    topics: record.topics.map((t) => t.code).join(LIST_SEPARATOR),
    areas: record.areas.map((a) => a.slug).join(LIST_SEPARATOR),
    phones: record.phones.map((p) => p.number).join(LIST_SEPARATOR),
    emails: record.contacts.flatMap((c) => (c.email ? [c.email] : [])).join(LIST_SEPARATOR),
    url: s.url ?? "",
    hours: [...view.schedules, ...view.locations.flatMap((l) => l.schedules)].map((h) => h.text).join(LIST_SEPARATOR),
    locations: view.locations.map((l) => [l.name, l.address].filter(Boolean).join(", ")).join(LIST_SEPARATOR),
    walk_in: s.walk_in,
    cost: s.cost,
    fees_description: s.fees_description ?? "",
    referral_required: s.referral_required,
    anonymous_advice: s.anonymous_advice,
    minimum_age: n(s.minimum_age),
    maximum_age: n(s.maximum_age),
    eligibility_description: s.eligibility_description ?? "",
    application_process: s.application_process ?? "",
    to_verify: String(s.to_verify),
    source_url: s.source_url ?? "",
    source_read_on: s.source_read_on ?? "",
    assured_date: s.assured_date ?? "",
    assurer: s.assurer ?? "",
    practice_confirmed_on: s.practice_confirmed_on ?? "",
    ...facts,
    last_modified: s.last_modified,
    version: String(s.version),
  };
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The first line of the file: a byte-order mark (so spreadsheets read UTF-8) and the column names. */
export function csvHeaderLine(): string {
  return `\uFEFF${CSV_COLUMNS.join(",")}\r\n`;
}

/** One service as one line, ready to append: the export streams these one batch at a time. */
export function csvLine(row: CsvRow): string {
  return `${CSV_COLUMNS.map((column) => cell(row[column] ?? "")).join(",")}\r\n`;
}

export function serializeContactsCsv(rows: readonly CsvRow[]): string {
  return csvHeaderLine() + rows.map(csvLine).join("");
}

export type CsvParseResult = { ok: true; rows: CsvRow[] } | { ok: false; error: string; line?: number };

/** Read a CSV with our columns (in any order; unknown columns are an error, missing ones too). */
export function parseContactsCsv(text: string): CsvParseResult {
  return rowsFromRecords(splitCsv(text.replace(/^\uFEFF/, "")));
}

/** The same, read in slices with a pause between them: a large import does not hold the server. */
export async function parseContactsCsvInSteps(text: string): Promise<CsvParseResult> {
  return rowsFromRecords(await splitCsvInSteps(text.replace(/^\uFEFF/, "")));
}

function rowsFromRecords(records: SplitResult): CsvParseResult {
  if (!records.ok) return records;
  const [header, ...body] = records.rows.filter((r) => !(r.length === 1 && r[0] === ""));
  if (!header) return { ok: false, error: "empty file" };
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length) return { ok: false, error: `unknown columns: ${unknown.join(", ")}`, line: 1 };
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c) && !OPTIONAL_COLUMNS.includes(c));
  if (missing.length) return { ok: false, error: `missing columns: ${missing.join(", ")}`, line: 1 };
  const rows: CsvRow[] = [];
  for (const [index, values] of body.entries()) {
    if (values.length !== header.length)
      return { ok: false, error: `expected ${header.length} cells, found ${values.length}`, line: index + 2 };
    const row = {} as CsvRow;
    header.forEach((column, i) => {
      const value = values[i];
      row[column as CsvColumn] = /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
    });
    rows.push(row);
  }
  return { ok: true, rows };
}

type SplitResult = { ok: true; rows: string[][] } | { ok: false; error: string; line: number };

// csv-parse reads a 2 MB file about five times faster than our own loop did. A quote inside a
// cell that does not start with one is kept as a character, as before.
const CSV_OPTIONS = { relax_column_count: true, relax_quotes: true };
const SLICE = 64 * 1024;

function splitError(error: unknown): SplitResult {
  const { code, lines } = error as { code?: string; lines?: number };
  return {
    ok: false,
    error: code === "CSV_QUOTE_NOT_CLOSED" ? "a quoted cell is not closed" : "the cells are not written the CSV way",
    line: lines ?? 1,
  };
}

function splitCsv(text: string): SplitResult {
  try {
    return { ok: true, rows: parse(text, CSV_OPTIONS) as string[][] };
  } catch (error) {
    return splitError(error);
  }
}

async function splitCsvInSteps(text: string): Promise<SplitResult> {
  const parser = parseInSteps(CSV_OPTIONS);
  const rows: string[][] = [];
  parser.on("readable", () => {
    let record: string[] | null;
    while ((record = parser.read()) !== null) rows.push(record);
  });
  const done = new Promise<void>((resolve, reject) => {
    parser.on("end", resolve);
    parser.on("error", reject);
  });
  done.catch(() => {}); // read below, after the last slice
  for (let i = 0; i < text.length && !parser.destroyed; i += SLICE) {
    parser.write(text.slice(i, i + SLICE));
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (!parser.destroyed) parser.end();
  try {
    await done;
    return { ok: true, rows };
  } catch (error) {
    return splitError(error);
  }
}
