// No dead ends (issue 17 point 3): a service without a phone, e-mail, website or address of its own
// is reached through its organisation's own phone, e-mail or address — said so on the page and the
// card — and never through the place of another service of the same organisation (a buurtteam in
// Zuidoost is not the address for all of Amsterdam). The SQL rule for the lists says the same.
import { openDatabase, prepareDatabase, type DB } from "#db/database.server";
import { serviceId } from "#db/seed/directory";
import { contactView } from "./contact-view";
import { hasWayToReach } from "./reach-sql";
import { loadActiveService } from "./service-record.server";

let db: DB;
beforeEach(async () => {
  db = openDatabase(":memory:");
  await prepareDatabase(db);
});
afterEach(async () => {
  await db.destroy();
});

const ID = serviceId("buurtteam-amsterdam");

async function state() {
  const record = (await loadActiveService(db, ID))!;
  const view = contactView(record, "nl", "2026-12-01");
  const inSql = await db
    .selectFrom("service")
    .select("id")
    .where("id", "=", ID)
    .where(hasWayToReach("service.id"))
    .executeTakeFirst();
  return { record, view, card: view.card, listed: Boolean(inSql) };
}

describe("reaching a service through its organisation", () => {
  it("the Amsterdam buurtteam has no way of its own and its sibling's place is not used: no card, not listed", async () => {
    const { record, view, card, listed } = await state();
    expect(record.phones).toEqual([]);
    expect(record.locations).toEqual([]);
    expect(view.ways).toEqual([]);
    expect(card).toBeNull();
    expect(listed).toBe(false);
  });

  it("the organisation's own phone: on the page and the card, marked as the organisation's, with 'check first' when unsure", async () => {
    const { record } = await state();
    await db
      .insertInto("phone")
      .values({
        id: "org-phone",
        organization_id: record.service.organization_id,
        number: "020 555 0100",
        to_verify: 1,
      } as never)
      .execute();
    const { view, card, listed } = await state();
    expect(view.phones).toMatchObject([{ text: "020 555 0100", ofOrganization: true, toVerify: true }]);
    expect(card).not.toBeNull();
    expect(card!.phones).toEqual([
      { text: "020 555 0100", href: "tel:0205550100", toVerify: true, ofOrganization: true },
    ]);
    expect(card!.organization).toBe(record.organization.name);
    expect(card!.checkFirst).toBe("call");
    expect(listed).toBe(true);
  });

  it("the organisation's own address and e-mail count too; a place of one of its services does not", async () => {
    const { record } = await state();
    const org = record.service.organization_id;
    await db
      .insertInto("location")
      .values({ id: "org-office", organization_id: org, name: "Kantoor" } as never)
      .execute();
    await db
      .insertInto("address")
      .values({
        id: "org-office-address",
        location_id: "org-office",
        address_1: "Voorbeeldstraat 1",
        city: "Amsterdam",
      } as never)
      .execute();
    let { view, card, listed } = await state();
    expect(view.locations).toMatchObject([
      { name: "Kantoor", address: "Voorbeeldstraat 1, Amsterdam", ofOrganization: true },
    ]);
    expect(card!.places).toEqual([
      { name: "Kantoor", address: "Voorbeeldstraat 1, Amsterdam", toVerify: false, ofOrganization: true },
    ]);
    expect(listed).toBe(true);

    // The office becomes one service's place: then it is that service's, not the organisation's.
    await db
      .insertInto("service_at_location")
      .values({ id: "sal-x", service_id: serviceId("buurtteam-zuidoost"), location_id: "org-office" } as never)
      .execute();
    ({ card, listed } = await state());
    expect(card).toBeNull();
    expect(listed).toBe(false);

    await db.updateTable("organization").set({ email: "info@example.nl" }).where("id", "=", org).execute();
    ({ view, card, listed } = await state());
    expect(view.emails).toMatchObject([{ text: "info@example.nl", ofOrganization: true }]);
    expect(card!.emails).toEqual([{ text: "info@example.nl", toVerify: false, ofOrganization: true }]);
    expect(listed).toBe(true);
  });

  it("an e-mail address an editor typed for the service reaches it (the form writes service.email)", async () => {
    await db.updateTable("service").set({ email: "team@example.nl" }).where("id", "=", ID).execute();
    const { view, listed } = await state();
    expect(view.emails).toMatchObject([{ text: "team@example.nl" }]);
    expect(view.emails[0].ofOrganization).toBeUndefined();
    expect(listed).toBe(true);
  });
});
