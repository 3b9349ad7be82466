// Issue 17 "a directory volunteers can trust", against the real seeded database:
// point 1, honest freshness: a date never claims a check that did not happen (decision 020);
// point 3, no dead ends: every page and card says how to reach the service, and a service nobody
// can reach is not shown publicly.
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { sql } from "kysely";
import { openDatabase, prepareDatabase, type DB } from "#db/database.server";
import { SERVICES } from "#db/seed/directory-data";
import { serviceId } from "#db/seed/directory";
import { getI18n } from "~/i18n/i18n";
import { COMMAND_LINE_ACTOR } from "~/features/editor/audit.server";
import { listServices, markChecked } from "~/features/editor/services.server";
import { confirmFromPractice } from "~/features/reports/reports.server";
import { contactView } from "./contact-view";
import { HowWeKnowLine } from "./HowWeKnowLine";
import { getHsdsService } from "./hsds-api.server";
import { howWeKnow } from "./how-we-know";
import { hasWayToReach } from "./reach-sql";
import { parseSearchParams } from "./search-params";
import { searchDirectory } from "./search-services.server";
import { loadActiveService } from "./service-record.server";

let db: DB;
const TODAY = "2026-12-01";
beforeAll(async () => {
  db = openDatabase(":memory:");
  await prepareDatabase(db);
});
afterAll(async () => {
  await db.destroy();
});

const viewOf = async (key: string, lang: "nl" | "en" = "nl", today = TODAY) =>
  contactView((await loadActiveService(db, serviceId(key)))!, lang, today);
const line = (known: Parameters<typeof HowWeKnowLine>[0]["known"], lang: "nl" | "en", short = false) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={getI18n(lang)}>
      <HowWeKnowLine known={known} short={short} />
    </I18nextProvider>,
  );

describe("honest freshness: source read on is not confirmed with the organisation", () => {
  it.each(SERVICES.map((s) => [s.key] as const))(
    "%s: page and card say the source was read, not checked",
    async (key) => {
      for (const lang of ["nl", "en"] as const) {
        const view = await viewOf(key, lang);
        expect(view.howWeKnow).toMatchObject({ sourceReadOn: "2026-11-25", confirmedOn: null, state: "fresh" });
        const page = line(view.howWeKnow, lang);
        const card = view.card ? line(view.card.howWeKnow, lang, true) : "";
        for (const text of [page, card]) expect(text).not.toMatch(/gecontroleerd|checked/i);
        if (lang === "nl") {
          expect(page).toMatch(
            /^Gelezen op de website [a-z0-9.-]+ op 25 november 2026\. Nog niet nagevraagd bij de organisatie\.$/,
          );
        } else {
          expect(page).toMatch(
            /^Read on the website [a-z0-9.-]+ on 25 November 2026\. Not yet asked the organisation\.$/,
          );
        }
      }
    },
  );

  it("an editor's 'checked today' becomes 'asked the organisation on', in the API too", async () => {
    const id = serviceId("juridisch-loket");
    expect(await getHsdsService(id, db)).not.toHaveProperty("assured_date");
    await markChecked(db, { ...COMMAND_LINE_ACTOR, name: "Ayla" }, id, "2026-12-01", ["phone"]);
    const view = await viewOf("juridisch-loket");
    expect(view.howWeKnow).toMatchObject({ sourceReadOn: "2026-11-25", confirmedOn: "2026-12-01" });
    expect(line(view.howWeKnow, "nl")).toBe("Nagevraagd bij de organisatie op 1 december 2026.");
    expect(await getHsdsService(id, db)).toMatchObject({ assured_date: "2026-12-01" });
  });

  it("the API says where the facts come from: the day the source was read, then a tap from practice — neither is 'assured'", async () => {
    const id = serviceId("mee-clientondersteuning");
    const before = await getHsdsService(id, db);
    expect(before).not.toHaveProperty("assured_date");
    expect(before).toMatchObject({
      metadata: [
        { resource_id: id, last_action_type: "source read", last_action_date: "2026-11-25", field_name: "source_url" },
      ],
    });
    const tapped = await confirmFromPractice(db, { serviceId: id, address: null, today: "2026-12-01" });
    expect(tapped).toEqual({ kind: "ok" });
    const after = (await getHsdsService(id, db)) as {
      metadata: { last_action_type: string; last_action_date: string }[];
    };
    expect(after).not.toHaveProperty("assured_date");
    expect(after.metadata.map((m) => [m.last_action_type, m.last_action_date])).toEqual([
      ["source read", "2026-11-25"],
      ["confirmed from practice", "2026-12-01"],
    ]);
  });

  it("stale: the source was read more than 12 months ago and nobody confirmed it since", () => {
    const read = { sourceReadOn: "2026-11-25", confirmedOn: null, sourceUrl: "https://www.example.nl/x" };
    expect(howWeKnow(read, "2027-11-25").state).toBe("fresh");
    expect(howWeKnow(read, "2027-11-26").state).toBe("stale");
    expect(howWeKnow({ ...read, confirmedOn: "2027-06-01" }, "2027-11-26").state).toBe("fresh");
    expect(howWeKnow({ sourceReadOn: null, confirmedOn: null, sourceUrl: null }, "2027-11-26").state).toBe("unknown");
    expect(line(howWeKnow({ sourceReadOn: null, confirmedOn: null, sourceUrl: null }, TODAY), "nl")).toBe(
      "Laatst nagekeken: onbekend.",
    );
    expect(howWeKnow(read, TODAY).sourceSite).toBe("example.nl");
  });
});

