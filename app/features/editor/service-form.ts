// The editable shape of a service: what the edit form shows, what an import row holds, and what
// an audit row records (before/after). Pure: parsing, validation and comparison. Error values
// are i18n keys in the `editor` namespace (`errors.service.*`).
import { AREA_SLUGS } from "#db/areas";
import { TOPIC_IDS } from "#db/topics";
import { FACT_KINDS, isFactKind, type FactKind } from "~/features/directory/fact-state";
import { checkDutchPhoneNumber, type PhoneProblem } from "~/features/directory/phone-number";
import { hasControlCharacters, isWebAddress } from "~/features/directory/stored-text";
import { labelWordIn } from "~/features/directory/visitor-text";
import { checkTimes, DAYS, dayName, timesText, type DayTimes } from "./opening-times";

export const EDIT_STATUSES = ["active", "temporarily closed", "inactive"] as const;
export const COSTS = ["unknown", "free", "charged"] as const;
export const YES_NO = ["unknown", "yes", "no"] as const;

/** Free-text fields (Dutch, with an English twin where the directory has one). */
export const TEXT_FIELDS = [
  "name",
  "alternate_name",
  "organization",
  "summary",
  "summary_en",
  "card_summary",
  "card_summary_en",
  "description",
  "description_en",
  "application_process",
  "application_process_en",
  "fees_description",
  "fees_description_en",
  "eligibility_description",
  "eligibility_description_en",
  "alert",
  "alert_en",
  "url",
  "email",
  "source_url",
  "location_name",
  "address_1",
  "postal_code",
  "city",
  "transportation",
  "transportation_en",
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface ServiceEdit extends Record<TextField, string> {
  status: (typeof EDIT_STATUSES)[number];
  minimum_age: string;
  maximum_age: string;
  cost: (typeof COSTS)[number];
  walk_in: (typeof YES_NO)[number];
  referral_required: (typeof YES_NO)[number];
  anonymous_advice: (typeof YES_NO)[number];
  /** the service itself is unsure ("nog controleren" on the whole service) */
  to_verify: boolean;
  /** the other facts marked "nog controleren" (phone, e-mail, address, hours, walk-in, cost; decision 022) */
  verify: FactKind[];
  topics: string[];
  areas: string[];
  /** one phone per line: "number" or "number | what it is for" */
  phones: string;
  /** opening hours in words, one line per rule (Dutch), e.g. "Maandag 9:00 tot 17:00" */
  hours: string;
  /**
   * opening times per day, a line per open day: "MO 09:00-17:00" (opening-times.ts); these give
   * "Nu open" on the public pages (decision 024)
   */
  opening_times: string;
}

/** Every field in form order: the summary, the audit view and the conflict message follow it. */
export const FIELD_ORDER: (keyof ServiceEdit)[] = [
  "name",
  "organization",
  "alternate_name",
  "status",
  "summary",
  "summary_en",
  "card_summary",
  "card_summary_en",
  "description",
  "description_en",
  "topics",
  "areas",
  "minimum_age",
  "maximum_age",
  "cost",
  "walk_in",
  "referral_required",
  "anonymous_advice",
  "phones",
  "email",
  "url",
  "location_name",
  "address_1",
  "postal_code",
  "city",
  "transportation",
  "transportation_en",
  "hours",
  "opening_times",
  "application_process",
  "application_process_en",
  "fees_description",
  "fees_description_en",
  "eligibility_description",
  "eligibility_description_en",
  "alert",
  "alert_en",
  "source_url",
  "to_verify",
  "verify",
];

/** The facts besides the service itself that an editor can mark "nog controleren" in the form. */
export const FORM_FACT_KINDS = FACT_KINDS.filter((kind) => kind !== "service");

const MAX_LENGTH: Partial<Record<keyof ServiceEdit, number>> = {
  name: 200,
  alternate_name: 200,
  organization: 200,
  summary: 400,
  summary_en: 400,
  card_summary: 400,
  card_summary_en: 400,
  location_name: 200,
  address_1: 200,
  city: 100,
  email: 254,
  url: 500,
  source_url: 500,
};
const LONG_TEXT = 5000;

export function emptyServiceEdit(): ServiceEdit {
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, ""])) as Record<TextField, string>;
  return {
    ...text,
    status: "active",
    minimum_age: "",
    maximum_age: "",
    cost: "unknown",
    walk_in: "unknown",
    referral_required: "unknown",
    anonymous_advice: "unknown",
    to_verify: false,
    verify: [],
    topics: [],
    areas: [],
    phones: "",
    hours: "",
    opening_times: "",
  };
}

