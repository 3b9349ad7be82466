// What a signals check means: which advice rule applies, whether the urgent route comes first,
// which tips and which directory topics fit the ticked signals best. Pure; the rules themselves
// are content (content/check/structure.yaml), so editors can change them without code.
import type { CheckCategory, CheckSignal } from "./check-answers";
import type { RuleCondition } from "./check-rules-schema";

export interface AdviceRule {
  id: string;
  when: RuleCondition;
}

export interface CheckEvaluation {
  /** A ticked signal points to danger: show the urgent route before anything else. */
  urgent: boolean;
  /** The advice rule that applies (the first that matches, top to bottom). */
  adviceId: string;
  /** Always true: the note that signals fit other causes and only a specialist can assess. */
  otherCausesNote: true;
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
 * `first` ids (from danger signals, in the order the content lists them) come before all others.
 */
function rank(pointers: string[][], order: readonly string[], first: string[] = []): string[] {
  const counts = new Map<string, number>();
  for (const list of pointers) for (const id of new Set(list)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const indexIn = (list: readonly string[], id: string) => {
    const index = list.indexOf(id);
    return index === -1 ? list.length : index;
  };
  return [...counts.keys()].sort(
    (a, b) => indexIn(first, a) - indexIn(first, b) || counts.get(b)! - counts.get(a)! || indexIn(order, a) - indexIn(order, b) || a.localeCompare(b),
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
  const rule = input.rules.find((one) => ruleMatches(one.when, signalCount, categoryCount)) ?? input.rules[input.rules.length - 1];
  const dangerSignals = chosen.filter((signal) => signal.danger);
  return {
    urgent: dangerSignals.length > 0,
    adviceId: rule.id,
    otherCausesNote: true,
    signalCount,
    categoryCount,
    groups,
    tips: rank(
      chosen.map((signal) => signal.tips),
      input.tipOrder,
      [...new Set(dangerSignals.flatMap((signal) => signal.tips))],
    ).slice(0, input.maxTips),
    topics: rank(
      chosen.map((signal) => signal.topics),
      input.topicOrder,
      [...new Set(dangerSignals.flatMap((signal) => signal.topics))],
    ),
  };
}
