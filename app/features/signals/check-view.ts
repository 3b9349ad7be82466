// What the check and result pages show, built from the content and the answers in the address.
// Pure (no I/O): the routes get plain data and only render it.
import { TOPICS } from "#db/topics";
import type {
  SignalsStructure,
  SignalsText,
  SourceEntry,
  TipsStructure,
  TipsText,
} from "~/features/guide/content-schema";
import type { Lang } from "~/i18n/lang";
import { answersQuery, FIXED_PARAM, readAnswers, stepLinks } from "./check-answers";
import type { CheckContent } from "./check-rules-schema";
import { evaluateCheck } from "./evaluate-check";

/** Everything the check needs from content/: its own rules and texts plus signals, tips, words. */
export interface CheckGuide {
  check: CheckContent;
  signals: { structure: SignalsStructure; text: Record<Lang, SignalsText> };
  tips: { structure: TipsStructure; text: Record<Lang, TipsText> };
  /** word id → term, for [[word-id]] links */
  wordTerms: Record<Lang, Record<string, string>>;
  /** content/sources.yaml, for the sources under the result */
  sources: Record<string, SourceEntry>;
}

export interface StepView {
  step: number;
  stepCount: number;
  category: { id: string; title: string; intro: string };
  signals: { id: string; line: string; example: string; checked: boolean }[];
  /** All signals of this step point to danger: show the urgent route beside them. */
  dangerStep: boolean;
  /** On the danger step: the question it asks ("Do you see danger or abuse?"). */
  dangerQuestion: { title: string; text: string[] } | null;
  /** On every other step: a link to the danger step, keeping the answers so far. */
  dangerJump: { text: string; href: string } | null;
  intro: string[] | null;
  carried: string[];
  checkPath: string;
  resultPath: string;
  skipHref: string;
  isLast: boolean;
  /** The address held unknown or repeated ids; they were left out. */
  cleaned: boolean;
  wordTerms: Record<string, string>;
}

export interface ResultView {
  urgent: boolean;
  danger: { title: string; text: string[] };
  /** One calm text per kind of danger that was ticked, with a link to its decision step. */
  dangerKinds: { id: string; title: string; text: string[]; link: string; href: string }[];
  intro: string[];
  groups: { id: string; title: string; signals: { id: string; line: string }[] }[];
  /** The advice rule's text; null on a danger result (no count rule for danger). */
  advice: { id: string; title: string; text: string[] } | null;
  /** Null when only danger signals were ticked. */
  otherCauses: { title: string; text: string[] } | null;
  /** Printed at the bottom: the paper is about a visitor. */
  printNote: string;
  /** Sources of the danger texts and the note about other causes that are shown. */
  sources: SourceEntry[];
  tips: { id: string; title: string; text: string; href: string }[];
  topics: { id: string; name: string; href: string }[];
  links: { change: string; restart: string; steps: string; tips: string; contacts: string };
  /** The query string of this result ("s=a&s=b"), for the printed address. */
  query: string;
  wordTerms: Record<string, string>;
}

export type StepPage = { kind: "step"; view: StepView };
export type ResultPage = { kind: "result"; view: ResultView } | { kind: "redirect"; to: string };

const categoriesOf = (guide: CheckGuide) => guide.signals.structure.categories;

const isDangerCategory = (category: CheckGuide["signals"]["structure"]["categories"][number]) =>
  category.signals.every((signal) => signal.danger);

export function buildStepPage(guide: CheckGuide, lang: Lang, params: URLSearchParams): StepPage {
  const categories = categoriesOf(guide);
  const answers = readAnswers(params, categories);
  const category = categories[answers.step - 1];
  const text = guide.signals.text[lang];
  const checkText = guide.check.text[lang];
  const links = stepLinks(lang, answers.ticked, answers.step, categories);
  const ticked = new Set(answers.ticked);
  const dangerStep = isDangerCategory(category);
  const dangerStepNumber = categories.findIndex(isDangerCategory) + 1;
  return {
    kind: "step",
    view: {
      step: answers.step,
      stepCount: categories.length,
      category: { id: category.id, ...text.categories[category.id] },
      signals: category.signals.map((signal) => ({
        id: signal.id,
        ...text.signals[signal.id],
        checked: ticked.has(signal.id),
      })),
      dangerStep,
      dangerQuestion: dangerStep ? checkText.dangerQuestion : null,
      dangerJump:
        !dangerStep && dangerStepNumber > 0
          ? { text: checkText.dangerJump, href: `${links.checkPath}?${answersQuery(answers.ticked, dangerStepNumber)}` }
          : null,
      intro: answers.step === 1 ? checkText.intro : null,
      carried: links.carried,
      checkPath: links.checkPath,
      resultPath: links.resultPath,
      skipHref: links.skip,
      isLast: links.isLast,
      cleaned: answers.cleaned || answers.fixedNotice,
      wordTerms: guide.wordTerms[lang],
    },
  };
}

