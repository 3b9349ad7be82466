// What the question and outcome pages show, worked out from the flow and the URL (pure).
// The routes only turn these results into a redirect, a 404 or a page.
import { areaBySlug } from "#db/areas";
import { topicById, type TopicId } from "#db/topics";
import type { Lang } from "~/i18n/lang";
import {
  answersQuery,
  chosenArea,
  findOutcome,
  findQuestion,
  nodePath,
  parentsOf,
  readAnswers,
  walkPath,
  withQuery,
  type AnsweredStep,
  type Answers,
  type OutcomeText,
  type StepsFlow,
} from "./flow";
import { regionalLinesFor, type RegionalLine } from "./urgent-regions";

/** The hidden field that says "the Next button was pressed" (GOV.UK smart answers do the same). */
export const SUBMIT_PARAM = "next";

/** Query names Remix adds itself (a data request); they are not answers. */
const REMIX_PARAMS = ["_data", "index"];

/**
 * Headers for a steps page: an address with answers in it is never kept — not by the browser, a
 * proxy or our service worker (docs/product.md principle 3). Pages without answers may be kept.
 */
export function stepsCacheHeaders(params: URLSearchParams): Record<string, string> {
  const holdsAnswers = [...params.keys()].some((name) => !REMIX_PARAMS.includes(name));
  return holdsAnswers ? { "Cache-Control": "private, no-store" } : {};
}

export type PageResult<V> = { kind: "redirect"; to: string } | { kind: "not-found" } | { kind: "page"; view: V };

export interface ChoiceView {
  id: string;
  label: string;
  hint?: string;
}

export interface QuestionView {
  lang: Lang;
  nodeId: string;
  question: string;
  hint?: string;
  options: ChoiceView[];
  /** the answer to show as chosen (coming back to this question) */
  selected?: string;
  /** earlier answers, sent again with this answer */
  hidden: AnsweredStep[];
  /** the form was sent without a valid answer */
  error: boolean;
  /** the previous question with its answer kept, or the start page of the steps */
  back: { href: string; toQuestion: boolean };
  /** 1-based number of this question on the path, or null when opened in the middle */
  number: number | null;
  formAction: string;
  /** the first question of the steps */
  startHref: string;
}

export interface OutcomeView {
  lang: Lang;
  outcomeId: string;
  text: OutcomeText;
  danger: boolean;
  area?: { slug: string; name: string };
  /** directory searches, the first is the main one */
  directory: { topic: string; name: string; href: string }[];
  sources: string[];
  /** lines for the urgent block of a danger outcome: its own, then per region (named) */
  urgent: { lines: string[]; regional: RegionalLine[] };
  /** the answers that led here, for the page and for print */
  answers: { question: string; answer: string }[];
  back: { href: string; toQuestion: boolean } | null;
}

/** Answers to questions that come before `nodeId` in the graph; the rest is dropped. */
function ancestorSteps(flow: StepsFlow, nodeId: string, answers: Answers): AnsweredStep[] {
  const ancestors = new Set<string>();
  const queue = [nodeId];
  while (queue.length > 0) {
    for (const parent of parentsOf(flow.structure, queue.shift()!)) {
      if (!ancestors.has(parent.nodeId)) {
        ancestors.add(parent.nodeId);
        queue.push(parent.nodeId);
      }
    }
  }
  return flow.structure.nodes
    .filter((node) => ancestors.has(node.id) && answers[node.id] !== undefined)
    .map((node) => ({ nodeId: node.id, optionId: answers[node.id] }));
}

/** The question whose given answer leads to `nodeId` (for a back link), if any. */
function answeredParent(flow: StepsFlow, nodeId: string, answers: Answers): AnsweredStep | undefined {
  return parentsOf(flow.structure, nodeId).find((parent) => answers[parent.nodeId] === parent.optionId);
}

export function stepsHome(lang: Lang): string {
  return `/${lang}/steps`;
}

