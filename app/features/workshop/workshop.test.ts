// The workshop content on the real files, and the pure rules behind the pages.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "~/features/guide/content-errors";
import { readGuideContent } from "~/features/guide/load-content.server";
import { readStepsFlow } from "~/features/steps/load-flow.server";
import { formatClock, formatElapsed } from "./clock";
import { pickHandoutContacts } from "./handout-contacts";
import { guideRefs, readWorkshopContent } from "./load-workshop.server";
import { buildQuizView, readQuizAnswers } from "./quiz";
import { slideAfterMove, slideMoveForKey } from "./slide-keys";
import {
  buildCaseView,
  buildPlanView,
  buildSlideView,
  deckOf,
  parseSlideNumber,
  workshopSitemapPaths,
  type Sources,
} from "./workshop-views";

const guide = readGuideContent();
const flow = readStepsFlow();
const workshop = readWorkshopContent();
const src: Sources = { guide, flow, workshop };
const refs = guideRefs(guide, flow);

describe("the workshop content", () => {
  it("has a 60-minute plan for volunteers and a 120-minute plan for professionals, whose parts add up", () => {
    const plans = workshop.structure.plans.map((p) => [
      p.audience,
      p.minutes,
      p.parts.reduce((a, part) => a + part.minutes, 0),
    ]);
    expect(plans).toContainEqual(["volunteers", 60, 60]);
    expect(plans).toContainEqual(["professionals", 120, 120]);
  });

  it("has at least eight cases, each with questions, signals, tips and an outcome of the decision steps", () => {
    expect(workshop.structure.cases.length).toBeGreaterThanOrEqual(8);
    for (const item of workshop.structure.cases) {
      expect(refs.stepNodes.get(item.outcome), item.id).toBe("outcome");
      for (const lang of ["nl", "en"] as const)
        expect(workshop.text[lang].cases.items[item.id].questions.length, item.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("links only to signals, tips, steps, cases and statements that exist", () => {
    for (const plan of workshop.structure.plans) {
      for (const slide of plan.parts.flatMap((p) => p.slides)) {
        const known = {
          point: () => true,
          signal: () => refs.signals.has(slide.id),
          tip: () => refs.tips.has(slide.id),
          step: () => refs.stepNodes.has(slide.id),
          case: () => workshop.structure.cases.some((c) => c.id === slide.id),
          quiz: () => workshop.structure.quiz.some((q) => q.id === slide.id),
        }[slide.kind]();
        expect(known, `${plan.id}: ${slide.kind} ${slide.id}`).toBe(true);
      }
      for (const id of plan.handout.signals) expect(refs.signals.has(id), id).toBe(true);
      for (const id of plan.handout.tips) expect(refs.tips.has(id), id).toBe(true);
    }
    for (const item of workshop.structure.cases) {
      for (const id of item.signals) expect(refs.signals.has(id), `${item.id}: ${id}`).toBe(true);
      for (const id of item.tips) expect(refs.tips.has(id), `${item.id}: ${id}`).toBe(true);
    }
    for (const q of workshop.structure.quiz) if (q.signal) expect(refs.signals.has(q.signal), q.id).toBe(true);
  });

  it("has the same ids in Dutch and English", () => {
    const ids = (lang: "nl" | "en") => ({
      plans: Object.fromEntries(
        Object.entries(workshop.text[lang].plans).map(([id, p]) => [id, [Object.keys(p.parts), Object.keys(p.points)]]),
      ),
      cases: Object.keys(workshop.text[lang].cases.items),
      quiz: Object.keys(workshop.text[lang].quiz.statements),
    });
    expect(ids("en")).toEqual(ids("nl"));
  });

  /** Read a copy of content/ after changing it; the error message the start-up would show. */
  function brokenMessage(change: (dir: string) => void): string {
    const root = mkdtempSync(path.join(tmpdir(), "nabij-workshop-"));
    const dir = path.join(root, "content");
    const previous = process.env.CONTENT_DIR;
    try {
      cpSync(path.resolve(__dirname, "../../../content"), dir, { recursive: true });
      change(dir);
      process.env.CONTENT_DIR = dir;
      readWorkshopContent(dir);
      return "";
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).message;
    } finally {
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
      rmSync(root, { recursive: true, force: true });
    }
  }
  const edit = (file: string, from: string, to: string) =>
    writeFileSync(file, readFileSync(file, "utf8").replace(from, to));

  it("stops start-up with file, id and problem when a link points nowhere", () => {
    const message = brokenMessage((dir) => {
      const structure = path.join(dir, "workshop", "structure.yaml");
      edit(structure, "{ signal: says-yes-quickly }", "{ signal: says-yes-often }");
      edit(structure, "outcome: refer-money", "outcome: consent");
    });
    expect(message).toContain(
      'content/workshop/structure.yaml: plans.volunteers-intro.parts.signals.slides.signal:says-yes-often: signal "says-yes-often" does not exist',
    );
    expect(message).toContain(
      'content/workshop/structure.yaml: cases.unopened-letters.outcome: "consent" is not an outcome',
    );
  });

  it("stops start-up when a text is missing in one language, or the parts do not add up", () => {
    expect(
      brokenMessage((dir) =>
        edit(path.join(dir, "workshop", "en.yaml"), "      title: The father who says yes to everything\n", ""),
      ),
    ).toContain("content/workshop/en.yaml: cases.items.young-father.title: is missing");
    expect(
      brokenMessage((dir) =>
        edit(
          path.join(dir, "workshop", "structure.yaml"),
          "      - id: close\n        minutes: 2",
          "      - id: close\n        minutes: 3",
        ),
      ),
    ).toContain("the parts add up to 61 minutes, but the plan says 60");
  });
});

describe("slides", () => {
  const plan = workshop.structure.plans[0];
  const deck = deckOf(plan);

  it("start with a title slide and show a quiz statement before its answer", () => {
    expect(deck[0].kind).toBe("title");
    const quiz = deck.findIndex((e) => e.kind === "quiz");
    expect(deck[quiz + 1]).toMatchObject({ kind: "quiz-answer", id: (deck[quiz] as { id: string }).id });
  });

  it("accept only whole slide numbers from 1 to the last", () => {
    expect(parseSlideNumber("1", 10)).toBe(1);
    expect(parseSlideNumber("10", 10)).toBe(10);
    for (const bad of ["0", "11", "-1", "1.5", "01", "abc", "", undefined, "99999999999"])
      expect(parseSlideNumber(bad, 10), String(bad)).toBeNull();
  });

  it("link to the previous and next slide, and the presenter sees the next slide's title", () => {
    const first = buildSlideView(src, "nl", plan.id, 1)!;
    expect(first.prevHref).toBeNull();
    expect(first.nextHref).toBe(`/nl/workshop/${plan.id}/slides/2`);
    const last = buildSlideView(src, "nl", plan.id, deck.length)!;
    expect(last.nextHref).toBeNull();
    expect(last.next).toBeNull();
    const second = buildSlideView(src, "en", plan.id, 2)!;
    expect(second.next?.title).toBe(buildSlideView(src, "en", plan.id, 3)!.titleText);
    expect(buildSlideView(src, "nl", plan.id, deck.length + 1)).toBeNull();
  });

  it("are all in the sitemap, with the plan, handout, quiz and cases, but not the presenter view", () => {
    const paths = workshopSitemapPaths(workshop);
    for (const p of workshop.structure.plans) {
      expect(paths).toContain(`workshop/${p.id}`);
      expect(paths).toContain(`workshop/${p.id}/handout`);
      expect(paths).toContain(`workshop/${p.id}/slides/${deckOf(p).length}`);
    }
    expect(paths).toEqual(expect.arrayContaining(["workshop", "workshop/quiz", "workshop/cases"]));
    expect(paths.some((p) => p.includes("presenter"))).toBe(false);
  });

  it("move with arrows, Page Up/Down (clickers) and space, but leave typing and modifier keys alone", () => {
    const key = (
      k: string,
      extra: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {},
    ) => ({
      key: k,
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      ...extra,
    });
    expect(slideMoveForKey(key("ArrowRight"))).toBe("next");
    expect(slideMoveForKey(key("PageDown"))).toBe("next");
    expect(slideMoveForKey(key(" "))).toBe("next");
    expect(slideMoveForKey(key(" ", { shiftKey: true }))).toBe("prev");
    expect(slideMoveForKey(key("ArrowLeft"))).toBe("prev");
    expect(slideMoveForKey(key("PageUp"))).toBe("prev");
    expect(slideMoveForKey(key("Home"))).toBe("first");
    expect(slideMoveForKey(key("End"))).toBe("last");
    expect(slideMoveForKey(key("ArrowLeft", { altKey: true }))).toBeNull();
    expect(slideMoveForKey(key("ArrowRight"), "INPUT")).toBeNull();
    expect(slideMoveForKey(key(" "), "BUTTON")).toBeNull();
    expect(slideMoveForKey(key("x"))).toBeNull();
    expect(slideAfterMove("next", 3, 3)).toBeNull();
    expect(slideAfterMove("prev", 1, 3)).toBeNull();
    expect(slideAfterMove("last", 1, 3)).toBe(3);
  });
});

describe("plans and cases", () => {
  it("give each part its start and end time and the slide it starts on", () => {
    const view = buildPlanView(src, "nl", "volunteers-intro")!;
    expect(view.parts[0]).toMatchObject({ start: 0, firstSlide: 2 });
    expect(view.parts.at(-1)!.end).toBe(60);
    for (let i = 1; i < view.parts.length; i++) {
      expect(view.parts[i].start).toBe(view.parts[i - 1].end);
      expect(view.parts[i].firstSlide).toBe(view.parts[i - 1].firstSlide + view.parts[i - 1].slideCount);
    }
    expect(buildPlanView(src, "nl", "quiz")).toBeNull();
  });

  it("link a case's signals, tips and outcome to their pages, as plain link text", () => {
    const view = buildCaseView(src, "en", "phone-contract");
    expect(view.signals.map((s) => s.href)).toContain("/en/signals#money-taken");
    expect(view.tips.map((t) => t.href)).toContain("/en/tips/upset#safety-first");
    expect(view.outcome).toMatchObject({ href: "/en/steps/outcome/safety-volunteer", danger: true });
    expect(view.signals.every((s) => !s.title.includes("[["))).toBe(true);
  });
});

describe("the quiz", () => {
  const ids = workshop.structure.quiz.map((q) => q.id);

  it("reads answers from the address in order and stops at the first missing or odd one", () => {
    const query = new URLSearchParams({ [ids[0]]: "signal", [ids[1]]: "no-signal", [ids[3]]: "signal" });
    expect(readQuizAnswers(ids, query).map((a) => a.id)).toEqual([ids[0], ids[1]]);
    expect(readQuizAnswers(ids, new URLSearchParams({ [ids[0]]: "maybe" }))).toEqual([]);
  });

  it("explains the last answer, counts the right ones and carries the answers to the next form", () => {
    const first = workshop.structure.quiz[0];
    const wrong = first.answer === "signal" ? "no-signal" : "signal";
    const view = buildQuizView(src, "nl", new URLSearchParams({ [first.id]: wrong }));
    expect(view.last).toMatchObject({
      id: first.id,
      right: false,
      explanation: workshop.text.nl.quiz.statements[first.id].explanation,
    });
    expect(view.current?.id).toBe(ids[1]);
    expect(view.carry).toEqual([{ name: first.id, value: wrong }]);
    expect(view.score).toBe(0);

    const all = new URLSearchParams(workshop.structure.quiz.map((q) => [q.id, q.answer]));
    const done = buildQuizView(src, "en", all);
    expect(done.current).toBeNull();
    expect(done.score).toBe(ids.length);
  });
});

describe("handout contacts", () => {
  const item = (id: string, ...areas: string[]) => ({ id, areas: areas.map((slug) => ({ slug })) });

  it("shows each service once, a few per topic, and only nationwide services by default", () => {
    const found = [
      {
        topic: "lvb-expertise" as const,
        items: [item("a", "amsterdam"), item("b", "nederland"), item("c", "nederland")],
      },
      { topic: "money" as const, items: [item("b", "nederland"), item("d", "nederland")] },
    ];
    expect(pickHandoutContacts(found, "nederland", 3).map((g) => g.items.map((i) => i.id))).toEqual([
      ["b", "c"],
      ["d"],
    ]);
    expect(pickHandoutContacts(found, "amsterdam", 2).map((g) => g.items.map((i) => i.id))).toEqual([
      ["a", "b"],
      ["d"],
    ]);
  });
});

describe("the presenter clock", () => {
  it("writes the time of day and the time since the start", () => {
    expect(formatClock(new Date("2026-11-25T13:05:00Z"), "nl", "Europe/Amsterdam")).toBe("14:05");
    expect(formatElapsed(0)).toBe("0:00");
    expect(formatElapsed(247)).toBe("4:07");
    expect(formatElapsed(3725)).toBe("1:02:05");
    expect(formatElapsed(-5)).toBe("0:00");
  });
});