/** Anything shaped like FormData or URLSearchParams. */
export interface FieldSource {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

function pick<T extends string>(value: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function clean(value: unknown): string {
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n").trim() : "";
}

export type ServiceErrors = Partial<Record<keyof ServiceEdit, string>>;

/** What the person typed, kept as typed (to show again), plus an error key per wrong field. */
export function parseServiceForm(source: FieldSource): { value: ServiceEdit; errors: ServiceErrors } {
  const errors: ServiceErrors = {};
  const value = emptyServiceEdit();
  for (const field of TEXT_FIELDS) value[field] = clean(source.get(field)).slice(0, LONG_TEXT + 1);
  const choose = <T extends string>(field: keyof ServiceEdit, allowed: readonly T[], fallback: T): T => {
    const raw = clean(source.get(field));
    const chosen = raw === "" ? fallback : pick(raw, allowed);
    if (chosen === null) errors[field] = "errors.service.choice";
    return chosen ?? fallback;
  };
  value.status = choose("status", EDIT_STATUSES, "active");
  value.cost = choose("cost", COSTS, "unknown");
  value.walk_in = choose("walk_in", YES_NO, "unknown");
  value.referral_required = choose("referral_required", YES_NO, "unknown");
  value.anonymous_advice = choose("anonymous_advice", YES_NO, "unknown");
  value.minimum_age = clean(source.get("minimum_age"));
  value.maximum_age = clean(source.get("maximum_age"));
  const toVerify = clean(source.get("to_verify")).toLowerCase();
  value.to_verify = ["1", "on", "yes", "ja", "true"].includes(toVerify);
  const verify = [...new Set(source.getAll("verify").map(clean).filter(Boolean))];
  value.verify = FORM_FACT_KINDS.filter((kind) => verify.includes(kind));
  if (verify.some((kind) => !isFactKind(kind) || kind === "service")) errors.verify = "errors.service.choice";
  value.topics = [...new Set(source.getAll("topics").map(clean).filter(Boolean))];
  value.areas = [...new Set(source.getAll("areas").map(clean).filter(Boolean))];
  value.phones = clean(source.get("phones"));
  value.hours = clean(source.get("hours"));
  // The form has a "from" and a "to" box per day; an import row carries the stored text.
  if (
    source.get(`opening_times_${DAYS[0]}_from`) !== null &&
    source.get(`opening_times_${DAYS[0]}_from`) !== undefined
  ) {
    const days: Partial<Record<(typeof DAYS)[number], DayTimes>> = {};
    for (const day of DAYS)
      days[day] = {
        from: clean(source.get(`opening_times_${day}_from`)),
        to: clean(source.get(`opening_times_${day}_to`)),
      };
    value.opening_times = timesText(days);
  } else value.opening_times = clean(source.get("opening_times")).slice(0, 400);

  // Refused, not silently removed: the person sees which field and can type it again.
  for (const field of [...TEXT_FIELDS, "phones", "hours", "opening_times"] as const) {
    if (hasControlCharacters(value[field])) errors[field] = "errors.service.controlCharacter";
  }
  if (value.name === "" && !errors.name) errors.name = "errors.service.nameMissing";
  if (value.organization === "" && !errors.organization) errors.organization = "errors.service.organizationMissing";
  for (const field of TEXT_FIELDS) {
    const max = MAX_LENGTH[field] ?? LONG_TEXT;
    if (value[field].length > max && !errors[field]) errors[field] = "errors.service.tooLong";
  }
  for (const field of ["url", "source_url"] as const) {
    if (value[field] && !isWebAddress(value[field]) && !errors[field]) errors[field] = "errors.service.url";
  }
  // The visitor card never names a label (issue 14): refused at the field, with what to write instead.
  for (const field of ["card_summary", "card_summary_en"] as const) {
    if (labelWordIn(value[field]) && !errors[field]) errors[field] = "errors.service.cardLabel";
  }
  if (value.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.email)) errors.email = "errors.service.email";

  const min = parseAge(value.minimum_age);
  const max = parseAge(value.maximum_age);
  if (min === undefined) errors.minimum_age = "errors.service.age";
  if (max === undefined) errors.maximum_age = "errors.service.age";
  if (typeof min === "number" && typeof max === "number" && min > max) errors.maximum_age = "errors.service.ageOrder";

  if (value.topics.some((t) => !(TOPIC_IDS as readonly string[]).includes(t))) errors.topics = "errors.service.choice";
  if (value.areas.some((a) => !AREA_SLUGS.includes(a))) errors.areas = "errors.service.choice";

  // One rule for every number (issue 17.7): a bad line is refused and named; good ones are kept the way we show them.
  const phones = parsePhones(value.phones);
  if (!errors.phones && phones === null) errors.phones = "errors.service.phone";
  else if (!errors.phones && phones) value.phones = formatPhones(phones);

  const times = checkTimes(value.opening_times);
  if (!errors.opening_times && !times.ok) errors.opening_times = times.problem.key;
  else if (times.ok) value.opening_times = times.text;

  if (value.postal_code) {
    const postcode = normalizePostcode(value.postal_code);
    if (postcode === null) errors.postal_code = "errors.service.postcode";
    else value.postal_code = postcode;
  }
  // A location may have just a name (a building, "online"); an address needs a street and a city.
  const hasAddress = value.address_1 || value.postal_code || value.city;
  if (hasAddress && !value.address_1) errors.address_1 = "errors.service.streetMissing";
  if (hasAddress && !value.city) errors.city = "errors.service.cityMissing";
  if (!hasAddress && !value.location_name && (value.transportation || value.transportation_en)) {
    errors.location_name = "errors.service.locationMissing";
  }
  return { value, errors };
}

/** "" → null (empty), a whole number 0–120 → the number, anything else → undefined (wrong). */
export function parseAge(value: string): number | null | undefined {
  if (value === "") return null;
  if (!/^\d{1,3}$/.test(value)) return undefined;
  const n = Number(value);
  return n <= 120 ? n : undefined;
}

/** "1234ab" → "1234 AB"; null when it is not a Dutch postcode. */
export function normalizePostcode(value: string): string | null {
  const match = /^([1-9]\d{3})\s*([a-zA-Z]{2})?$/.exec(value.trim());
  if (!match) return null;
  return match[2] ? `${match[1]} ${match[2].toUpperCase()}` : match[1];
}

export interface PhoneLine {
  number: string;
  description: string | null;
}

export interface PhoneLineProblem {
  /** the line of the field, from 1 */
  line: number;
  number: string;
  problem: PhoneProblem;
}

/** One phone per line, "number" or "number | description"; each number as checkDutchPhoneNumber() shows it. */
export function readPhoneLines(text: string): { phones: PhoneLine[]; problem: PhoneLineProblem | null } {
  const phones: PhoneLine[] = [];
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const [rawNumber, ...rest] = line.split("|");
    const number = rawNumber.trim();
    const check = checkDutchPhoneNumber(number);
    if (!check.ok) return { phones, problem: { line: index + 1, number, problem: check.problem } };
    phones.push({ number: check.display, description: rest.join("|").trim() || null });
  }
  return { phones, problem: null };
}

