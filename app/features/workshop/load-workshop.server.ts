// Reads content/workshop/ once and checks it against the rest of the guide (signals, tips, words,
// sources) and the decision steps. prepareApp() calls loadWorkshop() at start-up, so a broken file
// or a link to an id that does not exist stops the app with a message naming file, id and problem.
import type { GuideContent } from "~/features/guide/content-schema";
import { readGuideContent, loadGuideContent } from "~/features/guide/load-content.server";
import { contentDir, partFiles, readContentPart, throwPartProblems } from "~/features/guide/read-yaml-file.server";
import type { StepsFlow } from "~/features/steps/flow";
import { loadStepsFlow, readStepsFlow } from "~/features/steps/load-flow.server";
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
  return partFiles("workshop", dir);
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
  const content: WorkshopContent = readContentPart<WorkshopStructure, WorkshopText>(
    files,
    workshopStructureSchema,
    workshopTextSchema,
  );
  throwPartProblems(files, workshopProblems(content, refs ?? guideRefs(readGuideContent(dir), readStepsFlow(dir))));
  return content;
}

let cached: WorkshopContent | null = null;

/** Load (once) and return the workshop content, checked against the loaded guide and steps. */
export function loadWorkshop(): WorkshopContent {
  cached ??= readWorkshopContent(contentDir(), guideRefs(loadGuideContent(), loadStepsFlow()));
  return cached;
}
