// "Nu open" against a real (in-memory) SQLite database with the real seed: the search results, the
// contact page and its card say the same thing for the same moment (decision 024).
import { openDatabase, prepareDatabase, type DB } from "#db/database.server";
import { serviceId } from "#db/seed/directory";
import { SERVICES } from "#db/seed/directory-data";
import { contactView } from "./contact-view";
import { openingSentence } from "./opening-words";
import { parseSearchParams } from "./search-params";
import { searchDirectory } from "./search-services.server";
import { loadActiveService } from "./service-record.server";

let db: DB;
beforeAll(async () => {
  db = openDatabase(":memory:");
  await prepareDatabase(db);
});
afterAll(async () => {
  await db.destroy();
});

/** Tuesday 1 December 2026, 10:00 in Amsterdam. */
const TUESDAY_10 = new Date("2026-12-01T09:00:00Z");
/** Saturday 5 December 2026, 12:00 in Amsterdam. */
const SATURDAY_12 = new Date("2026-12-05T11:00:00Z");

async function pageSays(key: string, now: Date, lang: "nl" | "en" = "nl") {
  const view = contactView((await loadActiveService(db, serviceId(key)))!, lang, "2026-12-01", now);
  return {
    page: openingSentence(view.opening, lang),
    card: view.card ? openingSentence(view.card.opening, lang) : null,
    view,
  };
}

/** The search result for the service, found by a word of its name. */
async function resultSays(key: string, now: Date) {
  const q = SERVICES.find((s) => s.key === key)!
    .name.split(/[\s:]+/)
    .at(-1)!;
  const outcome = await searchDirectory(db, parseSearchParams(new URLSearchParams({ q })), "nl", "2026-12-01", now);
  const item = outcome.items.find((i) => i.id === serviceId(key));
  return { sentence: item ? openingSentence(item.opening, "nl") : undefined, outcome };
}

describe("open now on the public pages, from the seed", () => {
  it("the page, the card and the search result say the same for hours from the source", async () => {
    const { page, card, view } = await pageSays("ggd-zw-meldpunt", TUESDAY_10);
    expect(page).toBe("Nu open tot 17:00.");
    expect(card).toBe(page);
    expect(new Date(view.openingChangesAt!).toISOString()).toBe("2026-12-01T16:00:00.000Z");
    expect((await resultSays("ggd-zw-meldpunt", TUESDAY_10)).sentence).toBe(page);
    expect((await pageSays("ggd-zw-meldpunt", SATURDAY_12)).page).toBe("Vandaag dicht. Open op maandag om 9:00.");
    expect((await pageSays("ggd-zw-meldpunt", SATURDAY_12, "en")).page).toBe("Closed today. Opens on Monday at 9:00.");
  });

  it("the search page changes when its first result's sentence changes", async () => {
    const { outcome } = await resultSays("ggd-zw-meldpunt", TUESDAY_10);
    expect(outcome.openingChangesAt).not.toBeNull();
    expect(outcome.openingChangesAt!).toBeGreaterThan(TUESDAY_10.getTime());
    expect(outcome.openingChangesAt!).toBeLessThanOrEqual(Date.parse("2026-12-01T16:00:00Z"));
  });

  it("lines open day and night say so", async () => {
    expect((await pageSays("veilig-thuis", SATURDAY_12)).page).toBe("Dag en nacht open.");
  });

  it("hours marked nog controleren never give a bare 'Nu open'", async () => {
    for (const s of SERVICES) {
      const { page, view } = await pageSays(s.key, TUESDAY_10);
      const rows = [...(s.schedules ?? []), ...(s.locations ?? []).flatMap((l) => l.schedules ?? [])];
      if (page && rows.some((r) => r.verify)) expect(page, s.name).toMatch(/Dit is nog niet zeker\.$/);
      if (view.opening.kind === "unknown") expect(page).toBeNull();
    }
  });

  it("hours partly in words only say nothing: the huisartsenpost is not 'dicht' at the weekend", async () => {
    expect((await pageSays("huisartsenpost-west-friesland", SATURDAY_12)).page).toBeNull();
    expect((await resultSays("huisartsenpost-west-friesland", SATURDAY_12)).sentence).toBeNull();
  });
});

describe("a holiday the data names", () => {
  it("closes the service that day on the page and in the results, with the reason", async () => {
    const id = serviceId("ggd-zw-meldpunt");
    await db
      .insertInto("schedule")
      .values({
        id: "kerst-test",
        service_id: id,
        valid_from: "2026-12-25",
        valid_to: "2026-12-26",
        description: "Kerst",
        description_en: "Christmas",
        to_verify: 0,
      })
      .execute();
    try {
      const christmas = new Date("2026-12-25T10:00:00Z");
      expect((await pageSays("ggd-zw-meldpunt", christmas)).page).toBe(
        "Vandaag dicht: Kerst. Open op maandag om 9:00.",
      );
      expect((await resultSays("ggd-zw-meldpunt", christmas)).sentence).toBe(
        "Vandaag dicht: Kerst. Open op maandag om 9:00.",
      );
      expect((await pageSays("ggd-zw-meldpunt", christmas, "en")).page).toBe(
        "Closed today: Christmas. Opens on Monday at 9:00.",
      );
    } finally {
      await db.deleteFrom("schedule").where("id", "=", "kerst-test").execute();
    }
  });
});
