import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readStepsFlow } from "./load-flow.server";

// A copy of the real content/steps in a temporary content folder, to break on purpose.
const dirs: string[] = [];
function copyOfContent(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "nabij-steps-"));
  dirs.push(dir);
  cpSync(path.resolve("content/steps"), path.join(dir, "steps"), { recursive: true });
  return dir;
}
function edit(dir: string, file: string, change: (source: string) => string) {
  const full = path.join(dir, "steps", file);
  writeFileSync(full, change(readFileSync(full, "utf8")));
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("loading the decision steps", () => {
  it("reads the real flow", () => {
    expect(readStepsFlow(copyOfContent()).structure.start).toBe("danger");
  });

  it("stops with a message naming the file and the answer that points nowhere", () => {
    const dir = copyOfContent();
    edit(dir, "structure.yaml", (s) =>
      s.replace("{ id: housing, next: refer-housing }", "{ id: housing, next: refer-houzing }"),
    );
    expect(() => readStepsFlow(dir)).toThrow(
      /steps\/structure\.yaml: topic\.housing: this answer points to "refer-houzing"/,
    );
  });

  it("names the language file and the id when a text is missing", () => {
    const dir = copyOfContent();
    edit(dir, "en.yaml", (s) => s.replace("      other: Something else\n", ""));
    expect(() => readStepsFlow(dir)).toThrow(/steps\/en\.yaml: topic\.other: the answer text is missing/);
  });

  it("names the outcome when a required part has the wrong shape", () => {
    const dir = copyOfContent();
    edit(dir, "nl.yaml", (s) => s.replace("    title: Hulp bij wonen\n", ""));
    expect(() => readStepsFlow(dir)).toThrow(/steps\/nl\.yaml: outcomes\.refer-housing\.title: is missing/);
  });

  it("reports broken YAML with its line", () => {
    const dir = copyOfContent();
    edit(dir, "structure.yaml", (s) => s.replace("start: danger", "start: [danger"));
    expect(() => readStepsFlow(dir)).toThrow(/steps\/structure\.yaml: line \d+: not valid YAML/);
  });
});
