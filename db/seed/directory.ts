// Writes the directory seed: the reference data every directory database needs (topic taxonomy,
// areas with postcode ranges) and the real services of directory-data.ts.
import type { Insertable } from "kysely";
import type { DB } from "../database.server";
import type { ScheduleTable } from "../schema";
import { AREAS } from "../areas";
import { TOPICS } from "../topics";
import { reindexAllServices } from "../search-index.server";
import { DESK_CHECK_DATE, ORGANIZATIONS, SERVICES, type SeedSchedule } from "./directory-data";
import { stableId } from "./stable-id";
import { CARD_TEXTS } from "./card-texts";

export const TAXONOMY_ID = stableId("taxonomy:nabij-topics");
export const topicTermId = (topic: string) => stableId(`taxonomy_term:${topic}`);
export const areaId = (slug: string) => stableId(`area:${slug}`);
export const serviceId = (key: string) => stableId(`service:${key}`);

/** Topics and areas: the same in the real and the synthetic database. */
export async function seedDirectoryReference(trx: DB): Promise<void> {
  await trx
    .insertInto("taxonomy")
    .values({
      id: TAXONOMY_ID,
      name: "Nabij onderwerpen",
      description: "Onderwerpen waarmee Nabij hulp in de sociale basis ordent (Nabij topics).",
      uri: null,
      version: "1",
    })
    .execute();
  await trx
    .insertInto("taxonomy_term")
    .values(
      TOPICS.map((topic, index) => ({
        id: topicTermId(topic.id),
        code: topic.id,
        name: topic.name,
        name_en: topic.name_en,
        description: topic.description,
        description_en: topic.description_en,
        parent_id: null,
        taxonomy: "Nabij onderwerpen",
        language: "nl",
        taxonomy_id: TAXONOMY_ID,
        term_uri: null,
        sort_order: index,
      })),
    )
    .execute();
  // Parents first: AREAS lists every parent before its children.
  for (const [index, area] of AREAS.entries()) {
    await trx
      .insertInto("area")
      .values({
        id: areaId(area.slug),
        slug: area.slug,
        kind: area.kind,
        parent_id: area.parent ? areaId(area.parent) : null,
        name: area.name,
        name_en: area.name_en,
        sort_order: index,
      })
      .execute();
    for (const [from, to] of area.postcodes) {
      await trx
        .insertInto("area_postcode_range")
        .values({
          id: stableId(`area_postcode_range:${area.slug}:${from}`),
          area_id: areaId(area.slug),
          postcode_from: from,
          postcode_to: to,
        })
        .execute();
    }
  }
}

function scheduleRow(
  id: string,
  owner: Partial<Insertable<ScheduleTable>>,
  s: SeedSchedule,
): Insertable<ScheduleTable> {
  return {
    id,
    service_id: null,
    location_id: null,
    service_at_location_id: null,
    ...owner,
    valid_from: null,
    valid_to: null,
    dtstart: null,
    timezone: null,
    until: null,
    count: null,
    wkst: s.freq ? "MO" : null,
    freq: s.freq ?? null,
    interval: s.freq ? 1 : null,
    byday: s.byday ?? null,
    byweekno: null,
    bymonthday: null,
    byyearday: null,
    description: s.description[0],
    description_en: s.description[1],
    opens_at: s.opens_at ?? null,
    closes_at: s.closes_at ?? null,
    schedule_link: null,
    attending_type: "in_person",
    notes: null,
    to_verify: s.verify ? 1 : 0,
    source_url: s.source,
  };
}

