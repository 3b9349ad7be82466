// The workshop texts measured like the rest of the guide (docs/easy-read.md, the same checker as
// `npm run content:check`): the workshop page, each plan page, each case and the quiz, per language.
import { describe, expect, it } from "vitest";
import { checkContext } from "#tools/easy-read/content-check";
import { textsOf } from "~/features/guide/content-schema";
import { readGuideContent } from "~/features/guide/load-content.server";
import { failLines, overall } from "#tools/easy-read/index";
import { checkPage, type CheckPage } from "#tools/easy-read/measure";
import { LANGS } from "~/i18n/lang";
import { readWorkshopContent } from "./load-workshop.server";

const guide = readGuideContent();
const workshop = readWorkshopContent();

function workshopPages(): CheckPage[] {
  const pages: CheckPage[] = [];
  for (const lang of LANGS) {
    const file = `content/workshop/${lang}.yaml`;
    const text = workshop.text[lang];
    const page = (id: string, value: unknown) =>
      pages.push({ file, id, lang, texts: textsOf(value, [id]).map(([where, t]) => ({ id: where, text: t })) });
    page("page", text.page);
    for (const plan of workshop.structure.plans) page(`plans.${plan.id}`, text.plans[plan.id]);
    page("cases.page", text.cases.page);
    for (const item of workshop.structure.cases) page(`cases.items.${item.id}`, text.cases.items[item.id]);
    page("quiz", text.quiz);
  }
  return pages;
}

describe("the texts of the workshop", () => {
  const reports = workshopPages().map((page) => checkPage(page, checkContext(guide)));

  it("stay within the easy-read limits, with every hard word linked to the word list on first use", () => {
    expect(reports.filter((r) => r.sentences > 0).length).toBeGreaterThan(20);
    expect(failLines(reports)).toEqual([]);
  });

  it("are short: on average at most 10 words per sentence in each language", () => {
    for (const lang of LANGS) {
      const { words, sentences } = overall(reports, lang);
      expect(words / sentences, lang).toBeLessThanOrEqual(10);
    }
  });
});
