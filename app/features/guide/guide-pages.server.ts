// The guide pages' views, built once per language from the content loaded at start-up.
import type { Lang } from "~/i18n/lang";
import { loadGuideContent } from "./load-content.server";
import {
  buildSignalsView,
  buildSituationView,
  buildTipsIndexView,
  buildWordsView,
  guideSitemapPaths,
  sourcesFor,
  type SignalsView,
  type SituationView,
  type SourceView,
  type TipsIndexView,
  type WordsView,
} from "./guide-pages";

const memo = new Map<string, unknown>();
function once<T>(key: string, build: () => T): T {
  if (!memo.has(key)) memo.set(key, build());
  return memo.get(key) as T;
}

export const signalsView = (lang: Lang): SignalsView =>
  once(`signals:${lang}`, () => buildSignalsView(loadGuideContent(), lang));
export const tipsIndexView = (lang: Lang): TipsIndexView =>
  once(`tips:${lang}`, () => buildTipsIndexView(loadGuideContent(), lang));
export const situationView = (lang: Lang, id: string): SituationView | null =>
  buildSituationView(loadGuideContent(), lang, id);
export const wordsView = (lang: Lang): WordsView =>
  once(`words:${lang}`, () => buildWordsView(loadGuideContent(), lang));
export const guidePaths = (): string[] => guideSitemapPaths(loadGuideContent());

/** Sources from the registry (content/sources.yaml) by id, for any page. */
export const sourcesById = (ids: readonly string[]): SourceView[] => sourcesFor(loadGuideContent(), ids);
