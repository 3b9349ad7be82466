// From a CSV row (the columns of /api/contacts.csv, see features/directory/contacts-csv.ts) to
// an edit of one service, with an error per wrong cell. Pure: the caller supplies the service as
// it is now (for an update) and today's date.
import {
  CSV_COLUMNS,
  LIST_SEPARATOR,
  factColumn,
  type CsvColumn,
  type CsvRow,
  type FullCsvRow,
} from "~/features/directory/contacts-csv";
import { FACT_KINDS, parseFactCell, type FactKind } from "~/features/directory/fact-state";
import { hasControlCharacters, isWebAddress } from "~/features/directory/stored-text";
import { checkDutchPhoneNumber } from "~/features/directory/phone-number";
import {
  changedFields,
  parsePhones,
  parseServiceForm,
  readPhoneLines,
  type ServiceEdit,
  type FieldSource,
} from "./service-form";

export interface CurrentService {
  edit: ServiceEdit;
  /** the row the export writes for this service now */
  exported: FullCsvRow;
  version: number;
  archived: boolean;
  /** the service has opening hours at its location (the import cannot rewrite those) */
  hasLocationHours: boolean;
  locationCount: number;
}

export interface RowError {
  column: CsvColumn;
  /** i18n key in the editor namespace */
  key: string;
  /** what the message names, e.g. the bad phone number */
  values?: Record<string, string | number>;
}

export type RowPlan =
  | {
      kind: "new";
      id: string | null;
      edit: ServiceEdit;
      archived: boolean;
      assured: Assured | null;
      confirmed: FactConfirmation[];
      website: string | null;
    }
  | {
      kind: "update";
      id: string;
      edit: ServiceEdit;
      archived: boolean;
      assured: Assured | null;
      confirmed: FactConfirmation[];
      /** facts whose cell was emptied: their confirmation ends */
      unconfirmed: FactKind[];
      fields: string[];
    }
  | { kind: "unchanged"; id: string }
  | { kind: "error"; id: string | null; errors: RowError[] };

export interface Assured {
  date: string;
  assurer: string;
}

