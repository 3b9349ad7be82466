// The check and result pages built from the real content in content/ (signals, tips, check rules).
import { describe, expect, it } from "vitest";
import { readGuideContent } from "~/features/guide/load-content.server";
import { TOPIC_IDS } from "#db/topics";
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
    for (const word of ["stress", "taal", "dementie", "verslaving", "psychische", "hoort", "ziet", "specialist"])
      expect(nl).toContain(word);
    const en = guide.check.text.en.otherCauses.text.join(" ").toLowerCase();
    for (const word of ["stress", "language", "dementia", "addiction", "mental health", "hear", "see", "specialist"])
      expect(en).toContain(word);
  });

  it("names low literacy, brain injury, autism and trauma as other causes, each with a real source (issue 14)", () => {
    const nl = guide.check.text.nl.otherCauses.text.join(" ").toLowerCase();
    for (const word of ["lezen en schrijven", "2,5 miljoen", "hersenletsel", "autisme", "trauma"])
      expect(nl).toContain(word);
    const en = guide.check.text.en.otherCauses.text.join(" ").toLowerCase();
    for (const word of ["read and write", "2.5 million", "brain injury", "autism", "trauma"])
      expect(en).toContain(word);
    const urls = result("s=lonely").sources.map((source) => source.url);
    for (const url of [
      "nji.nl",
      "lezenenschrijven.nl",
      "zeeuwsezorgschakels.nl",
      "autismeexpertisecentrum.yulius.nl",
    ]) {
      expect(urls.some((one) => one.includes(url))).toBe(true);
    }
  });

  it("the signals page names the same other causes, and lists their sources (issue 14)", () => {
    const nl = guide.signals.text.nl.page.notDiagnosis.join(" ").toLowerCase();
    for (const word of ["lezen en schrijven", "hersenletsel", "autisme", "trauma"]) expect(nl).toContain(word);
    const en = guide.signals.text.en.page.notDiagnosis.join(" ").toLowerCase();
    for (const word of ["read and write", "brain injury", "autism", "trauma"]) expect(en).toContain(word);
    expect(guide.signals.structure.sources).toEqual(expect.arrayContaining(["s5", "s74", "s140", "s141"]));
  });

  it("every source the check names is in content/sources.yaml", () => {
    const { dangerKinds, otherCausesSources, sources } = guide.check.structure;
    for (const id of [...sources, ...otherCausesSources, ...dangerKinds.flatMap((kind) => kind.sources)])
      expect(guide.sources[id], id).toBeDefined();
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
    expect(view).toMatchObject({
      step: 2,
      stepCount: categories.length,
      category: { id: categories[1].id },
      isLast: false,
    });
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

  it("danger is asked first: step 1 is the danger part, with its question and the urgent route (issue 14)", () => {
    const first = step("");
    expect(first).toMatchObject({ step: 1, dangerStep: true, category: { id: "danger" }, dangerJump: null });
    expect(first.dangerQuestion?.title).toBe("Zie je gevaar of misbruik?");
    expect(step("step=2", "en").dangerQuestion).toBeNull();
  });

  it("every other step links back to the danger part, keeping the answers so far (issue 14)", () => {
    const ordinary = categories[2].signals[0].id;
    for (let number = 2; number <= categories.length; number++) {
      const view = step(`s=${ordinary}&step=${number}`);
      expect(view.dangerStep).toBe(false);
      expect(view.dangerJump).toEqual({
        text: guide.check.text.nl.dangerJump,
        href: `/nl/signals/check?s=${ordinary}&step=1`,
      });
    }
  });

  it("says so when the address held unknown or repeated ids", () => {
    expect(step("s=nope").cleaned).toBe(true);
    expect(step("fixed=1").cleaned).toBe(true);
    expect(step("").cleaned).toBe(false);
  });
});

const dangerSignals = allSignals.filter((s) => s.danger);
const ordinarySignals = allSignals.filter((s) => !s.danger);
const kindOf = (id: string) => guide.check.structure.dangerKinds.find((kind) => kind.signals.includes(id))!;
/** Everything a rule's text or an ordinary tip could say: none of it may show on a danger result. */
const ruleTexts = Object.values(guide.check.text.nl.rules).flatMap((rule) => [rule.title, ...rule.text]);

