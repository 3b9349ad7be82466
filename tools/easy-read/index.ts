// The easy-read checker as a tool: it measures text against docs/easy-read.md. It is not part of the
// app; `npm run content:check` (cli.ts) and tests use it. For one text — a directory description, a
// card text — call `measureText`; for the whole guide, `runContentCheck`.
import path from "node:path";
import { readGuideContent } from "~/features/guide/load-content.server";
import type { Lang } from "~/i18n/lang";
import { checkContext } from "./content-check";
import { checkPage, type CheckContext, type PageReport, type Problem } from "./measure";

export { LIMITS, overall, type CheckContext, type Problem } from "./measure";
export { checkContext, runContentCheck } from "./content-check";

/** No hard-word list: only sentence length, readability and passive voice are measured. */
export const WITHOUT_HARD_WORDS: CheckContext = { hardWords: { nl: [], en: [] }, termOf: () => undefined };

/**
 * The problems of one text in one language, measured as one page: sentences over 15 words (warn) or
 * 20 (fail), average length, readability (from 30 words), passive voice and the hard words of
 * `context`. `where` names the text in each problem (file and id), e.g. a service's field.
 */
export function measureText(
  text: string,
  lang: Lang,
  context: CheckContext = WITHOUT_HARD_WORDS,
  where: { file: string; id: string } = { file: "(text)", id: "text" },
): Problem[] {
  return checkPage({ file: where.file, id: where.id, lang, texts: [{ id: where.id, text }] }, context).problems;
}

/** The project's hard words (content/hard-words.yaml) and word-list terms, read from the content folder. */
export function projectContext(contentDir = path.join(process.cwd(), "content")): CheckContext {
  return checkContext(readGuideContent(contentDir));
}

/** Every fail in the reports as one line (file, page, text: message and sentence), for a test to show. */
export function failLines(reports: PageReport[]): string[] {
  return reports.flatMap((r) =>
    r.problems
      .filter((p) => p.level === "fail")
      .map((p) => `${p.file} ${p.pageId} ${p.textId}: ${p.message} ${p.sentence ?? ""}`),
  );
}
