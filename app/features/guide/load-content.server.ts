// Loads the guide content once, validates it, and keeps it in memory. prepareApp() calls
// loadGuideContent() at start-up, so a broken file stops the app before it serves a page.
import path from "node:path";
import { LANGS, type Lang } from "~/i18n/lang";
import { ContentError } from "./content-errors";
import {
  CONTENT_FILES,
  crossCheck,
  hardWordsFileSchema,
  signalsStructureSchema,
  signalsTextSchema,
  sourcesFileSchema,
  tipsStructureSchema,
  tipsTextSchema,
  wordsStructureSchema,
  wordsTextSchema,
  type GuideContent,
} from "./content-schema";
import { contentDir, readYamlFile } from "./read-yaml-file.server";

function byLang<T>(read: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((lang) => [lang, read(lang)])) as Record<Lang, T>;
}

/** Read and check every guide file in a folder. Throws a ContentError listing what is wrong. */
export function readGuideContent(dir = contentDir()): GuideContent {
  const file = (name: string) => path.join(dir, name);
  // Messages name files as the project knows them: "content/signals/nl.yaml".
  const shown = (name: string) => `content/${name}`;
  const issues: ContentError["issues"] = [];
  // Read every file before giving up, so one run shows all broken files.
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (error instanceof ContentError) issues.push(...error.issues);
      else throw error;
      return undefined;
    }
  };
  const part = <S, T>(
    name: string,
    structure: Parameters<typeof readYamlFile>[1],
    text: Parameters<typeof readYamlFile>[1],
  ) => ({
    structure: attempt(
      () => readYamlFile(file(CONTENT_FILES.structure(name)), structure, shown(CONTENT_FILES.structure(name))) as S,
    ),
    text: byLang((lang) =>
      attempt(
        () => readYamlFile(file(CONTENT_FILES.text(name, lang)), text, shown(CONTENT_FILES.text(name, lang))) as T,
      ),
    ),
  });
  const sources = attempt(() =>
    readYamlFile(file(CONTENT_FILES.sources), sourcesFileSchema, shown(CONTENT_FILES.sources)),
  );
  const hardWords = attempt(() =>
    readYamlFile(file(CONTENT_FILES.hardWords), hardWordsFileSchema, shown(CONTENT_FILES.hardWords)),
  );
  const words = part<GuideContent["words"]["structure"], GuideContent["words"]["text"]["nl"]>(
    "words",
    wordsStructureSchema,
    wordsTextSchema,
  );
  const signals = part<GuideContent["signals"]["structure"], GuideContent["signals"]["text"]["nl"]>(
    "signals",
    signalsStructureSchema,
    signalsTextSchema,
  );
  const tips = part<GuideContent["tips"]["structure"], GuideContent["tips"]["text"]["nl"]>(
    "tips",
    tipsStructureSchema,
    tipsTextSchema,
  );
  if (issues.length > 0) throw new ContentError(issues);

  const content = { sources, hardWords, words, signals, tips } as GuideContent;
  const crossIssues = crossCheck(content);
  if (crossIssues.length > 0) throw new ContentError(crossIssues);
  return content;
}

let cached: GuideContent | null = null;

/** Load (once) and return the guide content. */
export function loadGuideContent(): GuideContent {
  cached ??= readGuideContent();
  return cached;
}

/** The word list terms for one language, for rendering [[word-id]] links (see GuideText). */
export function getWordTerms(lang: Lang): Record<string, string> {
  const words = loadGuideContent().words.text[lang].words;
  return Object.fromEntries(Object.entries(words).map(([id, word]) => [id, word.term]));
}
