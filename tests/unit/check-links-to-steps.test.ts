// The signals check sends each kind of danger to a decision step (content/check/structure.yaml,
// dangerKinds). Two content parts written apart: a renamed outcome must not leave a volunteer who
// ticked danger on a "page not found".
import { describe, expect, it } from "vitest";
import { findOutcome, findQuestion } from "~/features/steps/flow";
import { readStepsFlow } from "~/features/steps/load-flow.server";
import { readCheckContent } from "~/features/signals/load-check.server";

describe("every kind of danger in the check links to a real decision step", () => {
  const { structure } = readStepsFlow();
  const kinds = readCheckContent().structure.dangerKinds;

  it.each(kinds.map((kind) => [kind.id, kind.link]))("%s → %s", (_id, link) => {
    const [, , kind, nodeId] = link.split("/");
    const node = kind === "outcome" ? findOutcome(structure, nodeId) : findQuestion(structure, nodeId);
    expect(node, link).toBeDefined();
    // An outcome reached from danger shows the urgent block first.
    if (kind === "outcome") expect(findOutcome(structure, nodeId)?.danger, link).toBe(true);
  });
});
