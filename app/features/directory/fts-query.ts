// Turning free text into a safe FTS5 query (docs/stack.md trap 3). Pure.
// Every token becomes a quoted term: FTS operators, quotes, brackets, column filters and SQL text
// typed by a visitor are only ever words to look for, never syntax. A longer word is a prefix
// ("schuld"* finds "schulden"); a short word or an abbreviation in capitals is a whole word, so
// "MEE" finds MEE and not "meedenken" (decision 019).
import { AREAS, type AreaDef } from "#db/areas";
import { TOPICS, type Topic, type TopicId } from "#db/topics";

export const MAX_TOKENS = 8;
const MAX_TOKEN_LENGTH = 40;

// Little words that would make an AND query fail without adding meaning.
const STOP_WORDS = new Set([
  "de",
  "het",
  "een",
  "en",
  "of",
  "van",
  "voor",
  "bij",
  "met",
  "in",
  "op",
  "aan",
  "te",
  "die",
  "dat",
  "er",
  "is",
  "ik",
  "je",
  "the",
  "a",
  "an",
  "and",
  "or",
  "of",
  "for",
  "with",
  "in",
  "on",
  "to",
  "at",
  "is",
  "i",
]);

/** Lower case, accents off ("Cliënt" → "client"), everything that is not a letter or digit a space. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words to search for: folded, no stop words, no one-letter words, at most MAX_TOKENS. */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const word of foldText(text).split(" ")) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    const token = word.slice(0, MAX_TOKEN_LENGTH);
    if (!tokens.includes(token)) tokens.push(token);
    if (tokens.length === MAX_TOKENS) break;
  }
  return tokens;
}

export type FtsMode = "all" | "any";

const SHORT_WORD = 3;
const LONGEST_ABBREVIATION = 5;

/** Words typed in capitals, such as MEE, GGD or SMD (folded): abbreviations, looked for whole. */
export function abbreviationsIn(typed: string): string[] {
  const words = typed
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .split(/[^\p{L}\p{N}]+/u);
  return words
    .filter((w) => w.length >= 2 && w.length <= LONGEST_ABBREVIATION && /^\p{Lu}+$/u.test(w))
    .map((w) => w.toLowerCase());
}

/** True when the token must match a whole word: short (3 letters or fewer) or typed in capitals. */
export function isWholeWord(token: string, typed = ""): boolean {
  return token.length <= SHORT_WORD || abbreviationsIn(typed).includes(token);
}

function quoted(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

/**
 * An FTS5 MATCH expression, or null when there is nothing to search for. `typed` is the text as
 * the visitor typed it (its capitals mark abbreviations); `topicWords` adds, per token, a topic it
 * points at, so "brief" also finds the services about letters ("brieven").
 */
export function buildFtsQuery(
  tokens: readonly string[],
  mode: FtsMode = "all",
  typed = "",
  topicWords: Readonly<Record<string, TopicId>> = {},
): string | null {
  if (tokens.length === 0) return null;
  const terms = tokens.map((token) => {
    const term = isWholeWord(token, typed) ? quoted(token) : `${quoted(token)}*`;
    const topic = topicWords[token];
    return topic ? `(${term} OR topics : ${quoted(topic.replace(/-/g, " "))})` : term;
  });
  return terms.join(mode === "all" ? " AND " : " OR ");
}

/** The same words, each only as a whole word: a service that has them ranks above one with longer words. */
export function buildWholeWordQuery(tokens: readonly string[], mode: FtsMode = "all"): string | null {
  if (tokens.length === 0) return null;
  return tokens.map(quoted).join(mode === "all" ? " AND " : " OR ");
}

/** The query limited to the name column (service name, other name, organisation): those rank first. */
export function inNames(ftsQuery: string): string {
  return `name : (${ftsQuery})`;
}

export interface TextIntent {
  /** the words left for full-text search */
  tokens: string[];
  /** an area named in the text ("zuidoost"), taken out of the words */
  area: string | null;
  /** topics a word points at (kept in the words: topic names are in the index too) */
  topics: TopicId[];
  /** per word that names a topic, that topic ("brief" → letters-forms) */
  topicWords: Record<string, TopicId>;
}

/**
 * Read what the text says about place and topic. "schulden zuidoost" → area amsterdam-zuidoost,
 * topic money, words ["schulden"]. A place becomes an area filter so a city-wide service (the
 * Buurtteam for all of Amsterdam) is found too, not only services that mention "Zuidoost".
 */
export function readTextIntent(
  text: string,
  areas: readonly AreaDef[] = AREAS,
  topics: readonly Topic[] = TOPICS,
): TextIntent {
  let folded = ` ${foldText(text)} `;
  let area: string | null = null;
  // Longest phrases first, so "amsterdam noord" wins over "amsterdam".
  const phrases = areas
    .flatMap((a) => [...a.keywords, foldText(a.name)].map((phrase) => ({ phrase: foldText(phrase), slug: a.slug })))
    .sort((x, y) => y.phrase.length - x.phrase.length);
  for (const { phrase, slug } of phrases) {
    if (phrase && folded.includes(` ${phrase} `)) {
      area = slug;
      folded = folded.replace(` ${phrase} `, " ");
      break;
    }
  }
  const tokens = searchTokens(folded);
  const topicWords: Record<string, TopicId> = {};
  for (const topic of topics)
    for (const keyword of topic.keywords)
      if (tokens.includes(keyword) && !topicWords[keyword]) topicWords[keyword] = topic.id;
  const foundTopics = topics
    .filter((topic) =>
      topic.keywords.some((keyword) => {
        const k = foldText(keyword);
        return k.includes(" ") ? ` ${foldText(text)} `.includes(` ${k} `) : tokens.includes(k);
      }),
    )
    .map((topic) => topic.id);
  return { tokens, area, topics: foundTopics, topicWords };
}
