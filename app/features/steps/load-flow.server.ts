// Reads the decision steps from content/steps/ once and checks them. prepareApp() calls
// loadStepsFlow() at start-up, so a broken flow stops the app with a message naming file and id.
import path from "node:path";
import { LANGS, type Lang } from "~/i18n/lang";
import { ContentError } from "~/features/guide/content-errors";
import { contentDir, displayName, readYamlFile } from "~/features/guide/read-yaml-file.server";
import type { StepsFlow } from "./flow";
import { structureFileSchema, textsFileSchema, toFlow, type StructureFile, type TextsFile } from "./flow-schema";
import { validateFlow } from "./validate-flow";

export function stepsFiles(dir = contentDir()) {
  const folder = path.join(dir, "steps");
  return {
    structure: path.join(folder, "structure.yaml"),
    text: (lang: Lang) => path.join(folder, `${lang}.yaml`),
  };
}

/** Read and check the flow in a content folder. Throws a ContentError listing every problem. */
export function readStepsFlow(dir = contentDir()): StepsFlow {
  const files = stepsFiles(dir);
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
  const structure = attempt(() => readYamlFile(files.structure, structureFileSchema) as StructureFile);
  const texts = Object.fromEntries(
    LANGS.map((lang) => [lang, attempt(() => readYamlFile(files.text(lang), textsFileSchema) as TextsFile)]),
  ) as Record<Lang, TextsFile | undefined>;
  if (issues.length > 0 || !structure || LANGS.some((lang) => !texts[lang])) throw new ContentError(issues);

  const flow = toFlow(structure, texts as Record<Lang, TextsFile>);
  const problems = validateFlow(flow);
  if (problems.length > 0) {
    throw new ContentError(
      problems.map((problem) => ({
        file: displayName(problem.file === "structure" ? files.structure : files.text(problem.file)),
        id: problem.id,
        problem: problem.message,
      })),
    );
  }
  return flow;
}

let cached: StepsFlow | null = null;

/** Load (once) and return the decision steps. */
export function loadStepsFlow(): StepsFlow {
  cached ??= readStepsFlow();
  return cached;
}
