// What the question and outcome pages do with the answers in the URL, on the real flow.
import { describe, expect, it } from "vitest";
import { readStepsFlow } from "./load-flow.server";
import {
  directoryHref,
  outcomePage,
  questionPage,
  stepsCacheHeaders,
  stepsSitemapPaths,
  type OutcomeView,
  type PageResult,
  type QuestionView,
} from "./step-pages";

const flow = readStepsFlow();
const q = (nodeId: string, query = "", lang: "nl" | "en" = "nl") =>
  questionPage(flow, lang, nodeId, new URLSearchParams(query));
const o = (outcomeId: string, query = "", lang: "nl" | "en" = "nl") =>
  outcomePage(flow, lang, outcomeId, new URLSearchParams(query));

function page<V>(result: PageResult<V>): V {
  if (result.kind !== "page") throw new Error(`expected a page, got ${JSON.stringify(result)}`);
  return result.view;
}

describe("a question page", () => {
  it("shows the first question with its answers and a way back to the start page", () => {
    const view: QuestionView = page(q("danger"));
    expect(view.question).toBe("Is er gevaar voor de bezoeker of voor iemand anders?");
    expect(view.options.map((o) => o.id)).toEqual([
      "now",
      "suicide",
      "abuse",
      "exploitation",
      "neglect",
      "money-crisis",
      "none",
    ]);
    expect(view).toMatchObject({ number: 1, error: false, hidden: [], back: { href: "/nl/steps", toQuestion: false } });
  });

  it("goes to the next question with the answers so far when an answer is sent", () => {
    expect(q("danger", "danger=none&next=1")).toEqual({ kind: "redirect", to: "/nl/steps/q/asks-help?danger=none" });
    expect(q("asks-help", "danger=none&asks-help=asks&next=1")).toEqual({
      kind: "redirect",
      to: "/nl/steps/q/consent?danger=none&asks-help=asks",
    });
  });

  it("goes to the outcome page after the last question", () => {
    expect(q("danger", "danger=now&next=1")).toEqual({
      kind: "redirect",
      to: "/nl/steps/outcome/danger-now?danger=now",
    });
  });

  it("shows an error when Next is pressed without an answer, or with an answer that does not exist", () => {
    for (const query of ["danger=none&next=1", "danger=none&asks-help=perhaps&next=1"]) {
      const view = page(q("asks-help", query));
      expect(view.error).toBe(true);
      expect(view.selected).toBeUndefined();
      expect(view.hidden).toEqual([{ nodeId: "danger", optionId: "none" }]);
    }
  });

  it("keeps the answer when you come back to a question, and drops the answers after it", () => {
    const view = page(q("asks-help", "danger=none&asks-help=noticed&anon-noticed=anonymous"));
    expect(view.selected).toBe("noticed");
    expect(view.number).toBe(2);
    expect(view.hidden).toEqual([{ nodeId: "danger", optionId: "none" }]);
    expect(view.back).toEqual({ href: "/nl/steps/q/danger?danger=none", toQuestion: true });
    expect(view.error).toBe(false);
  });

  it("sends a changed answer on along the new branch", () => {
    expect(q("asks-help", "danger=none&asks-help=asks&anon-noticed=anonymous&next=1")).toEqual({
      kind: "redirect",
      to: "/nl/steps/q/consent?danger=none&asks-help=asks",
    });
  });

  it("sends an old or hand-made link to the question the answers lead to, keeping them", () => {
    expect(q("topic", "danger=none&asks-help=asks&consent=agrees")).toEqual({
      kind: "redirect",
      to: "/nl/steps/q/area?danger=none&asks-help=asks&consent=agrees",
    });
  });

  it("drops unknown parameters: they never come back in hidden fields or links", () => {
    const view = page(q("consent", "danger=none&asks-help=asks&utm_source=mail&old-question=yes&name=Jan"));
    expect(view.hidden).toEqual([
      { nodeId: "danger", optionId: "none" },
      { nodeId: "asks-help", optionId: "asks" },
    ]);
    expect(JSON.stringify(view)).not.toMatch(/utm_source|old-question|Jan/);
  });

  it("opens a question from the middle (a trainer's link) and says the first question is about danger", () => {
    const view = page(q("topic"));
    expect(view.number).toBeNull();
    expect(view.back).toEqual({ href: "/nl/steps", toQuestion: false });
    expect(view.startHref).toBe("/nl/steps/q/danger");
  });

  it("keeps answers given from the middle so the outcome still knows the area", () => {
    expect(q("area", "area=hoorn&next=1")).toEqual({ kind: "redirect", to: "/nl/steps/q/topic?area=hoorn" });
    const view = page(q("topic", "area=hoorn"));
    expect(view.back).toEqual({ href: "/nl/steps/q/area?area=hoorn", toQuestion: true });
    expect(q("topic", "area=hoorn&topic=money&next=1")).toEqual({
      kind: "redirect",
      to: "/nl/steps/outcome/refer-money?area=hoorn&topic=money",
    });
  });

  it("is a 404 for an unknown question, and sends an outcome id to the outcome page", () => {
    expect(q("does-not-exist")).toEqual({ kind: "not-found" });
    expect(q("refer-money", "topic=money")).toEqual({
      kind: "redirect",
      to: "/nl/steps/outcome/refer-money?topic=money",
    });
  });

  it("uses the texts of the page language", () => {
    expect(page(q("danger", "", "en")).question).toBe("Is there danger for the visitor or for someone else?");
    expect(q("danger", "danger=none&next=1", "en")).toEqual({
      kind: "redirect",
      to: "/en/steps/q/asks-help?danger=none",
    });
  });
});

