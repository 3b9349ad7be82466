// The shape of the guide content (content/**), as zod schemas, plus the checks that need more than
// one file: ids that link to each other, both languages complete, every page with a source.
// Pure: no file system here (that is load-content.server.ts).
import { z } from "zod";
import { TOPIC_IDS } from "#db/topics";
import { LANGS, type Lang } from "~/i18n/lang";
import { linkedWordIds, markupProblem } from "~/ui/word-markup";

// Tips link to directory topics: the one list of them is the directory's data in db/.
export { TOPIC_IDS, type TopicId } from "#db/topics";

/** Tip situations, in the order the guide shows them (also URL slugs: /:lang/tips/<id>). */
export const SITUATION_IDS = ["talking", "explaining", "appointments", "letters-forms", "money", "upset"] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

/** Element ids a page already uses; a word id must not take them (words are anchors on /words). */
const RESERVED_ANCHORS = new Set(["main", "sources", "urgent-title", "doors-title", "top"]);

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are lower-case words joined by '-'");
const sourceId = z.string().regex(/^s[1-9][0-9]*$/, 'source ids look like "s13" (ids of content/sources.yaml)');
const text = z.string().trim().min(1, "the text is empty");
const sourceList = z.array(sourceId).min(1, "name at least one source (a page without a source is not allowed)");

// ——— sources ———
export const sourceSchema = z.object({
  title: text,
  publisher: text,
  year: z.union([z.string().regex(/^(19|20)\d\d$/), z.literal("year not stated")], {
    errorMap: () => ({ message: 'year is a four-digit year or "year not stated"' }),
  }),
  url: z.string().url("url is not a web address").startsWith("http", "url must start with http"),
});
export const sourcesFileSchema = z.record(sourceId, sourceSchema);
export type SourceEntry = z.infer<typeof sourceSchema>;

// ——— hard words (for the easy-read checker) ———
export const hardWordSchema = z.object({
  forms: z.array(text).min(1),
  word: id.optional(),
  instead: text.optional(),
});
export const hardWordsFileSchema = z.object({ nl: z.array(hardWordSchema), en: z.array(hardWordSchema) });

// ——— words ———
export const wordsStructureSchema = z.object({
  words: z.array(z.object({ id, sources: z.array(sourceId).default([]) })).min(1),
});
export const wordsTextSchema = z.object({
  page: z.object({ title: text, intro: z.array(text).min(1) }),
  words: z.record(id, z.object({ term: text, text })),
});

