// The shape of the signals check's own content (content/check/): the advice rules and their texts.
// Pure: no file system here (that is load-check.server.ts).
import { z } from "zod";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are lower-case words joined by '-'");
const sourceId = z.string().regex(/^s[1-9][0-9]*$/, 'source ids look like "s13" (numbers as in DOMAIN.md)');
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

export const checkStructureSchema = z.object({
  sources: z.array(sourceId).min(1, "name at least one source"),
  /** How many tips the result shows at most (the most relevant first). */
  maxTips: z.number().int().min(1).max(20),
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
  /** Always shown: signals fit other causes too, only a specialist can assess. */
  otherCauses: block,
  rules: z.record(id, block),
});
export type CheckText = z.infer<typeof checkTextSchema>;

export interface CheckContent {
  structure: CheckStructure;
  text: { nl: CheckText; en: CheckText };
}

/** Problems that need more than one file: rule ids unique, texts for every rule, a catch-all last. */
export function checkContentProblems(content: CheckContent): { file: "structure" | "nl" | "en"; id: string; problem: string }[] {
  const problems: { file: "structure" | "nl" | "en"; id: string; problem: string }[] = [];
  const ids = content.structure.rules.map((rule) => rule.id);
  const seen = new Set<string>();
  for (const one of ids) {
    if (seen.has(one)) problems.push({ file: "structure", id: one, problem: "this rule id is used twice" });
    seen.add(one);
  }
  const last = content.structure.rules[content.structure.rules.length - 1];
  if (last && Object.keys(last.when).length > 0) {
    problems.push({ file: "structure", id: last.id, problem: "the last rule must have no conditions, so every check gets advice" });
  }
  for (const rule of content.structure.rules) {
    const { minSignals, maxSignals, minCategories, maxCategories } = rule.when;
    if (minSignals !== undefined && maxSignals !== undefined && minSignals > maxSignals) {
      problems.push({ file: "structure", id: rule.id, problem: "minSignals is larger than maxSignals: this rule can never apply" });
    }
    if (minCategories !== undefined && maxCategories !== undefined && minCategories > maxCategories) {
      problems.push({ file: "structure", id: rule.id, problem: "minCategories is larger than maxCategories: this rule can never apply" });
    }
  }
  for (const lang of ["nl", "en"] as const) {
    const texts = content.text[lang].rules;
    for (const one of ids) if (!(one in texts)) problems.push({ file: lang, id: `rules.${one}`, problem: "has no text" });
    for (const one of Object.keys(texts)) if (!ids.includes(one)) problems.push({ file: lang, id: `rules.${one}`, problem: "has text but is not in structure.yaml" });
  }
  return problems;
}
