// The region the product names, from real sources only (issue 17 point 6, decision 021): for every
// named area and core topic, the seed has a service someone can reach (phone, website, address or
// e-mail), local first. A cell that only a regional or national service fills is shown as such; a
// cell no source fills is listed below with its reason. Both lists must stay exact: a new service
// that fills a listed cell fails the test until the list is shortened.
import type { TopicId } from "#db/topics";
import { ORGANIZATIONS, SERVICES, type SeedService } from "#db/seed/directory-data";
import { CARD_TEXTS } from "#db/seed/card-texts";
import { openDatabase, prepareDatabase, type DB } from "#db/database.server";
import { parseSearchParams } from "~/features/directory/search-params";
import { searchDirectory } from "~/features/directory/search-services.server";
import { CORE_TOPICS, NAMED_AREAS, NOT_A_CONTACT_KEYS, levelFor, type Level } from "~/features/directory/quality";

/** Found in the seed but not a contact for a visitor's question: it shares knowledge, it does not advise on a person. */
const NOT_A_CONTACT: Record<string, string> = {
  "kenniscentrum-lvb": "a national knowledge centre; no source says it advises on one person",
};

/** Cells no source fills at all: left empty, so the quality page shows the gap. */
const HONEST_GAPS: Record<string, string> = {
  "hoorn · client-support": "MEE/de Wering stopped; the current provider is unknown (CONTACTS 3.2, addendum §5.3)",
  "oostzaan · housing": "no housing help for Oostzaan in CONTACTS or the addendum",
  "wormerland · client-support":
    "no provider found; the SMD team there gives social work and legal advice (CONTACTS 3.3)",
  "wormerland · housing": "no housing help for Wormerland in CONTACTS or the addendum",
  "landsmeer · client-support":
    "no provider found; the SMD team there gives social work and legal advice (CONTACTS 3.3)",
  "landsmeer · housing": "no housing help for Landsmeer in CONTACTS or the addendum",
  "waterland-gemeente · client-support":
    "no provider found; the SMD team there gives social work and legal advice (CONTACTS 3.3)",
  "waterland-gemeente · housing": "no housing help for Waterland in CONTACTS or the addendum",
  "edam-volendam · client-support":
    "no provider found; the SMD team there gives social work and legal advice (CONTACTS 3.3)",
  "edam-volendam · housing": "no housing help for Edam-Volendam in CONTACTS or the addendum",
};

/** Cells only a national line fills: no local or regional service found in the sources. */
const NATIONAL_ONLY: Record<string, string> = {
  "amstelveen · crisis-safety": "no Amstelland meldpunt found; Veilig Thuis 0800-2000 routes to the regional team",
  "uithoorn · letters-forms": "no local help with letters found; the 2024 money walk-in was a pilot (addendum §6.2)",
  "hoorn · letters-forms": "the Formulierenbrigade West-Friesland is known only from a page without URL (CONTACTS 8)",
  "zaanstad · letters-forms": "the Sociaal Wijkteam's page names no help with letters; no other source",
  "zaanstad · lvb-expertise": "no local LVB consultation found (addendum §4.2); only the national CCE",
  "wormerland · lvb-expertise": "no local LVB consultation found (addendum §4.2); only the national CCE",
  "landsmeer · lvb-expertise": "no local LVB consultation found (addendum §4.2); only the national CCE",
  "waterland-gemeente · lvb-expertise": "no local LVB consultation found (addendum §4.2); only the national CCE",
  "edam-volendam · lvb-expertise": "no local LVB consultation found (addendum §4.2); only the national CCE",
  "purmerend · money": "no local money help in the sources; the Geldfit line finds one by postcode",
  "purmerend · letters-forms": "no local help with letters in the sources",
};

const LEVEL_MARK: Record<Level, string> = { local: "L", regional: "R", national: "N" };

function reachable(service: SeedService): boolean {
  const website = service.url ?? ORGANIZATIONS.find((org) => org.key === service.org)?.website;
  return Boolean(
    website ||
    service.phones?.length ||
    service.emails?.length ||
    service.locations?.some((location) => location.address_1 && location.city),
  );
}

interface Cell {
  area: string;
  topic: TopicId;
  best: Level | null;
  services: string[];
}

function coverage(): Cell[] {
  const contacts = SERVICES.filter((service) => reachable(service) && !(service.key in NOT_A_CONTACT));
  return NAMED_AREAS.flatMap((area) =>
    CORE_TOPICS.map((topic) => {
      const found = contacts
        .filter((service) => service.topics.includes(topic))
        .map((service) => ({ key: service.key, level: levelFor(service.areas, area) }))
        .filter((hit): hit is { key: string; level: Level } => hit.level !== null);
      const best = (["local", "regional", "national"] as const).find((level) => found.some((f) => f.level === level));
      return { area, topic, best: best ?? null, services: found.map((f) => f.key) };
    }),
  );
}

/** The table as text: L/R/N for the closest reachable service and how many there are, "—" for none. */
function table(cells: Cell[]): string {
  const width = Math.max(...NAMED_AREAS.map((area) => area.length));
  const header = ["".padEnd(width), ...CORE_TOPICS.map((topic) => topic.padEnd(14))].join(" ");
  const rows = NAMED_AREAS.map((area) =>
    [
      area.padEnd(width),
      ...CORE_TOPICS.map((topic) => {
        const cell = cells.find((c) => c.area === area && c.topic === topic)!;
        return (cell.best ? `${LEVEL_MARK[cell.best]}${cell.services.length}` : "—").padEnd(14);
      }),
    ].join(" "),
  );
  return [header, ...rows].join("\n");
}

