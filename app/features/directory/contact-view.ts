// What the contact page and the visitor card show, in one language. Pure: takes the loaded record.
import { howWeKnow, type HowWeKnow } from "./how-we-know";
import { openingState, serviceHours, type OpeningAnswer, type OpeningState } from "./opening-hours";
import { openingSentence } from "./opening-words";
import type { ServiceRecord } from "./service-record.server";
import { visitorCard, type VisitorCard } from "./visitor-text";

import type { Lang } from "~/i18n/lang";

export interface Fact {
  text: string;
  toVerify: boolean;
  sourceUrl: string | null;
  /** the organisation's, shown because the service itself has none of this kind (issue 17.3) */
  ofOrganization?: boolean;
}

export interface ContactView {
  id: string;
  name: string;
  organization: string;
  summary: string | null;
  description: string | null;
  /** what the visitor card prints; null: no card (every name holds a label, or no way to reach them) */
  card: CardView | null;
  alert: string | null;
  topics: { id: string; name: string }[];
  areas: { slug: string; name: string }[];
  phones: (Fact & { href: string; note: string | null })[];
  emails: Fact[];
  website: string | null;
  schedules: Fact[];
  /** open now, closed, or unknown (say nothing), at the moment the page was made (decision 024) */
  opening: OpeningState;
  /** the opening line in the page's language, made here: its words never go to the browser */
  openingText: string | null;
  /** when that sentence may change (UTC ms): the page cache keeps the page no longer; null: not with time */
  openingChangesAt: number | null;
  locations: {
    name: string | null;
    address: string | null;
    note: string | null;
    transport: string | null;
    toVerify: boolean;
    sourceUrl: string | null;
    schedules: Fact[];
    ofOrganization?: boolean;
  }[];
  walkIn: "yes" | "no" | "unknown";
  walkInToVerify: boolean;
  cost: "free" | "charged" | "unknown";
  costToVerify: boolean;
  fees: string | null;
  referral: "yes" | "no" | "unknown";
  anonymousAdvice: "yes" | "no" | "unknown";
  minimumAge: number | null;
  maximumAge: number | null;
  eligibility: string | null;
  application: string | null;
  /** the day the source was read and the day the organisation confirmed it: never one for the other */
  howWeKnow: HowWeKnow;
  /** the last day someone from practice said "it was right"; apart from the editors' confirmation (decision 023) */
  practiceConfirmedOn: string | null;
  /** the ways to reach the service, best first; empty: the service is not shown publicly */
  ways: ReachWay[];
  sourceUrl: string | null;
  toVerify: boolean;
  lastModified: string;
}

/** How a visitor or professional can get in touch, best first. */
export type ReachWay = "call" | "email" | "website" | "visit";

/** What the visitor card prints: every fact we have, the unsure ones marked, never without a way to reach. */
export interface CardView extends VisitorCard {
  /** the organisation the phones, e-mails or places of `ofOrganization` belong to */
  organization: string;
  phones: { text: string; href: string; toVerify: boolean; ofOrganization: boolean }[];
  emails: { text: string; toVerify: boolean; ofOrganization: boolean }[];
  hours: { text: string; toVerify: boolean }[];
  places: { name: string | null; address: string; toVerify: boolean; ofOrganization: boolean }[];
  /** on screen only: a printed card must not say "open now" (decision 024) */
  opening: OpeningState;
  /** the opening line in the page's language, made here: its words never go to the browser */
  openingText: string | null;
  /** how to check an unsure fact first ("Bel eerst even om te checken"); null: nothing on the card is unsure */
  checkFirst: ReachWay | null;
  howWeKnow: HowWeKnow;
}

/** Phone first (fastest for a visitor), then e-mail, website, and going there. */
export function reachWays(facts: {
  phones: unknown[];
  emails: unknown[];
  website: string | null;
  locations: { address: string | null }[];
}): ReachWay[] {
  const ways: ReachWay[] = [];
  if (facts.phones.length > 0) ways.push("call");
  if (facts.emails.length > 0) ways.push("email");
  if (facts.website) ways.push("website");
  if (facts.locations.some((l) => l.address)) ways.push("visit");
  return ways;
}