/** The phones of a field, or null when a line holds no good Dutch number. */
export function parsePhones(text: string): PhoneLine[] | null {
  const { phones, problem } = readPhoneLines(text);
  return problem ? null : phones;
}

/**
 * What an error message names besides its key: the bad phone line and its number, or the day
 * whose opening time is wrong (`lang` for the day's name).
 */
export function errorValues(
  value: ServiceEdit,
  field: keyof ServiceEdit,
  lang = "nl",
): Record<string, string | number> | undefined {
  if (field === "opening_times") {
    const check = checkTimes(value.opening_times);
    return check.ok ? undefined : { day: dayName(check.problem.day, lang) };
  }
  if (field !== "phones") return undefined;
  const problem = readPhoneLines(value.phones).problem;
  return problem ? { line: problem.line, number: problem.number } : undefined;
}

export function formatPhones(phones: readonly PhoneLine[]): string {
  return phones.map((p) => (p.description ? `${p.number} | ${p.description}` : p.number)).join("\n");
}

/** Two values of one field, compared the way a person would (lists without order, trimmed text). */
export function sameValue(a: ServiceEdit[keyof ServiceEdit], b: ServiceEdit[keyof ServiceEdit]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join("\n") === [...b].sort().join("\n");
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  return a === b;
}

/** The fields where two versions differ, in form order. */
export function changedFields(a: ServiceEdit, b: ServiceEdit): (keyof ServiceEdit)[] {
  return FIELD_ORDER.filter((field) => !sameValue(a[field], b[field]));
}
