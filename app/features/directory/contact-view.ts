// What the contact page and the visitor card show, in one language. Pure: takes the loaded record.
import { freshness, type Freshness } from "./freshness";
import type { ServiceRecord } from "./service-record.server";
import { visitorCard, type VisitorCard } from "./visitor-text";

type Lang = "nl" | "en";

export interface Fact {
  text: string;
  toVerify: boolean;
  sourceUrl: string | null;
}

export interface ContactView {
  id: string;
  name: string;
  organization: string;
  summary: string | null;
  description: string | null;
  /** what the visitor card prints; null: no card (every name of the service holds a label) */
  card: VisitorCard | null;
  alert: string | null;
  topics: { id: string; name: string }[];
  areas: { slug: string; name: string }[];
  phones: (Fact & { href: string; note: string | null })[];
  emails: Fact[];
  website: string | null;
  schedules: Fact[];
  locations: {
    name: string | null;
    address: string | null;
    note: string | null;
    transport: string | null;
    toVerify: boolean;
    sourceUrl: string | null;
    schedules: Fact[];
  }[];
  walkIn: "yes" | "no" | "unknown";
  cost: "free" | "charged" | "unknown";
  fees: string | null;
  referral: "yes" | "no" | "unknown";
  anonymousAdvice: "yes" | "no" | "unknown";
  minimumAge: number | null;
  maximumAge: number | null;
  eligibility: string | null;
  application: string | null;
  checked: Freshness;
  assurer: string | null;
  sourceUrl: string | null;
  toVerify: boolean;
  lastModified: string;
}

/** The Dutch text, or the English twin on English pages (Dutch when no English exists). */
function pick(lang: Lang, nl: string | null, en: string | null): string | null {
  return lang === "en" ? (en ?? nl) : nl;
}

export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}

export function contactView(record: ServiceRecord, lang: Lang, today: string): ContactView {
  const { service: s, organization: o } = record;
  const scheduleFact = (row: ServiceRecord["schedules"][number]): Fact => ({
    text: pick(lang, row.description, row.description_en) ?? "",
    toVerify: row.to_verify === 1,
    sourceUrl: row.source_url,
  });
  const summary = pick(lang, s.summary, s.summary_en);
  const website = s.url ?? o.website;
  return {
    id: s.id,
    name: s.name,
    organization: o.name,
    summary,
    card: visitorCard({
      name: s.name,
      alternateName: s.alternate_name,
      organization: o.name,
      cardSummary: pick(lang, s.card_summary, s.card_summary_en),
      summary,
      website,
    }),
    description: pick(lang, s.description, s.description_en),
    alert: pick(lang, s.alert, s.alert_en),
    topics: record.topics.map((t) => ({ id: t.code, name: lang === "en" ? t.name_en : t.name })),
    areas: record.areas.map((a) => ({ slug: a.slug, name: lang === "en" ? a.name_en : a.name })),
    phones: record.phones.map((p) => ({
      text: p.number,
      href: telHref(p.number),
      note: pick(lang, p.description, p.description_en),
      toVerify: p.to_verify === 1,
      sourceUrl: p.source_url,
    })),
    emails: record.contacts
      .filter((c) => c.email)
      .map((c) => ({ text: c.email!, toVerify: c.to_verify === 1, sourceUrl: c.source_url })),
    website,
    schedules: record.schedules.map(scheduleFact),
    locations: record.locations.map((l) => ({
      name: l.location.name,
      address: l.address
        ? [l.address.address_1, l.address.postal_code, l.address.city].filter(Boolean).join(", ")
        : null,
      note: pick(lang, l.location.description, l.location.description_en),
      transport: pick(lang, l.location.transportation, l.location.transportation_en),
      toVerify: l.location.to_verify === 1,
      sourceUrl: l.location.source_url,
      schedules: l.schedules.map(scheduleFact),
    })),
    walkIn: s.walk_in,
    cost: s.cost,
    fees: pick(lang, s.fees_description, s.fees_description_en),
    referral: s.referral_required,
    anonymousAdvice: s.anonymous_advice,
    minimumAge: s.minimum_age,
    maximumAge: s.maximum_age,
    eligibility: pick(lang, s.eligibility_description, s.eligibility_description_en),
    application: pick(lang, s.application_process, s.application_process_en),
    checked: freshness(s.assured_date, today),
    assurer: s.assurer,
    sourceUrl: s.source_url,
    toVerify: s.to_verify === 1,
    lastModified: s.last_modified,
  };
}
