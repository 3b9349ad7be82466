// Searching the directory: one function for the page (and the benchmark). It reads parsed
// parameters, asks SQLite for the candidates that pass every filter (and the text search), ranks
// them with the pure rules in ranking.ts and loads the details of one page of results.
import { sql, type Kysely } from "kysely";
import type { Database } from "#db/schema";
import { AREAS, ancestorsOf, descendantsOf } from "./areas";
import { freshness, todayIso, type Freshness } from "./freshness";
import { buildFtsQuery, readTextIntent, searchTokens, type FtsMode } from "./fts-query";
import { textHitsTable } from "./fts.server";
import { areaMatchFor, paginate, rankCandidates, type Candidate } from "./ranking";
import { PAGE_SIZE, type ParsedSearch, type SearchMessage } from "./search-params";
import type { TopicId } from "./topics";

type Db = Kysely<Database>;
type Lang = "nl" | "en";

export interface ResultItem {
  id: string;
  name: string;
  organization: string;
  summary: string | null;
  topics: { id: string; name: string }[];
  areas: { slug: string; name: string }[];
  phones: { number: string; toVerify: boolean }[];
  url: string | null;
  walkIn: boolean;
  free: boolean;
  anonymousAdvice: boolean;
  place: string | null;
  checked: Freshness;
  assurer: string | null;
  toVerify: boolean;
}

export interface SearchOutcome {
  items: ResultItem[];
  page: number;
  totalPages: number;
  totalItems: number;
  /** "any": no service had every word, so services with some of the words are shown */
  textMode: FtsMode | null;
  /** the area used: from the form, or read from the text */
  area: string | null;
  areaFromText: boolean;
  messages: SearchMessage[];
}

interface CandidateRow {
  id: string;
  name: string;
  bm25: number | null;
  /** the service's areas within the searched area's family, space-separated (null: none) */
  area_slugs: string | null;
  /** 1 when the service has one of the wanted topics */
  topic_match: number;
}

export async function searchDirectory(db: Db, parsed: ParsedSearch, lang: Lang, today: string = todayIso()): Promise<SearchOutcome> {
  const { params } = parsed;
  const messages = [...parsed.messages];
  const intent = params.q ? readTextIntent(params.q) : { tokens: [], area: null, topics: [] as TopicId[] };
  const areaFromText = !params.area && intent.area !== null;
  const area = params.area ?? intent.area;
  const tokens = params.area ? searchTokens(params.q) : intent.tokens;
  const wantedTopics: TopicId[] = params.topic ? [params.topic] : intent.topics;

  let textMode: FtsMode | null = tokens.length > 0 ? "all" : null;
  // Without a place or topic to weigh, the order is the text score (or the name): SQLite can sort
  // and cut the page itself, so a broad search never carries thousands of rows into JavaScript.
  if (!area && wantedTopics.length === 0) {
    let fast = await pageInSql(db, parsed, tokens.length ? buildFtsQuery(tokens, "all") : null);
    if (fast.total === 0 && tokens.length > 1) {
      textMode = "any";
      fast = await pageInSql(db, parsed, buildFtsQuery(tokens, "any"));
    }
    const totalPages = Math.max(1, Math.ceil(fast.total / PAGE_SIZE));
    if (params.page > totalPages && fast.total > 0) {
      messages.push({ field: "page", code: "pageTooHigh", value: String(totalPages), error: false });
      fast = await pageInSql(db, { ...parsed, params: { ...params, page: totalPages } }, textMode === "any" ? buildFtsQuery(tokens, "any") : tokens.length ? buildFtsQuery(tokens, "all") : null);
    }
    const items = await loadItems(db, fast.ids, lang, today);
    return { items, page: Math.min(params.page, totalPages), totalPages, totalItems: fast.total, textMode, area, areaFromText, messages };
  }

  let rows = await candidates(db, parsed, area, wantedTopics, tokens.length ? buildFtsQuery(tokens, "all") : null);
  if (rows.length === 0 && tokens.length > 1) {
    textMode = "any";
    rows = await candidates(db, parsed, area, wantedTopics, buildFtsQuery(tokens, "any"));
  }

  const family = area ? { ancestors: ancestorsOf(area), descendants: descendantsOf(area) } : { ancestors: [], descendants: [] };
  const ranked = rankCandidates(
    rows.map(
      (row): Candidate => ({
        id: row.id,
        name: row.name,
        bm25: row.bm25,
        areaMatch: areaMatchFor(row.area_slugs ? row.area_slugs.split(" ") : [], area, family),
        topicMatch: row.topic_match === 1,
      }),
    ),
  );
  const page = paginate(ranked, params.page, PAGE_SIZE);
  if (page.clamped && params.page > 1 && page.totalItems > 0) {
    messages.push({ field: "page", code: "pageTooHigh", value: String(page.totalPages), error: false });
  }
  const items = await loadItems(
    db,
    page.items.map((c) => c.id),
    lang,
    today,
  );
  return { items, page: page.page, totalPages: page.totalPages, totalItems: page.totalItems, textMode, area, areaFromText, messages };
}