describe("an outcome page", () => {
  const toMoney = "danger=none&asks-help=asks&consent=agrees&area=zaanstad&topic=money";

  it("shows the outcome with the answers that led to it and a back link that keeps the last answer", () => {
    const view: OutcomeView = page(o("refer-money", toMoney));
    expect(view.text.title).toBe("Hulp bij geld of brieven");
    expect(view.back).toEqual({ href: `/nl/steps/q/topic?${toMoney}`, toQuestion: true });
    expect(view.answers).toHaveLength(5);
    expect(view.answers[3]).toEqual({ question: "In welke gemeente zoek je hulp?", answer: "Zaanstad" });
  });

  it("links to the directory filtered by its topics and the chosen area", () => {
    expect(page(o("refer-money", toMoney)).directory).toEqual([
      { topic: "money", name: "Geld en schulden", href: "/nl/contacts?topic=money&area=zaanstad" },
      { topic: "letters-forms", name: expect.any(String), href: "/nl/contacts?topic=letters-forms&area=zaanstad" },
    ]);
    expect(page(o("refer-money", toMoney)).area).toEqual({ slug: "zaanstad", name: "Zaanstad" });
    expect(page(o("refer-money", toMoney, "en")).directory[0].name).toBe("Money and debts");
    expect(page(o("refer-money", toMoney.replace("zaanstad", "elsewhere"))).directory[0].href).toBe(
      "/nl/contacts?topic=money",
    );
  });

  it("marks danger outcomes, so the urgent numbers come first", () => {
    expect(page(o("danger-now", "danger=now")).danger).toBe(true);
    expect(page(o("refer-money", toMoney)).danger).toBe(false);
  });

  it("can be opened without answers (from the overview or the sitemap)", () => {
    const view = page(o("respect-choice"));
    expect(view.back).toBeNull();
    expect(view.answers).toEqual([]);
    expect(view.directory[0].href).toBe("/nl/contacts?topic=client-support");
  });

  it("is a 404 for an unknown outcome, and sends a question id to the question page", () => {
    expect(o("nope")).toEqual({ kind: "not-found" });
    expect(o("topic")).toEqual({ kind: "redirect", to: "/nl/steps/q/topic" });
  });
});

describe("pages of the steps", () => {
  it("lists the start, the overview, every question and every outcome for the sitemap", () => {
    const paths = stepsSitemapPaths(flow);
    expect(paths).toEqual(
      expect.arrayContaining(["steps", "steps/overview", "steps/q/danger", "steps/outcome/refer-other"]),
    );
    expect(paths).toHaveLength(2 + flow.structure.nodes.length);
  });

  it("builds directory links that escape what they carry", () => {
    expect(directoryHref("en", "crisis-safety")).toBe("/en/contacts?topic=crisis-safety");
    expect(directoryHref("nl", "money", "a b&c")).toBe("/nl/contacts?topic=money&area=a+b%26c");
  });
});