/**
 * The card's facts: the unsure ones too, marked, with a way to check them first — a card with only a
 * name and a QR code helps nobody (issue 17 point 3). Null when there is no way to reach the service.
 */
function cardView(visitor: VisitorCard | null, view: Omit<ContactView, "card">): CardView | null {
  if (!visitor) return null;
  const phones = view.phones.map(({ text, href, toVerify, ofOrganization }) => ({
    text,
    href,
    toVerify,
    ofOrganization: ofOrganization === true,
  }));
  const emails = view.emails.map(({ text, toVerify, ofOrganization }) => ({
    text,
    toVerify,
    ofOrganization: ofOrganization === true,
  }));
  const hours = [...view.schedules, ...view.locations.flatMap((l) => l.schedules)]
    .filter((h) => h.text)
    .map(({ text, toVerify }) => ({ text, toVerify }));
  const places = view.locations.flatMap((l) =>
    l.address
      ? [{ name: l.name, address: l.address, toVerify: l.toVerify, ofOrganization: l.ofOrganization === true }]
      : [],
  );
  // The card's own ways: a website with a label in its address is not printed (decision 014).
  const ways = reachWays({ phones, emails, website: visitor.website, locations: places });
  if (ways.length === 0) return null;
  const unsure = view.toVerify || [...phones, ...emails, ...hours, ...places].some((fact) => fact.toVerify);
  return {
    ...visitor,
    organization: view.organization,
    phones,
    emails,
    hours,
    places,
    opening: view.opening,
    openingText: view.openingText,
    checkFirst: unsure ? ways[0] : null,
    howWeKnow: view.howWeKnow,
  };
}

/** The Dutch text, or the English twin on English pages (Dutch when no English exists). */
function pick(lang: Lang, nl: string | null, en: string | null): string | null {
  return lang === "en" ? (en ?? nl) : nl;
}

const DAY_ORDER = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/** Hours in the order of the week (Monday first, then by time); rows without days keep their place after them. */
export function weekOrder<T extends { byday: string | null; opens_at: string | null }>(rows: readonly T[]): T[] {
  const first = (row: T) => {
    const days = (row.byday ?? "").split(",").map((d) => DAY_ORDER.indexOf(d.trim().replace(/^-?\d/, "")));
    const known = days.filter((d) => d >= 0);
    return known.length > 0 ? Math.min(...known) : DAY_ORDER.length;
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        first(a.row) - first(b.row) || (a.row.opens_at ?? "").localeCompare(b.row.opens_at ?? "") || a.index - b.index,
    )
    .map(({ row }) => row);
}

export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}

/**
 * `now`: the moment for "open now"; without it (the CSV, tests of other facts) the opening is
 * "unknown" and nothing is said about it.
 */
