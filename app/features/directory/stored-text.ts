// Two rules for everything the directory stores and shows, in one place so the edit form, the
// import and every output (pages, HSDS API, CSV) apply the same ones (issue 15 points 7 and 12).
// Pure.

/** The only kinds of link we store or show: a `javascript:` or `data:` link would run or fake content. */
export const LINK_PROTOCOLS = ["http:", "https:", "mailto:", "tel:"] as const;

/** The link rule: true for an absolute http:, https:, mailto: or tel: link, false for anything else. */
export function isAllowedLink(value: string): boolean {
  if (value !== value.trim() || hasControlCharacters(value)) return false;
  try {
    return (LINK_PROTOCOLS as readonly string[]).includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A web address for a person to open: an allowed link, http(s), with a real host name. */
export function isWebAddress(value: string): boolean {
  if (!isAllowedLink(value)) return false;
  const url = new URL(value);
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
}

// Control characters (C0 except tab and line breaks, DEL, C1), the direction overrides and
// isolates that can make text read differently from what it is (U+202E), byte-order marks,
// U+FFFD (what invalid UTF-8 becomes), non-characters and lone surrogates.
/* eslint-disable no-control-regex -- finding control characters is this pattern's job */
const CONTROL_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFF9-\uFFFB\uFFFD-\uFFFF]|\p{Cs}/gu;
/* eslint-enable no-control-regex */

/** The control-character rule: true when the text holds a character that has no place in it. */
export function hasControlCharacters(value: string): boolean {
  CONTROL_CHARACTERS.lastIndex = 0;
  const found = CONTROL_CHARACTERS.test(value);
  CONTROL_CHARACTERS.lastIndex = 0;
  return found;
}

/** The same rule for output: text stored before the rule existed is shown without those characters. */
export function withoutControlCharacters(value: string): string {
  return value.replace(CONTROL_CHARACTERS, "");
}

/** Columns that hold a link, in any table. */
const LINK_COLUMNS = new Set(["url", "website", "source_url"]);

/**
 * A database row as it may be shown: control characters taken out of every text, and a link that
 * breaks the link rule dropped (null). Every service read goes through this (service-record.server.ts).
 */
export function cleanStoredRow<T extends object>(row: T): T {
  const out = { ...row } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) {
    if (typeof value !== "string") continue;
    const text = withoutControlCharacters(value);
    out[key] = LINK_COLUMNS.has(key) && text !== "" && !isAllowedLink(text) ? null : text;
  }
  return out as T;
}
