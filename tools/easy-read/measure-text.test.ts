// The one call other code uses to measure a text (H3: directory texts).
import { measureText, projectContext } from "./index";

const fails = (problems: ReturnType<typeof measureText>) => problems.filter((p) => p.level === "fail");

describe("measureText: one text in one language against docs/easy-read.md", () => {
  it("passes short plain sentences", () => {
    expect(measureText("Het buurtteam helpt u. Bel of loop binnen.", "nl")).toEqual([]);
    expect(measureText("The team helps you. Call or walk in.", "en")).toEqual([]);
  });

  it("fails a sentence of more than 20 words and names the sentence and where it is", () => {
    const long =
      "Het buurtteam helpt bewoners van de wijk met vragen over geld, wonen, werk, zorg en opvoeding en verwijst zo nodig door naar andere hulp.";
    const problems = fails(measureText(long, "nl", undefined, { file: "service", id: "abc.description" }));
    expect(problems[0]).toMatchObject({ file: "service", textId: "abc.description", sentence: long });
    expect(problems[0].message).toMatch(/sentence of \d+ words \(fail above 20\)/);
  });

  it("with the project's hard words, flags a word from content/hard-words.yaml", () => {
    const problems = fails(measureText("U kunt ons bellen indien u vragen hebt.", "nl", projectContext()));
    expect(problems.map((p) => p.message).join("\n")).toMatch(/hard word "indien"/);
  });
});
