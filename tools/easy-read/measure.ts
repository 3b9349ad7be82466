import type { Lang } from "~/i18n/lang";
import { parseWordMarkup, plainText } from "~/ui/word-markup";
import { isDutchPassive } from "./passive";
import { brouwer, fleschDouma, fleschReadingEase } from "./scores";
import { splitSentences, splitWords } from "./segment";
import { countSyllables } from "./syllables";

/** The fail and warn lines of docs/easy-read.md. */
export const LIMITS = {
  averageWordsFail: 12,
  longestWarn: 15,
  longestFail: 20,
  overLongShareFail: 0.1,
  readabilityFail: 65,
  passiveShareFail: 0.1,
  /** Formulas say little about a handful of words: below this a page's score is reported, not gated. */
  minWordsForReadabilityGate: 30,
  /** A word-list explanation: at most this many sentences, each at most longestWarn words. */
  wordEntrySentences: 2,
  /** Words of this many syllables or more count as long words (reported). */
  longWordSyllables: 4,
} as const;

export interface CheckText {
  /** where the text lives, e.g. "signals.says-yes.example" */
  id: string;
  text: string;
}

export interface CheckPage {
  /** the file the texts come from, relative to the project */
  file: string;
  /** the page or item id the texts belong to */
  id: string;
  lang: Lang;
  texts: CheckText[];
  /** word ids that count as explained from the start (a word-list entry explains itself) */
  explained?: string[];
  /** a word-list entry: at most two short sentences */
  wordEntry?: boolean;
}

export interface HardWord {
  /** the word as it appears, lower or upper case; several words for a phrase ("sociale basis") */
  forms: string[];
  /** the word-list id that explains it; without one the word must not be used at all */
  word?: string;
  /** a plainer word to use instead */
  instead?: string;
}

export interface CheckContext {
  hardWords: Record<Lang, HardWord[]>;
  termOf: (lang: Lang, wordId: string) => string | undefined;
}

export interface Problem {
  level: "fail" | "warn";
  file: string;
  pageId: string;
  textId: string;
  sentence?: string;
  message: string;
}

export interface PageReport {
  file: string;
  id: string;
  lang: Lang;
  sentences: number;
  words: number;
  syllables: number;
  averageWords: number;
  longestSentence: number;
  overLongShare: number;
  longWordShare: number;
  /** Flesch-Douma for Dutch, Flesch Reading Ease for English */
  readability: number;
  /** Brouwer Leesindex, Dutch only (reported, not a gate) */
  brouwer: number | null;
  passiveSentences: number;
  hardWordHits: number;
  problems: Problem[];
}

interface SentenceInfo {
  textId: string;
  sentence: string;
  words: number;
  syllables: number;
  longWords: number;
  passive: boolean;
}

interface Token {
  word: string;
  linked: boolean;
  /** the word id of a link that starts at this token */
  linkStart?: string;
}

function tokens(text: string, lang: Lang): Token[] {
  const out: Token[] = [];
  for (const part of parseWordMarkup(text)) {
    if (part.kind === "text") {
      for (const word of splitWords(part.text, lang)) out.push({ word: word.toLowerCase(), linked: false });
    } else {
      // A link explains its word even when the shown text is another form of it.
      out.push({ word: "", linked: true, linkStart: part.wordId });
      for (const word of splitWords(part.shown ?? "", lang)) out.push({ word: word.toLowerCase(), linked: true });
    }
  }
  return out;
}

function hardWordProblems(page: CheckPage, context: CheckContext): { hits: number; problems: Problem[] } {
  const explained = new Set(page.explained ?? []);
  const list = context.hardWords[page.lang].map((entry) => ({
    entry,
    forms: entry.forms.map((form) => splitWords(form.toLowerCase(), page.lang)),
  }));
  const problems: Problem[] = [];
  let hits = 0;
  for (const text of page.texts) {
    const stream = tokens(text.text, page.lang);
    for (let i = 0; i < stream.length; i++) {
      const token = stream[i];
      if (token.linkStart) {
        explained.add(token.linkStart);
        continue;
      }
      if (token.linked || !token.word) continue;
      for (const { entry, forms } of list) {
        const form = forms.find(
          (f) => f.length > 0 && f.every((w, k) => stream[i + k] && !stream[i + k].linked && stream[i + k].word === w),
        );
        if (!form) continue;
        hits += 1;
        const shown = entry.forms[forms.indexOf(form)];
        if (entry.word && explained.has(entry.word)) break;
        const sentence = sentenceWith(
          text.text,
          stream.slice(i, i + form.length).map((t) => t.word),
          page.lang,
          context,
        );
        problems.push({
          level: "fail",
          file: page.file,
          pageId: page.id,
          textId: text.id,
          sentence,
          message: entry.word
            ? `hard word "${shown}" is not linked to the word list on first use: write [[${entry.word}]] or [[${entry.word}|${shown}]]`
            : `hard word "${shown}" is on the project's list of hard words${entry.instead ? `: write "${entry.instead}"` : ": use a plainer word"}`,
        });
        // Report each unlinked word once per page; later uses are covered by the same fix.
        if (entry.word) explained.add(entry.word);
        break;
      }
    }
  }
  return { hits, problems };
}

function sentenceWith(text: string, words: string[], lang: Lang, context: CheckContext): string {
  const plain = plainText(text, (id) => context.termOf(lang, id));
  const sentences = splitSentences(plain, lang);
  return (
    sentences.find((s) => {
      const w = splitWords(s, lang).map((x) => x.toLowerCase());
      return w.some((_, i) => words.every((word, k) => w[i + k] === word));
    }) ?? plain
  );
}