/** What a danger result must be, whatever else was ticked (docs/product.md principle 6). */
function expectDangerResult(view: ResultView, dangerIds: string[]) {
  expect(view.urgent).toBe(true);
  expect(view.advice).toBeNull();
  const page = JSON.stringify(view);
  for (const line of ruleTexts) expect(page).not.toContain(line);
  expect(page).not.toContain("Eén signaal zegt nog niet veel");
  expect(page).not.toContain("Let op of je het vaker merkt");
  expect(view.tips.map((tip) => tip.id)).not.toContain("stay-calm");
  for (const tip of view.tips)
    expect(dangerIds.some((id) => allSignals.find((s) => s.id === id)!.tips.includes(tip.id))).toBe(true);
  const kinds = [...new Set(dangerIds.map((id) => kindOf(id).id))];
  expect(view.dangerKinds.map((kind) => kind.id).sort()).toEqual(kinds.sort());
  for (const kind of view.dangerKinds) {
    expect(kind.href).toBe(`/nl${guide.check.structure.dangerKinds.find((one) => one.id === kind.id)!.link}`);
    expect(kind.text.length).toBeGreaterThan(0);
  }
}

describe("a danger result (issue 14: a danger signal is never played down)", () => {
  it("the kinds link to the agreed decision steps", () => {
    const links = Object.fromEntries(guide.check.structure.dangerKinds.map((kind) => [kind.id, kind.link]));
    expect(links).toEqual({
      abuse: "/steps/q/safety-role",
      suicide: "/steps/outcome/suicide-worry",
      exploitation: "/steps/outcome/exploitation",
      neglect: "/steps/outcome/confused-neglect",
      "money-crisis": "/steps/outcome/money-crisis",
    });
  });

  it.each(dangerSignals.map((s) => s.id))("%s alone: urgent route, its danger text and link, no count rule", (id) => {
    const view = result(`s=${id}`);
    expectDangerResult(view, [id]);
    expect(["crisis-safety", "money"]).toContain(view.topics[0].id);
    expect(view.otherCauses).toBeNull();
  });

  it.each(dangerSignals.map((s) => s.id))(
    "%s with ordinary signals (one, and one from every part): still a danger result",
    (id) => {
      expectDangerResult(result(`s=${ordinarySignals[0].id}&s=${id}`), [id]);
      const oneFromEach = categories.filter((c) => c.id !== "danger").map((c) => `s=${c.signals[0].id}`);
      const view = result([...oneFromEach, `s=${id}`].join("&"));
      expectDangerResult(view, [id]);
      expect(view.otherCauses).not.toBeNull();
    },
  );

  it("talks-about-dying: the 113 numbers and the suicide-worry step, not the 'one signal' text", () => {
    const view = result("s=talks-about-dying");
    expect(view.dangerKinds).toHaveLength(1);
    expect(view.dangerKinds[0].text.join(" ")).toContain("0800-0113");
    expect(view.dangerKinds[0].href).toBe("/nl/steps/outcome/suicide-worry");
  });

  it("money-taken with injuries-or-fear: the abuse text, no 'adjust your help', no 'make it smaller' tip", () => {
    const view = result("s=money-taken&s=injuries-or-fear");
    expectDangerResult(view, ["money-taken", "injuries-or-fear"]);
    expect(JSON.stringify(view)).not.toMatch(/Pas je hulp daarop aan|maak het kleiner/);
    expect(view.dangerKinds.map((kind) => kind.id)).toEqual(["abuse"]);
    expect(view.dangerKinds[0].text.join(" ")).toContain("0800-2000");
  });

  it("a money crisis: call today, the buurtteam or sociaal wijkteam, Geldfit 0800-8115 and the council's debt help, with sources", () => {
    const view = result("s=money-crisis");
    const text = view.dangerKinds[0].text.join(" ");
    for (const part of ["deurwaarder", "vandaag", "buurtteam", "sociaal-wijkteam", "0800-8115", "schuldhulp"])
      expect(text).toContain(part);
    expect(view.sources.map((source) => source.url)).toEqual(
      expect.arrayContaining([expect.stringContaining("ikwoonleefzorg.nl")]),
    );
  });

  it("two kinds of danger: both texts, the most urgent first", () => {
    expect(result("s=money-crisis&s=talks-about-dying").dangerKinds.map((kind) => kind.id)).toEqual([
      "suicide",
      "money-crisis",
    ]);
  });
});