describe("no dead ends", () => {
  it("the Zuidoost walk-in card prints the unsure address and hours, marked, with how to check first", async () => {
    const card = (await viewOf("buurtteam-zuidoost")).card!;
    expect(card.places).toEqual([
      {
        name: "Buurtplein Bijlmer-Oost",
        address: "Karspeldreef 1009, Amsterdam",
        toVerify: true,
        ofOrganization: false,
      },
    ]);
    expect(card.hours.map((h) => [h.text, h.toVerify])).toEqual([
      ["Elke werkdag vanaf 9.00 uur. Binnenlopen mag.", true],
    ]);
    expect(card.checkFirst).toBe("visit");
  });

  it("a card with an unsure fact and a phone says: phone first to check", async () => {
    const unsure = [];
    for (const s of SERVICES) {
      const card = (await viewOf(s.key)).card;
      if (card?.checkFirst === "call") unsure.push(s.key);
    }
    expect(unsure.length).toBeGreaterThan(0);
  });

  it.each(SERVICES.map((s) => [s.key] as const))(
    "%s: shown publicly exactly when it has a way to reach it, and its card always has one",
    async (key) => {
      const view = await viewOf(key);
      const inSql = await db
        .selectFrom("service")
        .select("id")
        .where("id", "=", serviceId(key))
        .where(hasWayToReach("service.id"))
        .executeTakeFirst();
      expect(Boolean(inSql), "SQL rule and reachWays() agree").toBe(view.ways.length > 0);
      if (view.card) {
        const { phones, emails, website, places } = view.card;
        expect(phones.length + emails.length + places.length + (website ? 1 : 0)).toBeGreaterThan(0);
      }
    },
  );

  it("the seed services nobody can reach are not in the search; editors find them with a filter", async () => {
    // Found in issue 17: the Amsterdam buurtteam entries, Philadelphia Hoorn, Esdégé-Reigersdaal, …
    const unreachable: string[] = [];
    for (const s of SERVICES) if ((await viewOf(s.key)).ways.length === 0) unreachable.push(serviceId(s.key));
    expect(unreachable.length).toBeGreaterThan(0);
    const shown = await searchDirectory(db, parseSearchParams(new URLSearchParams("")), "nl", TODAY);
    const all = await sql<{ id: string }>`select id from service where status = 'active'`.execute(db);
    expect(shown.totalItems).toBe(all.rows.length - unreachable.length);
    for (const q of ["buurtteam", "philadelphia", "esdege", "hulp"]) {
      const found = await searchDirectory(db, parseSearchParams(new URLSearchParams({ q })), "nl", TODAY);
      expect(found.items.map((i) => i.id).filter((id) => unreachable.includes(id))).toEqual([]);
    }
    const filtered = await listServices(db, { unreachable: true }, TODAY);
    expect(filtered.items.map((i) => i.id).sort()).toEqual([...unreachable].sort());
  });
});
