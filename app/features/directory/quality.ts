// The region's quality table (issue 17 point 5, decisions 021 and 023): for every named area and
// core topic, how many services someone can reach and how, the share with a phone, the share
// confirmed in the last 12 months, and the open reports. One rule for "covered", shared by the
// public quality page and the region-coverage test. Pure.
import { AREAS, ancestorsOf } from "#db/areas";
import type { TopicId } from "#db/topics";
import { staleCutoff } from "./freshness";

/** The areas the product names: Amsterdam's stadsdelen and Weesp, Amstelland, Hoorn, Zaanstreek-Waterland. */
export const NAMED_AREAS: readonly string[] = [
  ...AREAS.filter((area) => area.parent === "amsterdam").map((area) => area.slug),
  "amstelveen",
  "uithoorn",
  "hoorn",
  ...AREAS.filter((area) => area.parent === "zaanstreek-waterland").map((area) => area.slug),
];

/** What a volunteer asks about most: money, letters and forms, client support, LVB expertise, housing, safety. */
export const CORE_TOPICS: readonly TopicId[] = [
  "money",
  "letters-forms",
  "client-support",
  "lvb-expertise",
  "housing",
  "crisis-safety",
];

/**
 * Seed services that share knowledge but do not advise on one person: in the directory, never
 * counted as a contact for an area (decision 021). Keys of db/seed/directory-data.ts.
 */
export const NOT_A_CONTACT_KEYS: readonly string[] = ["kenniscentrum-lvb"];

export type Level = "local" | "regional" | "national";
export const LEVELS: readonly Level[] = ["local", "regional", "national"];

/** How a service serves an area: it names the area, an area around it (city, region), or the whole country. */
export function levelFor(serviceAreas: readonly string[], area: string): Level | null {
  if (serviceAreas.includes(area)) return "local";
  const around = ancestorsOf(area);
  if (serviceAreas.some((slug) => slug !== "nederland" && around.includes(slug))) return "regional";
  if (serviceAreas.includes("nederland")) return "national";
  return null;
}

/** One active service as the table needs it. */
export interface QualityService {
  id: string;
  topics: readonly string[];
  areas: readonly string[];
  phone: boolean;
  email: boolean;
  website: boolean;
  address: boolean;
  /** an editor confirmed the facts with the organisation (decision 020) */
  confirmedOn: string | null;
  /** someone from practice said "it was right" (decision 023) */
  practiceConfirmedOn: string | null;
  openReports: number;
}

/** A phone, an e-mail address, a website or an address: the same rule as reachWays() and hasWayToReach(). */
export function isReachable(service: Pick<QualityService, "phone" | "email" | "website" | "address">): boolean {
  return service.phone || service.email || service.website || service.address;
}

export interface QualityCell {
  area: string;
  topic: TopicId;
  /** reachable services for this topic that serve this area at some level */
  services: number;
  byLevel: Record<Level, number>;
  /** the closest level with a service; null: a gap */
  best: Level | null;
  /** how they can be reached: services with a phone, an e-mail address, a website, an address */
  ways: { phone: number; email: number; website: number; address: number };
  /** confirmed with the organisation, or by someone from practice, in the last 12 months */
  confirmed: number;
  openReports: number;
  serviceIds: string[];
}

export interface QualityTable {
  cells: QualityCell[];
  /** cells without any reachable service */
  gaps: number;
  /** cells only a national line fills */
  nationalOnly: number;
  /** the first day that counts as "in the last 12 months" */
  since: string;
}

const confirmedSince = (service: QualityService, since: string) =>
  [service.confirmedOn, service.practiceConfirmedOn].some((date) => date !== null && date.slice(0, 10) >= since);

export function qualityTable(services: readonly QualityService[], today: string): QualityTable {
  const since = staleCutoff(today);
  const contacts = services.filter(isReachable);
  const cells = NAMED_AREAS.flatMap((area) =>
    CORE_TOPICS.map((topic): QualityCell => {
      const found = contacts
        .filter((service) => service.topics.includes(topic))
        .map((service) => ({ service, level: levelFor(service.areas, area) }))
        .filter((hit): hit is { service: QualityService; level: Level } => hit.level !== null);
      const count = (test: (service: QualityService) => boolean) => found.filter((hit) => test(hit.service)).length;
      const byLevel = {
        local: found.filter((hit) => hit.level === "local").length,
        regional: found.filter((hit) => hit.level === "regional").length,
        national: found.filter((hit) => hit.level === "national").length,
      };
      return {
        area,
        topic,
        services: found.length,
        byLevel,
        best: LEVELS.find((level) => byLevel[level] > 0) ?? null,
        ways: {
          phone: count((s) => s.phone),
          email: count((s) => s.email),
          website: count((s) => s.website),
          address: count((s) => s.address),
        },
        confirmed: count((s) => confirmedSince(s, since)),
        openReports: found.reduce((sum, hit) => sum + hit.service.openReports, 0),
        serviceIds: found.map((hit) => hit.service.id),
      };
    }),
  );
  return {
    cells,
    gaps: cells.filter((cell) => cell.best === null).length,
    nationalOnly: cells.filter((cell) => cell.best === "national").length,
    since,
  };
}
