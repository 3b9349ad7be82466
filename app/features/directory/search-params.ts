// Reading the search form (GET /:lang/contacts). Pure: every value from the URL is checked; a value
// we do not know is dropped with a message that names the field, never passed on to the database.
import { AREAS, areaBySlug, areaForPostcode, type AreaDef } from "#db/areas";
import { isTopicId, type TopicId } from "#db/topics";

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 1000;
export const PAGE_SIZE = 10;

export interface SearchParams {
  q: string;
  topic: TopicId | null;
  area: string | null;
  age: number | null;
  free: boolean;
  walkin: boolean;
  page: number;
}

export type SearchField = "q" | "topic" | "area" | "age" | "free" | "walkin" | "page";

export type SearchMessageCode =
  | "queryTooLong"
  | "unknownTopic"
  | "unknownArea"
  | "postcodeUsed"
  | "ageNotANumber"
  | "ageOutOfRange"
  | "unknownFlag"
  | "pageNotANumber"
  | "pageTooLow"
  | "pageTooHigh";

export interface SearchMessage {
  field: SearchField;
  code: SearchMessageCode;
  /** what was typed or the value we used instead, for the message text (shortened) */
  value?: string;
  /** true: the visitor has to change something (GOV.UK error); false: a note about what we did */
  error: boolean;
}

export interface ParsedSearch {
  params: SearchParams;
  messages: SearchMessage[];
  /** the raw text of each field as typed, to put back in the form */
  raw: Record<SearchField, string>;
}

export const EMPTY_SEARCH: SearchParams = {
  q: "",
  topic: null,
  area: null,
  age: null,
  free: false,
  walkin: false,
  page: 1,
};

type Input = URLSearchParams | Record<string, string | undefined>;

function read(input: Input, key: string): string {
  const value = input instanceof URLSearchParams ? input.get(key) : input[key];
  return typeof value === "string" ? value : "";
}

/** Shorten a typed value before it is shown back in a message. */
function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export function parseSearchParams(input: Input, areas: readonly AreaDef[] = AREAS): ParsedSearch {
  const messages: SearchMessage[] = [];
  const raw = {
    q: read(input, "q"),
    topic: read(input, "topic").trim(),
    area: read(input, "area").trim(),
    age: read(input, "age").trim(),
    free: read(input, "free").trim(),
    walkin: read(input, "walkin").trim(),
    page: read(input, "page").trim(),
  };
  const params: SearchParams = { ...EMPTY_SEARCH };

  // Free text: control characters out, spaces collapsed, long text cut (a note, not an error).
  let q = raw.q
    // eslint-disable-next-line no-control-regex -- finding control characters is this line's job
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
    messages.push({ field: "q", code: "queryTooLong", value: String(MAX_QUERY_LENGTH), error: false });
  }
  params.q = q;

  if (raw.topic) {
    if (isTopicId(raw.topic)) params.topic = raw.topic;
    else messages.push({ field: "topic", code: "unknownTopic", value: shown(raw.topic), error: true });
  }

  if (raw.area) {
    const slug = raw.area.toLowerCase();
    const postcode = /^([1-9][0-9]{3})(\s?[a-z]{2})?$/i.exec(raw.area);
    if (areaBySlugIn(slug, areas)) params.area = slug;
    else if (postcode) {
      const found = areaForPostcode(Number(postcode[1]), areas);
      if (found) {
        params.area = found.slug;
        messages.push({ field: "area", code: "postcodeUsed", value: found.slug, error: false });
      } else messages.push({ field: "area", code: "unknownArea", value: shown(raw.area), error: true });
    } else messages.push({ field: "area", code: "unknownArea", value: shown(raw.area), error: true });
  }

  if (raw.age) {
    if (!/^\d{1,3}$/.test(raw.age))
      messages.push({ field: "age", code: "ageNotANumber", value: shown(raw.age), error: true });
    else {
      const age = Number(raw.age);
      if (age > 120) messages.push({ field: "age", code: "ageOutOfRange", value: shown(raw.age), error: true });
      else params.age = age;
    }
  }

  for (const flag of ["free", "walkin"] as const) {
    const value = raw[flag];
    if (value === "1" || value === "on" || value === "true") params[flag] = true;
    else if (value !== "" && value !== "0")
      messages.push({ field: flag, code: "unknownFlag", value: shown(value), error: false });
  }

  if (raw.page) {
    if (!/^-?\d+$/.test(raw.page))
      messages.push({ field: "page", code: "pageNotANumber", value: shown(raw.page), error: false });
    else {
      // Compare as text length first: "99999999999999999999" must not become a float.
      const negative = raw.page.startsWith("-");
      const page = raw.page.replace(/^-/, "").length > 6 ? Number.POSITIVE_INFINITY : Math.abs(Number(raw.page));
      if (negative || page < 1) messages.push({ field: "page", code: "pageTooLow", value: "1", error: false });
      else if (page > MAX_PAGE) {
        params.page = MAX_PAGE;
        messages.push({ field: "page", code: "pageTooHigh", value: String(MAX_PAGE), error: false });
      } else params.page = page;
    }
  }

  return { params, messages, raw };
}

function areaBySlugIn(slug: string, areas: readonly AreaDef[]): boolean {
  return areas === AREAS ? areaBySlug(slug) !== undefined : areas.some((area) => area.slug === slug);
}

/** The URL query for a search (only the fields that are set), e.g. for pagination links. */
export function searchQueryString(params: SearchParams, overrides: Partial<SearchParams> = {}): string {
  const p = { ...params, ...overrides };
  const query = new URLSearchParams();
  if (p.q) query.set("q", p.q);
  if (p.topic) query.set("topic", p.topic);
  if (p.area) query.set("area", p.area);
  if (p.age !== null) query.set("age", String(p.age));
  if (p.free) query.set("free", "1");
  if (p.walkin) query.set("walkin", "1");
  if (p.page > 1) query.set("page", String(p.page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

export function hasAnyCriterion(params: SearchParams): boolean {
  return Boolean(params.q || params.topic || params.area || params.age !== null || params.free || params.walkin);
}