/** One page, sorted by SQLite: best text score first (bm25 is lower for better), then name. */
async function pageInSql(db: Db, parsed: ParsedSearch, ftsQuery: string | null): Promise<{ ids: string[]; total: number }> {
  const query = filtered(db, parsed, null, ftsQuery);
  const [{ total }] = await query.clearSelect().select((eb) => eb.fn.countAll<number>().as("total")).execute();
  const rows = await query
    .orderBy(ftsQuery ? sql`fts.bm25` : sql`1`)
    .orderBy(sql`s.name collate nocase`)
    .orderBy("s.id")
    .limit(PAGE_SIZE)
    .offset((parsed.params.page - 1) * PAGE_SIZE)
    .execute();
  return { ids: rows.map((row) => row.id), total: Number(total) };
}

/**
 * Active services passing every filter, with what ranking weighs: the FTS score when there is
 * text, the service's areas near the searched one and whether it has a wanted topic. Read in the
 * same query, per candidate, through the (service, area) and (service, term) unique indexes: a
 * city-wide search no longer carries every area link of the city into JavaScript.
 */
async function candidates(db: Db, parsed: ParsedSearch, area: string | null, topics: TopicId[], ftsQuery: string | null): Promise<CandidateRow[]> {
  let query = filtered(db, parsed, area, ftsQuery);
  query = area
    ? query.select((eb) =>
        eb
          .selectFrom("service_area as sa")
          .innerJoin("area as ar", "ar.id", "sa.area_id")
          .whereRef("sa.service_id", "=", "s.id")
          .where("ar.slug", "in", [area, ...ancestorsOf(area), ...descendantsOf(area)])
          .select(sql<string>`group_concat(ar.slug, ' ')`.as("slugs"))
          .as("area_slugs"),
      )
    : query.select(sql<null>`null`.as("area_slugs"));
  query =
    topics.length > 0
      ? query.select((eb) =>
          eb
            .exists(
              eb
                .selectFrom("attribute as a")
                .innerJoin("taxonomy_term as t", "t.id", "a.taxonomy_term_id")
                .whereRef("a.link_id", "=", "s.id")
                .where("t.code", "in", topics)
                .select(sql`1`.as("one")),
            )
            .as("topic_match"),
        )
      : query.select(sql<number>`0`.as("topic_match"));
  return (await query.execute()) as CandidateRow[];
}

