// Loads the guide content once, validates it, and keeps it in memory. prepareApp() calls
// loadGuideContent() at start-up, so a broken file stops the app before it serves a page.
import path from "node:path";
import type { Lang } from "~/i18n/lang";
import type { z } from "zod";
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
import { contentDir, issueCollector, partFiles, readPartFiles, readYamlFile } from "./read-yaml-file.server";

/** Read and check every guide file in a folder. Throws a ContentError listing what is wrong. */
export function readGuideContent(dir = contentDir()): GuideContent {
  const file = (name: string) => path.join(dir, name);
  // Messages name files as the project knows them: "content/signals/nl.yaml".
  const shown = (name: string) => `content/${name}`;
  // Read every file before giving up, so one run shows all broken files.
  const { issues, attempt } = issueCollector();
  const part = <S, T>(name: string, structure: z.ZodTypeAny, text: z.ZodTypeAny) =>
    readPartFiles<S, T>(
      partFiles(name, dir, (f) => shown(path.relative(dir, f).split(path.sep).join("/"))),
      structure,
      text,
      attempt,
    );
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
