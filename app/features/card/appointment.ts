// The appointment card: what a volunteer and a visitor agreed, on paper or on a phone.
// Pure functions only. The filled-in text is personal: it is validated and rendered once and
// never stored or logged (docs/product.md principle 3).
import type { Lang } from "~/i18n/lang";

export const CARD_FIELDS = ["what", "who", "date", "time", "place", "bring"] as const;
export type CardField = (typeof CARD_FIELDS)[number];
export type CardValues = Record<CardField, string> & { size: CardSize };

export const CARD_SIZES = ["a6", "a5"] as const;
export type CardSize = (typeof CARD_SIZES)[number];

/** Longest text per field: a card is small, and a long text is not easy to read. */
export const MAX_LENGTH: Record<CardField, number> = {
  what: 160,
  who: 80,
  date: 20,
  time: 10,
  place: 160,
  bring: 160,
};

const REQUIRED: CardField[] = ["what", "date", "time", "place"];

/** Error keys under card:errors.<key>. */
export type CardErrorKey =
  | "whatMissing"
  | "dateMissing"
  | "dateInvalid"
  | "datePast"
  | "timeMissing"
  | "timeInvalid"
  | "placeMissing"
  | "tooLong";

export interface CardError {
  field: CardField;
  key: CardErrorKey;
  max?: number;
}

export interface CardWhen {
  /** ISO date, yyyy-mm-dd */
  date: string;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  hour: number;
  minute: number;
}

export type CardResult =
  { ok: true; values: CardValues; when: CardWhen } | { ok: false; values: CardValues; errors: CardError[] };

function text(form: FormData | URLSearchParams, name: string): string {
  const value = form.get(name);
  // Collapse runs of spaces and line breaks: a card line is one line of text.
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

/** What the volunteer typed, cleaned but not judged. */
export function readCardForm(form: FormData | URLSearchParams): CardValues {
  const values = Object.fromEntries(CARD_FIELDS.map((field) => [field, text(form, field)])) as Record<
    CardField,
    string
  >;
  const size = text(form, "size");
  return { ...values, size: (CARD_SIZES as readonly string[]).includes(size) ? (size as CardSize) : "a6" };
}

export function emptyCard(): CardValues {
  return { what: "", who: "", date: "", time: "", place: "", bring: "", size: "a6" };
}

/** A date typed as 2026-12-01 (date field) or 1-12-2026 / 1/12/2026 / 1.12.2026 (text fallback). */
export function parseDate(input: string): string | null {
  let year: number, month: number, day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(input);
    if (!match) return null;
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A time typed as 14:30, 14.30 or 9 (whole hour). */
export function parseTime(input: string): { hour: number; minute: number } | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?:\s*(?:uur|u|h))?$/i.exec(input);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = match[2] ? Number(match[2]) : 0;
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

/** 0 = Monday … 6 = Sunday, as Dutch and English calendars show the week. */
export function weekdayOf(isoDate: string): number {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return (day + 6) % 7;
}

export function validateCard(values: CardValues, today: string): CardResult {
  const errors: CardError[] = [];
  for (const field of CARD_FIELDS) {
    if (values[field].length > MAX_LENGTH[field]) errors.push({ field, key: "tooLong", max: MAX_LENGTH[field] });
  }
  const failed = (field: CardField) => errors.some((error) => error.field === field);
  for (const field of REQUIRED) {
    if (!values[field] && !failed(field)) errors.push({ field, key: `${field}Missing` as CardErrorKey });
  }
  const date = values.date && !failed("date") ? parseDate(values.date) : null;
  if (values.date && !failed("date")) {
    if (!date) errors.push({ field: "date", key: "dateInvalid" });
    else if (date < today) errors.push({ field: "date", key: "datePast" });
  }
  const time = values.time && !failed("time") ? parseTime(values.time) : null;
  if (values.time && !failed("time") && !time) errors.push({ field: "time", key: "timeInvalid" });

  // Show the errors in the order of the form, as the summary links to the fields top to bottom.
  errors.sort((a, b) => CARD_FIELDS.indexOf(a.field) - CARD_FIELDS.indexOf(b.field));
  if (errors.length > 0 || !date || !time) return { ok: false, values, errors };
  return { ok: true, values, when: { date, weekday: weekdayOf(date), hour: time.hour, minute: time.minute } };
}

const LOCALES: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };

/** "dinsdag 1 december 2026" / "Tuesday 1 December 2026". */
export function formatDate(isoDate: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function weekdayName(weekday: number, lang: Lang): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(LOCALES[lang], { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, 1 + weekday)),
  );
}

/** "14:30" — the digits as a clock shows them. */
export function formatClock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

function dayPart(hour: number, lang: Lang): string {
  const parts =
    lang === "nl"
      ? ["'s nachts", "'s ochtends", "'s middags", "'s avonds"]
      : ["at night", "in the morning", "in the afternoon", "in the evening"];
  return parts[hour < 6 ? 0 : hour < 12 ? 1 : hour < 18 ? 2 : 3];
}

/**
 * The time in words, the way people say it: "half 3 's middags", "quarter past 9 in the morning".
 * Only for whole, half and quarter hours; other times keep the clock digits alone (null).
 */
export function timeInWords(hour: number, minute: number, lang: Lang): string | null {
  const twelve = (h: number) => ((h + 11) % 12) + 1;
  const now = twelve(hour);
  const next = twelve(hour + 1);
  const part = dayPart(hour, lang);
  if (lang === "nl") {
    if (minute === 0) return `${now} uur ${part}`;
    if (minute === 15) return `kwart over ${now} ${part}`;
    if (minute === 30) return `half ${next} ${part}`;
    if (minute === 45) return `kwart voor ${next} ${part}`;
    return null;
  }
  if (minute === 0) return `${now} o'clock ${part}`;
  if (minute === 15) return `quarter past ${now} ${part}`;
  if (minute === 30) return `half past ${now} ${part}`;
  if (minute === 45) return `quarter to ${next} ${part}`;
  return null;
}
