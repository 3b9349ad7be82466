// Reads the signals check's own content (content/check/) once and checks it, and hands the routes
// everything the check needs together with the signals and tips of the guide (content/signals, /tips).
import { loadGuideContent } from "~/features/guide/load-content.server";
import { contentDir, partFiles, readContentPart, throwPartProblems } from "~/features/guide/read-yaml-file.server";
import { LANGS, type Lang } from "~/i18n/lang";
import {
  checkContentProblems,
  checkStructureSchema,
  dangerKindProblems,
  checkTextSchema,
  type CheckContent,
  type CheckStructure,
  type CheckText,
} from "./check-rules-schema";
import type { CheckGuide } from "./check-view";

export function checkFiles(dir = contentDir()) {
  return partFiles("check", dir);
}

/** Read and check content/check/. Throws a ContentError listing every problem (file, id, what). */
export function readCheckContent(dir = contentDir()): CheckContent {
  const files = checkFiles(dir);
  const content: CheckContent = readContentPart<CheckStructure, CheckText>(
    files,
    checkStructureSchema,
    checkTextSchema,
  );
  throwPartProblems(files, checkContentProblems(content));
  return content;
}

let cached: CheckGuide | null = null;

/** Load (once) the check's rules and texts plus the guide's signals, tips and word terms. */
export function loadCheckGuide(): CheckGuide {
  if (cached) return cached;
  const guide = loadGuideContent();
  const check = readCheckContent();
  const kindProblems = dangerKindProblems(check.structure, guide.signals.structure.categories);
  throwPartProblems(
    checkFiles(),
    kindProblems.map((p) => ({ file: "structure", id: p.id, problem: p.problem })),
  );
  const wordTerms = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      Object.fromEntries(Object.entries(guide.words.text[lang].words).map(([id, word]) => [id, word.term])),
    ]),
  ) as Record<Lang, Record<string, string>>;
  cached = { check, signals: guide.signals, tips: guide.tips, wordTerms, sources: guide.sources };
  return cached;
}
