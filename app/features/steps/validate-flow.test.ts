import { describe, expect, it } from "vitest";
import type { FlowTexts, StepsFlow } from "./flow";
import { validateFlow, type FlowProblemKind } from "./validate-flow";

function texts(): FlowTexts {
  return {
    questions: {
      first: { question: "Eerste vraag?", options: { stop: { label: "Stop" }, go: { label: "Verder" } } },
      second: { question: "Tweede vraag?", options: { done: { label: "Klaar" } } },
    },
    outcomes: {
      "end-a": { title: "Einde A", summary: "Kort.", steps: ["Doe dit."], say: ["Zeg dit."], involve: ["Wie."] },
      "end-b": { title: "Einde B", summary: "Kort.", steps: ["Doe dat."], say: ["Zeg dat."], involve: ["Wie."] },
    },
  };
}

function validFlow(): StepsFlow {
  return {
    structure: {
      start: "first",
      nodes: [
        {
          kind: "question",
          id: "first",
          options: [
            { id: "stop", next: "end-a" },
            { id: "go", next: "second" },
          ],
        },
        { kind: "question", id: "second", options: [{ id: "done", next: "end-b" }] },
        { kind: "outcome", id: "end-a", topics: ["crisis-safety"], danger: true, sources: ["s35"] },
        { kind: "outcome", id: "end-b", topics: ["money"], danger: false, sources: ["s43"] },
      ],
    },
    texts: { nl: texts(), en: texts() },
  };
}

const kinds = (flow: StepsFlow): FlowProblemKind[] => validateFlow(flow).map((p) => p.kind);

describe("validateFlow", () => {
  it("accepts a flow where every answer leads to an outcome", () => {
    expect(validateFlow(validFlow())).toEqual([]);
  });

  it("fails when an urgent or regional line exists in one language only, or on an outcome without danger", () => {
    const flow = validFlow();
    flow.texts.nl.outcomes["end-a"].urgent = ["Bel 0900-8844."];
    flow.texts.nl.outcomes["end-a"].regional = { "west-friesland": "Bel 088-0100521." };
    expect(validateFlow(flow).map((p) => `${p.file} ${p.kind} ${p.id}`)).toEqual([
      "en missing-text end-a.urgent",
      "en missing-text end-a.regional.west-friesland",
    ]);
    flow.texts.en.outcomes["end-a"].urgent = ["Call 0900-8844."];
    flow.texts.en.outcomes["end-a"].regional = { "west-friesland": "Call 088-0100521." };
    expect(validateFlow(flow)).toEqual([]);
    flow.texts.nl.outcomes["end-b"].urgent = ["Bel 112."];
    flow.texts.en.outcomes["end-b"].urgent = ["Call 112."];
    expect(kinds(flow)).toEqual(["unused-text", "unused-text"]);
  });

  it("fails on an answer that points to a node that does not exist", () => {
    const flow = validFlow();
    const second = flow.structure.nodes[1];
    if (second.kind === "question") second.options[0].next = "end-c";
    const problems = validateFlow(flow);
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: "option-nowhere", file: "structure", id: "second.done" }),
    );
  });

  it("fails on a dead end: a question without answers", () => {
    const flow = validFlow();
    const second = flow.structure.nodes[1];
    if (second.kind === "question") second.options = [];
    expect(validateFlow(flow)).toContainEqual(expect.objectContaining({ kind: "dead-end", id: "second" }));
  });

  it("fails on a node no answer leads to", () => {
    const flow = validFlow();
    flow.structure.nodes.push({ kind: "outcome", id: "end-c", topics: ["health"], danger: false, sources: ["s25"] });
    for (const lang of ["nl", "en"] as const)
      flow.texts[lang].outcomes["end-c"] = { title: "C", summary: "C.", steps: ["C."], say: ["C."], involve: ["C."] };
    expect(validateFlow(flow)).toEqual([expect.objectContaining({ kind: "unreachable", id: "end-c" })]);
  });

  it("fails on a loop, and on the dead end the loop makes", () => {
    const flow = validFlow();
    const second = flow.structure.nodes[1];
    if (second.kind === "question") second.options[0].next = "first";
    const problems = validateFlow(flow);
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: "loop", message: expect.stringContaining("first → second → first") }),
    );
    // "end-b" can no longer be reached either.
    expect(kinds(flow)).toContain("unreachable");
  });

  it("fails when a question only leads into a loop and never to an outcome", () => {
    const flow = validFlow();
    flow.structure.nodes.push({ kind: "question", id: "spin", options: [{ id: "again", next: "spin" }] });
    const first = flow.structure.nodes[0];
    if (first.kind === "question") first.options.push({ id: "spin", next: "spin" });
    for (const lang of ["nl", "en"] as const) {
      flow.texts[lang].questions.spin = { question: "Rond?", options: { again: { label: "Nog eens" } } };
      flow.texts[lang].questions.first.options.spin = { label: "Draai" };
    }
    expect(validateFlow(flow)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "loop", id: "spin" }),
        expect.objectContaining({ kind: "dead-end", id: "spin" }),
      ]),
    );
  });

  it("fails on a missing text in either language and names the language", () => {
    const flow = validFlow();
    delete flow.texts.en.questions.second.options.done;
    flow.texts.nl.outcomes["end-a"].say = [];
    delete flow.texts.en.outcomes["end-b"];
    expect(validateFlow(flow)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "missing-text", file: "en", id: "second.done" }),
        expect.objectContaining({ kind: "missing-text", file: "nl", id: "end-a.say" }),
        expect.objectContaining({ kind: "missing-text", file: "en", id: "end-b" }),
      ]),
    );
  });

  it("fails on text for a node or answer that is not in the structure (a typo in an id)", () => {
    const flow = validFlow();
    flow.texts.nl.questions.first.options.stpo = { label: "Stop" };
    expect(validateFlow(flow)).toEqual([
      expect.objectContaining({ kind: "unused-text", file: "nl", id: "first.stpo" }),
    ]);
  });

  it("fails on a directory topic or area the directory does not know", () => {
    const flow = validFlow();
    const endB = flow.structure.nodes[3];
    if (endB.kind === "outcome") endB.topics = ["geld"];
    const second = flow.structure.nodes[1];
    if (second.kind === "question") second.options[0].area = "atlantis";
    expect(kinds(flow)).toEqual(expect.arrayContaining(["unknown-topic", "unknown-area"]));
  });

  it("fails on a start that is missing or not a question", () => {
    const flow = validFlow();
    flow.structure.start = "end-a";
    expect(kinds(flow)).toContain("missing-start");
    flow.structure.start = "nowhere";
    expect(kinds(flow)).toContain("missing-start");
  });

  it("refuses a node id the pages use for themselves", () => {
    const flow = validFlow();
    flow.structure.nodes[1].id = "next";
    expect(kinds(flow)).toContain("reserved-id");
  });
});
