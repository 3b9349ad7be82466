// The check and result pages built from the real content in content/ (signals, tips, check rules).
import { describe, expect, it } from "vitest";
import { readGuideContent } from "~/features/guide/load-content.server";
import { TOPIC_IDS } from "~/features/directory/topics";
import { buildResultPage, buildStepPage, type CheckGuide, type ResultView } from "./check-view";
import { loadCheckGuide, readCheckContent } from "./load-check.server";

const guide: CheckGuide = loadCheckGuide();
const categories = guide.signals.structure.categories;
const allSignals = categories.flatMap((c) => c.signals);
const step = (query: string, lang: "nl" | "en" = "nl") => buildStepPage(guide, lang, new URLSearchParams(query)).view;
const result = (query: string, lang: "nl" | "en" = "nl"): ResultView => {
  const page = buildResultPage(guide, lang, new URLSearchParams(query));
  if (page.kind !== "result") throw new Error(`expected a result, got a redirect to ${page.to}`);
  return page.view;
};

describe("the content of the check", () => {
  it("reads content/check without problems", () => {
    expect(() => readCheckContent()).not.toThrow();
    expect(() => readGuideContent()).not.toThrow();
  });

  it("has advice text in both languages for every rule", () => {
    for (const rule of guide.check.structure.rules) {
      expect(guide.check.text.nl.rules[rule.id]?.title).toBeTruthy();
      expect(guide.check.text.en.rules[rule.id]?.title).toBeTruthy();
    }
  });

  it("names every cause the guide promises in the note about other causes", () => {
    const nl = guide.check.text.nl.otherCauses.text.join(" ").toLowerCase();
    for (const word of ["stress", "taal", "dementie", "verslaving", "psychische", "hoort", "ziet", "specialist"]) expect(nl).toContain(word);
    const en = guide.check.text.en.otherCauses.text.join(" ").toLowerCase();
    for (const word of ["stress", "language", "dementia", "addiction", "mental health", "hear", "see", "specialist"]) expect(en).toContain(word);
  });

  it("never says someone has an LVB, in any advice", () => {
    const texts = [guide.check.text.nl, guide.check.text.en].flatMap((text) => JSON.stringify(text).toLowerCase());
    for (const text of texts) {
      expect(text).not.toMatch(/\blvb\b|verstandelijke beperking|intellectual disability/);
    }
  });
});

describe("a step of the check", () => {
  it("shows one category per step, with progress, every signal as a checkbox with its example", () => {
    const view = step("step=2");
    expect(view).toMatchObject({ step: 2, stepCount: categories.length, category: { id: categories[1].id }, isLast: false });
    expect(view.signals.map((s) => s.id)).toEqual(categories[1].signals.map((s) => s.id));
    for (const signal of view.signals) expect(signal.example.length).toBeGreaterThan(0);
    expect(view.intro).toBeNull();
    expect(step("").intro).toEqual(guide.check.text.nl.intro);
  });

  it("ticks what the address holds, and carries the other steps' answers", () => {
    const here = categories[1].signals[0].id;
    const elsewhere = categories[0].signals[0].id;
    const view = step(`s=${elsewhere}&s=${here}&step=2`);
    expect(view.signals.find((s) => s.id === here)?.checked).toBe(true);
    expect(view.carried).toEqual([elsewhere]);
  });

  it("the danger part shows the urgent route beside its signals", () => {
    const dangerIndex = categories.findIndex((c) => c.signals.every((s) => s.danger));
    expect(dangerIndex).toBeGreaterThanOrEqual(0);
    expect(step(`step=${dangerIndex + 1}`).dangerStep).toBe(true);
    expect(step("step=1").dangerStep).toBe(false);
  });

  it("says so when the address held unknown or repeated ids", () => {
    expect(step("s=nope").cleaned).toBe(true);
    expect(step("fixed=1").cleaned).toBe(true);
    expect(step("").cleaned).toBe(false);
  });
});

describe("the result", () => {
  it("with no answers: the 'nothing ticked' advice, the note about other causes, no urgent route", () => {
    const view = result("");
    expect(view).toMatchObject({ urgent: false, groups: [], tips: [], topics: [], advice: { id: "nothing-ticked" } });
    expect(view.otherCauses.text.length).toBeGreaterThan(0);
  });

  it("groups what was ticked by category and links the tips and the directory", () => {
    const [a, b] = categories[0].signals;
    const c = categories[3].signals[0];
    const view = result(`s=${a.id}&s=${b.id}&s=${c.id}`, "en");
    expect(view.groups.map((g) => g.id)).toEqual([categories[0].id, categories[3].id]);
    expect(view.advice.id).toBe("two-areas");
    expect(view.tips.length).toBeGreaterThan(0);
    for (const tip of view.tips) expect(tip.href).toMatch(new RegExp(`^/en/tips/[a-z-]+#${tip.id}$`));
    for (const topic of view.topics) expect(topic.href).toBe(`/en/contacts?topic=${topic.id}`);
    expect(view.links.steps).toBe("/en/steps");
    expect(view.links.change).toBe(`/en/signals/check?s=${a.id}&s=${b.id}&s=${c.id}&step=1`);
  });

  it("any danger signal puts the urgent route first and points to crisis help", () => {
    for (const signal of allSignals.filter((s) => s.danger)) {
      const view = result(`s=${signal.id}`);
      expect(view.urgent).toBe(true);
      expect(view.topics[0]).toMatchObject({ id: "crisis-safety" });
    }
  });

  it("every signal alone gives a result with its tips and topics (the content links are whole)", () => {
    for (const signal of allSignals) {
      const view = result(`s=${signal.id}`);
      expect(view.advice.id).toBe("one-signal");
      expect(view.tips.map((t) => t.id).sort()).toEqual([...new Set(signal.tips)].sort());
      expect(view.topics.map((t) => t.id).sort()).toEqual([...new Set(signal.topics)].filter((id) => TOPIC_IDS.includes(id as never)).sort());
    }
  });

  it("everything ticked still gives at most maxTips tips and one advice", () => {
    const view = result(allSignals.map((s) => `s=${s.id}`).join("&"));
    expect(view.advice.id).toBe("many-areas");
    expect(view.tips.length).toBeLessThanOrEqual(guide.check.structure.maxTips);
    expect(view.urgent).toBe(true);
  });

  it("sends an address with unknown or repeated ids back to the check, keeping what it could read", () => {
    const known = allSignals[0].id;
    const page = buildResultPage(guide, "nl", new URLSearchParams(`s=${known}&s=${known}&s=zzz`));
    expect(page).toEqual({ kind: "redirect", to: `/nl/signals/check?s=${known}&fixed=1` });
    expect(buildResultPage(guide, "nl", new URLSearchParams("s=zzz"))).toEqual({ kind: "redirect", to: "/nl/signals/check?fixed=1" });
  });
});
