// The visitor card never puts a label on the visitor (issue 14 point 6): every seed service's
// card, built from a real seeded database the way the card page builds it, in both languages.
import { openDatabase, prepareDatabase, type DB } from "#db/database.server";
import { CARD_TEXTS } from "#db/seed/card-texts";
import { SERVICES } from "#db/seed/directory-data";
import { serviceId } from "#db/seed/directory";
import { splitSentences, splitWords } from "#tools/easy-read/segment";
import { contactView } from "./contact-view";
import { loadActiveService } from "./service-record.server";
import { labelWordIn, visitorCard } from "./visitor-text";

let db: DB;
beforeAll(async () => {
  db = openDatabase(":memory:");
  await prepareDatabase(db);
});
afterAll(async () => {
  await db.destroy();
});

describe("the visitor text of every seed service", () => {
  it.each(SERVICES.map((s) => [s.key] as const))(
    "%s has a short, label-free visitor text in Dutch and English",
    (key) => {
      const texts = CARD_TEXTS[key];
      expect(texts, `no visitor text for ${key}`).toBeDefined();
      for (const [lang, text] of [
        ["nl", texts[0]],
        ["en", texts[1]],
      ] as const) {
        expect(labelWordIn(text), `${key} (${lang}): ${text}`).toBeNull();
        const sentences = splitSentences(text, lang);
        expect(sentences.length, `${key} (${lang}) says it in 1–3 sentences`).toBeLessThanOrEqual(3);
        for (const sentence of sentences)
          expect(splitWords(sentence, lang).length, `${key} (${lang}): "${sentence}"`).toBeLessThanOrEqual(15);
      }
    },
  );

  it.each(SERVICES.map((s) => [s.key] as const))(
    "%s: the card prints the visitor text and no label word, or there is no card",
    async (key) => {
      const record = await loadActiveService(db, serviceId(key));
      expect(record).not.toBeNull();
      for (const lang of ["nl", "en"] as const) {
        const card = contactView(record!, lang, "2026-12-01").card;
        const view = contactView(record!, lang, "2026-12-01");
        if (card === null) {
          // No card: every name holds a label, or nobody can reach the service (issue 17 point 3).
          const labelled = labelWordIn(record!.service.name) && labelWordIn(record!.organization.name);
          expect(Boolean(labelled) || view.ways.length === 0).toBe(true);
          continue;
        }
        expect(card.text).toBe(CARD_TEXTS[key][lang === "nl" ? 0 : 1]);
        expect(labelWordIn(`${card.name} ${card.text} ${card.website ?? ""}`), `${key} (${lang})`).toBeNull();
      }
    },
  );
});

describe("visitorCard", () => {
  const service = {
    name: "Cordaan: zorg voor mensen met een verstandelijke beperking",
    alternateName: null,
    organization: "Cordaan",
    website: "https://www.cordaan.nl",
  };

  it("uses the first name without a label", () => {
    expect(visitorCard({ ...service, cardSummary: "Hulp bij wonen.", summary: null })?.name).toBe("Cordaan");
    expect(visitorCard({ ...service, alternateName: "Cordaan Wonen", cardSummary: null, summary: null })?.name).toBe(
      "Cordaan Wonen",
    );
  });

  it("falls back to the professional summary only when it holds no label", () => {
    expect(visitorCard({ ...service, cardSummary: "", summary: "Wonen en werk in Amsterdam." })?.text).toBe(
      "Wonen en werk in Amsterdam.",
    );
    expect(visitorCard({ ...service, cardSummary: null, summary: "Voor mensen met een LVB." })?.text).toBeNull();
  });

  it("gives no card when every name holds a label, and hides a website whose address holds one", () => {
    expect(
      visitorCard({
        name: "Landelijk Kenniscentrum LVB",
        alternateName: null,
        organization: "Landelijk Kenniscentrum LVB",
        cardSummary: "Kennis.",
        summary: null,
        website: null,
      }),
    ).toBeNull();
    expect(
      visitorCard({ ...service, website: "https://www.kenniscentrumlvb.nl", cardSummary: "x", summary: null })?.website,
    ).toBeNull();
  });
});

describe("migration 0007 on a database seeded before it", () => {
  it("gives the seed services their visitor text and leaves other services alone", async () => {
    const { Migrator } = await import("kysely/migration");
    const { migrations } = await import("#db/migrations/index");
    const old = openDatabase(":memory:");
    try {
      const migrator = new Migrator({ db: old, provider: { getMigrations: async () => migrations } });
      expect((await migrator.migrateTo("0006_search_rows")).error).toBeUndefined();
      await old.insertInto("organization").values({ id: "org", name: "LFB" }).execute();
      const other = "00000000-0000-4000-8000-000000000001";
      for (const id of [serviceId("lfb"), other])
        await old.insertInto("service").values({ id, organization_id: "org", name: "LFB" }).execute();
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const rows = await old
        .selectFrom("service")
        .select(["id", "card_summary", "card_summary_en"])
        .orderBy("id")
        .execute();
      expect(rows.find((r) => r.id === serviceId("lfb"))).toMatchObject({
        card_summary: CARD_TEXTS.lfb[0],
        card_summary_en: CARD_TEXTS.lfb[1],
      });
      expect(rows.find((r) => r.id === other)).toMatchObject({ card_summary: null, card_summary_en: null });
    } finally {
      await old.destroy();
    }
  });
});
