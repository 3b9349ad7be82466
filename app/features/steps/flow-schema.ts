// The shape of content/steps/*.yaml as zod schemas, and the step from parsed files to a StepsFlow.
// Pure: reading the files is load-flow.server.ts.
import { z } from "zod";
import type { Lang } from "~/i18n/lang";
import type { FlowNode, FlowStructure, FlowTexts, StepsFlow } from "./flow";
import { URGENT_REGION_IDS } from "./urgent-regions";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are lower-case words joined by '-'");
const sourceId = z.string().regex(/^s[1-9][0-9]*$/, 'source ids look like "s13" (ids of content/sources.yaml)');
const text = z.string().trim().min(1, "the text is empty");

// Empty option lists and unknown targets pass here on purpose: validateFlow() names them
// ("dead end", "points nowhere") in the words of the flow, not of the schema.
export const structureFileSchema = z
  .object({
    start: id,
    questions: z.record(
      id,
      z
        .object({
          options: z.array(z.object({ id, next: id, area: id.optional() }).strict()),
        })
        .strict(),
    ),
    outcomes: z.record(
      id,
      z
        .object({
          topics: z.array(id).min(1, "name at least one directory topic"),
          danger: z.boolean().default(false),
          sources: z.array(sourceId).min(1, "name at least one source"),
        })
        .strict(),
    ),
  })
  .strict();

const optionText = z
  .union([text, z.object({ label: text, hint: text.optional() }).strict()])
  .transform((value) => (typeof value === "string" ? { label: value } : value));

export const textsFileSchema = z
  .object({
    questions: z.record(
      id,
      z.object({ question: text, hint: text.optional(), options: z.record(id, optionText) }).strict(),
    ),
    outcomes: z.record(
      id,
      z
        .object({
          title: text,
          summary: text,
          steps: z.array(text).min(1, "write at least one step"),
          say: z.array(text).min(1, "write at least one sentence to say"),
          involve: z.array(text).min(1, "name at least one person or organisation to involve"),
          // Danger outcomes only: lines added to the urgent block, and lines per region.
          urgent: z.array(text).optional(),
          regional: z.record(z.enum(URGENT_REGION_IDS), text).optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type StructureFile = z.output<typeof structureFileSchema>;
export type TextsFile = z.output<typeof textsFileSchema>;

export function toStructure(file: StructureFile): FlowStructure {
  const questions: FlowNode[] = Object.entries(file.questions).map(([nodeId, q]) => ({
    kind: "question",
    id: nodeId,
    options: q.options,
  }));
  const outcomes: FlowNode[] = Object.entries(file.outcomes).map(([nodeId, o]) => ({
    kind: "outcome",
    id: nodeId,
    topics: o.topics,
    danger: o.danger,
    sources: o.sources,
  }));
  return { start: file.start, nodes: [...questions, ...outcomes] };
}

export function toFlow(structure: StructureFile, texts: Record<Lang, TextsFile>): StepsFlow {
  return { structure: toStructure(structure), texts: texts as Record<Lang, FlowTexts> };
}
