import { sql, type Kysely } from "kysely";

// The specialist directory, named after Open Referral HSDS 3.0 (tables and columns keep the HSDS
// names, ids are UUID text). Nabij's own columns sit beside them:
// - texts: the HSDS column holds Dutch; a twin column with `_en` holds English (summary is the
//   one-or-two-sentence text for the visitor card);
// - yes/no/unknown facts as text with a CHECK (unknown is the honest default: never guess);
// - freshness: last_modified, assured_date, assurer, source_url, and `version` for optimistic
//   locking in the editors' area;
// - `to_verify` = 1 on a fact whose source is old or unclear: the pages say "still to verify".
// Areas (municipality, stadsdeel, region, national) with postcode ranges are Nabij's own tables;
// HSDS `service_area` points at them through `area_id`.

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
const YES_NO = "('yes','no','unknown')";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("organization")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull().check(sql`length(trim(name)) > 0`))
    .addColumn("alternate_name", "text")
    .addColumn("description", "text")
    .addColumn("description_en", "text")
    .addColumn("email", "text")
    .addColumn("website", "text")
    .addColumn("legal_status", "text")
    .addColumn("parent_organization_id", "text", (c) => c.references("organization.id").onDelete("set null"))
    .addColumn("source_url", "text")
    .addColumn("last_modified", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`version >= 1`),
    )
    .execute();

  await db.schema
    .createTable("service")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organization.id").onDelete("restrict"))
    .addColumn("name", "text", (c) => c.notNull().check(sql`length(trim(name)) > 0`))
    .addColumn("alternate_name", "text")
    .addColumn("summary", "text")
    .addColumn("summary_en", "text")
    .addColumn("description", "text")
    .addColumn("description_en", "text")
    .addColumn("url", "text")
    .addColumn("email", "text")
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("active")
        .check(sql`status in ('active','inactive','defunct','temporarily closed')`),
    )
    .addColumn("application_process", "text")
    .addColumn("application_process_en", "text")
    .addColumn("fees_description", "text")
    .addColumn("fees_description_en", "text")
    .addColumn("eligibility_description", "text")
    .addColumn("eligibility_description_en", "text")
    .addColumn("alert", "text")
    .addColumn("alert_en", "text")
    .addColumn("minimum_age", "integer", (c) => c.check(sql`minimum_age is null or (minimum_age between 0 and 120)`))
    .addColumn("maximum_age", "integer", (c) => c.check(sql`maximum_age is null or (maximum_age between 0 and 120)`))
    .addColumn("cost", "text", (c) =>
      c.notNull().defaultTo("unknown").check(sql.raw(`cost in ('free','charged','unknown')`)),
    )
    .addColumn("walk_in", "text", (c) =>
      c
        .notNull()
        .defaultTo("unknown")
        .check(sql.raw(`walk_in in ${YES_NO}`)),
    )
    .addColumn("referral_required", "text", (c) =>
      c
        .notNull()
        .defaultTo("unknown")
        .check(sql.raw(`referral_required in ${YES_NO}`)),
    )
    .addColumn("anonymous_advice", "text", (c) =>
      c
        .notNull()
        .defaultTo("unknown")
        .check(sql.raw(`anonymous_advice in ${YES_NO}`)),
    )
    .addColumn("to_verify", "integer", (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`to_verify in (0,1)`),
    )
    .addColumn("source_url", "text")
    .addColumn("assured_date", "text", (c) => c.check(sql`assured_date is null or date(assured_date) = assured_date`))
    .addColumn("assurer", "text")
    .addColumn("assurer_email", "text")
    .addColumn("last_modified", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("version", "integer", (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`version >= 1`),
    )
    .addCheckConstraint(
      "service_age_range",
      sql`minimum_age is null or maximum_age is null or minimum_age <= maximum_age`,
    )
    .addCheckConstraint("service_assurer_with_date", sql`assured_date is null or assurer is not null`)
    .execute();
  await db.schema.createIndex("service_organization_idx").on("service").column("organization_id").execute();
  await db.schema.createIndex("service_status_name_idx").on("service").columns(["status", "name"]).execute();

  await db.schema
    .createTable("location")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("location_type", "text", (c) =>
      c
        .notNull()
        .defaultTo("physical")
        .check(sql`location_type in ('physical','postal','virtual')`),
    )
    .addColumn("url", "text")
    .addColumn("organization_id", "text", (c) => c.references("organization.id").onDelete("cascade"))
    .addColumn("name", "text")
    .addColumn("alternate_name", "text")
    .addColumn("description", "text")
    .addColumn("description_en", "text")
    .addColumn("transportation", "text")
    .addColumn("transportation_en", "text")
    .addColumn("latitude", "real", (c) => c.check(sql`latitude is null or latitude between -90 and 90`))
    .addColumn("longitude", "real", (c) => c.check(sql`longitude is null or longitude between -180 and 180`))
    .addColumn("to_verify", "integer", (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`to_verify in (0,1)`),
    )
    .addColumn("source_url", "text")
    .execute();

  await db.schema
    .createTable("address")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("location_id", "text", (c) => c.notNull().references("location.id").onDelete("cascade"))
    .addColumn("attention", "text")
    .addColumn("address_1", "text", (c) => c.notNull().check(sql`length(trim(address_1)) > 0`))
    .addColumn("address_2", "text")
    .addColumn("city", "text", (c) => c.notNull())
    .addColumn("region", "text")
    .addColumn("state_province", "text")
    .addColumn("postal_code", "text", (c) =>
      c.check(
        sql`postal_code is null or postal_code glob '[1-9][0-9][0-9][0-9] [A-Z][A-Z]' or postal_code glob '[1-9][0-9][0-9][0-9]'`,
      ),
    )
    .addColumn("country", "text", (c) =>
      c
        .notNull()
        .defaultTo("NL")
        .check(sql`length(country) = 2`),
    )
    .addColumn("address_type", "text", (c) =>
      c
        .notNull()
        .defaultTo("physical")
        .check(sql`address_type in ('physical','postal','virtual')`),
    )
    .execute();
  await db.schema.createIndex("address_location_idx").on("address").column("location_id").execute();

  await db.schema
    .createTable("service_at_location")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("service_id", "text", (c) => c.notNull().references("service.id").onDelete("cascade"))
    .addColumn("location_id", "text", (c) => c.notNull().references("location.id").onDelete("cascade"))
    .addColumn("description", "text")
    .addColumn("description_en", "text")
    .addUniqueConstraint("service_at_location_unique", ["service_id", "location_id"])
    .execute();
  await db.schema
    .createIndex("service_at_location_location_idx")
    .on("service_at_location")
    .column("location_id")
    .execute();

  await db.schema
    .createTable("contact")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.references("organization.id").onDelete("cascade"))
    .addColumn("service_id", "text", (c) => c.references("service.id").onDelete("cascade"))
    .addColumn("service_at_location_id", "text", (c) => c.references("service_at_location.id").onDelete("cascade"))
    .addColumn("location_id", "text", (c) => c.references("location.id").onDelete("cascade"))
    .addColumn("name", "text")
    .addColumn("title", "text")
    .addColumn("department", "text")
    .addColumn("email", "text")
    .addColumn("to_verify", "integer", (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`to_verify in (0,1)`),
    )
    .addColumn("source_url", "text")
    .addCheckConstraint(
      "contact_has_owner",
      sql`coalesce(organization_id, service_id, service_at_location_id, location_id) is not null`,
    )
    .execute();
  await db.schema.createIndex("contact_service_idx").on("contact").column("service_id").execute();

  await db.schema
    .createTable("phone")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("location_id", "text", (c) => c.references("location.id").onDelete("cascade"))
    .addColumn("service_id", "text", (c) => c.references("service.id").onDelete("cascade"))
    .addColumn("organization_id", "text", (c) => c.references("organization.id").onDelete("cascade"))
    .addColumn("contact_id", "text", (c) => c.references("contact.id").onDelete("cascade"))
    .addColumn("service_at_location_id", "text", (c) => c.references("service_at_location.id").onDelete("cascade"))
    .addColumn("number", "text", (c) => c.notNull().check(sql`length(trim(number)) > 0`))
    .addColumn("extension", "text")
    .addColumn("type", "text", (c) =>
      c.check(sql`type is null or type in ('text','voice','fax','cell','video','pager','textphone')`),
    )
    .addColumn("description", "text")
    .addColumn("description_en", "text")
    .addColumn("to_verify", "integer", (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`to_verify in (0,1)`),
    )
    .addColumn("source_url", "text")
    .addCheckConstraint(
      "phone_has_owner",
      sql`coalesce(location_id, service_id, organization_id, contact_id, service_at_location_id) is not null`,
    )
    .execute();
  await db.schema.createIndex("phone_service_idx").on("phone").column("service_id").execute();

  await db.schema
    .createTable("schedule")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("service_id", "text", (c) => c.references("service.id").onDelete("cascade"))
    .addColumn("location_id", "text", (c) => c.references("location.id").onDelete("cascade"))
    .addColumn("service_at_location_id", "text", (c) => c.references("service_at_location.id").onDelete("cascade"))
    .addColumn("valid_from", "text")
    .addColumn("valid_to", "text")
    .addColumn("dtstart", "text")
    .addColumn("timezone", "integer")
    .addColumn("until", "text")
    .addColumn("count", "integer")
    .addColumn("wkst", "text", (c) => c.check(sql`wkst is null or wkst in ('MO','TU','WE','TH','FR','SA','SU')`))
    .addColumn("freq", "text", (c) => c.check(sql`freq is null or freq in ('WEEKLY','MONTHLY')`))
    .addColumn("interval", "integer", (c) => c.check(sql`"interval" is null or "interval" >= 1`))
    .addColumn("byday", "text")
    .addColumn("byweekno", "text")
    .addColumn("bymonthday", "text")
    .addColumn("byyearday", "text")
    .addColumn("description", "text")
    .addColumn("description_en", "text")
    .addColumn("opens_at", "text", (c) => c.check(sql`opens_at is null or opens_at glob '[0-2][0-9]:[0-5][0-9]'`))
    .addColumn("closes_at", "text", (c) => c.check(sql`closes_at is null or closes_at glob '[0-2][0-9]:[0-5][0-9]'`))
    .addColumn("schedule_link", "text")
    .addColumn("attending_type", "text")
    .addColumn("notes", "text")
    .addColumn("to_verify", "integer", (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`to_verify in (0,1)`),
    )
    .addColumn("source_url", "text")
    .addCheckConstraint(
      "schedule_has_owner",
      sql`coalesce(service_id, location_id, service_at_location_id) is not null`,
    )
    .execute();
  await db.schema.createIndex("schedule_service_idx").on("schedule").column("service_id").execute();

  await db.schema
    .createTable("area")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) =>
      c
        .notNull()
        .unique()
        .check(sql`slug glob '[a-z]*' and slug not glob '*[^a-z0-9-]*'`),
    )
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('national','region','municipality','stadsdeel','district')`),
    )
    .addColumn("parent_id", "text", (c) => c.references("area.id").onDelete("restrict"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addCheckConstraint("area_national_is_root", sql`(kind = 'national') = (parent_id is null)`)
    .execute();

  await db.schema
    .createTable("area_postcode_range")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("area_id", "text", (c) => c.notNull().references("area.id").onDelete("cascade"))
    .addColumn("postcode_from", "integer", (c) => c.notNull().check(sql`postcode_from between 1000 and 9999`))
    .addColumn("postcode_to", "integer", (c) => c.notNull().check(sql`postcode_to between 1000 and 9999`))
    .addCheckConstraint("area_postcode_range_order", sql`postcode_from <= postcode_to`)
    .execute();
  await db.schema.createIndex("area_postcode_range_area_idx").on("area_postcode_range").column("area_id").execute();

  await db.schema
    .createTable("service_area")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("service_id", "text", (c) => c.notNull().references("service.id").onDelete("cascade"))
    .addColumn("service_at_location_id", "text", (c) => c.references("service_at_location.id").onDelete("cascade"))
    .addColumn("area_id", "text", (c) => c.notNull().references("area.id").onDelete("restrict"))
    .addColumn("name", "text")
    .addColumn("description", "text")
    .addColumn("extent", "text")
    .addColumn("extent_type", "text")
    .addColumn("uri", "text")
    .addUniqueConstraint("service_area_unique", ["service_id", "area_id"])
    .execute();
  await db.schema.createIndex("service_area_area_idx").on("service_area").columns(["area_id", "service_id"]).execute();

  await db.schema
    .createTable("language")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("service_id", "text", (c) => c.references("service.id").onDelete("cascade"))
    .addColumn("location_id", "text", (c) => c.references("location.id").onDelete("cascade"))
    .addColumn("phone_id", "text", (c) => c.references("phone.id").onDelete("cascade"))
    .addColumn("name", "text")
    .addColumn("code", "text")
    .addColumn("note", "text")
    .addCheckConstraint("language_has_owner", sql`coalesce(service_id, location_id, phone_id) is not null`)
    .execute();

  await db.schema
    .createTable("taxonomy")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("uri", "text")
    .addColumn("version", "text")
    .execute();

  await db.schema
    .createTable("taxonomy_term")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("description_en", "text", (c) => c.notNull())
    .addColumn("parent_id", "text", (c) => c.references("taxonomy_term.id").onDelete("restrict"))
    .addColumn("taxonomy", "text")
    .addColumn("language", "text")
    .addColumn("taxonomy_id", "text", (c) => c.notNull().references("taxonomy.id").onDelete("restrict"))
    .addColumn("term_uri", "text")
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  // HSDS links terms to any entity; Nabij links them to services only, so a real foreign key holds.
  await db.schema
    .createTable("attribute")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("link_id", "text", (c) => c.notNull().references("service.id").onDelete("cascade"))
    .addColumn("taxonomy_term_id", "text", (c) => c.notNull().references("taxonomy_term.id").onDelete("restrict"))
    .addColumn("link_type", "text")
    .addColumn("link_entity", "text", (c) =>
      c
        .notNull()
        .defaultTo("service")
        .check(sql`link_entity = 'service'`),
    )
    .addColumn("value", "text")
    .addColumn("label", "text")
    .addUniqueConstraint("attribute_unique", ["link_id", "taxonomy_term_id"])
    .execute();
  await db.schema.createIndex("attribute_term_idx").on("attribute").columns(["taxonomy_term_id", "link_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "attribute",
    "taxonomy_term",
    "taxonomy",
    "language",
    "service_area",
    "area_postcode_range",
    "area",
    "schedule",
    "phone",
    "contact",
    "service_at_location",
    "address",
    "location",
    "service",
    "organization",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
