import { checkPage, type CheckContext, type CheckPage } from "./measure";
import { isDutchPassive } from "./passive";
import { fleschDouma, fleschReadingEase } from "./scores";
import { splitSentences, splitWords } from "./segment";
import { countSyllables, hyphenParts } from "./syllables";

const context: CheckContext = {
  hardWords: {
    nl: [
      { forms: ["LVB"], word: "lvb" },
      { forms: ["indien"], instead: "als" },
      { forms: ["sociale basis"], word: "sociale-basis" },
    ],
    en: [{ forms: ["LVB"], word: "lvb" }, { forms: ["hereby"] }],
  },
  termOf: (_lang, id) => ({ lvb: "LVB", "sociale-basis": "sociale basis" })[id],
};

const page = (lang: "nl" | "en", text: string, extra: Partial<CheckPage> = {}): CheckPage => ({
  file: "content/test/nl.yaml",
  id: "test-page",
  lang,
  texts: [{ id: "test-page.text", text }],
  ...extra,
});
const fails = (p: CheckPage) => checkPage(p, context).problems.filter((x) => x.level === "fail");

describe("sentences and words", () => {
  it("keeps an abbreviation such as 'bijv.' inside its sentence", () => {
    expect(splitSentences("Gebruik bijv. een foto. Zeg het kort!", "nl")).toEqual([
      "Gebruik bijv. een foto.",
      "Zeg het kort!",
    ]);
  });
  it("counts words without punctuation", () => {
    expect(splitWords("Bel Veilig Thuis: 0800-2000.", "nl")).toEqual(["Bel", "Veilig", "Thuis", "0800", "2000"]);
  });
});

describe("syllables", () => {
  it("splits Dutch words with the Dutch hyphenation patterns", () => {
    expect(hyphenParts("cliëntondersteuning", "nl")).toEqual(["cli", "ën", "ton", "der", "steu", "ning"]);
    expect(countSyllables("cliëntondersteuning", "nl")).toBe(6);
    expect(countSyllables("afspraak", "nl")).toBe(2);
    expect(countSyllables("bezoeker", "nl")).toBe(3);
  });
  it("finds the one-letter syllable that patterns never split off", () => {
    expect(countSyllables("eten", "nl")).toBe(2);
    expect(countSyllables("ademen", "nl")).toBe(3);
  });
  it("counts English words, with a silent final e", () => {
    expect(countSyllables("beautiful", "en")).toBe(3);
    expect(countSyllables("make", "en")).toBe(1);
    expect(countSyllables("appointment", "en")).toBe(3);
  });
});

describe("formulas", () => {
  it("follow docs/easy-read.md", () => {
    // 10 words, 15 syllables, 1 sentence: 206.84 − 0.77 × 150 − 0.93 × 10
    expect(fleschDouma({ sentences: 1, words: 10, syllables: 15 })).toBeCloseTo(82.04, 2);
    expect(fleschReadingEase({ sentences: 1, words: 10, syllables: 15 })).toBeCloseTo(69.785, 2);
  });
});

describe("Dutch passive voice", () => {
  const passive = (s: string) => isDutchPassive(splitWords(s, "nl"));
  it("finds worden + participle and zijn + participle", () => {
    expect(passive("De brief wordt door de gemeente verstuurd.")).toBe(true);
    expect(passive("Het formulier is ingevuld.")).toBe(true);
    expect(passive("Je wordt geholpen door een vrijwilliger.")).toBe(true);
  });
  it("leaves active sentences alone", () => {
    expect(passive("Iemand wordt snel boos.")).toBe(false);
    expect(passive("Ze is te laat gekomen.")).toBe(false);
    expect(passive("Je legt de brief samen uit.")).toBe(false);
    expect(passive("Dit zijn de brieven die je hebt gelezen.")).toBe(false);
    expect(passive("Geldfit is een gratis hulplijn.")).toBe(false);
  });
});