export function buildResultPage(guide: CheckGuide, lang: Lang, params: URLSearchParams): ResultPage {
  const categories = categoriesOf(guide);
  const answers = readAnswers(params, categories);
  const query = answersQuery(answers.ticked);
  const checkPath = `/${lang}/signals/check`;
  // Odd ids in the address: back to the check with what we could read, and say so there.
  if (answers.cleaned) return { kind: "redirect", to: `${checkPath}?${query ? `${query}&` : ""}${FIXED_PARAM}=1` };

  const tipSituation = new Map<string, string>();
  for (const situation of guide.tips.structure.situations)
    for (const tip of situation.tips) tipSituation.set(tip.id, situation.id);
  const evaluation = evaluateCheck(answers.ticked, {
    categories,
    rules: guide.check.structure.rules,
    tipOrder: [...tipSituation.keys()],
    topicOrder: TOPICS.map((topic) => topic.id),
    maxTips: guide.check.structure.maxTips,
    dangerKinds: guide.check.structure.dangerKinds,
    knowledgeTopics: guide.check.structure.knowledgeTopics,
  });
  const kindsShown = guide.check.structure.dangerKinds.filter((kind) => evaluation.dangerKinds.includes(kind.id));
  const signalsText = guide.signals.text[lang];
  const tipsText = guide.tips.text[lang];
  const checkText = guide.check.text[lang];
  return {
    kind: "result",
    view: {
      urgent: evaluation.urgent,
      danger: checkText.danger,
      dangerKinds: kindsShown.map((kind) => ({
        id: kind.id,
        ...checkText.dangerKinds[kind.id],
        href: `/${lang}${kind.link}`,
      })),
      intro: checkText.resultIntro,
      groups: evaluation.groups.map((group) => ({
        id: group.categoryId,
        title: signalsText.categories[group.categoryId].title,
        signals: group.signalIds.map((id) => ({ id, line: signalsText.signals[id].line })),
      })),
      advice:
        evaluation.adviceId === null ? null : { id: evaluation.adviceId, ...checkText.rules[evaluation.adviceId] },
      otherCauses: evaluation.otherCausesNote ? checkText.otherCauses : null,
      printNote: checkText.printNote,
      sources: sourcesOf(guide, [
        ...kindsShown.flatMap((kind) => kind.sources),
        ...(evaluation.otherCausesNote ? guide.check.structure.otherCausesSources : []),
      ]),
      tips: evaluation.tips.map((id) => ({
        id,
        title: tipsText.tips[id].title,
        text: tipsText.tips[id].do,
        href: `/${lang}/tips/${tipSituation.get(id)}#${id}`,
      })),
      topics: evaluation.topics.flatMap((id) => {
        const topic = TOPICS.find((one) => one.id === id);
        return topic
          ? [{ id, name: lang === "nl" ? topic.name : topic.name_en, href: `/${lang}/contacts?topic=${id}` }]
          : [];
      }),
      links: {
        change: `${checkPath}?${answersQuery(answers.ticked, 1)}`,
        restart: checkPath,
        steps: `/${lang}/steps`,
        tips: `/${lang}/tips`,
        contacts: `/${lang}/contacts`,
      },
      query,
      wordTerms: guide.wordTerms[lang],
    },
  };
}

/** The sources with these ids, each once, in number order. */
function sourcesOf(guide: CheckGuide, ids: string[]): SourceEntry[] {
  const unique = [...new Set(ids)].filter((id) => guide.sources[id]);
  return unique.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))).map((id) => guide.sources[id]);
}