export function questionPage(
  flow: StepsFlow,
  lang: Lang,
  nodeId: string,
  params: URLSearchParams,
): PageResult<QuestionView> {
  const { structure } = flow;
  const question = findQuestion(structure, nodeId);
  if (!question) {
    if (findOutcome(structure, nodeId))
      return { kind: "redirect", to: withQuery(nodePath(structure, lang, nodeId), params.toString()) };
    return { kind: "not-found" };
  }
  const answers = readAnswers(structure, params);
  const path = walkPath(structure, answers);
  const index = path.steps.findIndex((step) => step.nodeId === nodeId);
  const onPath = index >= 0 || path.current === nodeId;

  // An old or hand-made link to a question the answers do not lead to: go where they do lead.
  if (!onPath && path.steps.length > 0) {
    return { kind: "redirect", to: withQuery(nodePath(structure, lang, path.current), answersQuery(path.steps)) };
  }

  let before: AnsweredStep[];
  let back: QuestionView["back"];
  if (onPath) {
    before = index >= 0 ? path.steps.slice(0, index) : path.steps;
    const previous = before[before.length - 1];
    back = previous
      ? { href: withQuery(nodePath(structure, lang, previous.nodeId), answersQuery(before)), toQuestion: true }
      : { href: stepsHome(lang), toQuestion: false };
  } else {
    // Opened in the middle (a trainer's link, the sitemap): carry what came before it, if anything.
    before = ancestorSteps(flow, nodeId, answers);
    const parent = answeredParent(flow, nodeId, answers);
    back = parent
      ? {
          href: withQuery(
            nodePath(structure, lang, parent.nodeId),
            answersQuery(ancestorSteps(flow, parent.nodeId, answers).concat(parent)),
          ),
          toQuestion: true,
        }
      : { href: stepsHome(lang), toQuestion: false };
  }

  const selected = answers[nodeId];
  const submitted = params.has(SUBMIT_PARAM);
  if (submitted && selected !== undefined) {
    const next = question.options.find((o) => o.id === selected)!.next;
    const query = answersQuery([...before, { nodeId, optionId: selected }]);
    return { kind: "redirect", to: withQuery(nodePath(structure, lang, next), query) };
  }

  const text = flow.texts[lang].questions[nodeId];
  return {
    kind: "page",
    view: {
      lang,
      nodeId,
      question: text.question,
      hint: text.hint,
      options: question.options.map((option) => ({ id: option.id, ...text.options[option.id] })),
      selected,
      hidden: before,
      error: submitted,
      back,
      number: onPath ? before.length + 1 : null,
      formAction: nodePath(structure, lang, nodeId),
      startHref: nodePath(structure, lang, structure.start),
    },
  };
}

export function outcomePage(
  flow: StepsFlow,
  lang: Lang,
  outcomeId: string,
  params: URLSearchParams,
): PageResult<OutcomeView> {
  const { structure } = flow;
  const outcome = findOutcome(structure, outcomeId);
  if (!outcome) {
    if (findQuestion(structure, outcomeId))
      return { kind: "redirect", to: withQuery(nodePath(structure, lang, outcomeId), params.toString()) };
    return { kind: "not-found" };
  }
  const answers = readAnswers(structure, params);
  const path = walkPath(structure, answers);
  const steps = path.current === outcomeId ? path.steps : ancestorSteps(flow, outcomeId, answers);
  const last = path.current === outcomeId ? steps[steps.length - 1] : answeredParent(flow, outcomeId, answers);
  const back = last
    ? {
        href: withQuery(
          nodePath(structure, lang, last.nodeId),
          answersQuery(path.current === outcomeId ? steps : ancestorSteps(flow, last.nodeId, answers).concat(last)),
        ),
        toQuestion: true,
      }
    : null;
  const area = chosenArea(structure, steps);
  const texts = flow.texts[lang];
  return {
    kind: "page",
    view: {
      lang,
      outcomeId,
      text: texts.outcomes[outcomeId],
      danger: outcome.danger,
      area: area ? { slug: area, name: areaName(lang, area) } : undefined,
      directory: outcome.topics.map((topic) => ({
        topic,
        name: topicName(lang, topic),
        href: directoryHref(lang, topic, area),
      })),
      sources: outcome.sources,
      // The danger questions come before the area question: `?area=` (a link from the signals
      // check or a trainer) may still say where the visitor is; without it every region shows.
      urgent: outcome.danger
        ? {
            lines: texts.outcomes[outcomeId].urgent ?? [],
            regional: regionalLinesFor(texts.outcomes[outcomeId].regional, area ?? params.get("area")),
          }
        : { lines: [], regional: [] },
      answers: steps.map((step) => ({
        question: texts.questions[step.nodeId].question,
        answer: texts.questions[step.nodeId].options[step.optionId].label,
      })),
      back,
    },
  };
}

/** Topic and area names as the directory shows them in its filters (the directory owns them). */
export function topicName(lang: Lang, topic: string): string {
  const found = topicById(topic as TopicId);
  return lang === "nl" ? found.name : found.name_en;
}

function areaName(lang: Lang, slug: string): string {
  const found = areaBySlug(slug);
  if (!found) return slug;
  return lang === "nl" ? found.name : found.name_en;
}

/** The directory search pre-filtered by topic (and area): /:lang/contacts?topic=money&area=hoorn */
export function directoryHref(lang: Lang, topic: string, area?: string): string {
  const params = new URLSearchParams({ topic });
  if (area) params.set("area", area);
  return `/${lang}/contacts?${params.toString()}`;
}

/** Every page of the steps without answers, for the sitemap (paths without the language). */
export function stepsSitemapPaths(flow: StepsFlow): string[] {
  return [
    "steps",
    "steps/overview",
    ...flow.structure.nodes.map((node) => `steps/${node.kind === "outcome" ? "outcome" : "q"}/${node.id}`),
  ];
}
