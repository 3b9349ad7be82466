// What `npm run content:check` measures: every Dutch and English text in content/ and in the UI
// resources (app/locales), grouped in pages, against the limits of docs/easy-read.md. Part of the tool.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { LANGS, type Lang } from "~/i18n/lang";
import { CONTENT_FILES, textsOf, type GuideContent } from "~/features/guide/content-schema";
import { checkPage, overall, type CheckContext, type CheckPage, type PageReport } from "./measure";
import { splitWords } from "./segment";

const content = (name: string) => `content/${name}`;

/** The guide content as checker pages: one per rendered section, so "first use" means first on that page. */
export function pagesFromGuide(guide: GuideContent): CheckPage[] {
  const pages: CheckPage[] = [];
  for (const lang of LANGS) {
    // signals: the page texts, then one page per category (its heading, intro and signals)
    const signals = guide.signals.text[lang];
    const signalsFile = content(CONTENT_FILES.text("signals", lang));
    pages.push({
      file: signalsFile,
      id: "page",
      lang,
      texts: textsOf(signals.page, ["page"]).map(([id, text]) => ({ id, text })),
    });
    for (const category of guide.signals.structure.categories) {
      const texts = [
        { id: `categories.${category.id}.title`, text: signals.categories[category.id].title },
        { id: `categories.${category.id}.intro`, text: signals.categories[category.id].intro },
        ...category.signals.flatMap((s) => [
          { id: `signals.${s.id}.line`, text: signals.signals[s.id].line },
          { id: `signals.${s.id}.example`, text: signals.signals[s.id].example },
        ]),
      ];
      pages.push({ file: signalsFile, id: `categories.${category.id}`, lang, texts });
    }

    // tips: the index page, then one page per situation
    const tips = guide.tips.text[lang];
    const tipsFile = content(CONTENT_FILES.text("tips", lang));
    pages.push({
      file: tipsFile,
      id: "page",
      lang,
      texts: [
        ...textsOf(tips.page, ["page"]).map(([id, text]) => ({ id, text })),
        ...guide.tips.structure.situations.flatMap((s) => [
          { id: `situations.${s.id}.title`, text: tips.situations[s.id].title },
          { id: `situations.${s.id}.summary`, text: tips.situations[s.id].summary },
        ]),
      ],
    });
    for (const situation of guide.tips.structure.situations) {
      const texts = [
        { id: `situations.${situation.id}.title`, text: tips.situations[situation.id].title },
        { id: `situations.${situation.id}.intro`, text: tips.situations[situation.id].intro },
        ...situation.tips.flatMap((t) => textsOf(tips.tips[t.id], ["tips", t.id]).map(([id, text]) => ({ id, text }))),
      ];
      pages.push({ file: tipsFile, id: `situations.${situation.id}`, lang, texts });
    }

    // words: the page intro, and each explanation on its own (at most two short sentences)
    const words = guide.words.text[lang];
    const wordsFile = content(CONTENT_FILES.text("words", lang));
    pages.push({
      file: wordsFile,
      id: "page",
      lang,
      texts: textsOf(words.page, ["page"]).map(([id, text]) => ({ id, text })),
    });
    for (const word of guide.words.structure.words) {
      pages.push({
        file: wordsFile,
        id: `words.${word.id}`,
        lang,
        texts: [{ id: `words.${word.id}.text`, text: words.words[word.id].text }],
        explained: [word.id],
        wordEntry: true,
      });
    }
  }
  return pages;
}

/** The parts this module knows page by page; every other part of content/ is read generically. */
const GUIDE_PARTS = new Set(["signals", "tips", "words"]);

/**
 * Pages of any other content part (steps, check, workshop, …): each item of a top-level map of
 * items ("questions.danger", "plans.volunteers-intro") is a page, any other top-level value too.
 * So "first use" of a hard word means first use in that item.
 */
export function pagesFromPart(file: string, lang: Lang, data: unknown): CheckPage[] {
  if (!data || typeof data !== "object" || Array.isArray(data)) return [];
  const pages: CheckPage[] = [];
  for (const [key, value] of Object.entries(data)) {
    const isMapOfItems =
      value &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      Object.values(value).every((item) => item && typeof item === "object" && !Array.isArray(item));
    const groups: [string, unknown][] = isMapOfItems
      ? Object.entries(value).map(([id, item]) => [`${key}.${id}`, item])
      : [[key, value]];
    for (const [id, item] of groups) {
      const texts = textsOf(item, id.split(".")).map(([textId, text]) => ({ id: textId, text }));
      if (texts.length > 0) pages.push({ file, id, lang, texts });
    }
  }
  return pages;
}

/** Every other part of the content folder that has nl.yaml and en.yaml. */
export function pagesFromOtherParts(contentDir: string): CheckPage[] {
  const pages: CheckPage[] = [];
  for (const part of readdirSync(contentDir, { withFileTypes: true })) {
    if (!part.isDirectory() || GUIDE_PARTS.has(part.name)) continue;
    for (const lang of LANGS) {
      const file = path.join(contentDir, part.name, `${lang}.yaml`);
      if (!existsSync(file)) continue;
      pages.push(...pagesFromPart(`content/${part.name}/${lang}.yaml`, lang, parse(readFileSync(file, "utf8"))));
    }
  }
  return pages;
}

/**
 * The clear rule for UI strings that are exempt: a label. A label has at most six words and does
 * not end with . or !, like "Bekijk de tips", "Woordenlijst" or a form question "Hoe laat?".
 * Everything else is measured like guide text.
 */
export function isLabel(text: string, lang: Lang): boolean {
  return splitWords(text, lang).length <= 6 && !/[.!]["'”)]?\s*$/.test(text.trim());
}

/** i18next placeholders and Trans tags are not words a reader sees as such. */
export function readableUiText(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, "3")
    .replace(/<\/?\d+>/g, "")
    .replace(/\$t\([^)]*\)/g, "");
}

/** The UI resources as checker pages: one page per namespace file and language. */
export function pagesFromLocales(localesDir: string): CheckPage[] {
  const pages: CheckPage[] = [];
  for (const lang of LANGS) {
    const dir = path.join(localesDir, lang);
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      const data: unknown = JSON.parse(readFileSync(path.join(dir, name), "utf8"));
      const texts = textsOf(data)
        .map(([id, text]) => ({ id, text: readableUiText(text) }))
        .filter((t) => t.text.trim() && !isLabel(t.text, lang));
      pages.push({ file: `app/locales/${lang}/${name}`, id: name.replace(/\.json$/, ""), lang, texts });
    }
  }
  return pages;
}

export function checkContext(guide: GuideContent): CheckContext {
  return {
    hardWords: guide.hardWords,
    termOf: (lang, id) => guide.words.text[lang].words[id]?.term,
  };
}

export interface ContentCheckResult {
  reports: PageReport[];
  overall: ReturnType<typeof overall>[];
  fails: number;
}

export function runContentCheck(guide: GuideContent, localesDir: string, contentDir?: string): ContentCheckResult {
  const context = checkContext(guide);
  const pages = [
    ...pagesFromGuide(guide),
    ...(contentDir ? pagesFromOtherParts(contentDir) : []),
    ...pagesFromLocales(localesDir),
  ];
  const reports = pages.map((page) => checkPage(page, context));
  return {
    reports,
    overall: LANGS.map((lang) => overall(reports, lang)),
    fails: reports.reduce((a, r) => a + r.problems.filter((p) => p.level === "fail").length, 0),
  };
}
