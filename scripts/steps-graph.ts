// Writes the decision steps as a Mermaid flowchart to docs/steps-flow.mmd, so trainers and
// content editors can see and review the whole flow. Run: npm run steps:graph
import { writeFileSync } from "node:fs";
import path from "node:path";
import { flowToMermaid, STEPS_GRAPH_FILE, STEPS_GRAPH_LANG } from "../app/features/steps/flow-overview";
import { readStepsFlow } from "../app/features/steps/load-flow.server";

const file = path.resolve(STEPS_GRAPH_FILE);
writeFileSync(file, flowToMermaid(readStepsFlow(), STEPS_GRAPH_LANG));
console.log(`Wrote ${STEPS_GRAPH_FILE}`);
