// The decision steps as plain data plus pure functions that walk them (no I/O here).
// Answers travel in the URL by node id (`?danger=none&asks-help=asks`), as GOV.UK smart answers
// do: links can be shared, the back button works, nothing is stored.
import type { Lang } from "~/i18n/lang";
import type { UrgentRegionId } from "./urgent-regions";

export interface FlowOption {
  id: string;
  /** id of the next node (question or outcome) */
  next: string;
  /** directory area slug this answer selects, if any */
  area?: string;
}

export interface QuestionNode {
  kind: "question";
  id: string;
  options: FlowOption[];
}

export interface OutcomeNode {
  kind: "outcome";
  id: string;
  /** directory topic ids; the first one is the main link */
  topics: string[];
  /** danger outcomes show 112, Veilig Thuis and 113 first */
  danger: boolean;
  /** source ids (s<number>) from content/sources.yaml */
  sources: string[];
}

export type FlowNode = QuestionNode | OutcomeNode;

export interface FlowStructure {
  start: string;
  /** every node in file order: questions first, then outcomes */
  nodes: FlowNode[];
}

export interface OptionText {
  label: string;
  hint?: string;
}

export interface QuestionText {
  question: string;
  hint?: string;
  options: Record<string, OptionText>;
}

export interface OutcomeText {
  title: string;
  summary: string;
  steps: string[];
  say: string[];
  involve: string[];
  /** extra lines for the urgent block (danger outcomes), e.g. the police next to Veilig Thuis */
  urgent?: string[];
  /** urgent lines per region, e.g. the GGD meldpunt of each region */
  regional?: Partial<Record<UrgentRegionId, string>>;
}

export interface FlowTexts {
  questions: Record<string, QuestionText>;
  outcomes: Record<string, OutcomeText>;
}

export interface StepsFlow {
  structure: FlowStructure;
  texts: Record<Lang, FlowTexts>;
}

/** Answers by question id, only those that name a real option of that question. */
export type Answers = Record<string, string>;

export interface AnsweredStep {
  nodeId: string;
  optionId: string;
}

export interface FlowPath {
  /** the answered questions from the start, in order */
  steps: AnsweredStep[];
  /** where the path stands: the first unanswered question, or the outcome it reached */
  current: string;
}

export function findNode(structure: FlowStructure, id: string): FlowNode | undefined {
  return structure.nodes.find((node) => node.id === id);
}

export function findQuestion(structure: FlowStructure, id: string): QuestionNode | undefined {
  const node = findNode(structure, id);
  return node?.kind === "question" ? node : undefined;
}

export function findOutcome(structure: FlowStructure, id: string): OutcomeNode | undefined {
  const node = findNode(structure, id);
  return node?.kind === "outcome" ? node : undefined;
}

export function startNode(structure: FlowStructure): string {
  return structure.start;
}

/** The node an answer leads to, or null when the question or the option does not exist. */
export function nextNode(structure: FlowStructure, questionId: string, optionId: string): string | null {
  const option = findQuestion(structure, questionId)?.options.find((o) => o.id === optionId);
  return option ? option.next : null;
}

/**
 * Keep only the answers the flow knows: a question id with one of its option ids.
 * Everything else in the query (old node ids, typos, tracking tags) is dropped, so old links
 * keep working after the flow changes.
 */
export function readAnswers(structure: FlowStructure, params: URLSearchParams): Answers {
  const answers: Answers = {};
  for (const node of structure.nodes) {
    if (node.kind !== "question") continue;
    const value = params.get(node.id);
    if (value !== null && node.options.some((o) => o.id === value)) answers[node.id] = value;
  }
  return answers;
}

/** Follow the answers from the start until a question has no answer or an outcome is reached. */
export function walkPath(structure: FlowStructure, answers: Answers): FlowPath {
  const steps: AnsweredStep[] = [];
  let current = structure.start;
  const seen = new Set<string>();
  // `seen` guards against a loop in a flow that was never validated; a valid flow has none.
  while (!seen.has(current)) {
    seen.add(current);
    const question = findQuestion(structure, current);
    const optionId = answers[current];
    if (!question || optionId === undefined) break;
    const next = nextNode(structure, current, optionId);
    if (next === null) break;
    steps.push({ nodeId: current, optionId });
    current = next;
  }
  return { steps, current };
}

/** The query string for these answers, in path order: "danger=none&asks-help=asks". */
export function answersQuery(steps: readonly AnsweredStep[]): string {
  const params = new URLSearchParams();
  for (const step of steps) params.append(step.nodeId, step.optionId);
  return params.toString();
}

export function withQuery(path: string, query: string): string {
  return query ? `${path}?${query}` : path;
}

/** The page of a node: a question or an outcome. */
export function nodePath(structure: FlowStructure, lang: Lang, nodeId: string): string {
  const kind = findNode(structure, nodeId)?.kind === "outcome" ? "outcome" : "q";
  return `/${lang}/steps/${kind}/${nodeId}`;
}

/** The directory area chosen on the way, if any. */
export function chosenArea(structure: FlowStructure, steps: readonly AnsweredStep[]): string | undefined {
  let area: string | undefined;
  for (const step of steps) {
    const option = findQuestion(structure, step.nodeId)?.options.find((o) => o.id === step.optionId);
    if (option?.area) area = option.area;
  }
  return area;
}

/** The questions and the nodes they lead to that point at `nodeId`. */
export function parentsOf(structure: FlowStructure, nodeId: string): AnsweredStep[] {
  const parents: AnsweredStep[] = [];
  for (const node of structure.nodes) {
    if (node.kind !== "question") continue;
    for (const option of node.options)
      if (option.next === nodeId) parents.push({ nodeId: node.id, optionId: option.id });
  }
  return parents;
}

/** Every path from the start to an outcome (the flow must be free of loops). */
export function allPaths(structure: FlowStructure): { steps: AnsweredStep[]; outcome: string }[] {
  const result: { steps: AnsweredStep[]; outcome: string }[] = [];
  const visit = (nodeId: string, steps: AnsweredStep[], onPath: Set<string>) => {
    const node = findNode(structure, nodeId);
    if (!node) throw new Error(`The flow points to a node that does not exist: ${nodeId}`);
    if (onPath.has(nodeId)) throw new Error(`The flow has a loop at ${nodeId}`);
    if (node.kind === "outcome") {
      result.push({ steps, outcome: nodeId });
      return;
    }
    const next = new Set(onPath).add(nodeId);
    for (const option of node.options) visit(option.next, [...steps, { nodeId, optionId: option.id }], next);
  };
  visit(structure.start, [], new Set());
  return result;
}
