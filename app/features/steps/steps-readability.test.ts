// The decision steps measured like the rest of the guide (docs/easy-read.md, the same checker as
// `npm run content:check`): one page per question and per outcome, in both languages.
import { describe, expect, it } from "vitest";
import { checkContext } from "#tools/easy-read/content-check";
import { readGuideContent } from "~/features/guide/load-content.server";
import { linkedWordIds } from "~/ui/word-markup";
import { failLines, overall } from "#tools/easy-read/index";
import { checkPage, type CheckPage } from "#tools/easy-read/measure";
import { LANGS } from "~/i18n/lang";
import { readStepsFlow } from "./load-flow.server";

const flow = readStepsFlow();
const guide = readGuideContent();

/** The texts of each page in the order the page shows them. */
function stepsPages(): CheckPage[] {
  const pages: CheckPage[] = [];
  for (const lang of LANGS) {
    const file = `content/steps/${lang}.yaml`;
    const texts = flow.texts[lang];
    for (const node of flow.structure.nodes) {
      if (node.kind === "question") {
        const q = texts.questions[node.id];
        pages.push({
          file,
          id: `questions.${node.id}`,
          lang,
          texts: [
            { id: "question", text: q.question },
            ...(q.hint ? [{ id: "hint", text: q.hint }] : []),
            ...node.options.flatMap((o) => [
              { id: `options.${o.id}`, text: q.options[o.id].label },
              ...(q.options[o.id].hint ? [{ id: `options.${o.id}.hint`, text: q.options[o.id].hint! }] : []),
            ]),
          ],
        });
      } else {
        const o = texts.outcomes[node.id];
        pages.push({
          file,
          id: `outcomes.${node.id}`,
          lang,
          texts: [
            { id: "title", text: o.title },
            { id: "summary", text: o.summary },
            ...o.steps.map((text, i) => ({ id: `steps[${i + 1}]`, text })),
            ...o.say.map((text, i) => ({ id: `say[${i + 1}]`, text })),
            ...o.involve.map((text, i) => ({ id: `involve[${i + 1}]`, text })),
          ],
        });
      }
    }
  }
  return pages;
}

describe("the texts of the decision steps", () => {
  const context = checkContext(guide);
  const reports = stepsPages().map((page) => checkPage(page, context));

  it("stay within the easy-read limits, with every hard word linked to the word list on first use", () => {
    expect(failLines(reports)).toEqual([]);
  });

  it("are short: on average at most 10 words per sentence in each language", () => {
    for (const lang of LANGS) {
      const { words, sentences } = overall(reports, lang);
      expect(words / sentences, lang).toBeLessThanOrEqual(10);
    }
  });

  it("link only to words that are in the word list, and never in a label, a question or a title", () => {
    for (const lang of LANGS) {
      const known = guide.words.text[lang].words;
      // Questions and titles are also the page's <title> and the overview's plain text.
      for (const [id, q] of Object.entries(flow.texts[lang].questions))
        expect(linkedWordIds(q.question), `${lang} ${id}`).toEqual([]);
      for (const [id, o] of Object.entries(flow.texts[lang].outcomes))
        expect(linkedWordIds(o.title), `${lang} ${id}`).toEqual([]);
      for (const [id, q] of Object.entries(flow.texts[lang].questions)) {
        for (const [optionId, option] of Object.entries(q.options))
          expect(
            linkedWordIds(option.label),
            `${lang} ${id}.${optionId}: a link inside a <label> would not select the answer`,
          ).toEqual([]);
        const all = [q.question, q.hint ?? "", ...Object.values(q.options).map((o) => o.hint ?? "")];
        for (const wordId of all.flatMap(linkedWordIds))
          expect(known[wordId], `${lang} ${id}: [[${wordId}]]`).toBeDefined();
      }
      for (const [id, o] of Object.entries(flow.texts[lang].outcomes))
        for (const wordId of [o.title, o.summary, ...o.steps, ...o.say, ...o.involve].flatMap(linkedWordIds))
          expect(known[wordId], `${lang} ${id}: [[${wordId}]]`).toBeDefined();
    }
  });
});