// ——— signals ———
export const signalsStructureSchema = z.object({
  sources: z.array(sourceId).default([]),
  categories: z
    .array(
      z.object({
        id,
        signals: z
          .array(
            z.object({
              id,
              danger: z.boolean({ required_error: "say danger: true or danger: false" }),
              tips: z.array(id).default([]),
              topics: z
                .array(
                  z.enum(TOPIC_IDS, { errorMap: () => ({ message: `a topic is one of: ${TOPIC_IDS.join(", ")}` }) }),
                )
                .default([]),
              sources: sourceList,
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});
export const signalsTextSchema = z.object({
  page: z.object({ title: text, intro: z.array(text).min(1), notDiagnosis: z.array(text).min(1) }),
  categories: z.record(id, z.object({ title: text, intro: text })),
  signals: z.record(id, z.object({ line: text, example: text })),
});

// ——— tips ———
export const tipsStructureSchema = z.object({
  sources: z.array(sourceId).default([]),
  situations: z
    .array(
      z.object({
        id: z.enum(SITUATION_IDS, {
          errorMap: () => ({ message: `a situation is one of: ${SITUATION_IDS.join(", ")}` }),
        }),
        tips: z.array(z.object({ id, sources: sourceList })).min(1),
      }),
    )
    .min(1),
});
export const tipsTextSchema = z.object({
  page: z.object({ title: text, intro: z.array(text).min(1) }),
  situations: z.record(id, z.object({ title: text, summary: text, intro: text })),
  tips: z.record(id, z.object({ title: text, do: text, dont: text, example: text.optional() })),
});

export type WordsStructure = z.infer<typeof wordsStructureSchema>;
export type WordsText = z.infer<typeof wordsTextSchema>;
export type SignalsStructure = z.infer<typeof signalsStructureSchema>;
export type SignalsText = z.infer<typeof signalsTextSchema>;
export type TipsStructure = z.infer<typeof tipsStructureSchema>;
export type TipsText = z.infer<typeof tipsTextSchema>;
export type HardWordsFile = z.infer<typeof hardWordsFileSchema>;

export interface GuideContent {
  sources: Record<string, SourceEntry>;
  hardWords: HardWordsFile;
  words: { structure: WordsStructure; text: Record<Lang, WordsText> };
  signals: { structure: SignalsStructure; text: Record<Lang, SignalsText> };
  tips: { structure: TipsStructure; text: Record<Lang, TipsText> };
}

/** One thing wrong in the content: which file, which id, what. */
export interface ContentIssue {
  file: string;
  id: string;
  problem: string;
}

/** Where each part's files live, relative to the content folder. */
export const CONTENT_FILES = {
  sources: "sources.yaml",
  hardWords: "hard-words.yaml",
  structure: (part: string) => `${part}/structure.yaml`,
  text: (part: string, lang: Lang) => `${part}/${lang}.yaml`,
};

/** The checks across files. An empty list means the content is whole. */
export function crossCheck(content: GuideContent, filePrefix = "content/"): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (file: string, id: string, problem: string) => issues.push({ file: filePrefix + file, id, problem });
  const sourceIds = new Set(Object.keys(content.sources));
  const wordIds = new Set(content.words.structure.words.map((w) => w.id));
  const signalIds = content.signals.structure.categories.flatMap((c) => c.signals.map((s) => s.id));
  const tipIds = content.tips.structure.situations.flatMap((s) => s.tips.map((t) => t.id));
  const tipSet = new Set(tipIds);

  const unique = (file: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const one of ids) {
      if (seen.has(one)) add(file, one, "this id is used twice");
      seen.add(one);
    }
  };
  const checkSources = (file: string, owner: string, ids: string[]) => {
    for (const s of ids) if (!sourceIds.has(s)) add(file, owner, `source ${s} is not in content/sources.yaml`);
  };

  // words
  const wordsFile = CONTENT_FILES.structure("words");
  unique(
    wordsFile,
    content.words.structure.words.map((w) => w.id),
  );
  for (const word of content.words.structure.words) {
    if (RESERVED_ANCHORS.has(word.id)) add(wordsFile, word.id, "this id is taken by the page itself; pick another");
    checkSources(wordsFile, word.id, word.sources);
  }
  if (content.words.structure.words.every((w) => w.sources.length === 0))
    add(wordsFile, "words", "the word list names no source");

  // signals
  const signalsFile = CONTENT_FILES.structure("signals");
  unique(signalsFile, [...content.signals.structure.categories.map((c) => c.id), ...signalIds]);
  checkSources(signalsFile, "sources", content.signals.structure.sources);
  for (const category of content.signals.structure.categories) {
    for (const signal of category.signals) {
      checkSources(signalsFile, signal.id, signal.sources);
      for (const tip of signal.tips)
        if (!tipSet.has(tip)) add(signalsFile, signal.id, `tip "${tip}" does not exist in content/tips/structure.yaml`);
    }
  }

  // tips
  const tipsFile = CONTENT_FILES.structure("tips");
  unique(tipsFile, [...content.tips.structure.situations.map((s) => s.id), ...tipIds]);
  checkSources(tipsFile, "sources", content.tips.structure.sources);
  for (const situation of content.tips.structure.situations) {
    for (const tip of situation.tips) checkSources(tipsFile, tip.id, tip.sources);
  }

  // hard words point at the word list
  for (const lang of LANGS) {
    for (const entry of content.hardWords[lang]) {
      if (entry.word && !wordIds.has(entry.word))
        add(CONTENT_FILES.hardWords, entry.forms[0], `word "${entry.word}" is not in content/words/structure.yaml`);
    }
  }

  // both languages: the same ids, no extra ones, and word links that exist
  for (const lang of LANGS) {
    const parity = (part: string, group: string, expected: string[], actual: Record<string, unknown>) => {
      const file = CONTENT_FILES.text(part, lang);
      for (const one of expected)
        if (!(one in actual)) add(file, `${group}.${one}`, `has no ${lang === "nl" ? "Dutch" : "English"} text`);
      for (const one of Object.keys(actual))
        if (!expected.includes(one)) add(file, `${group}.${one}`, "has text but is not in structure.yaml");
    };
    parity("words", "words", [...wordIds], content.words.text[lang].words);
    parity(
      "signals",
      "categories",
      content.signals.structure.categories.map((c) => c.id),
      content.signals.text[lang].categories,
    );
    parity("signals", "signals", signalIds, content.signals.text[lang].signals);
    parity(
      "tips",
      "situations",
      content.tips.structure.situations.map((s) => s.id),
      content.tips.text[lang].situations,
    );
    parity("tips", "tips", tipIds, content.tips.text[lang].tips);

    const other: Lang = lang === "nl" ? "en" : "nl";
    for (const tip of tipIds) {
      const mine = content.tips.text[lang].tips[tip];
      const theirs = content.tips.text[other].tips[tip];
      if (mine && theirs && Boolean(mine.example) !== Boolean(theirs.example)) {
        if (mine.example)
          add(
            CONTENT_FILES.text("tips", other),
            `tips.${tip}.example`,
            `has no ${other === "nl" ? "Dutch" : "English"} example, but the other language has one`,
          );
      }
    }

    for (const part of ["words", "signals", "tips"] as const) {
      const file = CONTENT_FILES.text(part, lang);
      for (const [where, value] of textsOf(content[part].text[lang] as unknown)) {
        const problem = markupProblem(value);
        if (problem) add(file, where, problem);
        for (const link of linkedWordIds(value)) {
          if (!wordIds.has(link))
            add(file, where, `links to word "${link}", which is not in content/words/structure.yaml`);
        }
      }
    }
  }
  return issues;
}

/** Every string in a parsed text file with its dotted path ("signals.says-yes.example"). */
export function textsOf(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === "string") return [[path.join("."), value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => textsOf(item, [...path, String(index)]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => textsOf(item, [...path, key]));
  }
  return [];
}
