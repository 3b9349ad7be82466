// A topic has one name everywhere (issue 14 point 6: "Kennis over LVB" on guide pages and
// "Kennis van LVB" in the directory were two names for one thing; docs/easy-read.md rule 8).
import { readFileSync } from "node:fs";
import { TOPICS } from "#db/topics";

const guideTopics = (lang: "nl" | "en") =>
  (JSON.parse(readFileSync(`app/locales/${lang}/guide.json`, "utf8")) as { topics: Record<string, string> }).topics;

describe("topic names", () => {
  it.each(["nl", "en"] as const)("the guide pages call each topic what the directory calls it (%s)", (lang) => {
    const names = guideTopics(lang);
    for (const topic of TOPICS) {
      if (names[topic.id] !== undefined)
        expect(names[topic.id], topic.id).toBe(lang === "nl" ? topic.name : topic.name_en);
    }
  });
});
