// The shape of the signals check's own content (content/check/): the advice rules and their texts.
// Pure: no file system here (that is load-check.server.ts).
import { z } from "zod";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are lower-case words joined by '-'");
const sourceId = z.string().regex(/^s[1-9][0-9]*$/, 'source ids look like "s13" (ids of content/sources.yaml)');
const text = z.string().trim().min(1, "the text is empty");
const count = z.number().int().min(0);

/** When a rule applies; every condition that is given must hold. No conditions: always. */
export const ruleConditionSchema = z
  .object({
    minSignals: count.optional(),
    maxSignals: count.optional(),
    minCategories: count.optional(),
    maxCategories: count.optional(),
  })
  .strict();
export type RuleCondition = z.infer<typeof ruleConditionSchema>;

/** A guide path without the language: "/steps/outcome/suicide-worry" → "/nl/steps/outcome/suicide-worry". */
const stepsPath = z
  .string()
  .regex(
    /^\/steps\/(outcome|q)\/[a-z0-9]+(-[a-z0-9]+)*$/,
    'a decision-steps path such as "/steps/outcome/money-crisis"',
  );

export const checkStructureSchema = z.object({
  sources: z.array(sourceId).min(1, "name at least one source"),
  /** How many tips the result shows at most (the most relevant first). */
  maxTips: z.number().int().min(1).max(20),
  /** Which danger signal is which kind of danger, most urgent kind first; each kind links to its decision step. */
  dangerKinds: z
    .array(
      z.object({
        id,
        signals: z.array(id).min(1),
        link: stepsPath,
        sources: z.array(sourceId).min(1, "name at least one source"),
      }),
    )
    .min(1),
  /** Directory topics about knowing LVB: listed after the practical help on the result. */
  knowledgeTopics: z.array(id).default([]),
  /** The sources of the note about other causes, shown under it. */
  otherCausesSources: z.array(sourceId).min(1, "name at least one source"),
  rules: z.array(z.object({ id, when: ruleConditionSchema.default({}) })).min(1),
});
export type CheckStructure = z.infer<typeof checkStructureSchema>;

const block = z.object({ title: text, text: z.array(text).min(1) });

export const checkTextSchema = z.object({
  /** Shown above the first step. */
  intro: z.array(text).min(1),
  /** What the result is and is not; shown at the top of the result. */
  resultIntro: z.array(text).min(1),
  /** Shown at the top of the result when a ticked signal points to danger. */
  danger: block,
  /** Per kind of danger: one calm text and the words of the link to its decision step. */
  dangerKinds: z.record(id, block.extend({ link: text })),
  /** Shown when an ordinary signal was ticked (or none): signals fit other causes too, only a specialist can assess. */
  otherCauses: block,
  /** On the danger step of the check: the question it asks. */
  dangerQuestion: block,
  /** On every other step: a link back to the danger step. */
  dangerJump: text,
  /** Printed at the bottom of the result: the paper is about a visitor. */
  printNote: text,
  rules: z.record(id, block),
});
export type CheckText = z.infer<typeof checkTextSchema>;

export interface CheckContent {
  structure: CheckStructure;
  text: { nl: CheckText; en: CheckText };
}

/** Problems that need more than one file: rule ids unique, texts for every rule, a catch-all last. */
export function checkContentProblems(
  content: CheckContent,
): { file: "structure" | "nl" | "en"; id: string; problem: string }[] {
  const problems: { file: "structure" | "nl" | "en"; id: string; problem: string }[] = [];
  const ids = content.structure.rules.map((rule) => rule.id);
  const seen = new Set<string>();
  for (const one of ids) {
    if (seen.has(one)) problems.push({ file: "structure", id: one, problem: "this rule id is used twice" });
    seen.add(one);
  }
  const last = content.structure.rules[content.structure.rules.length - 1];
  if (last && Object.keys(last.when).length > 0) {
    problems.push({
      file: "structure",
      id: last.id,
      problem: "the last rule must have no conditions, so every check gets advice",
    });
  }
  for (const rule of content.structure.rules) {
    const { minSignals, maxSignals, minCategories, maxCategories } = rule.when;
    if (minSignals !== undefined && maxSignals !== undefined && minSignals > maxSignals) {
      problems.push({
        file: "structure",
        id: rule.id,
        problem: "minSignals is larger than maxSignals: this rule can never apply",
      });
    }
    if (minCategories !== undefined && maxCategories !== undefined && minCategories > maxCategories) {
      problems.push({
        file: "structure",
        id: rule.id,
        problem: "minCategories is larger than maxCategories: this rule can never apply",
      });
    }
  }
  const kinds = content.structure.dangerKinds.map((kind) => kind.id);
  for (const lang of ["nl", "en"] as const) {
    const kindTexts = content.text[lang].dangerKinds;
    for (const one of kinds)
      if (!(one in kindTexts)) problems.push({ file: lang, id: `dangerKinds.${one}`, problem: "has no text" });
    for (const one of Object.keys(kindTexts))
      if (!kinds.includes(one))
        problems.push({ file: lang, id: `dangerKinds.${one}`, problem: "has text but is not in structure.yaml" });
  }
  for (const lang of ["nl", "en"] as const) {
    const texts = content.text[lang].rules;
    for (const one of ids)
      if (!(one in texts)) problems.push({ file: lang, id: `rules.${one}`, problem: "has no text" });
    for (const one of Object.keys(texts))
      if (!ids.includes(one))
        problems.push({ file: lang, id: `rules.${one}`, problem: "has text but is not in structure.yaml" });
  }
  return problems;
}

/**
 * Danger kinds against the signals content: every danger signal belongs to exactly one kind, and a
 * kind names only danger signals. Otherwise a ticked danger signal could give no danger text.
 */
export function dangerKindProblems(
  structure: CheckStructure,
  categories: { signals: { id: string; danger: boolean }[] }[],
): { id: string; problem: string }[] {
  const problems: { id: string; problem: string }[] = [];
  const signals = new Map(
    categories.flatMap((category) => category.signals.map((signal) => [signal.id, signal.danger] as const)),
  );
  const kindOf = new Map<string, string>();
  for (const kind of structure.dangerKinds) {
    for (const signal of kind.signals) {
      if (!signals.has(signal))
        problems.push({
          id: `dangerKinds.${kind.id}`,
          problem: `names the signal "${signal}", which content/signals does not have`,
        });
      else if (!signals.get(signal))
        problems.push({ id: `dangerKinds.${kind.id}`, problem: `names "${signal}", which is not a danger signal` });
      if (kindOf.has(signal))
        problems.push({
          id: `dangerKinds.${kind.id}`,
          problem: `"${signal}" is also in the kind "${kindOf.get(signal)}"`,
        });
      kindOf.set(signal, kind.id);
    }
  }
  for (const [signal, danger] of signals) {
    if (danger && !kindOf.has(signal))
      problems.push({ id: `dangerKinds`, problem: `the danger signal "${signal}" has no kind of danger` });
  }
  return problems;
}
