import { describe, expect, it } from "vitest";
import {
  allPaths,
  answersQuery,
  chosenArea,
  nextNode,
  nodePath,
  readAnswers,
  startNode,
  walkPath,
  type FlowStructure,
} from "./flow";

// A small flow shaped like the real one: a first question, a branch, an area and two outcomes.
const structure: FlowStructure = {
  start: "first",
  nodes: [
    {
      kind: "question",
      id: "first",
      options: [
        { id: "stop", next: "end-a" },
        { id: "go", next: "where" },
      ],
    },
    {
      kind: "question",
      id: "where",
      options: [
        { id: "hoorn", next: "end-b", area: "hoorn" },
        { id: "elsewhere", next: "end-b" },
      ],
    },
    { kind: "outcome", id: "end-a", topics: ["crisis-safety"], danger: true, sources: ["s35"] },
    { kind: "outcome", id: "end-b", topics: ["money"], danger: false, sources: ["s43"] },
  ],
};

describe("the decision steps engine", () => {
  it("starts at the start node and follows an answer to the next node", () => {
    expect(startNode(structure)).toBe("first");
    expect(nextNode(structure, "first", "go")).toBe("where");
    expect(nextNode(structure, "where", "hoorn")).toBe("end-b");
  });

  it("gives no next node for an unknown question or answer", () => {
    expect(nextNode(structure, "first", "maybe")).toBeNull();
    expect(nextNode(structure, "nope", "go")).toBeNull();
    expect(nextNode(structure, "end-a", "go")).toBeNull();
  });

  it("keeps only answers the flow knows, so old links and extra parameters do no harm", () => {
    const params = new URLSearchParams("first=go&where=mars&utm_source=x&old-question=yes&next=1");
    expect(readAnswers(structure, params)).toEqual({ first: "go" });
  });

  it("walks the answers from the start and stops at the first unanswered question", () => {
    expect(walkPath(structure, {})).toEqual({ steps: [], current: "first" });
    expect(walkPath(structure, { first: "go" })).toEqual({
      steps: [{ nodeId: "first", optionId: "go" }],
      current: "where",
    });
    // An answer for a question off the path is ignored.
    expect(walkPath(structure, { where: "hoorn" })).toEqual({ steps: [], current: "first" });
  });

  it("reaches an outcome when every question on the way is answered", () => {
    const path = walkPath(structure, { first: "go", where: "hoorn" });
    expect(path.current).toBe("end-b");
    expect(answersQuery(path.steps)).toBe("first=go&where=hoorn");
    expect(chosenArea(structure, path.steps)).toBe("hoorn");
    expect(chosenArea(structure, walkPath(structure, { first: "go", where: "elsewhere" }).steps)).toBeUndefined();
  });

  it("names the page of a node by its kind", () => {
    expect(nodePath(structure, "nl", "where")).toBe("/nl/steps/q/where");
    expect(nodePath(structure, "en", "end-a")).toBe("/en/steps/outcome/end-a");
  });

  it("lists every path from the start to an outcome", () => {
    expect(allPaths(structure).map((p) => `${answersQuery(p.steps)} → ${p.outcome}`)).toEqual([
      "first=stop → end-a",
      "first=go&where=hoorn → end-b",
      "first=go&where=elsewhere → end-b",
    ]);
  });

  it("does not hang on a flow with a loop", () => {
    const loop: FlowStructure = {
      start: "a",
      nodes: [
        { kind: "question", id: "a", options: [{ id: "x", next: "b" }] },
        { kind: "question", id: "b", options: [{ id: "y", next: "a" }] },
      ],
    };
    expect(walkPath(loop, { a: "x", b: "y" }).steps).toHaveLength(2);
    expect(() => allPaths(loop)).toThrow(/loop/);
  });
});