const cellKey = (cell: Cell) => `${cell.area} · ${cell.topic}`;

describe("region coverage (issue 17 point 6)", () => {
  it("the quality page leaves out the same knowledge sources as this table", () => {
    expect([...NOT_A_CONTACT_KEYS].sort()).toEqual(Object.keys(NOT_A_CONTACT).sort());
  });

  const cells = coverage();

  it("prints the area × core topic table (L local, R city or region, N national, number of services)", () => {
    console.log(`\n${table(cells)}\n`);
    expect(cells).toHaveLength(NAMED_AREAS.length * CORE_TOPICS.length);
  });

  it("every cell the sources can fill has a reachable service; the others are the listed gaps", () => {
    expect(cells.filter((cell) => cell.best === null).map(cellKey)).toEqual(Object.keys(HONEST_GAPS));
  });

  it("a national line alone fills only the cells listed as national-only", () => {
    expect(cells.filter((cell) => cell.best === "national").map(cellKey)).toEqual(Object.keys(NATIONAL_ONLY));
  });

  it("every seed service has a visitor text", () => {
    expect(SERVICES.filter((service) => !CARD_TEXTS[service.key]).map((service) => service.key)).toEqual([]);
  });
});

describe("tags and notes a reviewer found wrong (issue 17 point 6)", () => {
  const service = (key: string) => SERVICES.find((s) => s.key === key)!;

  it("client support is only tagged on services whose person does not work for the municipality or an association", () => {
    // The LFB is an association by and for its members; the two desks belong to the municipality.
    for (const key of ["lfb", "wmo-loket-amstelveen", "sociaal-team-oostzaan"])
      expect(service(key).topics, key).not.toContain("client-support");
  });

  it("the Kenniscentrum LVB says it is a knowledge source, not a contact for advice about one person", () => {
    const centre = service("kenniscentrum-lvb");
    expect(centre.summary[0]).toMatch(/advies over één persoon/);
    expect(centre.summary[1]).toMatch(/advice about one person/);
    expect(centre.application?.[0]).toMatch(/geen bron/);
  });

  it("the Juridisch Loket's 0900 line says it costs money and asks name and address first, wherever it is shown", () => {
    const loket = service("juridisch-loket");
    const phone = loket.phones!.find((p) => p.number === "0900 8020")!;
    for (const [nl, en] of [phone.description!, loket.alert!, CARD_TEXTS["juridisch-loket"]]) {
      expect(nl).toMatch(/kost (wel )?geld/);
      expect(nl).toMatch(/naam en adres/);
      expect(en).toMatch(/costs? money/);
      expect(en).toMatch(/name and address/);
    }
  });

  it("the Meldpunt Zorg en Woonoverlast belongs to the City of Amsterdam, with the GGD as a partner", () => {
    const meldpunt = service("meldpunt-zorg-woonoverlast");
    expect(ORGANIZATIONS.find((org) => org.key === meldpunt.org)?.name).toBe("Gemeente Amsterdam");
    expect(meldpunt.description[0]).toMatch(/GGD/);
  });

  it("MEE in Amstelveen and Uithoorn rests on 2018 sources and is flagged to verify", () => {
    const from2018 = [
      "https://amstelveen.sp.nl/nieuws/2018/09/sp-wil-betere-sociale-voorlichting",
      "https://www.meerbode.nl/uithoorn-voor-elkaar-gaat-door/",
    ];
    const mee = SERVICES.filter((s) => s.org === "mee-az");
    for (const area of ["amstelveen", "uithoorn"]) {
      const here = mee.filter((s) => s.areas.includes(area));
      expect(here.length, area).toBeGreaterThan(0);
      for (const s of here) {
        expect(from2018, s.key).toContain(s.source);
        expect(s.verify, s.key).toBe(true);
        expect(s.alert?.[0], s.key).toMatch(/2018/);
      }
    }
  });
});

describe("the search puts local help first and shows a national line as such (issue 17 point 6)", () => {
  let db: DB;
  beforeAll(async () => {
    db = openDatabase(":memory:");
    await prepareDatabase(db);
  });
  afterAll(async () => {
    await db.destroy();
  });

  const search = async (query: string) =>
    (await searchDirectory(db, parseSearchParams(new URLSearchParams(query)), "nl", "2026-12-01")).items;

  it("money in Hoorn: the town's own help comes first, a national line later and named 'Heel Nederland'", async () => {
    const items = (await search("topic=money&area=hoorn")).filter((item) => item.topics.some((t) => t.id === "money"));
    expect(items[0].areas.map((area) => area.slug)).toContain("hoorn");
    const national = items.findIndex((item) => item.areas.some((area) => area.slug === "nederland"));
    expect(national).toBeGreaterThan(0);
    expect(items[national].areas.map((area) => area.name)).toContain("Heel Nederland");
  });

  it("client support in Hoorn: an honest gap, not an association shown as client support", async () => {
    const items = await search("topic=client-support&area=hoorn");
    expect(items.filter((item) => item.topics.some((t) => t.id === "client-support")).map((item) => item.name)).toEqual(
      [],
    );
  });
});
