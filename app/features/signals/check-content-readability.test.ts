// The check's own texts (content/check/) measured against docs/easy-read.md with the project's checker,
// one checker page per result page part, as the reader sees it. (npm run content:check reads
// content/signals, /tips and /words; this test adds content/check.)
import { describe, expect, it } from "vitest";
import { checkContext } from "#tools/easy-read/content-check";
import { textsOf } from "~/features/guide/content-schema";
import { readGuideContent } from "~/features/guide/load-content.server";
import { checkPage, type CheckPage } from "#tools/easy-read/measure";
import { readCheckContent } from "./load-check.server";

const guide = readGuideContent();
const check = readCheckContent();

function pages(): CheckPage[] {
  return (["nl", "en"] as const).flatMap((lang) => {
    const text = check.text[lang];
    const file = `content/check/${lang}.yaml`;
    const page = (id: string, value: unknown): CheckPage => ({
      file,
      id,
      lang,
      texts: textsOf(value, [id]).map(([textId, one]) => ({ id: textId, text: one })),
    });
    // The first step shows the intro; every result shows the intro, the note and one advice
    // (and the danger block when a danger signal was ticked).
    return [
      page("intro", text.intro),
      ...Object.keys(text.rules).map((rule) =>
        page(`result.${rule}`, {
          resultIntro: text.resultIntro,
          danger: text.danger,
          advice: text.rules[rule],
          otherCauses: text.otherCauses,
        }),
      ),
    ];
  });
}

describe("content/check is easy to read", () => {
  for (const one of pages()) {
    it(`${one.file} ${one.id}`, () => {
      const report = checkPage(one, checkContext(guide));
      const fails = report.problems.filter((problem) => problem.level === "fail");
      expect(fails.map((problem) => `${problem.textId}: ${problem.message} "${problem.sentence ?? ""}"`)).toEqual([]);
    });
  }
});