/** A fact an import row says was confirmed with the organisation (decision 022). */
export interface FactConfirmation {
  kind: FactKind;
  date: string;
  by: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES = ["active", "inactive", "temporarily closed", "defunct"];

/** Which CSV column shows a form field's problem. */
const COLUMN_OF: Partial<Record<keyof ServiceEdit, CsvColumn>> = {
  name: "name",
  organization: "organization",
  summary: "summary",
  summary_en: "summary_en",
  description: "description",
  description_en: "description_en",
  topics: "topics",
  areas: "areas",
  phones: "phones",
  email: "emails",
  url: "url",
  hours: "hours",
  address_1: "locations",
  postal_code: "locations",
  city: "locations",
  location_name: "locations",
  walk_in: "walk_in",
  cost: "cost",
  fees_description: "fees_description",
  referral_required: "referral_required",
  anonymous_advice: "anonymous_advice",
  minimum_age: "minimum_age",
  maximum_age: "maximum_age",
  eligibility_description: "eligibility_description",
  application_process: "application_process",
  to_verify: "to_verify",
  source_url: "source_url",
  status: "status",
};

export function splitList(cell: string): string[] {
  return cell
    .split("|")
    .map((part) => part.trim())
    .filter(Boolean);
}

/** "[name, ]street[, postcode], city" — the way the export writes one location. */
export function parseLocationCell(
  cell: string,
): { location_name: string; address_1: string; postal_code: string; city: string } | null {
  const parts = cell
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const city = parts.pop()!;
  const postal_code =
    parts.length >= 2 && /^[1-9]\d{3}(\s?[A-Za-z]{2})?$/.test(parts[parts.length - 1]) ? parts.pop()! : "";
  const address_1 = parts.pop() ?? "";
  return { location_name: parts.join(", "), address_1, postal_code, city };
}

function source(values: Record<string, string | string[]>): FieldSource {
  return {
    get: (name) => {
      const v = values[name];
      return Array.isArray(v) ? v[0] : v;
    },
    getAll: (name) => {
      const v = values[name];
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    },
  };
}

export function planRow(row: CsvRow, current: CurrentService | null, today: string): RowPlan {
  const errors: RowError[] = [];
  const id = row.id.trim() || null;
  // Every cell, also those the form does not have (the same rule as the form: refused, named by column).
  const withControl = CSV_COLUMNS.filter((column) => hasControlCharacters(row[column] ?? ""));
  if (withControl.length > 0) {
    return {
      kind: "error",
      id,
      errors: withControl.map((column) => ({ column, key: "errors.service.controlCharacter" })),
    };
  }
  if (id && !UUID.test(id)) return { kind: "error", id, errors: [{ column: "id", key: "import.errors.id" }] };
  if (current && row.version.trim() !== String(current.version)) {
    return { kind: "error", id, errors: [{ column: "version", key: "import.errors.version" }] };
  }
  const status = row.status.trim() || "active";
  if (!STATUSES.includes(status)) errors.push({ column: "status", key: "errors.service.choice" });
  const base = current?.edit;
  const unchanged = (column: CsvColumn) =>
    current !== null && (row[column] ?? "").trim() === current.exported[column].trim();

  // Phones: numbers only in the CSV; a number that stays keeps its description.
  let phones = base?.phones ?? "";
  if (!unchanged("phones")) {
    const old = parsePhones(base?.phones ?? "") ?? [];
    phones = splitList(row.phones)
      .map((n) => {
        const check = checkDutchPhoneNumber(n);
        const kept = old.find((p) => p.number === (check.ok ? check.display : n));
        return kept?.description ? `${n} | ${kept.description}` : n;
      })
      .join("\n");
  }
  let hours = base?.hours ?? "";
  if (!unchanged("hours")) {
    if (current?.hasLocationHours) errors.push({ column: "hours", key: "import.errors.locationHours" });
    hours = splitList(row.hours).join("\n");
  }
  let location = base
    ? { location_name: base.location_name, address_1: base.address_1, postal_code: base.postal_code, city: base.city }
    : { location_name: "", address_1: "", postal_code: "", city: "" };
  if (!unchanged("locations")) {
    const cells = splitList(row.locations);
    if (cells.length > 1 || (current && current.locationCount > 1))
      errors.push({ column: "locations", key: "import.errors.oneLocation" });
    else if (cells.length === 0) location = { location_name: "", address_1: "", postal_code: "", city: "" };
    else {
      const parsed = parseLocationCell(cells[0]);
      if (!parsed) errors.push({ column: "locations", key: "import.errors.location" });
      else location = parsed;
    }
  }
  let email = base?.email ?? "";
  if (current && !unchanged("emails")) errors.push({ column: "emails", key: "import.errors.emails" });
  if (!current) {
    const emails = splitList(row.emails);
    if (emails.length > 1) errors.push({ column: "emails", key: "import.errors.emails" });
    email = emails[0] ?? "";
  }

  const website = row.organization_website.trim();
  if (website && !isWebAddress(website)) errors.push({ column: "organization_website", key: "errors.service.url" });

  const toVerify = row.to_verify.trim();
  if (!["", "0", "1"].includes(toVerify)) errors.push({ column: "to_verify", key: "errors.service.choice" });

  // One cell per fact (decision 022); a file without these columns keeps every fact as it is.
  let serviceFlag = toVerify === "1";
  const verify = new Set<FactKind>(base?.verify ?? []);
  const confirmed: FactConfirmation[] = [];
  const unconfirmed: FactKind[] = [];
  for (const kind of FACT_KINDS) {
    const column = factColumn(kind);
    const cell = row[column];
    if (cell === undefined || unchanged(column) || (!current && cell.trim() === "")) continue;
    const fact = parseFactCell(cell);
    if (!fact) {
      errors.push({ column, key: "import.errors.fact" });
      continue;
    }
    if (fact.state === "confirmed" && (fact.date > today || Number.isNaN(Date.parse(fact.date)))) {
      errors.push({ column, key: "import.errors.date" });
      continue;
    }
    const on = fact.state === "verify";
    if (kind === "service") serviceFlag = on;
    else if (on) verify.add(kind);
    else verify.delete(kind);
    if (fact.state === "confirmed") confirmed.push({ kind, date: fact.date, by: fact.by });
    if (fact.state === "unasked") unconfirmed.push(kind);
  }

  const values: Record<string, string | string[]> = {
    ...(base
      ? Object.fromEntries(Object.entries(base).map(([k, v]) => [k, typeof v === "boolean" ? (v ? "1" : "") : v]))
      : {}),
    name: row.name,
    organization: row.organization,
    status: status === "defunct" ? (base?.status ?? "active") : status,
    summary: row.summary,
    summary_en: row.summary_en,
    description: row.description,
    description_en: row.description_en,
    topics: splitList(row.topics),
    areas: splitList(row.areas),
    phones,
    email,
    url: row.url,
    hours,
    ...location,
    walk_in: row.walk_in,
    cost: row.cost,
    fees_description: row.fees_description,
    referral_required: row.referral_required,
    anonymous_advice: row.anonymous_advice,
    minimum_age: row.minimum_age,
    maximum_age: row.maximum_age,
    eligibility_description: row.eligibility_description,
    application_process: row.application_process,
    to_verify: serviceFlag ? "1" : "",
    verify: [...verify],
    source_url: row.source_url,
  };
  const { value: edit, errors: fieldErrors } = parseServiceForm(source(values));
  for (const [field, key] of Object.entries(fieldErrors)) {
    const column = COLUMN_OF[field as keyof ServiceEdit] ?? "name";
    if (errors.some((e) => e.column === column)) continue;
    const badPhone = field === "phones" && key === "errors.service.phone" ? readPhoneLines(edit.phones).problem : null;
    if (badPhone) errors.push({ column, key: "import.errors.phone", values: { number: badPhone.number } });
    else errors.push({ column, key: key! });
  }

  let assured: Assured | null = null;
  const date = row.assured_date.trim();
  if (date && !(current && unchanged("assured_date") && unchanged("assurer"))) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)) || date > today) {
      errors.push({ column: "assured_date", key: "import.errors.date" });
    } else if (!row.assurer.trim()) errors.push({ column: "assurer", key: "import.errors.assurer" });
    else assured = { date, assurer: row.assurer.trim().slice(0, 200) };
  }

  if (errors.length > 0) return { kind: "error", id, errors };
  const archived = status === "defunct";
  if (!current) return { kind: "new", id, edit, archived, assured, confirmed, website: website || null };
  const fields: string[] = changedFields(current.edit, edit);
  if (archived !== current.archived) fields.push("status");
  if (assured) fields.push("assured_date");
  if (confirmed.length > 0 || unconfirmed.length > 0) fields.push("facts_confirmed");
  if (fields.length === 0) return { kind: "unchanged", id: id! };
  return { kind: "update", id: id!, edit, archived, assured, confirmed, unconfirmed, fields: [...new Set(fields)] };
}

export { LIST_SEPARATOR };

/** The uploaded file's bytes as text, or null when they are not UTF-8 (refused, never guessed). */
export function decodeCsvBytes(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
