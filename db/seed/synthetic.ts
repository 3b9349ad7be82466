// Synthetic services for performance work ONLY. They go into a separate database file (see
// scripts/db-seed.ts), never into the real seed. Every row says it is synthetic: names start with
// "SYNTHETISCH", texts say it does not exist, and there are no phone numbers or addresses at all.
import type { Insertable } from "kysely";
import type { DB } from "../database.server";
import type { ServiceTable } from "../schema";
import { AREAS } from "../areas";
import { TOPICS } from "../topics";
import { reindexAllServices } from "../search-index.server";
import { areaId, seedDirectoryReference, topicTermId } from "./directory";
import { stableId } from "./stable-id";

export const SYNTHETIC_MARKER = "synthetic_services";

const WORDS = [
  "schulden",
  "budget",
  "brieven",
  "formulieren",
  "wonen",
  "huur",
  "werk",
  "dagbesteding",
  "gezondheid",
  "opvoeden",
  "eenzaamheid",
  "ontmoeten",
  "juridisch",
  "bezwaar",
  "crisis",
  "veiligheid",
  "cliëntondersteuning",
  "inloop",
  "spreekuur",
  "buurt",
  "vrijwilliger",
  "coach",
  "advies",
  "jongeren",
  "ouderen",
  "gezin",
  "uitkering",
  "toeslagen",
  "administratie",
];

/** A small deterministic random generator, so two runs give the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function seedSynthetic(trx: DB, count: number, seed = 42): Promise<void> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  await seedDirectoryReference(trx);
  const orgCount = Math.max(1, Math.ceil(count / 50));
  for (let i = 0; i < orgCount; i += 200) {
    await trx
      .insertInto("organization")
      .values(
        Array.from({ length: Math.min(200, orgCount - i) }, (_, j) => ({
          id: stableId(`synthetic-org:${i + j}`),
          name: `SYNTHETISCH organisatie ${String(i + j).padStart(4, "0")}`,
          alternate_name: null,
          description: "Synthetische testgegevens. Deze organisatie bestaat niet.",
          description_en: "Synthetic test data. This organisation does not exist.",
          email: null,
          website: null,
          legal_status: null,
          parent_organization_id: null,
          source_url: null,
        })),
      )
      .execute();
  }
  const areaSlugs = AREAS.map((a) => a.slug);
  const batch: { service: Insertable<ServiceTable>; topics: string[]; areas: string[] }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await trx
      .insertInto("service")
      .values(batch.map((b) => b.service))
      .execute();
    await trx
      .insertInto("attribute")
      .values(
        batch.flatMap((b) =>
          b.topics.map((t) => ({
            id: stableId(`synthetic-attr:${b.service.id}:${t}`),
            link_id: b.service.id,
            taxonomy_term_id: topicTermId(t),
            link_type: "topic",
            value: null,
            label: null,
          })),
        ),
      )
      .execute();
    await trx
      .insertInto("service_area")
      .values(
        batch.flatMap((b) =>
          b.areas.map((slug) => ({
            id: stableId(`synthetic-area:${b.service.id}:${slug}`),
            service_id: b.service.id,
            service_at_location_id: null,
            area_id: areaId(slug),
            name: slug,
            description: null,
            extent: null,
            extent_type: null,
            uri: null,
          })),
        ),
      )
      .execute();
    batch.length = 0;
  };
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 6 }, () => pick(WORDS));
    const topics = [...new Set([pick(TOPICS).id, ...(rand() < 0.5 ? [pick(TOPICS).id] : [])])];
    const areas = [...new Set([pick(areaSlugs), ...(rand() < 0.3 ? [pick(areaSlugs)] : [])])];
    const minAge = rand() < 0.3 ? pick([0, 12, 18, 23, 65]) : null;
    const id = stableId(`synthetic-service:${i}`);
    batch.push({
      topics,
      areas,
      service: {
        id,
        organization_id: stableId(`synthetic-org:${i % orgCount}`),
        name: `SYNTHETISCH testaanbod ${String(i).padStart(5, "0")} ${words[0]} ${words[1]}`,
        alternate_name: null,
        summary: `Synthetische testgegevens: bestaat niet. ${words.slice(0, 3).join(" ")}.`,
        summary_en: "Synthetic test data: does not exist.",
        description: `Synthetische testgegevens voor snelheidsmetingen. ${words.join(" ")}.`,
        description_en: "Synthetic test data for speed measurements.",
        url: null,
        email: null,
        status: rand() < 0.95 ? "active" : "inactive",
        application_process: null,
        application_process_en: null,
        fees_description: null,
        fees_description_en: null,
        eligibility_description: null,
        eligibility_description_en: null,
        alert: null,
        alert_en: null,
        minimum_age: minAge,
        maximum_age: minAge !== null && rand() < 0.3 ? minAge + 30 : null,
        cost: pick(["free", "charged", "unknown"] as const),
        walk_in: pick(["yes", "no", "unknown"] as const),
        referral_required: "unknown",
        anonymous_advice: pick(["yes", "unknown"] as const),
        to_verify: 0,
        source_url: null,
        assured_date: null,
        assurer: null,
        assurer_email: null,
      },
    });
    if (batch.length === 100) await flush();
  }
  await flush();
  await reindexAllServices(trx);
  await trx
    .insertInto("app_meta")
    .values({ key: SYNTHETIC_MARKER, value: String(count) })
    .execute();
  // The server seeds a database once; mark this one seeded so real data never mixes in.
  await trx.insertInto("app_meta").values({ key: "seeded_at", value: new Date().toISOString() }).execute();
}
