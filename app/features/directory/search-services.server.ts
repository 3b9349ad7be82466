// Searching the directory: one function for the page (and the benchmark). It reads parsed
// parameters and asks SQLite, over the narrow search rows (migration 0006) and the text index,
// for one ranked page of the services that pass every filter (ranking rules in ranking.ts);
// then it loads what that page shows.
import { sql, type RawBuilder } from "kysely";
import type { DB } from "#db/database.server";
import { AREAS } from "#db/areas";
import { todayInAmsterdam } from "~/features/calendar/today";
import { howWeKnow, type HowWeKnow } from "./how-we-know";
import { openingState, serviceHours, type OpeningState, type ScheduleRule } from "./opening-hours";
import { openingSentence } from "./opening-words";
import { splitPhoneNumbers, type PhonePart } from "~/features/steps/phone-links";

const splitSummary = (text: string | null) => (text ? splitPhoneNumbers(text) : null);
import { hasWayToReach } from "./reach-sql";
import {
  buildFtsQuery,
  buildWholeWordQuery,
  inNames,
  isWholeWord,
  readTextIntent,
  searchTokens,
  type FtsMode,
} from "./fts-query";
import { BM25 } from "./fts.server";
import { areaFamily, hasAnyItem, placeAndTopicScore, textRank } from "./ranking";
import { PAGE_SIZE, type ParsedSearch, type SearchMessage } from "./search-params";
import type { TopicId } from "#db/topics";

import type { Lang } from "~/i18n/lang";

export interface ResultItem {
  id: string;
  name: string;
  organization: string;
  /** split here into text and phone numbers: the search page does not send the phone rule (decision 019) */
  summary: PhonePart[] | null;
  topics: { id: string; name: string }[];
  areas: { slug: string; name: string }[];
  phones: { number: string; toVerify: boolean }[];
  url: string | null;
  walkIn: boolean;
  free: boolean;
  anonymousAdvice: boolean;
  place: string | null;
  /** the day the source was read, the day the organisation confirmed it (decision 020) */
  howWeKnow: HowWeKnow;
  /** open now, closed, or unknown (say nothing), at the moment of the request (decision 024) */
  opening: OpeningState;
  /** the opening line in the page's language, made here: its words never go to the browser */
  openingText: string | null;
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
  /** the first moment (UTC ms) a result's "open now" sentence changes; null: none changes with time */
  openingChangesAt: number | null;
}

interface Criteria {
  parsed: ParsedSearch;
  /** the area searched (from the form or read from the text) */
  area: string | null;
  /** topics that weigh in the ranking (the filter's topic, or topics the text points at) */
  topics: TopicId[];
  ftsQuery: string | null;
  /** what ranks a text match higher: the words in the name, the words whole (decision 019) */
  rankQueries: { name: string; whole: string | null } | null;
}

/** The text part of the criteria for `tokens` as typed in `typed`. */
function textCriteria(
  tokens: readonly string[],
  mode: FtsMode,
  typed: string,
  topicWords: Record<string, TopicId>,
): Pick<Criteria, "ftsQuery" | "rankQueries"> {
  const ftsQuery = buildFtsQuery(tokens, mode, typed, topicWords);
  if (!ftsQuery) return { ftsQuery: null, rankQueries: null };
  const someLonger = tokens.some((token) => !isWholeWord(token, typed));
  return {
    ftsQuery,
    rankQueries: {
      name: inNames(buildFtsQuery(tokens, mode, typed)!),
      whole: someLonger ? buildWholeWordQuery(tokens, mode) : null,
    },
  };
}

export async function searchDirectory(
  db: DB,
  parsed: ParsedSearch,
  lang: Lang,
  today: string = todayInAmsterdam(),
  /** the moment for "open now" (decision 024) */
  now: Date = new Date(),
): Promise<SearchOutcome> {
  const { params } = parsed;
  const messages = [...parsed.messages];
  const intent = params.q
    ? readTextIntent(params.q)
    : { tokens: [], area: null, topics: [] as TopicId[], topicWords: {} };
  const areaFromText = !params.area && intent.area !== null;
  const area = params.area ?? intent.area;
  const tokens = params.area ? searchTokens(params.q) : intent.tokens;
  const topics: TopicId[] = params.topic ? [params.topic] : intent.topics;
  // A word that names a topic also finds that topic, unless the topic is already a filter.
  const topicWords = params.topic ? {} : intent.topicWords;

  let textMode: FtsMode | null = tokens.length > 0 ? "all" : null;
  let criteria: Criteria = { parsed, area, topics, ...textCriteria(tokens, "all", params.q, topicWords) };
  let found = await findPage(db, criteria, params.page);
  if (found.total === 0 && tokens.length > 1) {
    textMode = "any";
    criteria = { ...criteria, ...textCriteria(tokens, "any", params.q, topicWords) };
    found = await findPage(db, criteria, params.page);
  }
  const totalPages = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
  let page = Math.max(1, params.page);
  if (page > totalPages) {
    // Past the end: show the last page and say so.
    if (found.total > 0) messages.push({ field: "page", code: "pageTooHigh", value: String(totalPages), error: false });
    page = totalPages;
    found = await findPage(db, criteria, page);
  }
  const loaded = await loadItems(db, found.ids, lang, today, now);
  const changes = loaded.map((item) => item.openingChangesAt).filter((at): at is number => at !== null);
  const items = loaded.map(({ openingChangesAt: _at, ...item }) => item);
  const openingChangesAt = changes.length > 0 ? Math.min(...changes) : null;
  return { items, page, totalPages, totalItems: found.total, textMode, area, areaFromText, messages, openingChangesAt };
}

