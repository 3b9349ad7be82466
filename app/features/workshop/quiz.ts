// The "signal or not?" quiz for phones: plain GET forms, the answers only in the address
// (?<statement-id>=signal|no-signal), nothing stored. Pure: reads the answers, says where the
// participant stands and what to show.
import type { Lang } from "~/i18n/lang";
import { sourcesFor, wordTerms, type SourceView } from "~/features/guide/guide-pages";
import type { Sources } from "./workshop-views";

export const QUIZ_ANSWERS = ["signal", "no-signal"] as const;
export type QuizAnswer = (typeof QUIZ_ANSWERS)[number];

export interface QuizStatementView {
  id: string;
  number: number;
  statement: string;
  explanation: string;
  correct: QuizAnswer;
  signal: { id: string; line: string; href: string } | null;
}

export interface AnsweredStatement extends QuizStatementView {
  given: QuizAnswer;
  right: boolean;
}

export interface QuizView {
  title: string;
  intro: string[];
  total: number;
  /** the answers so far, in quiz order (only the unbroken run from the first statement) */
  answered: AnsweredStatement[];
  /** the answer just given, shown with its explanation */
  last: AnsweredStatement | null;
  /** the statement to answer now; null when all are answered */
  current: QuizStatementView | null;
  /** the answers so far as hidden fields for the next form */
  carry: { name: string; value: QuizAnswer }[];
  score: number;
  restartHref: string;
  sources: SourceView[];
  terms: Record<string, string>;
}

const isAnswer = (value: unknown): value is QuizAnswer => QUIZ_ANSWERS.includes(value as QuizAnswer);

/** The statement ids answered, in quiz order, stopping at the first one without a valid answer. */
export function readQuizAnswers(ids: readonly string[], query: URLSearchParams): { id: string; given: QuizAnswer }[] {
  const answers: { id: string; given: QuizAnswer }[] = [];
  for (const id of ids) {
    const given = query.get(id);
    if (!isAnswer(given)) break;
    answers.push({ id, given });
  }
  return answers;
}

export function buildQuizView(src: Sources, lang: Lang, query: URLSearchParams): QuizView {
  const text = src.workshop.text[lang].quiz;
  const statements: QuizStatementView[] = src.workshop.structure.quiz.map((q, index) => ({
    id: q.id,
    number: index + 1,
    statement: text.statements[q.id].statement,
    explanation: text.statements[q.id].explanation,
    correct: q.answer,
    signal: q.signal
      ? {
          id: q.signal,
          line: src.guide.signals.text[lang].signals[q.signal].line,
          href: `/${lang}/signals#${q.signal}`,
        }
      : null,
  }));
  const given = readQuizAnswers(
    statements.map((s) => s.id),
    query,
  );
  const answered = given.map(({ id, given: answer }, index) => ({
    ...statements[index],
    id,
    given: answer,
    right: answer === statements[index].correct,
  }));
  return {
    title: text.title,
    intro: text.intro,
    total: statements.length,
    answered,
    last: answered.at(-1) ?? null,
    current: statements[answered.length] ?? null,
    carry: answered.map((a) => ({ name: a.id, value: a.given })),
    score: answered.filter((a) => a.right).length,
    restartHref: `/${lang}/workshop/quiz`,
    sources: sourcesFor(
      src.guide,
      src.workshop.structure.quiz.flatMap((q) => q.sources),
    ),
    terms: wordTerms(src.guide, lang),
  };
}