describe("cache headers of a steps page", () => {
  it("forbid keeping any address that holds answers, also Remix's data request for it", () => {
    const noStore = { "Cache-Control": "private, no-store" };
    expect(stepsCacheHeaders(new URLSearchParams("danger=suicide"))).toEqual(noStore);
    expect(
      stepsCacheHeaders(new URLSearchParams("danger=suicide&_data=routes%2F%24lang.steps.outcome.%24outcomeId")),
    ).toEqual(noStore);
    expect(stepsCacheHeaders(new URLSearchParams("anything=typed"))).toEqual(noStore);
  });

  it("let a page without answers be kept (it is the same for everyone)", () => {
    expect(stepsCacheHeaders(new URLSearchParams(""))).toEqual({});
    expect(stepsCacheHeaders(new URLSearchParams("_data=routes%2F%24lang.steps.q.%24nodeId"))).toEqual({});
  });
});

describe("the urgent block of a danger outcome (issue 14)", () => {
  const urgent = (outcomeId: string, query: string, lang: "nl" | "en" = "nl") => page(o(outcomeId, query, lang)).urgent;
  const all = (u: OutcomeView["urgent"]) => [...u.lines, ...u.regional.map((r) => r.text)].join("\n");

  it("money crisis: reached from the first question; Geldfit today, and each region's own team or municipality", () => {
    expect(q("danger", "danger=money-crisis&next=1")).toEqual({
      kind: "redirect",
      to: "/nl/steps/outcome/money-crisis?danger=money-crisis",
    });
    const view = page(o("money-crisis", "danger=money-crisis"));
    expect(view.danger).toBe(true);
    expect(view.text.summary).toContain("Komt de deurwaarder?");
    expect(view.urgent.lines.join(" ")).toContain("0800-8115");
    expect(view.urgent.regional.map((r) => r.region)).toEqual([
      "amsterdam-amstelland",
      "zaanstreek-waterland",
      "west-friesland",
    ]);
    expect(all(view.urgent)).toContain("buurtteam");
    expect(all(view.urgent)).toContain("Sociaal Wijkteam");
    expect(all(view.urgent)).toContain("0229 252200");
    expect(view.sources).toEqual(expect.arrayContaining(["s43", "s42", "s167", "s168"]));
  });

  it("confused behaviour or self-neglect: the GGD line of every region, or only the visitor's when ?area= says it", () => {
    const everywhere = urgent("confused-neglect", "danger=neglect");
    expect(everywhere.regional.map((r) => r.region)).toEqual([
      "amsterdam-amstelland",
      "zaanstreek-waterland",
      "west-friesland",
    ]);
    expect(all(everywhere)).toContain("020-55 25 000");
    expect(all(everywhere)).toContain("(075) 651 8380");
    expect(all(everywhere)).toContain("088-0100521");
    const zaanstad = urgent("confused-neglect", "danger=neglect&area=zaanstad");
    expect(zaanstad.regional).toEqual([expect.objectContaining({ region: "zaanstreek-waterland" })]);
    expect(urgent("confused-neglect", "danger=neglect&area=amsterdam-zuidoost").regional.map((r) => r.region)).toEqual([
      "amsterdam-amstelland",
    ]);
    expect(urgent("confused-neglect", "danger=neglect&area=hoorn").regional.map((r) => r.region)).toEqual([
      "west-friesland",
    ]);
    // An area outside the three regions, or nonsense: every region, never none.
    expect(urgent("confused-neglect", "danger=neglect&area=nederland").regional).toHaveLength(3);
    expect(urgent("confused-neglect", "danger=neglect&area=%3Cscript%3E").regional).toHaveLength(3);
  });

  it("exploitation: the police (wijkagent, 0900-8844, not free) next to Veilig Thuis", () => {
    const view = page(o("exploitation", "danger=exploitation"));
    expect(view.danger).toBe(true);
    expect(view.urgent.lines.join(" ")).toMatch(/0900-8844.*niet gratis/);
    expect(view.text.steps.join(" ")).toContain("wijkagent");
    expect(page(o("exploitation", "danger=exploitation", "en")).urgent.lines.join(" ")).toMatch(/0900-8844.*not free/);
  });

  it("tell the visitor what you will do only if that is safe; asking about suicide directly is safe, with its source", () => {
    for (const id of ["safety-volunteer", "exploitation", "confused-neglect"])
      expect(page(o(id)).text.steps.join(" "), id).toContain("als dat veilig kan");
    const suicide = page(o("suicide-worry", "danger=suicide"));
    expect(suicide.text.steps.join(" ")).toContain("Die vraag is veilig.");
    expect(suicide.sources).toEqual(expect.arrayContaining(["s169", "s170"]));
  });

  it("outcomes without danger have no urgent lines", () => {
    expect(urgent("refer-money", "danger=none&asks-help=asks&consent=agrees&area=hoorn&topic=money")).toEqual({
      lines: [],
      regional: [],
    });
  });
});
