// What the workshop pages show, built from the checked content for one language: the plan list, a
// plan with its parts and times, the slide deck, the cases, the quiz and the handout.
// Pure: the routes get these views through workshop-pages.server.ts.
import type { Lang } from "~/i18n/lang";
import type { GuideContent } from "~/features/guide/content-schema";
import { sourcesFor, tipHref, wordTerms, type SourceView } from "~/features/guide/guide-pages";
import { plainText } from "~/ui/word-markup";
import { findNode, nodePath, type StepsFlow } from "~/features/steps/flow";
import type { PlanStructure, WorkshopContent } from "./workshop-schema";

export interface Sources {
  guide: GuideContent;
  flow: StepsFlow;
  workshop: WorkshopContent;
}

export interface ItemLink {
  id: string;
  title: string;
  href: string;
}

export const workshopHref = (lang: Lang, rest = "") => `/${lang}/workshop${rest ? `/${rest}` : ""}`;
export const slideHref = (lang: Lang, slug: string, n: number) => workshopHref(lang, `${slug}/slides/${n}`);
export const presenterHref = (lang: Lang, slug: string, n: number) => workshopHref(lang, `${slug}/presenter/${n}`);

/** Text without word-list markup, for link texts (a link may not hold another link) and titles. */
function plain(src: Sources, lang: Lang, text: string): string {
  return plainText(text, (id) => src.guide.words.text[lang].words[id]?.term);
}

function signalLink(src: Sources, lang: Lang, id: string): ItemLink {
  return { id, title: plain(src, lang, src.guide.signals.text[lang].signals[id].line), href: `/${lang}/signals#${id}` };
}
function tipLink(src: Sources, lang: Lang, id: string): ItemLink {
  return { id, title: plain(src, lang, src.guide.tips.text[lang].tips[id].title), href: tipHref(src.guide, lang, id) };
}
function stepTitle(src: Sources, lang: Lang, id: string): string {
  const node = findNode(src.flow.structure, id);
  const texts = src.flow.texts[lang];
  return node?.kind === "question" ? texts.questions[id].question : texts.outcomes[id].title;
}
function stepLink(src: Sources, lang: Lang, id: string): ItemLink {
  return { id, title: plain(src, lang, stepTitle(src, lang, id)), href: nodePath(src.flow.structure, lang, id) };
}
function caseLink(src: Sources, lang: Lang, id: string): ItemLink {
  return {
    id,
    title: plain(src, lang, src.workshop.text[lang].cases.items[id].title),
    href: `${workshopHref(lang, "cases")}#${id}`,
  };
}
function quizLink(src: Sources, lang: Lang, id: string): ItemLink {
  return {
    id,
    title: plain(src, lang, src.workshop.text[lang].quiz.statements[id].statement),
    href: workshopHref(lang, "quiz"),
  };
}

function findPlan(src: Sources, slug: string): PlanStructure | undefined {
  return src.workshop.structure.plans.find((plan) => plan.id === slug);
}

// ——— plan list ———

export interface PlanSummary {
  slug: string;
  title: string;
  audience: string;
  summary: string;
  minutes: number;
  partCount: number;
  slideCount: number;
  href: string;
}

export interface WorkshopIndexView {
  title: string;
  intro: string[];
  noLabel: string;
  ideas: string[];
  plans: PlanSummary[];
  casesHref: string;
  quizHref: string;
  caseCount: number;
  statementCount: number;
  sources: SourceView[];
  terms: Record<string, string>;
}

export function buildIndexView(src: Sources, lang: Lang): WorkshopIndexView {
  const text = src.workshop.text[lang];
  return {
    title: text.page.title,
    intro: text.page.intro,
    noLabel: text.page.noLabel,
    ideas: text.page.ideas,
    plans: src.workshop.structure.plans.map((plan) => ({
      slug: plan.id,
      title: text.plans[plan.id].title,
      audience: text.plans[plan.id].audience,
      summary: text.plans[plan.id].summary,
      minutes: plan.minutes,
      partCount: plan.parts.length,
      slideCount: deckOf(plan).length,
      href: workshopHref(lang, plan.id),
    })),
    casesHref: workshopHref(lang, "cases"),
    quizHref: workshopHref(lang, "quiz"),
    caseCount: src.workshop.structure.cases.length,
    statementCount: src.workshop.structure.quiz.length,
    sources: sourcesFor(src.guide, src.workshop.structure.sources),
    terms: wordTerms(src.guide, lang),
  };
}

// ——— the slide deck (language-neutral first: which slide shows what) ———

export type DeckEntry =
  | { kind: "title"; partId: string }
  | { kind: "point" | "signal" | "tip" | "case" | "step"; id: string; partId: string }
  | { kind: "quiz" | "quiz-answer"; id: string; partId: string };