function filtered(db: Db, parsed: ParsedSearch, area: string | null, ftsQuery: string | null) {
  const { params } = parsed;
  // Filters as "id in (set)": SQLite builds each set once instead of probing per service.
  let query = db.selectFrom("service as s").where("s.status", "=", "active").select(["s.id", "s.name"]);
  if (ftsQuery) {
    query = query.innerJoin(textHitsTable(ftsQuery).as("fts"), "fts.service_id", "s.id").select("fts.bm25");
  } else {
    query = query.select(sql<number | null>`null`.as("bm25"));
  }
  if (params.topic) {
    const topic = params.topic;
    query = query.where("s.id", "in", (eb) =>
      eb.selectFrom("attribute as a").innerJoin("taxonomy_term as t", "t.id", "a.taxonomy_term_id").where("t.code", "=", topic).select("a.link_id"),
    );
  }
  if (area) {
    const slugs = [area, ...ancestorsOf(area), ...descendantsOf(area)];
    query = query.where("s.id", "in", (eb) =>
      eb.selectFrom("service_area as sa").innerJoin("area as ar", "ar.id", "sa.area_id").where("ar.slug", "in", slugs).select("sa.service_id"),
    );
  }
  if (params.age !== null) {
    const age = params.age;
    query = query
      .where((eb) => eb.or([eb("s.minimum_age", "is", null), eb("s.minimum_age", "<=", age)]))
      .where((eb) => eb.or([eb("s.maximum_age", "is", null), eb("s.maximum_age", ">=", age)]));
  }
  if (params.free) query = query.where("s.cost", "=", "free");
  if (params.walkin) query = query.where("s.walk_in", "=", "yes");
  return query;
}

/** Everything a result shows, for one page of services, in the page's language. */
export async function loadItems(db: Db, ids: string[], lang: Lang, today: string): Promise<ResultItem[]> {
  if (ids.length === 0) return [];
  const en = lang === "en";
  const [services, topics, areas, phones, places] = await Promise.all([
    db
      .selectFrom("service as s")
      .innerJoin("organization as o", "o.id", "s.organization_id")
      .where("s.id", "in", ids)
      .select([
        "s.id",
        "s.name",
        "o.name as organization",
        "s.summary",
        "s.summary_en",
        "s.url",
        "o.website",
        "s.walk_in",
        "s.cost",
        "s.anonymous_advice",
        "s.assured_date",
        "s.assurer",
        "s.to_verify",
      ])
      .execute(),
    db
      .selectFrom("attribute as a")
      .innerJoin("taxonomy_term as t", "t.id", "a.taxonomy_term_id")
      .where("a.link_id", "in", ids)
      .select(["a.link_id", "t.code", "t.name", "t.name_en"])
      .orderBy("t.sort_order")
      .execute(),
    db
      .selectFrom("service_area as sa")
      .innerJoin("area as ar", "ar.id", "sa.area_id")
      .where("sa.service_id", "in", ids)
      .select(["sa.service_id", "ar.slug", "ar.name", "ar.name_en"])
      .orderBy("ar.sort_order")
      .execute(),
    db.selectFrom("phone").where("service_id", "in", ids).select(["service_id", "number", "to_verify"]).orderBy("id").execute(),
    db
      .selectFrom("service_at_location as sal")
      .innerJoin("location as l", "l.id", "sal.location_id")
      .leftJoin("address as ad", "ad.location_id", "l.id")
      .where("sal.service_id", "in", ids)
      .select(["sal.service_id", "l.name", "ad.address_1", "ad.city"])
      .execute(),
  ]);
  const byId = new Map(services.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const s = byId.get(id);
    if (!s) return [];
    const place = places.find((p) => p.service_id === id);
    return [
      {
        id,
        name: s.name,
        organization: s.organization,
        summary: (en ? s.summary_en : s.summary) ?? s.summary,
        topics: topics.filter((t) => t.link_id === id).map((t) => ({ id: t.code, name: en ? t.name_en : t.name })),
        areas: areas.filter((a) => a.service_id === id).map((a) => ({ slug: a.slug, name: en ? a.name_en : a.name })),
        phones: phones.filter((p) => p.service_id === id).map((p) => ({ number: p.number, toVerify: p.to_verify === 1 })),
        url: s.url ?? s.website,
        walkIn: s.walk_in === "yes",
        free: s.cost === "free",
        anonymousAdvice: s.anonymous_advice === "yes",
        place: place ? [place.name, place.address_1, place.city].filter(Boolean).join(", ") : null,
        checked: freshness(s.assured_date, today),
        assurer: s.assurer,
        toVerify: s.to_verify === 1,
      },
    ];
  });
}

/** The areas and topics for the filter form, in the page's language. */
export function filterOptions(lang: Lang) {
  return {
    areas: AREAS.map((area) => ({ slug: area.slug, name: lang === "en" ? area.name_en : area.name, kind: area.kind, parent: area.parent })),
  };
}
