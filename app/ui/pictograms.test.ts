import { existsSync, readFileSync } from "node:fs";
import {
  PICTOGRAMS,
  TIP_PICTOGRAMS,
  TOPIC_PICTOGRAMS,
  SIGNAL_PICTOGRAMS,
  OUTCOME_PICTOGRAMS,
  outcomePictogram,
  signalPictogram,
} from "./pictograms";
import { TOPIC_IDS } from "#db/topics";

const TOPICS = TOPIC_IDS;
const SITUATIONS = ["talking", "explaining", "appointments", "letters-forms", "money", "upset"];

describe("pictograms", () => {
  it("exist as files for every name, drawn in the shared frame", () => {
    for (const name of PICTOGRAMS) {
      const file = new URL(`../../public/pictograms/${name}.svg`, import.meta.url);
      expect(existsSync(file), name).toBe(true);
      expect(readFileSync(file, "utf8")).toContain('viewBox="0 0 64 64"');
    }
  });

  it("cover every agreed tip situation and directory topic, each topic its own picture", () => {
    expect(Object.keys(TIP_PICTOGRAMS).sort()).toEqual([...SITUATIONS].sort());
    expect(Object.keys(TOPIC_PICTOGRAMS).sort()).toEqual([...TOPICS].sort());
    expect(new Set(Object.values(TOPIC_PICTOGRAMS)).size).toBe(TOPICS.length);
  });

  it("cover every signal category and decision outcome in the content", () => {
    const signals = readFileSync(new URL("../../content/signals/structure.yaml", import.meta.url), "utf8");
    const categories = [...signals.matchAll(/^ {2}- id: ([a-z-]+)$/gm)].map((m) => m[1]);
    expect(categories.length).toBeGreaterThanOrEqual(6);
    for (const id of categories) expect(SIGNAL_PICTOGRAMS[id], id).toBeDefined();
    const steps = readFileSync(new URL("../../content/steps/structure.yaml", import.meta.url), "utf8");
    const outcomes = steps.slice(steps.indexOf("\noutcomes:"));
    const ids = [...outcomes.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ids) expect(OUTCOME_PICTOGRAMS[id], id).toBeDefined();
  });

  it("give signal categories and decision outcomes added later a fitting picture", () => {
    expect(signalPictogram("money-letters-forms")).toBe("envelope");
    expect(signalPictogram("feelings-behaviour")).toBe("face-upset");
    expect(outcomePictogram("urgent-danger")).toBe("warning");
    expect(outcomePictogram("anonymous-consultation")).toBe("phone");
    expect(outcomePictogram("something-new")).toBe("signpost");
  });
});