describe("the result", () => {
  it("with no answers: the 'nothing ticked' advice, the note about other causes, no urgent route", () => {
    const view = result("");
    expect(view).toMatchObject({ urgent: false, groups: [], tips: [], topics: [], advice: { id: "nothing-ticked" } });
    expect(view.otherCauses?.text.length).toBeGreaterThan(0);
  });

  it("groups what was ticked by category and links the tips and the directory", () => {
    const [a, b] = categories[1].signals;
    const c = categories[4].signals[0];
    const view = result(`s=${a.id}&s=${b.id}&s=${c.id}`, "en");
    expect(view.groups.map((g) => g.id)).toEqual([categories[1].id, categories[4].id]);
    expect(view.advice?.id).toBe("two-areas");
    expect(view.tips.length).toBeGreaterThan(0);
    for (const tip of view.tips) expect(tip.href).toMatch(new RegExp(`^/en/tips/[a-z-]+#${tip.id}$`));
    for (const topic of view.topics) expect(topic.href).toBe(`/en/contacts?topic=${topic.id}`);
    expect(view.links.steps).toBe("/en/steps");
    expect(view.links.change).toBe(`/en/signals/check?s=${a.id}&s=${b.id}&s=${c.id}&step=1`);
  });

  it("every ordinary signal alone gives a result with its tips and topics (the content links are whole)", () => {
    for (const signal of ordinarySignals) {
      const view = result(`s=${signal.id}`);
      expect(view.advice?.id).toBe("one-signal");
      expect(view.tips.map((t) => t.id).sort()).toEqual([...new Set(signal.tips)].sort());
      expect(view.topics.map((t) => t.id).sort()).toEqual(
        [...new Set(signal.topics)].filter((id) => TOPIC_IDS.includes(id as never)).sort(),
      );
    }
  });

  it("everything ticked still gives at most maxTips tips, and a danger result", () => {
    const view = result(allSignals.map((s) => `s=${s.id}`).join("&"));
    expect(view.advice).toBeNull();
    expect(view.tips.length).toBeLessThanOrEqual(guide.check.structure.maxTips);
    expect(view.urgent).toBe(true);
    expect(view.dangerKinds.map((kind) => kind.id)).toEqual([
      "suicide",
      "abuse",
      "exploitation",
      "neglect",
      "money-crisis",
    ]);
  });

  it("puts practical help (money, letters and forms, client support) before knowledge of LVB (issue 14)", () => {
    const view = result("s=says-yes-quickly&s=simple-words&s=forms-filled-in-wrong&s=misses-appointments");
    const ids = view.topics.map((topic) => topic.id);
    expect(ids.at(-1)).toBe("lvb-expertise");
    for (const practical of ["letters-forms", "client-support"])
      expect(ids.indexOf(practical)).toBeLessThan(ids.indexOf("lvb-expertise"));
  });

  it("says on the printed result that the paper is about a visitor and must not be kept or passed on", () => {
    expect(result("s=lonely").printNote).toMatch(/bezoeker.*niet.*bewaren|Bewaar het niet en geef het niet door/);
    expect(result("s=lonely", "en").printNote).toContain("Do not keep it and do not pass it on");
  });

  it("sends an address with unknown or repeated ids back to the check, keeping what it could read", () => {
    const known = allSignals[0].id;
    const page = buildResultPage(guide, "nl", new URLSearchParams(`s=${known}&s=${known}&s=zzz`));
    expect(page).toEqual({ kind: "redirect", to: `/nl/signals/check?s=${known}&fixed=1` });
    expect(buildResultPage(guide, "nl", new URLSearchParams("s=zzz"))).toEqual({
      kind: "redirect",
      to: "/nl/signals/check?fixed=1",
    });
  });
});
