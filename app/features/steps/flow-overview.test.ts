import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readYamlFile } from "~/features/guide/read-yaml-file.server";
import { sourcesFileSchema } from "~/features/guide/content-schema";
import { flowOverview, flowToMermaid, readingOrder, STEPS_GRAPH_FILE, STEPS_GRAPH_LANG } from "./flow-overview";
import { readStepsFlow } from "./load-flow.server";

const flow = readStepsFlow();

describe("the picture of the flow", () => {
  it("is up to date in docs/ (run `npm run steps:graph` after changing content/steps)", () => {
    const committed = readFileSync(path.resolve(STEPS_GRAPH_FILE), "utf8");
    expect(committed).toBe(flowToMermaid(flow, STEPS_GRAPH_LANG));
  });

  it("draws every node once and every answer as an arrow", () => {
    const mermaid = flowToMermaid(flow, "en");
    const arrows = mermaid.split("\n").filter((line) => line.includes("-->"));
    const answers = flow.structure.nodes.reduce((sum, n) => sum + (n.kind === "question" ? n.options.length : 0), 0);
    expect(arrows).toHaveLength(answers);
    expect(mermaid).toContain('safety_role -->|"I am a professional."| safety_meldcode');
    expect(mermaid).toContain('danger_now(["There is danger. Call 112."]):::danger');
  });

  it("escapes quotes in labels so the Mermaid text stays valid", () => {
    const copy = structuredClone(flow);
    copy.texts.en.questions.danger.question = 'Is there "danger"? #now';
    expect(flowToMermaid(copy, "en")).toContain('danger{"Is there #quot;danger#quot;? #35;now"}');
  });
});

describe("the overview for trainers", () => {
  it("lists every question with each answer and where it goes, in reading order from the start", () => {
    const overview = flowOverview(flow, "nl");
    expect(overview.questions[0].id).toBe("danger");
    expect(overview.questions[0].answers[0]).toMatchObject({
      label: "Ja, er is nu direct gevaar.",
      nextId: "danger-now",
      nextKind: "outcome",
      nextTitle: "Er is gevaar. Bel 112.",
      nextHref: "/nl/steps/outcome/danger-now",
    });
    expect(overview.questions.length + overview.outcomes.length).toBe(flow.structure.nodes.length);
    expect(readingOrder(flow)).toHaveLength(flow.structure.nodes.length);
    expect(overview.pathCount).toBe(63);
    expect(overview.outcomes.filter((o) => o.danger).map((o) => o.id)).toEqual([
      "danger-now",
      "suicide-worry",
      "exploitation",
      "confused-neglect",
      "money-crisis",
      "safety-volunteer",
      "safety-meldcode",
    ]);
  });
});

describe("the sources of the outcomes", () => {
  it("are all in content/sources.yaml", () => {
    const sources = readYamlFile(path.resolve("content/sources.yaml"), sourcesFileSchema);
    for (const node of flow.structure.nodes)
      if (node.kind === "outcome")
        for (const id of node.sources) expect(sources[id], `${node.id}: ${id}`).toBeDefined();
  });
});
