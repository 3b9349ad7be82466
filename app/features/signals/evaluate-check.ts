// What a signals check means: which advice rule applies, whether the urgent route comes first,
// which tips and which directory topics fit the ticked signals best. Pure; the rules themselves
// are content (content/check/structure.yaml), so editors can change them without code.
// Safety first (docs/product.md principle 6): any ticked danger signal makes a danger result. No
// count rule applies then, because "one signal says little" must never be said about danger.
import type { CheckCategory, CheckSignal } from "./check-answers";
import type { RuleCondition } from "./check-rules-schema";

export interface AdviceRule {
  id: string;
  when: RuleCondition;
}

/** A kind of danger (abuse, suicide, …) and the danger signals that point to it. */
export interface DangerKind {
  id: string;
  signals: string[];
}

export interface CheckEvaluation {
  /** A ticked signal points to danger: show the urgent route before anything else. */
  urgent: boolean;
  /** The kinds of danger the ticked signals point to, in the content's order; empty when none. */
  dangerKinds: string[];
  /** The advice rule that applies (the first that matches, top to bottom); null on a danger result. */
  adviceId: string | null;
  /**
   * The note that signals fit other causes and only a specialist can assess. Left out when only
   * danger signals were ticked: "it may be stress" must not sit beside a sign of abuse.
   */
  otherCausesNote: boolean;
  signalCount: number;
  categoryCount: number;
  /** What was ticked, grouped by category, in the order of the check. */
  groups: { categoryId: string; signalIds: string[] }[];
  /** Tip ids, most relevant first, at most maxTips. */
  tips: string[];
  /** Directory topic ids, most relevant first. */
  topics: string[];
}

export interface EvaluateInput {
  categories: CheckCategory[];
  rules: AdviceRule[];
  /** Every tip id in the order of the tips pages; breaks ties between equally relevant tips. */
  tipOrder: string[];
  /** Every topic id in the directory's order; breaks ties between equally relevant topics. */
  topicOrder: readonly string[];
  maxTips: number;
  /** Which danger signal points to which kind of danger, most urgent kind first. */
  dangerKinds: DangerKind[];
  /** Topics about knowing LVB: they come after the practical help (money, letters, support). */
  knowledgeTopics: readonly string[];
}

export function ruleMatches(when: RuleCondition, signalCount: number, categoryCount: number): boolean {
  if (when.minSignals !== undefined && signalCount < when.minSignals) return false;
  if (when.maxSignals !== undefined && signalCount > when.maxSignals) return false;
  if (when.minCategories !== undefined && categoryCount < when.minCategories) return false;
  if (when.maxCategories !== undefined && categoryCount > when.maxCategories) return false;
  return true;
}

/**
 * Rank ids by how many ticked signals point to them (more first); ties keep the given order.
 * `first` ids (from danger signals, in the order the content lists them) come before all others;
 * `last` ids come after all others.
 */
function rank(
  pointers: string[][],
  order: readonly string[],
  first: string[] = [],
  last: readonly string[] = [],
): string[] {
  const counts = new Map<string, number>();
  for (const list of pointers) for (const id of new Set(list)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const indexIn = (list: readonly string[], id: string) => {
    const index = list.indexOf(id);
    return index === -1 ? list.length : index;
  };
  const isLast = (id: string) => (last.includes(id) && !first.includes(id) ? 1 : 0);
  return [...counts.keys()].sort(
    (a, b) =>
      indexIn(first, a) - indexIn(first, b) ||
      isLast(a) - isLast(b) ||
      counts.get(b)! - counts.get(a)! ||
      indexIn(order, a) - indexIn(order, b) ||
      a.localeCompare(b),
  );
}

/** Evaluate ticked signal ids (already cleaned by readAnswers). */
export function evaluateCheck(ticked: readonly string[], input: EvaluateInput): CheckEvaluation {
  const tickedSet = new Set(ticked);
  const groups: CheckEvaluation["groups"] = [];
  const chosen: CheckSignal[] = [];
  for (const category of input.categories) {
    const signals = category.signals.filter((signal) => tickedSet.has(signal.id));
    if (signals.length === 0) continue;
    groups.push({ categoryId: category.id, signalIds: signals.map((signal) => signal.id) });
    chosen.push(...signals);
  }
  const signalCount = chosen.length;
  const categoryCount = groups.length;
  const dangerSignals = chosen.filter((signal) => signal.danger);
  const urgent = dangerSignals.length > 0;
  const rule =
    input.rules.find((one) => ruleMatches(one.when, signalCount, categoryCount)) ?? input.rules[input.rules.length - 1];
  // On a danger result only the danger signals' own tips: an ordinary tip ("make it smaller")
  // next to a sign of abuse would play it down.
  const tipSources = urgent ? dangerSignals : chosen;
  return {
    urgent,
    dangerKinds: input.dangerKinds
      .filter((kind) => kind.signals.some((id) => tickedSet.has(id)))
      .map((kind) => kind.id),
    adviceId: urgent ? null : rule.id,
    otherCausesNote: dangerSignals.length < chosen.length || chosen.length === 0,
    signalCount,
    categoryCount,
    groups,
    tips: rank(
      tipSources.map((signal) => signal.tips),
      input.tipOrder,
      [...new Set(dangerSignals.flatMap((signal) => signal.tips))],
    ).slice(0, input.maxTips),
    topics: rank(
      chosen.map((signal) => signal.topics),
      input.topicOrder,
      [...new Set(dangerSignals.flatMap((signal) => signal.topics))],
      input.knowledgeTopics,
    ),
  };
}
