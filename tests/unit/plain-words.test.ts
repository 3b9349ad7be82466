// The words an outside review found hard (issue 14 point 8): double negatives in the tips, vague
// instructions in the decision steps, a workshop case that said different things in Dutch and
// English, and a claim no source makes. Read from the content files as a reader gets them.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { splitSentences } from "#tools/easy-read/segment";

import type { Lang } from "~/i18n/lang";
const read = (part: string, lang: Lang) => readFileSync(`content/${part}/${lang}.yaml`, "utf8");

/** Every text in a content file (the values, not the keys). */
function texts(part: string, lang: Lang): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(parse(read(part, lang)));
  return out;
}

// Two different negations in one sentence ("niet … geen", "geen … zonder") make a double negative
// (docs/easy-read.md rule 10). The same one twice is a list ("geen eten en geen warmte") and is fine.
const NEGATIONS: Record<Lang, RegExp> = {
  nl: /\b(niet|geen|nooit|niets|zonder|niemand|nergens)\b/gi,
  en: /\b(not|no|never|nothing|without|nobody|nowhere)\b/gi,
};

describe("plain words", () => {
  it.each(["nl", "en"] as const)("no tip sentence has a double negative (%s)", (lang) => {
    const doubles = texts("tips", lang)
      .flatMap((text) => splitSentences(text, lang))
      .filter((sentence) => new Set((sentence.match(NEGATIONS[lang]) ?? []).map((w) => w.toLowerCase())).size > 1);
    expect(doubles).toEqual([]);
  });

  it.each(["steps", "tips", "workshop", "signals"])(
    "no vague instruction such as 'breng in kaart' or 'weeg af' (%s)",
    (part) => {
      expect(texts(part, "nl").filter((text) => /in kaart|\bweeg\b[^.?!]*\baf\b/i.test(text))).toEqual([]);
      expect(texts(part, "en").filter((text) => /\bmap the\b|\bweigh\b/i.test(text))).toEqual([]);
    },
  );

  it("the work café case names the same school in both languages", () => {
    for (const lang of ["nl", "en"] as const) {
      const story = (
        parse(read("workshop", lang)) as { cases: { items: Record<string, { story: string[] }> } }
      ).cases.items["another-job-lost"].story.join(" ");
      expect(story, lang).toContain("praktijkonderwijs");
    }
  });

  it("no claim that own cases 'work well': the source only says a return day on own cases exists", () => {
    expect(texts("workshop", "nl").filter((text) => /werken goed/i.test(text))).toEqual([]);
    expect(texts("workshop", "en").filter((text) => /work well/i.test(text))).toEqual([]);
  });
});
