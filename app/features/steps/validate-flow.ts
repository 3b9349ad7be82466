// Checks that the decision steps can be walked by everyone: every answer leads somewhere, every
// node can be reached, every path ends in an outcome, and both languages have every text.
import { AREA_SLUGS } from "#db/areas";
import { TOPIC_IDS } from "#db/topics";
import { LANGS, type Lang } from "~/i18n/lang";
import { findNode, type FlowStructure, type StepsFlow } from "./flow";

/** Query names the pages use themselves; a node may not be called like this. */
const RESERVED_IDS = ["next"];

export type FlowProblemKind =
  | "missing-start"
  | "option-nowhere"
  | "duplicate-option"
  | "dead-end"
  | "unreachable"
  | "loop"
  | "missing-text"
  | "unused-text"
  | "unknown-topic"
  | "unknown-area"
  | "reserved-id";

export interface FlowProblem {
  kind: FlowProblemKind;
  /** "structure" or the language whose text file has the problem */
  file: "structure" | Lang;
  /** the node (and option) the problem is about, e.g. "topic.money" */
  id: string;
  message: string;
}

export function validateFlow(flow: StepsFlow): FlowProblem[] {
  return [...validateStructure(flow.structure), ...LANGS.flatMap((lang) => validateTexts(flow, lang))];
}

function validateStructure(structure: FlowStructure): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const add = (kind: FlowProblemKind, id: string, message: string) =>
    problems.push({ kind, file: "structure", id, message });

  const start = findNode(structure, structure.start);
  if (!start) add("missing-start", structure.start, `the start node "${structure.start}" does not exist`);
  else if (start.kind !== "question") add("missing-start", structure.start, "the start must be a question");

  for (const node of structure.nodes) {
    if (RESERVED_IDS.includes(node.id))
      add("reserved-id", node.id, `"${node.id}" is used by the pages; choose another id`);
    if (node.kind === "outcome") {
      for (const topic of node.topics)
        if (!(TOPIC_IDS as readonly string[]).includes(topic))
          add("unknown-topic", node.id, `unknown directory topic "${topic}"`);
      continue;
    }
    if (node.options.length === 0) add("dead-end", node.id, "this question has no answers, so the path stops here");
    const seen = new Set<string>();
    for (const option of node.options) {
      const id = `${node.id}.${option.id}`;
      if (seen.has(option.id)) add("duplicate-option", id, "this answer id is used twice in the same question");
      seen.add(option.id);
      if (!findNode(structure, option.next))
        add("option-nowhere", id, `this answer points to "${option.next}", which does not exist`);
      if (option.area && !AREA_SLUGS.includes(option.area))
        add("unknown-area", id, `unknown directory area "${option.area}"`);
    }
  }

  const ids = structure.nodes.map((n) => n.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
    add("duplicate-option", id, "this node id is used twice");

  if (start) {
    const reachable = reachableFrom(structure, structure.start);
    for (const node of structure.nodes)
      if (!reachable.has(node.id)) add("unreachable", node.id, "no answer leads to this node");
    for (const cycle of findLoops(structure))
      add("loop", cycle[0], `these answers go round in a loop: ${cycle.join(" → ")}`);
    // A question from which no outcome can be reached is a dead end too (e.g. only loops).
    const canFinish = nodesThatReachAnOutcome(structure);
    for (const node of structure.nodes)
      if (node.kind === "question" && node.options.length > 0 && reachable.has(node.id) && !canFinish.has(node.id))
        add("dead-end", node.id, "no outcome can be reached from this question");
  }
  return problems;
}

function validateTexts(flow: StepsFlow, lang: Lang): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const add = (kind: FlowProblemKind, id: string, message: string) => problems.push({ kind, file: lang, id, message });
  const texts = flow.texts[lang];
  if (!texts) return [{ kind: "missing-text", file: lang, id: "*", message: "the text file is missing" }];

  for (const node of flow.structure.nodes) {
    if (node.kind === "question") {
      const text = texts.questions[node.id];
      if (!text || !text.question.trim()) {
        add("missing-text", node.id, "the question text is missing");
        if (!text) continue;
      }
      for (const option of node.options)
        if (!text.options[option.id]?.label.trim())
          add("missing-text", `${node.id}.${option.id}`, "the answer text is missing");
      for (const optionId of Object.keys(text.options))
        if (!node.options.some((o) => o.id === optionId))
          add("unused-text", `${node.id}.${optionId}`, "this answer is not in structure.yaml");
    } else {
      const text = texts.outcomes[node.id];
      if (!text) {
        add("missing-text", node.id, "the outcome texts are missing");
        continue;
      }
      if (!text.title.trim()) add("missing-text", `${node.id}.title`, "the title is missing");
      if (!text.summary.trim()) add("missing-text", `${node.id}.summary`, "the summary is missing");
      for (const part of ["steps", "say", "involve"] as const)
        if (text[part].filter((line) => line.trim()).length === 0)
          add("missing-text", `${node.id}.${part}`, `"${part}" needs at least one line`);
      // Urgent lines must not depend on the language: another language must have the same ones.
      for (const other of LANGS.filter((l) => l !== lang)) {
        const theirs = flow.texts[other]?.outcomes[node.id];
        if (!theirs) continue;
        if ((theirs.urgent?.length ?? 0) > (text.urgent?.length ?? 0))
          add("missing-text", `${node.id}.urgent`, `"urgent" has fewer lines than in ${other}`);
        for (const region of Object.keys(theirs.regional ?? {}))
          if (!text.regional?.[region as keyof typeof text.regional])
            add(
              "missing-text",
              `${node.id}.regional.${region}`,
              `the line for ${region} is missing (it is in ${other})`,
            );
      }
      if ((text.urgent || text.regional) && !node.danger)
        add(
          "unused-text",
          `${node.id}.urgent`,
          "urgent lines show only on a danger outcome; set danger: true or remove them",
        );
    }
  }
  for (const id of Object.keys(texts.questions))
    if (findNode(flow.structure, id)?.kind !== "question")
      add("unused-text", id, "this question is not in structure.yaml");
  for (const id of Object.keys(texts.outcomes))
    if (findNode(flow.structure, id)?.kind !== "outcome")
      add("unused-text", id, "this outcome is not in structure.yaml");
  return problems;
}

function successors(structure: FlowStructure, id: string): string[] {
  const node = findNode(structure, id);
  return node?.kind === "question" ? node.options.map((o) => o.next) : [];
}

function reachableFrom(structure: FlowStructure, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of successors(structure, queue.shift()!)) {
      if (!seen.has(next) && findNode(structure, next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

function nodesThatReachAnOutcome(structure: FlowStructure): Set<string> {
  const done = new Set(structure.nodes.filter((n) => n.kind === "outcome").map((n) => n.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of structure.nodes) {
      if (!done.has(node.id) && successors(structure, node.id).some((next) => done.has(next))) {
        done.add(node.id);
        grew = true;
      }
    }
  }
  return done;
}

/** Each loop once, as the list of node ids that form it (depth-first search with colours). */
function findLoops(structure: FlowStructure): string[][] {
  const state = new Map<string, "active" | "done">();
  const stack: string[] = [];
  const loops: string[][] = [];
  const visit = (id: string) => {
    state.set(id, "active");
    stack.push(id);
    for (const next of successors(structure, id)) {
      if (!findNode(structure, next)) continue;
      const s = state.get(next);
      if (s === "active") loops.push([...stack.slice(stack.indexOf(next)), next]);
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const node of structure.nodes) if (!state.has(node.id)) visit(node.id);
  return loops;
}
