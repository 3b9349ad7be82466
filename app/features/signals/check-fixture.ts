// A small made-up signals content for the unit tests: three categories, two danger signals.
import type { CheckCategory } from "./check-answers";
import type { AdviceRule, DangerKind } from "./evaluate-check";

export const FIXTURE_CATEGORIES: CheckCategory[] = [
  {
    id: "language",
    signals: [
      { id: "says-yes", danger: false, tips: ["say-it-back", "short-sentences"], topics: ["lvb-expertise"] },
      { id: "echoes", danger: false, tips: ["say-it-back"], topics: [] },
      { id: "simple-words", danger: false, tips: ["short-sentences"], topics: [] },
    ],
  },
  {
    id: "paperwork",
    signals: [
      { id: "forms-wrong", danger: false, tips: ["fill-in-together"], topics: ["letters-forms", "money"] },
      { id: "debts", danger: false, tips: ["money-overview"], topics: ["money"] },
    ],
  },
  {
    id: "social",
    signals: [
      { id: "lonely", danger: false, tips: [], topics: ["loneliness"] },
      { id: "exploited", danger: true, tips: ["talk-to-coordinator"], topics: ["crisis-safety", "money"] },
      { id: "hurt", danger: true, tips: ["safety-first"], topics: ["crisis-safety", "health"] },
    ],
  },
];

/** The same rules as content/check/structure.yaml, so the cases below read like the real thing. */
export const FIXTURE_RULES: AdviceRule[] = [
  { id: "nothing-ticked", when: { maxSignals: 0 } },
  { id: "one-signal", when: { maxSignals: 1 } },
  { id: "one-area", when: { maxCategories: 1 } },
  { id: "two-areas", when: { maxCategories: 2 } },
  { id: "many-areas", when: {} },
];

export const FIXTURE_TIP_ORDER = [
  "short-sentences",
  "say-it-back",
  "fill-in-together",
  "money-overview",
  "safety-first",
  "talk-to-coordinator",
];

/** Most urgent kind first, as in content/check/structure.yaml. */
export const FIXTURE_DANGER_KINDS: DangerKind[] = [
  { id: "abuse", signals: ["hurt"] },
  { id: "exploitation", signals: ["exploited"] },
];