/** The slides of a plan in order: a title slide, then each part's slides (a quiz statement is two). */
export function deckOf(plan: PlanStructure): DeckEntry[] {
  const deck: DeckEntry[] = [{ kind: "title", partId: plan.parts[0].id }];
  for (const part of plan.parts) {
    for (const slide of part.slides) {
      if (slide.kind === "quiz") {
        deck.push({ kind: "quiz", id: slide.id, partId: part.id });
        deck.push({ kind: "quiz-answer", id: slide.id, partId: part.id });
      } else {
        deck.push({ kind: slide.kind, id: slide.id, partId: part.id });
      }
    }
  }
  return deck;
}

/** A slide number from the address: a whole number from 1 to the number of slides, else null. */
export function parseSlideNumber(value: string | undefined, total: number): number | null {
  if (!value || !/^[1-9][0-9]{0,3}$/.test(value)) return null;
  const n = Number(value);
  return n <= total ? n : null;
}

// ——— a plan ———

export interface PartView {
  id: string;
  title: string;
  goal: string;
  trainer: string[];
  minutes: number;
  /** minutes from the start of the workshop */
  start: number;
  end: number;
  firstSlide: number;
  slideCount: number;
  uses: { signals: ItemLink[]; tips: ItemLink[]; steps: ItemLink[]; cases: ItemLink[]; quiz: ItemLink[] };
}

export interface CaseView {
  id: string;
  title: string;
  story: string[];
  questions: string[];
  advice: string;
  signals: ItemLink[];
  tips: ItemLink[];
  outcome: ItemLink & { danger: boolean };
}

export interface PlanView {
  slug: string;
  title: string;
  audience: string;
  summary: string;
  goals: string[];
  prepare: string[];
  minutes: number;
  slideCount: number;
  parts: PartView[];
  cases: CaseView[];
  caseLabels: WorkshopContent["text"]["nl"]["cases"]["labels"];
  slidesHref: string;
  presenterHref: string;
  handoutHref: string;
  quizHref: string;
  sources: SourceView[];
  terms: Record<string, string>;
}

/** "0:05" for 5 minutes, "1:20" for 80. */
export function clockMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

export function buildCaseView(src: Sources, lang: Lang, caseId: string): CaseView {
  const item = src.workshop.structure.cases.find((c) => c.id === caseId)!;
  const text = src.workshop.text[lang].cases.items[caseId];
  const outcome = findNode(src.flow.structure, item.outcome);
  return {
    id: item.id,
    title: text.title,
    story: text.story,
    questions: text.questions,
    advice: text.advice,
    signals: item.signals.map((id) => signalLink(src, lang, id)),
    tips: item.tips.map((id) => tipLink(src, lang, id)),
    outcome: { ...stepLink(src, lang, item.outcome), danger: outcome?.kind === "outcome" && outcome.danger },
  };
}

export function buildPlanView(src: Sources, lang: Lang, slug: string): PlanView | null {
  const plan = findPlan(src, slug);
  if (!plan) return null;
  const text = src.workshop.text[lang].plans[plan.id];
  const deck = deckOf(plan);
  let start = 0;
  const parts = plan.parts.map((part): PartView => {
    const of = (kind: string) => [...new Set(part.slides.filter((s) => s.kind === kind).map((s) => s.id))];
    const view: PartView = {
      id: part.id,
      title: text.parts[part.id].title,
      goal: text.parts[part.id].goal,
      trainer: text.parts[part.id].trainer,
      minutes: part.minutes,
      start,
      end: start + part.minutes,
      // +1: slide numbers start at 1; the title slide belongs to the first part but is not its first idea
      firstSlide: deck.findIndex((entry) => entry.partId === part.id && entry.kind !== "title") + 1,
      slideCount: deck.filter((entry) => entry.partId === part.id && entry.kind !== "title").length,
      uses: {
        signals: of("signal").map((id) => signalLink(src, lang, id)),
        tips: of("tip").map((id) => tipLink(src, lang, id)),
        steps: of("step").map((id) => stepLink(src, lang, id)),
        cases: of("case").map((id) => caseLink(src, lang, id)),
        quiz: of("quiz").map((id) => quizLink(src, lang, id)),
      },
    };
    start += part.minutes;
    return view;
  });
  const caseIds = [...new Set(plan.parts.flatMap((p) => p.slides.filter((s) => s.kind === "case").map((s) => s.id)))];
  const cases = caseIds.map((id) => buildCaseView(src, lang, id));
  return {
    slug: plan.id,
    title: text.title,
    audience: text.audience,
    summary: text.summary,
    goals: text.goals,
    prepare: text.prepare,
    minutes: plan.minutes,
    slideCount: deck.length,
    parts,
    cases,
    caseLabels: src.workshop.text[lang].cases.labels,
    slidesHref: slideHref(lang, plan.id, 1),
    presenterHref: presenterHref(lang, plan.id, 1),
    handoutHref: workshopHref(lang, `${plan.id}/handout`),
    quizHref: workshopHref(lang, "quiz"),
    sources: sourcesFor(src.guide, [
      ...plan.sources,
      ...src.workshop.structure.cases.filter((c) => caseIds.includes(c.id)).flatMap((c) => c.sources),
    ]),
    terms: wordTerms(src.guide, lang),
  };
}