/** The real directory (facts from public sources, see directory-data.ts). */
export async function seedDirectory(trx: DB): Promise<void> {
  await seedDirectoryReference(trx);
  const orgId = (key: string) => stableId(`organization:${key}`);
  for (const org of ORGANIZATIONS) {
    await trx
      .insertInto("organization")
      .values({
        id: orgId(org.key),
        name: org.name,
        alternate_name: null,
        description: org.description?.[0] ?? null,
        description_en: org.description?.[1] ?? null,
        email: null,
        website: org.website ?? null,
        legal_status: null,
        parent_organization_id: null,
        source_url: org.source,
      })
      .execute();
  }
  for (const s of SERVICES) {
    const id = serviceId(s.key);
    await trx
      .insertInto("service")
      .values({
        id,
        organization_id: orgId(s.org),
        name: s.name,
        alternate_name: null,
        summary: s.summary[0],
        summary_en: s.summary[1],
        card_summary: CARD_TEXTS[s.key]?.[0] ?? null,
        card_summary_en: CARD_TEXTS[s.key]?.[1] ?? null,
        description: s.description[0],
        description_en: s.description[1],
        url: s.url ?? null,
        email: null,
        status: "active",
        application_process: s.application?.[0] ?? null,
        application_process_en: s.application?.[1] ?? null,
        fees_description: s.fees?.[0] ?? null,
        fees_description_en: s.fees?.[1] ?? null,
        eligibility_description: s.eligibility?.[0] ?? null,
        eligibility_description_en: s.eligibility?.[1] ?? null,
        alert: s.alert?.[0] ?? null,
        alert_en: s.alert?.[1] ?? null,
        minimum_age: s.minimum_age ?? null,
        maximum_age: s.maximum_age ?? null,
        cost: s.cost ?? "unknown",
        walk_in: s.walk_in ?? "unknown",
        referral_required: s.referral_required ?? "unknown",
        anonymous_advice: s.anonymous_advice ?? "unknown",
        to_verify: s.verify ? 1 : 0,
        source_url: s.source,
        // The desk research read the public sources on this day; nobody confirmed anything with the
        // organisation yet, so there is no assured date (decision 020).
        source_read_on: DESK_CHECK_DATE,
        assured_date: null,
        assurer: null,
        assurer_email: null,
      })
      .execute();
    for (const topic of s.topics) {
      await trx
        .insertInto("attribute")
        .values({
          id: stableId(`attribute:${s.key}:${topic}`),
          link_id: id,
          taxonomy_term_id: topicTermId(topic),
          link_type: "topic",
          value: null,
          label: null,
        })
        .execute();
    }
    for (const slug of s.areas) {
      await trx
        .insertInto("service_area")
        .values({
          id: stableId(`service_area:${s.key}:${slug}`),
          service_id: id,
          service_at_location_id: null,
          area_id: areaId(slug),
          name: slug,
          description: null,
          extent: null,
          extent_type: null,
          uri: null,
        })
        .execute();
    }
    for (const [index, phone] of (s.phones ?? []).entries()) {
      await trx
        .insertInto("phone")
        .values({
          id: stableId(`phone:${s.key}:${index}`),
          location_id: null,
          service_id: id,
          organization_id: null,
          contact_id: null,
          service_at_location_id: null,
          number: phone.number,
          extension: null,
          type: "voice",
          description: phone.description?.[0] ?? null,
          description_en: phone.description?.[1] ?? null,
          to_verify: phone.verify ? 1 : 0,
          source_url: phone.source,
        })
        .execute();
    }
    for (const [index, email] of (s.emails ?? []).entries()) {
      await trx
        .insertInto("contact")
        .values({
          id: stableId(`contact:${s.key}:${index}`),
          organization_id: null,
          service_id: id,
          service_at_location_id: null,
          location_id: null,
          name: null,
          title: null,
          department: null,
          email: email.email,
          to_verify: email.verify ? 1 : 0,
          source_url: email.source,
        })
        .execute();
    }
    for (const [index, schedule] of (s.schedules ?? []).entries()) {
      await trx
        .insertInto("schedule")
        .values(scheduleRow(stableId(`schedule:${s.key}:${index}`), { service_id: id }, schedule))
        .execute();
    }
    for (const location of s.locations ?? []) {
      const locationId = stableId(`location:${s.key}:${location.key}`);
      await trx
        .insertInto("location")
        .values({
          id: locationId,
          location_type: "physical",
          url: null,
          organization_id: orgId(s.org),
          name: location.name,
          alternate_name: null,
          description: location.description?.[0] ?? null,
          description_en: location.description?.[1] ?? null,
          transportation: null,
          transportation_en: null,
          latitude: null,
          longitude: null,
          to_verify: location.verify ? 1 : 0,
          source_url: location.source,
        })
        .execute();
      if (location.address_1 && location.city) {
        await trx
          .insertInto("address")
          .values({
            id: stableId(`address:${s.key}:${location.key}`),
            location_id: locationId,
            attention: null,
            address_1: location.address_1,
            address_2: null,
            city: location.city,
            region: null,
            state_province: "Noord-Holland",
            postal_code: null,
            country: "NL",
            address_type: "physical",
          })
          .execute();
      }
      const salId = stableId(`service_at_location:${s.key}:${location.key}`);
      await trx
        .insertInto("service_at_location")
        .values({ id: salId, service_id: id, location_id: locationId, description: null, description_en: null })
        .execute();
      for (const [index, schedule] of (location.schedules ?? []).entries()) {
        await trx
          .insertInto("schedule")
          .values(
            scheduleRow(
              stableId(`schedule:${s.key}:${location.key}:${index}`),
              { service_at_location_id: salId },
              schedule,
            ),
          )
          .execute();
      }
    }
  }
  await reindexAllServices(trx);
}