function measureSentences(page: CheckPage, context: CheckContext): SentenceInfo[] {
  const out: SentenceInfo[] = [];
  for (const text of page.texts) {
    const plain = plainText(text.text, (id) => context.termOf(page.lang, id));
    for (const sentence of splitSentences(plain, page.lang)) {
      const words = splitWords(sentence, page.lang);
      const syllables = words.map((w) => countSyllables(w, page.lang));
      out.push({
        textId: text.id,
        sentence,
        words: words.length,
        syllables: syllables.reduce((a, b) => a + b, 0),
        longWords: syllables.filter((s) => s >= LIMITS.longWordSyllables).length,
        passive: page.lang === "nl" && isDutchPassive(words),
      });
    }
  }
  return out;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Measure one page against the limits of docs/easy-read.md. */
export function checkPage(page: CheckPage, context: CheckContext): PageReport {
  const sentences = measureSentences(page, context);
  const count = sentences.length;
  const words = sentences.reduce((a, s) => a + s.words, 0);
  const syllables = sentences.reduce((a, s) => a + s.syllables, 0);
  const longWords = sentences.reduce((a, s) => a + s.longWords, 0);
  const counts = { sentences: count, words, syllables };
  const readability = page.lang === "nl" ? fleschDouma(counts) : fleschReadingEase(counts);
  const overLong = sentences.filter((s) => s.words > LIMITS.longestWarn);
  const passive = sentences.filter((s) => s.passive);
  const averageWords = count ? words / count : 0;
  const problems: Problem[] = [];
  const at = (s: SentenceInfo, level: Problem["level"], message: string): Problem => ({
    level,
    file: page.file,
    pageId: page.id,
    textId: s.textId,
    sentence: s.sentence,
    message,
  });
  const pageProblem = (message: string): Problem => ({
    level: "fail",
    file: page.file,
    pageId: page.id,
    textId: page.id,
    message,
  });

  for (const s of sentences) {
    if (s.words > LIMITS.longestFail)
      problems.push(at(s, "fail", `sentence of ${s.words} words (fail above ${LIMITS.longestFail})`));
    else if (s.words > LIMITS.longestWarn) {
      problems.push(
        at(
          s,
          page.wordEntry ? "fail" : "warn",
          `sentence of ${s.words} words (aim for ${LIMITS.longestWarn} or fewer)`,
        ),
      );
    }
  }
  if (count > 0 && overLong.length / count > LIMITS.overLongShareFail && !page.wordEntry) {
    problems.push(
      pageProblem(
        `${overLong.length} of ${count} sentences have more than ${LIMITS.longestWarn} words (fail above ${LIMITS.overLongShareFail * 100}%)`,
      ),
    );
  }
  if (averageWords > LIMITS.averageWordsFail) {
    problems.push(
      pageProblem(`on average ${round(averageWords)} words per sentence (fail above ${LIMITS.averageWordsFail})`),
    );
  }
  if (words >= LIMITS.minWordsForReadabilityGate && readability < LIMITS.readabilityFail) {
    const name = page.lang === "nl" ? "Flesch-Douma" : "Flesch Reading Ease";
    problems.push(
      pageProblem(
        `${name} ${round(readability)} (fail below ${LIMITS.readabilityFail}): use shorter words and sentences`,
      ),
    );
  }
  if (count > 0 && passive.length / count > LIMITS.passiveShareFail) {
    for (const s of passive)
      problems.push(
        at(
          s,
          "fail",
          `passive voice (${passive.length} of ${count} sentences on this page; fail above ${LIMITS.passiveShareFail * 100}%)`,
        ),
      );
  }
  if (page.wordEntry && count > LIMITS.wordEntrySentences) {
    problems.push(pageProblem(`a word-list explanation has ${count} sentences (at most ${LIMITS.wordEntrySentences})`));
  }
  const hard = hardWordProblems(page, context);
  problems.push(...hard.problems);

  return {
    file: page.file,
    id: page.id,
    lang: page.lang,
    sentences: count,
    words,
    syllables,
    averageWords: round(averageWords),
    longestSentence: Math.max(0, ...sentences.map((s) => s.words)),
    overLongShare: count ? round((overLong.length / count) * 100) / 100 : 0,
    longWordShare: words ? round((longWords / words) * 100) / 100 : 0,
    readability: round(readability),
    brouwer: page.lang === "nl" ? round(brouwer(counts)) : null,
    passiveSentences: passive.length,
    hardWordHits: hard.hits,
    problems,
  };
}

/** Totals over many pages of one language (the "overall" line of the report). */
export function overall(reports: PageReport[], lang: Lang) {
  const mine = reports.filter((r) => r.lang === lang);
  const counts = {
    sentences: mine.reduce((a, r) => a + r.sentences, 0),
    words: mine.reduce((a, r) => a + r.words, 0),
    syllables: mine.reduce((a, r) => a + r.syllables, 0),
  };
  return {
    lang,
    pages: mine.length,
    ...counts,
    averageWords: counts.sentences ? round(counts.words / counts.sentences) : 0,
    readability: round(lang === "nl" ? fleschDouma(counts) : fleschReadingEase(counts)),
    brouwer: lang === "nl" ? round(brouwer(counts)) : null,
    passiveSentences: mine.reduce((a, r) => a + r.passiveSentences, 0),
    fails: mine.reduce((a, r) => a + r.problems.filter((p) => p.level === "fail").length, 0),
    warnings: mine.reduce((a, r) => a + r.problems.filter((p) => p.level === "warn").length, 0),
  };
}
