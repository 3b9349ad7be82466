// The workshop pages' views, built from the content loaded at start-up (guide, steps, workshop).
// Views that depend only on the language and the address are built once and kept.
import type { Lang } from "~/i18n/lang";
import { loadGuideContent } from "~/features/guide/load-content.server";
import { flowOverview, type FlowOverview } from "~/features/steps/flow-overview";
import { loadStepsFlow } from "~/features/steps/load-flow.server";
import { loadWorkshop } from "./load-workshop.server";
import { buildQuizView, type QuizView } from "./quiz";
import {
  buildCasesView,
  buildHandoutView,
  buildIndexView,
  buildPlanView,
  buildSlideView,
  deckOf,
  parseSlideNumber,
  workshopSitemapPaths,
  type CasesView,
  type HandoutView,
  type PlanView,
  type SlideView,
  type Sources,
  type WorkshopIndexView,
} from "./workshop-views";

const sources = (): Sources => ({ guide: loadGuideContent(), flow: loadStepsFlow(), workshop: loadWorkshop() });

const memo = new Map<string, unknown>();
function once<T>(key: string, build: () => T): T {
  if (!memo.has(key)) memo.set(key, build());
  return memo.get(key) as T;
}

export const workshopIndexView = (lang: Lang): WorkshopIndexView =>
  once(`index:${lang}`, () => buildIndexView(sources(), lang));
export const planView = (lang: Lang, slug: string): PlanView | null =>
  once(`plan:${lang}:${slug}`, () => buildPlanView(sources(), lang, slug));
export const slideView = (lang: Lang, slug: string, n: number): SlideView | null =>
  once(`slide:${lang}:${slug}:${n}`, () => buildSlideView(sources(), lang, slug, n));
export const casesView = (lang: Lang): CasesView => once(`cases:${lang}`, () => buildCasesView(sources(), lang));
export const handoutView = (lang: Lang, slug: string): (HandoutView & { flow: FlowOverview }) | null =>
  once(`handout:${lang}:${slug}`, () => {
    const view = buildHandoutView(sources(), lang, slug);
    return view ? { ...view, flow: flowOverview(loadStepsFlow(), lang) } : null;
  });
/** A slide from the address (/:slug/slides/:n); null when the plan or the number does not exist. */
export function slideByAddress(lang: Lang, slug: string | undefined, n: string | undefined): SlideView | null {
  const plan = loadWorkshop().structure.plans.find((p) => p.id === slug);
  if (!plan) return null;
  const number = parseSlideNumber(n, deckOf(plan).length);
  return number === null ? null : slideView(lang, plan.id, number);
}

/** The quiz depends on the answers in the address: built per request, never kept. */
export const quizView = (lang: Lang, query: URLSearchParams): QuizView => buildQuizView(sources(), lang, query);
export const workshopPaths = (): string[] => workshopSitemapPaths(loadWorkshop());
