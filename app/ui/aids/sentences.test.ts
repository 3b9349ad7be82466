import { splitSentences, speechLang } from "./sentences";

const said = (text: string, lang: string) => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe("sentences for reading aloud", () => {
  it("splits Dutch text into sentences and keeps abbreviations inside", () => {
    expect(said("Praat rustig. Gebruik korte zinnen, bijv. één vraag tegelijk!  Klaar?", "nl")).toEqual([
      "Praat rustig.",
      "Gebruik korte zinnen, bijv. één vraag tegelijk!",
      "Klaar?",
    ]);
  });

  it("skips pieces with nothing to say", () => {
    expect(said("  …  ", "en")).toEqual([]);
    expect(said("Call 112.", "en")).toEqual(["Call 112."]);
  });

  it("reads Dutch with a Dutch voice and English with a British one", () => {
    expect(speechLang("nl")).toBe("nl-NL");
    expect(speechLang("en")).toBe("en-GB");
  });
});
