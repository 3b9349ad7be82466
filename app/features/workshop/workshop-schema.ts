// The shape of content/workshop/ as zod schemas, plus the checks that need the rest of the guide:
// every link from a plan, case or quiz statement points at a signal, tip, step node, case or
// statement that exists, both languages have every text, and the parts of a plan add up.
// Pure: no file system here (that is load-workshop.server.ts).
import { z } from "zod";
import { LANGS, type Lang } from "~/i18n/lang";
import { textsOf } from "~/features/guide/content-schema";
import { linkedWordIds, markupProblem } from "~/ui/word-markup";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are lower-case words joined by '-'");
const sourceId = z.string().regex(/^s[1-9][0-9]*$/, 'source ids look like "s13" (ids of content/sources.yaml)');
const text = z.string().trim().min(1, "the text is empty");
const texts = z.array(text).min(1, "give at least one line");
const minutes = z.number().int("minutes are whole numbers").positive("minutes must be more than 0");

/** Slugs the workshop pages use themselves: a plan may not take them. */
export const RESERVED_PLAN_SLUGS = ["quiz", "cases"] as const;

/** One slide shows one thing. The key says what kind of thing, the value is its id. */
export const SLIDE_KINDS = ["point", "signal", "tip", "case", "quiz", "step"] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

const slideRef = z
  .record(z.string(), id)
  .refine((value) => Object.keys(value).length === 1 && SLIDE_KINDS.includes(Object.keys(value)[0] as SlideKind), {
    message: `a slide is one of { point: id }, { signal: id }, { tip: id }, { case: id }, { quiz: id }, { step: id }`,
  })
  .transform((value) => {
    const [kind, ref] = Object.entries(value)[0];
    return { kind: kind as SlideKind, id: ref };
  });

export const workshopStructureSchema = z.object({
  sources: z.array(sourceId).default([]),
  plans: z
    .array(
      z.object({
        id,
        audience: z.enum(["volunteers", "professionals"], {
          errorMap: () => ({ message: "audience is volunteers or professionals" }),
        }),
        minutes,
        sources: z.array(sourceId).min(1, "name at least one source"),
        handout: z.object({ signals: z.array(id).min(1), tips: z.array(id).min(1) }),
        parts: z
          .array(z.object({ id, minutes, slides: z.array(slideRef).min(1, "a part needs at least one slide") }))
          .min(1),
      }),
    )
    .min(2, "give at least two plans"),
  cases: z
    .array(
      z.object({
        id,
        signals: z.array(id).min(1),
        tips: z.array(id).min(1),
        outcome: id,
        sources: z.array(sourceId).min(1, "name at least one source"),
      }),
    )
    .min(8, "give at least eight cases"),
  quiz: z
    .array(
      z.object({
        id,
        answer: z.enum(["signal", "no-signal"], { errorMap: () => ({ message: "answer is signal or no-signal" }) }),
        signal: id.optional(),
        sources: z.array(sourceId).min(1, "name at least one source"),
      }),
    )
    .min(4, "give at least four quiz statements"),
});

const pointText = z.object({ title: text, lines: texts, notes: z.array(text).default([]) });
const partText = z.object({ title: text, goal: text, trainer: texts });

export const workshopTextSchema = z.object({
  page: z.object({ title: text, intro: texts, noLabel: text, ideas: texts }),
  plans: z.record(
    id,
    z.object({
      title: text,
      audience: text,
      summary: text,
      goals: texts,
      prepare: texts,
      parts: z.record(id, partText),
      points: z.record(id, pointText),
    }),
  ),
  cases: z.object({
    page: z.object({ title: text, intro: texts }),
    labels: z.object({ questions: text, signals: text, tips: text, advice: text }),
    items: z.record(id, z.object({ title: text, story: texts, questions: texts, advice: text })),
  }),
  quiz: z.object({
    title: text,
    intro: texts,
    statements: z.record(id, z.object({ statement: text, explanation: text })),
  }),
});

export type WorkshopStructure = z.infer<typeof workshopStructureSchema>;
export type WorkshopText = z.infer<typeof workshopTextSchema>;
export type PlanStructure = WorkshopStructure["plans"][number];
export type CaseStructure = WorkshopStructure["cases"][number];
export type QuizStructure = WorkshopStructure["quiz"][number];

export interface WorkshopContent {
  structure: WorkshopStructure;
  text: Record<Lang, WorkshopText>;
}

/** The ids elsewhere in the guide that workshop content may point at. */
export interface GuideRefs {
  signals: ReadonlySet<string>;
  tips: ReadonlySet<string>;
  /** decision-step node ids with their kind */
  stepNodes: ReadonlyMap<string, "question" | "outcome">;
  sources: ReadonlySet<string>;
  words: ReadonlySet<string>;
}

export interface WorkshopProblem {
  /** "structure" or a language (the text file) */
  file: "structure" | Lang;
  id: string;
  problem: string;
}

