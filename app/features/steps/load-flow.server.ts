// Reads the decision steps from content/steps/ once and checks them. prepareApp() calls
// loadStepsFlow() at start-up, so a broken flow stops the app with a message naming file and id.
import { contentDir, partFiles, readContentPart, throwPartProblems } from "~/features/guide/read-yaml-file.server";
import type { StepsFlow } from "./flow";
import { structureFileSchema, textsFileSchema, toFlow, type StructureFile, type TextsFile } from "./flow-schema";
import { validateFlow } from "./validate-flow";

export function stepsFiles(dir = contentDir()) {
  return partFiles("steps", dir);
}

/** Read and check the flow in a content folder. Throws a ContentError listing every problem. */
export function readStepsFlow(dir = contentDir()): StepsFlow {
  const files = stepsFiles(dir);
  const { structure, text } = readContentPart<StructureFile, TextsFile>(files, structureFileSchema, textsFileSchema);
  const flow = toFlow(structure, text);
  throwPartProblems(
    files,
    validateFlow(flow).map((p) => ({ file: p.file, id: p.id, problem: p.message })),
  );
  return flow;
}

let cached: StepsFlow | null = null;

/** Load (once) and return the decision steps. */
export function loadStepsFlow(): StepsFlow {
  cached ??= readStepsFlow();
  return cached;
}