/** One page of ids, best first, and how many services match in all. */
async function findPage(db: DB, criteria: Criteria, page: number): Promise<{ ids: string[]; total: number }> {
  const { from, where } = matching(criteria);
  const offset = (page - 1) * PAGE_SIZE;
  const count = async () =>
    Number(
      (await sql<{ total: number }>`select count(*) as total from ${from} where ${where}`.execute(db)).rows[0].total,
    );

  if (!criteria.ftsQuery && !criteria.area && criteria.topics.length === 0) {
    // Nothing to weigh: active services by name, read in order from the search rows' index.
    const rows = await sql<{ service_id: string }>`
      select k.service_id from ${from} where ${where}
       order by k.name collate nocase, k.service_id limit ${PAGE_SIZE} offset ${offset}`.execute(db);
    return { ids: rows.rows.map((row) => row.service_id), total: await count() };
  }
  // One pass over the matches: score each, count them all (the window) and keep one page.
  // "limit -1" keeps the inner query whole, so bm25() runs once per match, inside the text search.
  const bm25: RawBuilder<number | null> = criteria.ftsQuery ? BM25 : sql<null>`null`;
  const rows = await sql<{ service_id: string; total: number }>`
    select service_id, count(*) over () as total
      from (select k.service_id, k.name, ${placeAndTopicScore(criteria.area, criteria.topics)} as place_score,
                   ${textRank(bm25, criteria.rankQueries)} as text_rank
              from ${from} where ${where} limit -1)
     order by place_score + text_rank desc, name collate nocase, service_id
     limit ${PAGE_SIZE} offset ${offset}`.execute(db);
  const total = rows.rows.length > 0 ? Number(rows.rows[0].total) : offset > 0 ? await count() : 0;
  return { ids: rows.rows.map((row) => row.service_id), total };
}

/** The search rows (joined to the text index when there is text) and every filter, as SQL. */
function matching({ parsed: { params }, area, ftsQuery }: Criteria): {
  from: RawBuilder<unknown>;
  where: RawBuilder<unknown>;
} {
  // A service nobody can reach (no phone, e-mail, website or address) is not shown (issue 17 point 3).
  const conditions: RawBuilder<unknown>[] = [sql`k.status = 'active'`, hasWayToReach("k.service_id")];
  if (ftsQuery) conditions.push(sql`service_fts match ${ftsQuery}`);
  if (params.topic) conditions.push(hasAnyItem("k.topic_codes", [params.topic]));
  if (area) conditions.push(hasAnyItem("k.area_slugs", areaFamily(area).all));
  if (params.age !== null) {
    conditions.push(
      sql`(k.minimum_age is null or k.minimum_age <= ${params.age})`,
      sql`(k.maximum_age is null or k.maximum_age >= ${params.age})`,
    );
  }
  if (params.free) conditions.push(sql`k.cost = 'free'`);
  if (params.walkin) conditions.push(sql`k.walk_in = 'yes'`);
  return {
    // CROSS JOIN keeps the text index as the outer loop: otherwise SQLite may walk the search
    // rows by status and run the text match once per service (a hundred times slower).
    from: ftsQuery
      ? sql`service_fts cross join service_search k on k.search_id = service_fts.rowid`
      : sql`service_search k`,
    where: sql.join(conditions, sql` and `),
  };
}

interface ItemRow {
  id: string;
  name: string;
  organization: string;
  summary: string | null;
  summary_en: string | null;
  url: string | null;
  website: string | null;
  walk_in: string;
  cost: string;
  anonymous_advice: string;
  source_url: string | null;
  source_read_on: string | null;
  assured_date: string | null;
  to_verify: number;
  /** JSON: [[code, name, name_en], …] in topic order */
  topics: string;
  /** JSON: [[slug, name, name_en], …] in area order */
  areas: string;
  /** JSON: [[number, to_verify], …] */
  phones: string;
  /** JSON: [location name, address, city] of the first location, or null */
  place: string | null;
  /** JSON: [[service_at_location id or null (the service's own), ...the SCHEDULE_COLUMNS], …] */
  schedules: string;
}

