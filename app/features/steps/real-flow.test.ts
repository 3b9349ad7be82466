// The real decision steps in content/steps/: valid, every path walked, and each answer of each
// question leads where the guide promises (per-node tests, as GOV.UK smart answers do).
import { describe, expect, it } from "vitest";
import { LANGS } from "~/i18n/lang";
import { allPaths, answersQuery, chosenArea, findOutcome, nextNode, walkPath, type Answers } from "./flow";
import { readStepsFlow } from "./load-flow.server";
import { validateFlow } from "./validate-flow";

const flow = readStepsFlow();
const { structure } = flow;

describe("the real decision steps", () => {
  it("pass validateFlow: no dead end, unreachable node, loop, wrong link or missing text", () => {
    expect(validateFlow(flow)).toEqual([]);
  });

  it("ask about danger first", () => {
    expect(structure.start).toBe("danger");
  });

  it("have at least ten outcomes, each with steps, sentences to say and people to involve in both languages", () => {
    const outcomes = structure.nodes.filter((n) => n.kind === "outcome");
    expect(outcomes.length).toBeGreaterThanOrEqual(10);
    for (const outcome of outcomes)
      for (const lang of LANGS) {
        const text = flow.texts[lang].outcomes[outcome.id];
        expect(text.steps.length, `${lang} ${outcome.id}`).toBeGreaterThan(0);
        expect(text.say.length, `${lang} ${outcome.id}`).toBeGreaterThan(0);
        expect(text.involve.length, `${lang} ${outcome.id}`).toBeGreaterThan(0);
      }
  });

  it("walk every path from the start to an outcome, through the pages' own answer handling", () => {
    const paths = allPaths(structure);
    // Enough to notice when a change silently cuts off half of the flow.
    expect(paths.length).toBeGreaterThanOrEqual(25);
    const reached = new Set<string>();
    for (const path of paths) {
      const answers: Answers = Object.fromEntries(path.steps.map((s) => [s.nodeId, s.optionId]));
      const walked = walkPath(structure, answers);
      expect(walked.current, answersQuery(path.steps)).toBe(path.outcome);
      expect(walked.steps).toEqual(path.steps);
      expect(findOutcome(structure, walked.current)).toBeDefined();
      reached.add(path.outcome);
    }
    expect(reached.size).toBe(structure.nodes.filter((n) => n.kind === "outcome").length);
  });

  it("show the urgent numbers first on every outcome reached through a danger answer", () => {
    for (const path of allPaths(structure)) {
      const first = path.steps[0];
      if (first.nodeId === "danger" && first.optionId !== "none")
        expect(findOutcome(structure, path.outcome)?.danger, path.outcome).toBe(true);
      else expect(findOutcome(structure, path.outcome)?.danger, path.outcome).toBe(false);
    }
  });

  it("pre-filter the directory on the chosen area only where one was chosen", () => {
    const toMoneyInHoorn = { danger: "none", "asks-help": "asks", consent: "agrees", area: "hoorn", topic: "money" };
    expect(chosenArea(structure, walkPath(structure, toMoneyInHoorn).steps)).toBe("hoorn");
    expect(chosenArea(structure, walkPath(structure, { ...toMoneyInHoorn, area: "elsewhere" }).steps)).toBeUndefined();
  });

  // Per node: each answer leads to the expected next node.
  const expected: Record<string, Record<string, string>> = {
    danger: {
      now: "danger-now",
      suicide: "suicide-worry",
      abuse: "safety-role",
      exploitation: "exploitation",
      neglect: "confused-neglect",
      "money-crisis": "money-crisis",
      none: "asks-help",
    },
    "safety-role": { volunteer: "safety-volunteer", professional: "safety-meldcode" },
    "asks-help": { asks: "consent", noticed: "anon-noticed" },
    consent: { agrees: "area", refuses: "anon-no-consent", unsure: "explain-consent" },
    "anon-noticed": { anonymous: "role", "not-now": "adapt-first" },
    "anon-no-consent": { anonymous: "role", "not-now": "respect-choice" },
    role: { volunteer: "anonymous-volunteer", professional: "anonymous-professional" },
    area: {
      amsterdam: "topic",
      amstelveen: "topic",
      uithoorn: "topic",
      hoorn: "topic",
      zaanstad: "topic",
      oostzaan: "topic",
      elsewhere: "topic",
    },
    topic: {
      money: "refer-money",
      housing: "refer-housing",
      work: "refer-work",
      health: "refer-health",
      parenting: "refer-parenting",
      loneliness: "refer-loneliness",
      other: "refer-other",
    },
  };

  it("have exactly the questions listed here (add a row when you add a question)", () => {
    expect(
      structure.nodes
        .filter((n) => n.kind === "question")
        .map((n) => n.id)
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });

  for (const [questionId, answers] of Object.entries(expected)) {
    describe(`question "${questionId}"`, () => {
      it("has exactly these answers", () => {
        const node = structure.nodes.find((n) => n.id === questionId);
        expect(node?.kind === "question" ? node.options.map((o) => o.id) : []).toEqual(Object.keys(answers));
      });
      for (const [optionId, next] of Object.entries(answers)) {
        it(`answer "${optionId}" leads to "${next}"`, () => {
          expect(nextNode(structure, questionId, optionId)).toBe(next);
        });
      }
    });
  }

  it("link each outcome to the directory topic that fits it", () => {
    const topics = Object.fromEntries(
      structure.nodes.flatMap((n) => (n.kind === "outcome" ? [[n.id, n.topics[0]]] : [])),
    );
    expect(topics).toMatchObject({
      "danger-now": "crisis-safety",
      "suicide-worry": "crisis-safety",
      "safety-meldcode": "crisis-safety",
      exploitation: "crisis-safety",
      "confused-neglect": "crisis-safety",
      "money-crisis": "money",
      "refer-money": "money",
      "refer-housing": "housing",
      "refer-work": "work-daytime",
      "refer-health": "health",
      "refer-parenting": "parenting",
      "refer-loneliness": "loneliness",
    });
  });
});