/** Every problem across the workshop files and the rest of the guide. Empty means whole. */
export function workshopProblems(content: WorkshopContent, refs: GuideRefs): WorkshopProblem[] {
  const problems: WorkshopProblem[] = [];
  const add = (file: WorkshopProblem["file"], where: string, problem: string) =>
    problems.push({ file, id: where, problem });
  const { structure } = content;
  const caseIds = new Set(structure.cases.map((c) => c.id));
  const quizIds = new Set(structure.quiz.map((q) => q.id));

  const unique = (group: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const one of ids) {
      if (seen.has(one)) add("structure", `${group}.${one}`, "this id is used twice");
      seen.add(one);
    }
  };
  const sources = (where: string, ids: string[]) => {
    for (const s of ids)
      if (!refs.sources.has(s)) add("structure", where, `source ${s} is not in content/sources.yaml`);
  };
  const signal = (where: string, ref: string) => {
    if (!refs.signals.has(ref))
      add("structure", where, `signal "${ref}" does not exist in content/signals/structure.yaml`);
  };
  const tip = (where: string, ref: string) => {
    if (!refs.tips.has(ref)) add("structure", where, `tip "${ref}" does not exist in content/tips/structure.yaml`);
  };

  unique(
    "plans",
    structure.plans.map((p) => p.id),
  );
  unique(
    "quiz",
    structure.quiz.map((q) => q.id),
  );
  unique(
    "cases",
    structure.cases.map((c) => c.id),
  );
  sources("sources", structure.sources);

  for (const plan of structure.plans) {
    const where = `plans.${plan.id}`;
    if ((RESERVED_PLAN_SLUGS as readonly string[]).includes(plan.id))
      add("structure", where, `"${plan.id}" is a page of its own; pick another id`);
    sources(`${where}.sources`, plan.sources);
    const total = plan.parts.reduce((sum, part) => sum + part.minutes, 0);
    if (total !== plan.minutes)
      add("structure", where, `the parts add up to ${total} minutes, but the plan says ${plan.minutes}`);
    unique(
      `${where}.parts`,
      plan.parts.map((p) => p.id),
    );
    for (const s of plan.handout.signals) signal(`${where}.handout.signals`, s);
    for (const t of plan.handout.tips) tip(`${where}.handout.tips`, t);
    for (const part of plan.parts) {
      for (const slide of part.slides) {
        const at = `${where}.parts.${part.id}.slides.${slide.kind}:${slide.id}`;
        if (slide.kind === "signal") signal(at, slide.id);
        if (slide.kind === "tip") tip(at, slide.id);
        if (slide.kind === "case" && !caseIds.has(slide.id)) add("structure", at, `case "${slide.id}" is not in cases`);
        if (slide.kind === "quiz" && !quizIds.has(slide.id))
          add("structure", at, `quiz statement "${slide.id}" is not in quiz`);
        if (slide.kind === "step" && !refs.stepNodes.has(slide.id))
          add("structure", at, `step "${slide.id}" is not a question or outcome in content/steps/structure.yaml`);
      }
    }
  }

  for (const item of structure.cases) {
    const where = `cases.${item.id}`;
    sources(`${where}.sources`, item.sources);
    for (const s of item.signals) signal(`${where}.signals`, s);
    for (const t of item.tips) tip(`${where}.tips`, t);
    if (refs.stepNodes.get(item.outcome) !== "outcome")
      add("structure", `${where}.outcome`, `"${item.outcome}" is not an outcome in content/steps/structure.yaml`);
  }

  for (const statement of structure.quiz) {
    const where = `quiz.${statement.id}`;
    sources(`${where}.sources`, statement.sources);
    if (statement.signal) signal(`${where}.signal`, statement.signal);
    else if (statement.answer === "signal")
      add("structure", where, "a statement that is a signal names the signal (signal: <id>)");
  }

  // both languages: the same ids, no extra ones, and word links that exist
  for (const lang of LANGS) {
    const t = content.text[lang];
    const name = lang === "nl" ? "Dutch" : "English";
    const parity = (group: string, expected: string[], actual: Record<string, unknown>) => {
      for (const one of expected) if (!(one in actual)) add(lang, `${group}.${one}`, `has no ${name} text`);
      for (const one of Object.keys(actual))
        if (!expected.includes(one)) add(lang, `${group}.${one}`, "has text but is not in structure.yaml");
    };
    parity(
      "plans",
      structure.plans.map((p) => p.id),
      t.plans,
    );
    for (const plan of structure.plans) {
      const planText = t.plans[plan.id];
      if (!planText) continue;
      parity(
        `plans.${plan.id}.parts`,
        plan.parts.map((p) => p.id),
        planText.parts,
      );
      const points = [
        ...new Set(plan.parts.flatMap((p) => p.slides.filter((s) => s.kind === "point").map((s) => s.id))),
      ];
      parity(`plans.${plan.id}.points`, points, planText.points);
    }
    parity("cases.items", [...caseIds], t.cases.items);
    parity(
      "quiz.statements",
      structure.quiz.map((q) => q.id),
      t.quiz.statements,
    );

    for (const [where, value] of textsOf(t)) {
      const problem = markupProblem(value);
      if (problem) add(lang, where, problem);
      for (const link of linkedWordIds(value)) {
        if (!refs.words.has(link))
          add(lang, where, `links to word "${link}", which is not in content/words/structure.yaml`);
      }
    }
  }
  return problems;
}