/** The schedule columns openingState() reads, in the order of the JSON arrays below. */
const SCHEDULE_COLUMNS = [
  "freq",
  "interval",
  "byday",
  "bymonthday",
  "byweekno",
  "byyearday",
  "opens_at",
  "closes_at",
  "valid_from",
  "valid_to",
  "to_verify",
  "description",
  "description_en",
] as const;

/** The opening hours of one result, from its JSON: the service's own rows, else its one place's. */
function resultHours(json: string): ScheduleRule[] {
  const rows = JSON.parse(json) as unknown[][];
  const rules = rows.map((values) => ({
    place: values[0] as string | null,
    rule: Object.fromEntries(
      SCHEDULE_COLUMNS.map((column, index) => [column, values[index + 1]]),
    ) as unknown as ScheduleRule,
  }));
  const own = rules.filter((r) => r.place === null).map((r) => r.rule);
  const places = [...new Set(rules.flatMap((r) => (r.place === null ? [] : [r.place])))].map((place) =>
    rules.filter((r) => r.place === place).map((r) => r.rule),
  );
  return [...serviceHours(own, places)];
}

/**
 * Everything a result shows, for one page of services, in the page's language: one query, the
 * lists as JSON per service (one round trip instead of five).
 */
export async function loadItems(
  db: DB,
  ids: string[],
  lang: Lang,
  today: string,
  now: Date | null = null,
): Promise<(ResultItem & { openingChangesAt: number | null })[]> {
  if (ids.length === 0) return [];
  const en = lang === "en";
  const rows = await sql<ItemRow>`
    select s.id, s.name, o.name as organization, s.summary, s.summary_en, s.url, o.website, s.walk_in, s.cost,
           s.anonymous_advice, s.source_url, s.source_read_on, s.assured_date, s.to_verify,
           (select json_group_array(json_array(t.code, t.name, t.name_en) order by t.sort_order)
              from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id where a.link_id = s.id) as topics,
           (select json_group_array(json_array(ar.slug, ar.name, ar.name_en) order by ar.sort_order)
              from service_area sa join area ar on ar.id = sa.area_id where sa.service_id = s.id) as areas,
           (select json_group_array(json_array(p.number, p.to_verify) order by p.id)
              from phone p where p.service_id = s.id) as phones,
           (select json_array(l.name, ad.address_1, ad.city)
              from service_at_location sal join location l on l.id = sal.location_id
              left join address ad on ad.location_id = l.id
             where sal.service_id = s.id limit 1) as place,
           (select json_group_array(json_array(h.place, ${sql.join(SCHEDULE_COLUMNS.map((c) => sql.ref(`h.${c}`)))}))
              from (select null as place, * from schedule where service_id = s.id
                    union all
                    select sc.service_at_location_id as place, sc.*
                      from service_at_location sal join schedule sc on sc.service_at_location_id = sal.id
                     where sal.service_id = s.id
                    order by id) h) as schedules
      from service s join organization o on o.id = s.organization_id
     where s.id in (${sql.join(ids)})`.execute(db);
  const byId = new Map(rows.rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const s = byId.get(id);
    if (!s) return [];
    const place = s.place ? (JSON.parse(s.place) as (string | null)[]) : null;
    const opening = now
      ? openingState(resultHours(s.schedules), now)
      : { state: { kind: "unknown" as const }, changesAt: null };
    return [
      {
        id,
        name: s.name,
        organization: s.organization,
        summary: splitSummary((en ? s.summary_en : s.summary) ?? s.summary),
        topics: (JSON.parse(s.topics) as [string, string, string][]).map(([code, name, nameEn]) => ({
          id: code,
          name: en ? nameEn : name,
        })),
        areas: (JSON.parse(s.areas) as [string, string, string][]).map(([slug, name, nameEn]) => ({
          slug,
          name: en ? nameEn : name,
        })),
        phones: (JSON.parse(s.phones) as [string, number][]).map(([number, toVerify]) => ({
          number,
          toVerify: toVerify === 1,
        })),
        url: s.url ?? s.website,
        walkIn: s.walk_in === "yes",
        free: s.cost === "free",
        anonymousAdvice: s.anonymous_advice === "yes",
        place: place ? place.filter(Boolean).join(", ") : null,
        howWeKnow: howWeKnow(
          { sourceReadOn: s.source_read_on, confirmedOn: s.assured_date, sourceUrl: s.source_url },
          today,
        ),
        opening: opening.state,
        openingText: openingSentence(opening.state, lang),
        openingChangesAt: opening.changesAt,
        toVerify: s.to_verify === 1,
      },
    ];
  });
}

/** The areas and topics for the filter form, in the page's language. */
export function filterOptions(lang: Lang) {
  return {
    areas: AREAS.map((area) => ({
      slug: area.slug,
      name: lang === "en" ? area.name_en : area.name,
      kind: area.kind,
      parent: area.parent,
    })),
  };
}