// ——— one slide ———

export type SlideContent =
  | { kind: "title"; title: string; audience: string; minutes: number; summary: string }
  | { kind: "point"; title: string; lines: string[] }
  | { kind: "signal"; title: string; example: string; danger: boolean }
  | { kind: "tip"; title: string; do: string; dont: string }
  | { kind: "case"; title: string; story: string[]; questions: string[] }
  | { kind: "quiz"; title: string }
  | { kind: "quiz-answer"; title: string; isSignal: boolean; explanation: string }
  | { kind: "step-question"; title: string; options: string[] }
  | { kind: "step-outcome"; title: string; summary: string; steps: string[]; danger: boolean };

export interface SlideView {
  slug: string;
  planTitle: string;
  n: number;
  total: number;
  content: SlideContent;
  /** the slide's heading as plain text (for the page title) */
  titleText: string;
  /** where the slide's item lives in the guide, for people who read along */
  source: ItemLink | null;
  part: {
    id: string;
    title: string;
    goal: string;
    trainer: string[];
    minutes: number;
    start: number;
    end: number;
    index: number;
    count: number;
  };
  /** trainer notes for this slide (the presenter view shows them) */
  notes: string[];
  next: { n: number; title: string } | null;
  prevHref: string | null;
  nextHref: string | null;
  planHref: string;
  terms: Record<string, string>;
}

function slideContent(
  src: Sources,
  lang: Lang,
  plan: PlanStructure,
  entry: DeckEntry,
): { content: SlideContent; notes: string[]; source: ItemLink | null } {
  const text = src.workshop.text[lang];
  const planText = text.plans[plan.id];
  switch (entry.kind) {
    case "title":
      return {
        content: {
          kind: "title",
          title: planText.title,
          audience: planText.audience,
          minutes: plan.minutes,
          summary: planText.summary,
        },
        notes: planText.prepare,
        source: null,
      };
    case "point": {
      const point = planText.points[entry.id];
      return { content: { kind: "point", title: point.title, lines: point.lines }, notes: point.notes, source: null };
    }
    case "signal": {
      const signal = src.guide.signals.text[lang].signals[entry.id];
      const structure = src.guide.signals.structure.categories
        .flatMap((c) => c.signals)
        .find((s) => s.id === entry.id)!;
      return {
        content: { kind: "signal", title: signal.line, example: signal.example, danger: structure.danger },
        notes: structure.tips.map((id) => src.guide.tips.text[lang].tips[id].title),
        source: signalLink(src, lang, entry.id),
      };
    }
    case "tip": {
      const tip = src.guide.tips.text[lang].tips[entry.id];
      return {
        content: { kind: "tip", title: tip.title, do: tip.do, dont: tip.dont },
        notes: tip.example ? [tip.example] : [],
        source: tipLink(src, lang, entry.id),
      };
    }
    case "case": {
      const view = buildCaseView(src, lang, entry.id);
      return {
        content: { kind: "case", title: view.title, story: view.story, questions: view.questions },
        notes: [view.advice, ...view.signals.map((s) => s.title)],
        source: caseLink(src, lang, entry.id),
      };
    }
    case "quiz":
    case "quiz-answer": {
      const statement = text.quiz.statements[entry.id];
      const isSignal = src.workshop.structure.quiz.find((q) => q.id === entry.id)!.answer === "signal";
      return entry.kind === "quiz"
        ? {
            content: { kind: "quiz", title: statement.statement },
            notes: [statement.explanation],
            source: quizLink(src, lang, entry.id),
          }
        : {
            content: { kind: "quiz-answer", title: statement.statement, isSignal, explanation: statement.explanation },
            notes: [],
            source: quizLink(src, lang, entry.id),
          };
    }
    case "step": {
      const node = findNode(src.flow.structure, entry.id)!;
      const texts = src.flow.texts[lang];
      if (node.kind === "question") {
        const q = texts.questions[node.id];
        return {
          content: {
            kind: "step-question",
            title: q.question,
            options: node.options.map((o) => q.options[o.id].label),
          },
          notes: q.hint ? [q.hint] : [],
          source: stepLink(src, lang, node.id),
        };
      }
      const o = texts.outcomes[node.id];
      return {
        content: { kind: "step-outcome", title: o.title, summary: o.summary, steps: o.steps, danger: node.danger },
        notes: o.say,
        source: stepLink(src, lang, node.id),
      };
    }
  }
}

