import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersQuery, readAnswers, readStep, stepLinks } from "./check-answers";
import { FIXTURE_CATEGORIES as CATEGORIES } from "./check-fixture";

const read = (query: string) => readAnswers(new URLSearchParams(query), CATEGORIES);

describe("reading the answers from the address", () => {
  it("starts at step 1 with nothing ticked", () => {
    expect(read("")).toEqual({ ticked: [], step: 1, cleaned: false, fixedNotice: false });
  });

  it("reads ticked signals and the step", () => {
    expect(read("s=debts&s=says-yes&step=2")).toMatchObject({ ticked: ["says-yes", "debts"], step: 2, cleaned: false });
  });

  it("keeps ticks in the order of the check, whatever the order in the address", () => {
    expect(read("s=exploited&s=echoes&s=says-yes").ticked).toEqual(["says-yes", "echoes", "exploited"]);
  });

  it("leaves out unknown ids and says so", () => {
    const answers = read("s=says-yes&s=not-a-signal&s=%3Cscript%3E");
    expect(answers.ticked).toEqual(["says-yes"]);
    expect(answers.cleaned).toBe(true);
  });

  it("keeps a repeated id once and says so", () => {
    const answers = read("s=says-yes&s=says-yes&s=says-yes");
    expect(answers.ticked).toEqual(["says-yes"]);
    expect(answers.cleaned).toBe(true);
  });

  it("does not compare very long values with the ids", () => {
    const answers = read(`s=${"a".repeat(100_000)}`);
    expect(answers).toMatchObject({ ticked: [], cleaned: true });
  });

  it("ignores other parameters", () => {
    expect(read("s=lonely&utm_source=mail&_data=routes%2Fx")).toMatchObject({ ticked: ["lonely"], cleaned: false });
  });

  it("reads the notice flag the result page sets after cleaning", () => {
    expect(read("fixed=1").fixedNotice).toBe(true);
    expect(read("fixed=yes").fixedNotice).toBe(false);
  });

  it("takes a category id as unknown: only signals can be ticked", () => {
    expect(read("s=language")).toMatchObject({ ticked: [], cleaned: true });
  });
});

describe("reading the step", () => {
  it.each([
    [null, 1],
    ["1", 1],
    ["3", 3],
    [" 2 ", 2],
    ["0", 1],
    ["4", 3],
    ["9999", 3],
    ["-1", 1],
    ["2.5", 1],
    ["abc", 1],
    ["", 1],
    ["1e3", 1],
    ["99999999999999999999", 1],
  ])("step=%s gives step %i of 3", (value, expected) => {
    expect(readStep(value, 3)).toBe(expected);
  });

  it("never gives a step outside the check, for any input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant(null)), fc.integer({ min: 1, max: 20 }), (value, count) => {
        const step = readStep(value, count);
        return Number.isInteger(step) && step >= 1 && step <= count;
      }),
    );
  });

  it("never throws and only returns known ids, each once, for any address", () => {
    const known = CATEGORIES.flatMap((c) => c.signals.map((s) => s.id));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("s", "step", "x"), fc.oneof(fc.string(), fc.constantFrom(...known)))),
        (pairs) => {
          const answers = readAnswers(new URLSearchParams(pairs), CATEGORIES);
          return (
            answers.ticked.every((id) => known.includes(id)) && new Set(answers.ticked).size === answers.ticked.length
          );
        },
      ),
    );
  });
});

describe("addresses for a step", () => {
  it("writes answers as repeated s= and a step", () => {
    expect(answersQuery(["says-yes", "debts"], 3)).toBe("s=says-yes&s=debts&step=3");
    expect(answersQuery([])).toBe("");
  });

  it("carries the answers of the other steps, not this step's (the checkboxes send those)", () => {
    const links = stepLinks("nl", ["says-yes", "debts", "lonely"], 2, CATEGORIES);
    expect(links.carried).toEqual(["says-yes", "lonely"]);
  });

  it("skips a part: to the next step, without this part's ticks", () => {
    const links = stepLinks("nl", ["says-yes", "debts"], 2, CATEGORIES);
    expect(links.skip).toBe("/nl/signals/check?s=says-yes&step=3");
    expect(links.isLast).toBe(false);
  });

  it("skipping the last part goes to the result", () => {
    const links = stepLinks("en", ["says-yes", "lonely"], 3, CATEGORIES);
    expect(links.isLast).toBe(true);
    expect(links.skip).toBe("/en/signals/result?s=says-yes");
    expect(stepLinks("en", ["lonely"], 3, CATEGORIES).skip).toBe("/en/signals/result");
  });

  it("reads back what it writes", () => {
    const ticked = ["echoes", "forms-wrong", "exploited"];
    expect(read(answersQuery(ticked, 2))).toMatchObject({ ticked, step: 2, cleaned: false });
  });
});