describe("checkPage", () => {
  const hardNl =
    "Indien de cliënt met een LVB niet in staat wordt geacht om de door de gemeente toegezonden beschikking zelfstandig te interpreteren, dient de professional in overleg met het netwerk te bezien welke ondersteuningsmogelijkheden binnen de sociale basis beschikbaar zijn. " +
    "De verantwoordelijkheid voor de uiteindelijke besluitvorming wordt echter nadrukkelijk bij de betrokkene zelf belegd, mits er geen sprake is van acute veiligheidsrisico's of ernstige overvraging.";
  const easyNl =
    "Soms begrijpt een bezoeker een brief niet goed. Lees de brief dan samen. Gebruik korte zinnen. Stel één vraag tegelijk. " +
    "Vraag of de bezoeker het in eigen woorden zegt. Zo weet je of het duidelijk is. Schrijf de afspraak op een kaartje. " +
    "Geef het kaartje mee. Bel een dag van tevoren even om de bezoeker te helpen onthouden.";

  it("fails a hard Dutch paragraph and names the file, the id and the sentence", () => {
    const problems = fails(page("nl", hardNl));
    const messages = problems.map((p) => p.message).join("\n");
    expect(messages).toMatch(/sentence of \d+ words/);
    expect(messages).toMatch(/Flesch-Douma/);
    expect(messages).toMatch(/"indien".*"als"/);
    expect(messages).toMatch(/"LVB" is not linked/);
    expect(messages).toMatch(/passive voice/);
    const long = problems.find((p) => p.message.startsWith("sentence of"))!;
    expect(long.file).toBe("content/test/nl.yaml");
    expect(long.textId).toBe("test-page.text");
    expect(long.sentence).toMatch(/^Indien de cliënt/);
  });

  it("passes an easy Dutch paragraph", () => {
    const report = checkPage(page("nl", easyNl), context);
    expect(report.problems).toEqual([]);
    expect(report.readability).toBeGreaterThan(75);
    expect(report.averageWords).toBeLessThanOrEqual(10);
  });

  it("fails a hard English paragraph and passes an easy one", () => {
    const hardEn =
      "Notwithstanding the aforementioned considerations, professionals are hereby requested to systematically evaluate the communicative competencies of individuals presenting with administrative difficulties, particularly where comprehension of institutional correspondence is demonstrably insufficient. " +
      "Consequently, organisational representatives should facilitate appropriate multidisciplinary consultation.";
    const easyEn =
      "Sometimes a visitor does not understand a letter. Read the letter together. Use short sentences. Ask one question at a time. Ask the visitor to say it in their own words. Then you know if it is clear. Write the appointment on a card.";
    const messages = fails(page("en", hardEn))
      .map((p) => p.message)
      .join("\n");
    expect(messages).toMatch(/Flesch Reading Ease/);
    expect(messages).toMatch(/"hereby"/);
    expect(fails(page("en", easyEn))).toEqual([]);
  });

  it("accepts a hard word linked on first use, and later unlinked uses of it", () => {
    expect(fails(page("nl", "Dit gaat over [[lvb|een LVB]]. Een LVB zie je niet altijd."))).toEqual([]);
    expect(fails(page("nl", "Een LVB zie je niet altijd. Lees meer over [[lvb]].")).map((p) => p.message)).toHaveLength(
      1,
    );
  });

  it("matches a hard phrase of two words", () => {
    expect(
      fails(page("nl", "Je werkt in de sociale basis."))
        .map((p) => p.message)
        .join(),
    ).toMatch(/sociale basis/);
    expect(fails(page("nl", "Je werkt in de [[sociale-basis]]."))).toEqual([]);
  });

  it("fails a word-list explanation of more than two sentences", () => {
    const entry = page("nl", "Een wet. Voor hulp. Van de gemeente.", { wordEntry: true, explained: ["wmo"] });
    expect(
      fails(entry)
        .map((p) => p.message)
        .join(),
    ).toMatch(/3 sentences/);
  });
});