export function buildSlideView(src: Sources, lang: Lang, slug: string, n: number): SlideView | null {
  const plan = findPlan(src, slug);
  if (!plan) return null;
  const deck = deckOf(plan);
  const entry = deck[n - 1];
  if (!entry) return null;
  const planText = src.workshop.text[lang].plans[plan.id];
  const partIndex = plan.parts.findIndex((p) => p.id === entry.partId);
  const part = plan.parts[partIndex];
  const start = plan.parts.slice(0, partIndex).reduce((sum, p) => sum + p.minutes, 0);
  const { content, notes, source } = slideContent(src, lang, plan, entry);
  const nextEntry = deck[n];
  return {
    slug: plan.id,
    planTitle: planText.title,
    n,
    total: deck.length,
    content,
    titleText: plain(src, lang, content.title),
    source,
    part: {
      id: part.id,
      title: planText.parts[part.id].title,
      goal: planText.parts[part.id].goal,
      trainer: planText.parts[part.id].trainer,
      minutes: part.minutes,
      start,
      end: start + part.minutes,
      index: partIndex + 1,
      count: plan.parts.length,
    },
    notes,
    next: nextEntry
      ? { n: n + 1, title: plain(src, lang, slideContent(src, lang, plan, nextEntry).content.title) }
      : null,
    prevHref: n > 1 ? slideHref(lang, plan.id, n - 1) : null,
    nextHref: nextEntry ? slideHref(lang, plan.id, n + 1) : null,
    planHref: workshopHref(lang, plan.id),
    terms: wordTerms(src.guide, lang),
  };
}

// ——— cases page ———

export interface CasesView {
  title: string;
  intro: string[];
  labels: WorkshopContent["text"]["nl"]["cases"]["labels"];
  cases: CaseView[];
  sources: SourceView[];
  terms: Record<string, string>;
}

export function buildCasesView(src: Sources, lang: Lang): CasesView {
  const text = src.workshop.text[lang].cases;
  return {
    title: text.page.title,
    intro: text.page.intro,
    labels: text.labels,
    cases: src.workshop.structure.cases.map((c) => buildCaseView(src, lang, c.id)),
    sources: sourcesFor(
      src.guide,
      src.workshop.structure.cases.flatMap((c) => c.sources),
    ),
    terms: wordTerms(src.guide, lang),
  };
}

// ——— handout ———

export interface HandoutView {
  slug: string;
  title: string;
  audience: string;
  planHref: string;
  signals: { id: string; line: string; example: string; danger: boolean }[];
  tips: { id: string; title: string; do: string }[];
  sources: SourceView[];
  terms: Record<string, string>;
}

export function buildHandoutView(src: Sources, lang: Lang, slug: string): HandoutView | null {
  const plan = findPlan(src, slug);
  if (!plan) return null;
  const planText = src.workshop.text[lang].plans[plan.id];
  const signals = src.guide.signals.structure.categories.flatMap((c) => c.signals);
  return {
    slug: plan.id,
    title: planText.title,
    audience: planText.audience,
    planHref: workshopHref(lang, plan.id),
    signals: plan.handout.signals.map((id) => ({
      id,
      line: src.guide.signals.text[lang].signals[id].line,
      example: src.guide.signals.text[lang].signals[id].example,
      danger: signals.find((s) => s.id === id)!.danger,
    })),
    tips: plan.handout.tips.map((id) => ({
      id,
      title: src.guide.tips.text[lang].tips[id].title,
      do: src.guide.tips.text[lang].tips[id].do,
    })),
    sources: sourcesFor(src.guide, [
      ...plan.handout.signals.flatMap((id) => signals.find((s) => s.id === id)!.sources),
      ...src.guide.tips.structure.situations
        .flatMap((s) => s.tips)
        .filter((t) => plan.handout.tips.includes(t.id))
        .flatMap((t) => t.sources),
    ]),
    terms: wordTerms(src.guide, lang),
  };
}

// ——— sitemap ———

/** Every public workshop page, without the language. The presenter view is a tool, not a page to find. */
export function workshopSitemapPaths(workshop: WorkshopContent): string[] {
  return [
    "workshop",
    "workshop/quiz",
    "workshop/cases",
    ...workshop.structure.plans.flatMap((plan) => [
      `workshop/${plan.id}`,
      `workshop/${plan.id}/handout`,
      ...deckOf(plan).map((_, index) => `workshop/${plan.id}/slides/${index + 1}`),
    ]),
  ];
}
