import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ContentError } from "./content-errors";
import { readGuideContent } from "./load-content.server";

const realContent = path.resolve(__dirname, "../../../content");
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "nabij-content-"));
  cpSync(realContent, path.join(dir, "content"), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, "content", name);
const edit = (name: string, change: (text: string) => string) =>
  writeFileSync(file(name), change(readFileSync(file(name), "utf8")));
const problems = () => {
  try {
    readGuideContent(path.join(dir, "content"));
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  return "";
};

describe("the guide content", () => {
  it("loads, with the parts the issue asks for", () => {
    const content = readGuideContent(realContent);
    const signals = content.signals.structure.categories.flatMap((c) => c.signals);
    expect(content.signals.structure.categories.length).toBeGreaterThanOrEqual(7);
    expect(signals.length).toBeGreaterThanOrEqual(30);
    expect(signals.some((s) => s.danger)).toBe(true);
    expect(content.tips.structure.situations.flatMap((s) => s.tips).length).toBeGreaterThanOrEqual(20);
    expect(content.tips.structure.situations.map((s) => s.id)).toEqual([
      "talking",
      "explaining",
      "appointments",
      "letters-forms",
      "money",
      "upset",
    ]);
  });

  it("names the file, the id and the problem when a text is missing in one language", () => {
    edit("signals/en.yaml", (text) => text.replace(/\n {2}lonely:\n {4}line: .*\n {4}example: .*\n/, "\n"));
    expect(problems()).toContain("content/signals/en.yaml: signals.lonely: has no English text");
  });

  it("names the item by its id, not its position, when a field is missing", () => {
    edit("signals/structure.yaml", (text) => text.replace("{ id: lonely, danger: false,", "{ id: lonely,"));
    expect(problems()).toContain(
      "content/signals/structure.yaml: categories.contact.signals.lonely.danger: say danger: true or danger: false",
    );
  });

  it("finds a link to a tip that does not exist", () => {
    edit("signals/structure.yaml", (text) =>
      text.replace("tips: [praise-and-trust, adult-tone]", "tips: [praise-and-trust, hug-them]"),
    );
    expect(problems()).toContain('content/signals/structure.yaml: lonely: tip "hug-them" does not exist');
  });

  it("finds a word link to a word that is not in the word list", () => {
    edit("tips/nl.yaml", (text) => text.replace("[[warme-overdracht]]", "[[warme-hand]]"));
    expect(problems()).toContain('content/tips/nl.yaml: tips.go-along.do: links to word "warme-hand"');
  });

  it("finds a tip without a source", () => {
    edit("tips/structure.yaml", (text) =>
      text.replace("{ id: remind, sources: [s13, s28] }", "{ id: remind, sources: [] }"),
    );
    expect(problems()).toContain(
      "content/tips/structure.yaml: situations.appointments.tips.remind.sources: name at least one source",
    );
  });

  it("finds a source that is not in the sources list", () => {
    edit("tips/structure.yaml", (text) =>
      text.replace("{ id: short-gap, sources: [s13, s33] }", "{ id: short-gap, sources: [s999] }"),
    );
    expect(problems()).toContain("content/tips/structure.yaml: short-gap: source s999 is not in content/sources.yaml");
  });

  it("finds an unknown directory topic", () => {
    edit("signals/structure.yaml", (text) =>
      text.replace("topics: [loneliness], sources: [s18]", "topics: [friends], sources: [s18]"),
    );
    expect(problems()).toMatch(
      /content\/signals\/structure.yaml: categories.contact.signals.lonely.topics\[1\]: a topic is one of/,
    );
  });

  it("reports broken YAML with its line", () => {
    edit("words/nl.yaml", (text) => text.replace("  lvb:\n", "  lvb: [\n"));
    expect(problems()).toMatch(/content\/words\/nl.yaml: line \d+: not valid YAML/);
  });
});
