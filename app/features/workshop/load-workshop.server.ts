// Reads content/workshop/ once and checks it against the rest of the guide (signals, tips, words,
// sources) and the decision steps. prepareApp() calls loadWorkshop() at start-up, so a broken file
// or a link to an id that does not exist stops the app with a message naming file, id and problem.
import path from "node:path";
import { ContentError } from "~/features/guide/content-errors";
import type { GuideContent } from "~/features/guide/content-schema";
import { readGuideContent, loadGuideContent } from "~/features/guide/load-content.server";
import { contentDir, displayName, readYamlFile } from "~/features/guide/read-yaml-file.server";
import type { StepsFlow } from "~/features/steps/flow";
import { loadStepsFlow, readStepsFlow } from "~/features/steps/load-flow.server";
import { LANGS, type Lang } from "~/i18n/lang";
import {
  workshopProblems,
  workshopStructureSchema,
  workshopTextSchema,
  type GuideRefs,
  type WorkshopContent,
  type WorkshopStructure,
  type WorkshopText,
} from "./workshop-schema";

export function workshopFiles(dir = contentDir()) {
  const folder = path.join(dir, "workshop");
  return { structure: path.join(folder, "structure.yaml"), text: (lang: Lang) => path.join(folder, `${lang}.yaml`) };
}

/** The ids of the guide and the steps that workshop content may link to. */
export function guideRefs(guide: GuideContent, flow: StepsFlow): GuideRefs {
  return {
    signals: new Set(guide.signals.structure.categories.flatMap((c) => c.signals.map((s) => s.id))),
    tips: new Set(guide.tips.structure.situations.flatMap((s) => s.tips.map((t) => t.id))),
    stepNodes: new Map(flow.structure.nodes.map((node) => [node.id, node.kind])),
    sources: new Set(Object.keys(guide.sources)),
    words: new Set(guide.words.structure.words.map((w) => w.id)),
  };
}

/** Read and check content/workshop/. Throws a ContentError listing every problem (file, id, what). */
export function readWorkshopContent(dir = contentDir(), refs?: GuideRefs): WorkshopContent {
  const files = workshopFiles(dir);
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
  const structure = attempt(() => readYamlFile(files.structure, workshopStructureSchema) as WorkshopStructure);
  const text = Object.fromEntries(
    LANGS.map((lang) => [lang, attempt(() => readYamlFile(files.text(lang), workshopTextSchema) as WorkshopText)]),
  );
  if (issues.length > 0 || !structure || LANGS.some((lang) => !text[lang])) throw new ContentError(issues);

  const content: WorkshopContent = { structure, text: text as Record<Lang, WorkshopText> };
  const problems = workshopProblems(content, refs ?? guideRefs(readGuideContent(dir), readStepsFlow(dir)));
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

let cached: WorkshopContent | null = null;

/** Load (once) and return the workshop content, checked against the loaded guide and steps. */
export function loadWorkshop(): WorkshopContent {
  cached ??= readWorkshopContent(contentDir(), guideRefs(loadGuideContent(), loadStepsFlow()));
  return cached;
}
