// Reads the signals check's own content (content/check/) once and checks it, and hands the routes
// everything the check needs together with the signals and tips of the guide (content/signals, /tips).
import path from "node:path";
import { ContentError } from "~/features/guide/content-errors";
import { loadGuideContent } from "~/features/guide/load-content.server";
import { contentDir, displayName, readYamlFile } from "~/features/guide/read-yaml-file.server";
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
  const folder = path.join(dir, "check");
  return { structure: path.join(folder, "structure.yaml"), text: (lang: Lang) => path.join(folder, `${lang}.yaml`) };
}

/** Read and check content/check/. Throws a ContentError listing every problem (file, id, what). */
export function readCheckContent(dir = contentDir()): CheckContent {
  const files = checkFiles(dir);
  const issues: ContentError["issues"] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  const structure = attempt(() => readYamlFile(files.structure, checkStructureSchema) as CheckStructure);
  const nl = attempt(() => readYamlFile(files.text("nl"), checkTextSchema) as CheckText);
  const en = attempt(() => readYamlFile(files.text("en"), checkTextSchema) as CheckText);
  if (issues.length > 0 || !structure || !nl || !en) throw new ContentError(issues);
  const content: CheckContent = { structure, text: { nl, en } };
  const problems = checkContentProblems(content);
  if (problems.length > 0) {
    throw new ContentError(
      problems.map((p) => ({
        file: displayName(p.file === "structure" ? files.structure : files.text(p.file)),
        id: p.id,
        problem: p.problem,
      })),
    );
  }
  return content;
}

let cached: CheckGuide | null = null;

/** Load (once) the check's rules and texts plus the guide's signals, tips and word terms. */
export function loadCheckGuide(): CheckGuide {
  if (cached) return cached;
  const guide = loadGuideContent();
  const check = readCheckContent();
  const kindProblems = dangerKindProblems(check.structure, guide.signals.structure.categories);
  if (kindProblems.length > 0) {
    throw new ContentError(
      kindProblems.map((p) => ({ file: displayName(checkFiles().structure), id: p.id, problem: p.problem })),
    );
  }
  const wordTerms = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      Object.fromEntries(Object.entries(guide.words.text[lang].words).map(([id, word]) => [id, word.term])),
    ]),
  ) as Record<Lang, Record<string, string>>;
  cached = { check, signals: guide.signals, tips: guide.tips, wordTerms, sources: guide.sources };
  return cached;
}
