// The real guide content: complete in both languages, linked, sourced, and easy to read.
import path from "node:path";
import { LANGS } from "~/i18n/lang";
import {
  pagesFromGuide,
  pagesFromOtherParts,
  pagesFromPart,
  checkContext,
  isLabel,
  readableUiText,
} from "#tools/easy-read/content-check";
import { crossCheck, TOPIC_IDS } from "./content-schema";
import {
  buildSignalsView,
  buildSituationView,
  buildTipsIndexView,
  buildWordsView,
  guideSitemapPaths,
} from "./guide-pages";
import { readGuideContent } from "./load-content.server";
import { checkPage } from "#tools/easy-read/measure";
import { linkedWordIds } from "~/ui/word-markup";

const content = readGuideContent(path.resolve(__dirname, "../../../content"));

describe("parity and links", () => {
  it("has no missing texts, unknown ids or broken word links", () => {
    expect(crossCheck(content)).toEqual([]);
  });

  it("gives every signal a tip that helps and a directory topic, and every tip a situation page", () => {
    for (const lang of LANGS) {
      const view = buildSignalsView(content, lang);
      for (const signal of view.categories.flatMap((c) => c.signals)) {
        expect(signal.tips.length, signal.id).toBeGreaterThan(0);
        expect(signal.topics.length, signal.id).toBeGreaterThan(0);
        for (const tip of signal.tips)
          expect(tip.href).toMatch(
            new RegExp(`^/${lang}/tips/(talking|explaining|appointments|letters-forms|money|upset)#${tip.id}$`),
          );
        for (const topic of signal.topics) expect(TOPIC_IDS).toContain(topic.id);
      }
    }
  });

  it("marks the signs of abuse, exploitation, neglect and self-harm as danger, in their own category", () => {
    const view = buildSignalsView(content, "nl");
    const danger = view.categories.find((c) => c.id === "danger")!;
    expect(danger.danger).toBe(true);
    expect(danger.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        "money-taken",
        "forced-to-do-things",
        "injuries-or-fear",
        "not-cared-for",
        "talks-about-dying",
      ]),
    );
    const elsewhere = view.categories.filter((c) => c.id !== "danger").flatMap((c) => c.signals);
    expect(elsewhere.every((s) => !s.danger)).toBe(true);
  });

  it("shows sources on every page", () => {
    for (const lang of LANGS) {
      expect(buildSignalsView(content, lang).sources.length).toBeGreaterThan(0);
      expect(buildTipsIndexView(content, lang).sources.length).toBeGreaterThan(0);
      expect(buildWordsView(content, lang).sources.length).toBeGreaterThan(0);
      for (const situation of content.tips.structure.situations) {
        const view = buildSituationView(content, lang, situation.id)!;
        expect(view.sources.length, situation.id).toBeGreaterThan(0);
        for (const source of view.sources) expect(source.url).toMatch(/^https?:\/\//);
      }
    }
  });

  it("has an explanation in the word list for every word the guide links to", () => {
    const words = new Set(content.words.structure.words.map((w) => w.id));
    for (const lang of LANGS) {
      const all = JSON.stringify([content.signals.text[lang], content.tips.text[lang], content.words.text[lang]]);
      for (const id of linkedWordIds(all)) expect(words.has(id), id).toBe(true);
    }
  });
});

describe("pages", () => {
  it("answers null for a situation that does not exist, so the route can answer 404", () => {
    expect(buildSituationView(content, "nl", "dancing")).toBeNull();
  });

  it("sorts the word list by the term in the reader's language", () => {
    const terms = buildWordsView(content, "nl").words.map((w) => w.term);
    expect(terms).toEqual([...terms].sort(new Intl.Collator("nl", { sensitivity: "base", numeric: true }).compare));
    expect(terms).toContain("cliëntondersteuning");
  });

  it("lists every page for the sitemap, one per situation", () => {
    expect(guideSitemapPaths(content)).toEqual([
      "signals",
      "tips",
      "tips/talking",
      "tips/explaining",
      "tips/appointments",
      "tips/letters-forms",
      "tips/money",
      "tips/upset",
      "words",
    ]);
  });
});

describe("easy read", () => {
  it("keeps every content page within the limits of docs/easy-read.md", () => {
    const context = checkContext(content);
    const fails = pagesFromGuide(content)
      .map((page) => checkPage(page, context))
      .flatMap((report) => report.problems.filter((p) => p.level === "fail"))
      .map((p) => `${p.file} ${p.textId}: ${p.message} ${p.sentence ?? ""}`);
    expect(fails).toEqual([]);
  });

  it("never uses a label for a person", () => {
    for (const lang of LANGS) {
      const all = JSON.stringify([
        content.signals.text[lang],
        content.tips.text[lang],
        content.words.text[lang],
      ]).toLowerCase();
      expect(all).not.toMatch(/lvb'er|lvb-er/);
    }
  });

  it("measures the other content parts too (steps, check, workshop), one page per item", () => {
    const pages = pagesFromPart("content/x/nl.yaml", "nl", {
      page: { title: "Titel", intro: ["Een zin."] },
      questions: { danger: { question: "Is er gevaar?" }, money: { question: "Gaat het over de Wmo?" } },
    });
    expect(pages.map((p) => p.id)).toEqual(["page", "questions.danger", "questions.money"]);
    const context = checkContext(content);
    const money = checkPage(pages[2], context).problems.map((p) => `${p.file} ${p.textId}: ${p.message}`);
    expect(money).toEqual([
      expect.stringMatching(/^content\/x\/nl.yaml questions.money.question: hard word "Wmo" is not linked/),
    ]);
    const real = pagesFromOtherParts(path.resolve(__dirname, "../../../content"));
    expect(real.some((p) => p.file === "content/steps/nl.yaml")).toBe(true);
    expect(real.some((p) => p.file.startsWith("content/signals/"))).toBe(false);
  });

  it("skips short UI labels and measures UI sentences", () => {
    expect(isLabel("Bekijk de tips", "nl")).toBe(true);
    expect(isLabel("Woordenlijst", "nl")).toBe(true);
    expect(isLabel("Hoe laat?", "nl")).toBe(true);
    expect(isLabel("Gevaar nu? Bel 112.", "nl")).toBe(false);
    expect(isLabel("Vink aan wat je ziet bij een bezoeker en lees de tips", "nl")).toBe(false);
    expect(readableUiText("Bekijk alle {{count}} diensten")).toBe("Bekijk alle 3 diensten");
  });
});
