import { describe, expect, it } from "vitest";
import { TOPIC_IDS } from "#db/topics";
import { FIXTURE_CATEGORIES, FIXTURE_DANGER_KINDS, FIXTURE_RULES, FIXTURE_TIP_ORDER } from "./check-fixture";
import { evaluateCheck, ruleMatches } from "./evaluate-check";

const evaluate = (...ticked: string[]) =>
  evaluateCheck(ticked, {
    categories: FIXTURE_CATEGORIES,
    rules: FIXTURE_RULES,
    tipOrder: FIXTURE_TIP_ORDER,
    topicOrder: TOPIC_IDS,
    maxTips: 3,
    dangerKinds: FIXTURE_DANGER_KINDS,
    knowledgeTopics: ["lvb-expertise"],
  });

describe("the advice a check gives", () => {
  it("0 ticks: the 'nothing ticked' advice, no urgent route, no tips, no topics", () => {
    expect(evaluate()).toMatchObject({
      adviceId: "nothing-ticked",
      urgent: false,
      signalCount: 0,
      categoryCount: 0,
      groups: [],
      tips: [],
      topics: [],
      otherCausesNote: true,
    });
  });

  it("1 tick: the 'one signal' advice with that signal's tips and topics", () => {
    expect(evaluate("forms-wrong")).toMatchObject({
      adviceId: "one-signal",
      urgent: false,
      groups: [{ categoryId: "paperwork", signalIds: ["forms-wrong"] }],
      tips: ["fill-in-together"],
      topics: ["money", "letters-forms"],
    });
  });

  it("many ticks in one category: the 'one area' advice", () => {
    const result = evaluate("says-yes", "echoes", "simple-words");
    expect(result).toMatchObject({ adviceId: "one-area", signalCount: 3, categoryCount: 1 });
    expect(result.groups).toEqual([{ categoryId: "language", signalIds: ["says-yes", "echoes", "simple-words"] }]);
  });

  it("ticks in two categories: the 'two areas' advice", () => {
    expect(evaluate("says-yes", "debts")).toMatchObject({ adviceId: "two-areas", signalCount: 2, categoryCount: 2 });
  });

  it("ticks spread over three categories: the 'many areas' advice, grouped in the order of the check", () => {
    const result = evaluate("lonely", "debts", "echoes");
    expect(result.adviceId).toBe("many-areas");
    expect(result.groups.map((group) => group.categoryId)).toEqual(["language", "paperwork", "social"]);
  });

  it("a danger signal puts the urgent route first, whatever the advice", () => {
    expect(evaluate("exploited")).toMatchObject({ urgent: true });
    expect(evaluate("says-yes", "debts", "exploited")).toMatchObject({ urgent: true });
    expect(evaluate("says-yes", "debts", "lonely").urgent).toBe(false);
  });

  it("a danger signal's tips and topics come first", () => {
    const result = evaluate("forms-wrong", "debts", "says-yes", "exploited");
    // the danger signal's own order first (crisis-safety, money), then the rest by count
    expect(result.topics).toEqual(["crisis-safety", "money", "letters-forms", "lvb-expertise"]);
    expect(result.tips[0]).toBe("talk-to-coordinator");
  });
});

describe("a danger result (issue 14: danger is never played down)", () => {
  const ordinary = ["says-yes", "echoes", "forms-wrong", "debts", "lonely"];
  const dangerIds = ["exploited", "hurt"];

  it.each(dangerIds)("%s alone: a danger result without a count rule and with its kind", (id) => {
    const result = evaluate(id);
    expect(result).toMatchObject({ urgent: true, adviceId: null, otherCausesNote: false });
    expect(result.dangerKinds).toEqual([FIXTURE_DANGER_KINDS.find((kind) => kind.signals.includes(id))!.id]);
  });

  it.each(dangerIds.flatMap((id) => ordinary.map((other) => [id, other])))(
    "%s with %s: still a danger result",
    (id, other) => {
      const result = evaluate(id, other);
      expect(result).toMatchObject({ urgent: true, adviceId: null, otherCausesNote: true });
      expect(result.dangerKinds).toHaveLength(1);
    },
  );

  it("with many ordinary signals in many parts: still a danger result, no count rule", () => {
    expect(evaluate(...ordinary, "hurt")).toMatchObject({ urgent: true, adviceId: null, dangerKinds: ["abuse"] });
  });

  it("two kinds of danger: both, the most urgent kind first", () => {
    expect(evaluate("exploited", "hurt").dangerKinds).toEqual(["abuse", "exploitation"]);
  });

  it("only the danger signals' own tips: no ordinary tip beside a sign of danger", () => {
    expect(evaluate("says-yes", "echoes", "simple-words", "hurt").tips).toEqual(["safety-first"]);
    expect(evaluate("forms-wrong", "exploited", "hurt").tips).toEqual(["talk-to-coordinator", "safety-first"]);
  });

  it("the note about other causes only when an ordinary signal was ticked too (or nothing)", () => {
    expect(evaluate().otherCausesNote).toBe(true);
    expect(evaluate("says-yes").otherCausesNote).toBe(true);
    expect(evaluate("exploited", "hurt").otherCausesNote).toBe(false);
    expect(evaluate("exploited", "lonely", "debts").otherCausesNote).toBe(true);
  });
});

describe("practical help before knowledge of LVB (issue 14)", () => {
  it("puts the LVB-knowledge topic after money, letters and forms, even when more signals point to it", () => {
    // lvb-expertise: says-yes (1), forms-wrong → letters-forms + money, debts → money
    expect(evaluate("says-yes", "forms-wrong").topics).toEqual(["money", "letters-forms", "lvb-expertise"]);
  });
});

describe("ranking tips and topics", () => {
  it("puts the tip most ticked signals point to first", () => {
    // say-it-back: says-yes + echoes (2); short-sentences: says-yes + simple-words... only says-yes here (1)
    expect(evaluate("says-yes", "echoes").tips).toEqual(["say-it-back", "short-sentences"]);
    // both now have 2 pointers: the order of the tips pages breaks the tie
    expect(evaluate("says-yes", "echoes", "simple-words").tips).toEqual(["short-sentences", "say-it-back"]);
  });

  it("shows at most maxTips tips", () => {
    expect(evaluate("says-yes", "forms-wrong", "debts", "echoes").tips).toHaveLength(3);
  });

  it("ranks topics by how many ticked signals point to them, then in the directory's order", () => {
    expect(evaluate("forms-wrong", "debts", "lonely").topics).toEqual(["money", "letters-forms", "loneliness"]);
  });
});

describe("rule conditions", () => {
  it.each([
    [{}, 0, 0, true],
    [{ maxSignals: 0 }, 0, 0, true],
    [{ maxSignals: 0 }, 1, 1, false],
    [{ minSignals: 2 }, 1, 1, false],
    [{ minSignals: 2 }, 2, 1, true],
    [{ minCategories: 2, maxCategories: 3 }, 5, 2, true],
    [{ minCategories: 2, maxCategories: 3 }, 5, 4, false],
  ])("%j with %i signals in %i categories → %s", (when, signals, categories, expected) => {
    expect(ruleMatches(when, signals, categories)).toBe(expected);
  });
});