export function contactView(record: ServiceRecord, lang: Lang, today: string, now: Date | null = null): ContactView {
  const { service: s, organization: o } = record;
  const scheduleFact = (row: ServiceRecord["schedules"][number]): Fact => ({
    text: pick(lang, row.description, row.description_en) ?? "",
    toVerify: row.to_verify === 1,
    sourceUrl: row.source_url,
  });
  const summary = pick(lang, s.summary, s.summary_en);
  // The organisation's website, phone, e-mail or address when the service has none (issue 17.3).
  const website = s.url ?? o.website;
  const ownPhones: ContactView["phones"] = record.phones.map((p) => ({
    text: p.number,
    href: telHref(p.number),
    note: pick(lang, p.description, p.description_en),
    toVerify: p.to_verify === 1,
    sourceUrl: p.source_url,
  }));
  const phones: ContactView["phones"] =
    ownPhones.length > 0
      ? ownPhones
      : record.organizationPhones.map((p) => ({
          text: p.number,
          href: telHref(p.number),
          note: pick(lang, p.description, p.description_en),
          toVerify: p.to_verify === 1,
          sourceUrl: p.source_url,
          ofOrganization: true,
        }));
  const ownEmails: Fact[] = record.contacts
    .filter((c) => c.email)
    .map((c) => ({ text: c.email!, toVerify: c.to_verify === 1, sourceUrl: c.source_url }));
  // The service's own address field (the editors' form writes it there).
  if (s.email && !ownEmails.some((e) => e.text.toLowerCase() === s.email!.toLowerCase()))
    ownEmails.push({ text: s.email, toVerify: false, sourceUrl: null });
  const emails: Fact[] =
    ownEmails.length > 0
      ? ownEmails
      : o.email
        ? [{ text: o.email, toVerify: false, sourceUrl: o.source_url, ofOrganization: true }]
        : [];
  const address = (a: NonNullable<ServiceRecord["locations"][number]["address"]>) =>
    [a.address_1, a.postal_code, a.city].filter(Boolean).join(", ");
  const ownLocations: ContactView["locations"] = record.locations.map((l) => ({
    name: l.location.name,
    address: l.address ? address(l.address) : null,
    note: pick(lang, l.location.description, l.location.description_en),
    transport: pick(lang, l.location.transportation, l.location.transportation_en),
    toVerify: l.location.to_verify === 1,
    sourceUrl: l.location.source_url,
    schedules: weekOrder(l.schedules).map(scheduleFact),
  }));
  const locations: ContactView["locations"] = ownLocations.some((l) => l.address)
    ? ownLocations
    : [
        ...ownLocations,
        ...record.organizationPlaces.map((l) => ({
          name: l.location.name,
          address: address(l.address),
          note: pick(lang, l.location.description, l.location.description_en),
          transport: pick(lang, l.location.transportation, l.location.transportation_en),
          toVerify: l.location.to_verify === 1,
          sourceUrl: l.location.source_url,
          schedules: [],
          ofOrganization: true,
        })),
      ];
  const hours = serviceHours(
    record.schedules,
    record.locations.map((l) => l.schedules),
  );
  const opening: OpeningAnswer = now ? openingState(hours, now) : { state: { kind: "unknown" }, changesAt: null };
  const facts = {
    id: s.id,
    name: s.name,
    organization: o.name,
    summary,
    description: pick(lang, s.description, s.description_en),
    alert: pick(lang, s.alert, s.alert_en),
    topics: record.topics.map((t) => ({ id: t.code, name: lang === "en" ? t.name_en : t.name })),
    areas: record.areas.map((a) => ({ slug: a.slug, name: lang === "en" ? a.name_en : a.name })),
    phones,
    emails,
    website,
    schedules: weekOrder(record.schedules).map(scheduleFact),
    opening: opening.state,
    openingText: openingSentence(opening.state, lang),
    openingChangesAt: opening.changesAt,
    locations,
    walkIn: s.walk_in,
    walkInToVerify: s.walk_in_to_verify === 1,
    cost: s.cost,
    costToVerify: s.cost_to_verify === 1,
    fees: pick(lang, s.fees_description, s.fees_description_en),
    referral: s.referral_required,
    anonymousAdvice: s.anonymous_advice,
    minimumAge: s.minimum_age,
    maximumAge: s.maximum_age,
    eligibility: pick(lang, s.eligibility_description, s.eligibility_description_en),
    application: pick(lang, s.application_process, s.application_process_en),
    howWeKnow: howWeKnow(
      { sourceReadOn: s.source_read_on, confirmedOn: s.assured_date, sourceUrl: s.source_url },
      today,
    ),
    practiceConfirmedOn: /^\d{4}-\d{2}-\d{2}$/.test(s.practice_confirmed_on ?? "") ? s.practice_confirmed_on : null,
    sourceUrl: s.source_url,
    toVerify: s.to_verify === 1,
    lastModified: s.last_modified,
  };
  const view = { ...facts, ways: reachWays(facts) };
  const visitor = visitorCard({
    name: s.name,
    alternateName: s.alternate_name,
    organization: o.name,
    cardSummary: pick(lang, s.card_summary, s.card_summary_en),
    summary,
    website,
  });
  return { ...view, card: cardView(visitor, view) };
}
