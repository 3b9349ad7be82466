// What the signals, tips and words pages show, built from the validated content for one language.
// Pure: the routes get these views through guide-pages.server.ts.
import type { Lang } from "~/i18n/lang";
import type { GuideContent, SituationId, SourceEntry } from "./content-schema";

export type SourceView = SourceEntry;

export interface SignalView {
  id: string;
  line: string;
  example: string;
  danger: boolean;
  tips: { id: string; title: string; href: string }[];
  topics: { id: string; href: string }[];
}

export interface SignalsView {
  title: string;
  intro: string[];
  notDiagnosis: string[];
  categories: { id: string; title: string; intro: string; danger: boolean; signals: SignalView[] }[];
  sources: SourceView[];
  terms: Record<string, string>;
}

export interface TipView {
  id: string;
  title: string;
  do: string;
  dont: string;
  example: string | null;
}

export interface TipsIndexView {
  title: string;
  intro: string[];
  situations: {
    id: SituationId;
    title: string;
    summary: string;
    href: string;
    tips: { id: string; title: string }[];
  }[];
  sources: SourceView[];
  terms: Record<string, string>;
}

export interface SituationView {
  id: SituationId;
  title: string;
  intro: string;
  tips: TipView[];
  others: { id: SituationId; title: string; href: string }[];
  allTipsHref: string;
  sources: SourceView[];
  terms: Record<string, string>;
}

export interface WordsView {
  title: string;
  intro: string[];
  words: { id: string; term: string; text: string }[];
  sources: SourceView[];
  terms: Record<string, string>;
}

/** Sources by id, in the order of the numbered list (s1, s2, …), each once. */
export function sourcesFor(content: GuideContent, ids: Iterable<string>): SourceView[] {
  const unique = [...new Set(ids)].filter((id) => content.sources[id]);
  unique.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  return unique.map((id) => content.sources[id]);
}

export function wordTerms(content: GuideContent, lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(content.words.text[lang].words).map(([id, word]) => [id, word.term]));
}

/** Where a tip lives: its situation page, at its own anchor. */
export function tipHref(content: GuideContent, lang: Lang, tipId: string): string {
  const situation = content.tips.structure.situations.find((s) => s.tips.some((t) => t.id === tipId));
  return `/${lang}/tips/${situation?.id ?? ""}#${tipId}`;
}

export function buildSignalsView(content: GuideContent, lang: Lang): SignalsView {
  const text = content.signals.text[lang];
  const tips = content.tips.text[lang].tips;
  const categories = content.signals.structure.categories.map((category) => ({
    id: category.id,
    title: text.categories[category.id].title,
    intro: text.categories[category.id].intro,
    danger: category.signals.every((s) => s.danger),
    signals: category.signals.map((signal) => ({
      id: signal.id,
      line: text.signals[signal.id].line,
      example: text.signals[signal.id].example,
      danger: signal.danger,
      tips: signal.tips.map((id) => ({ id, title: tips[id].title, href: tipHref(content, lang, id) })),
      topics: signal.topics.map((id) => ({ id, href: `/${lang}/contacts?topic=${id}` })),
    })),
  }));
  const sourceIds = [
    ...content.signals.structure.sources,
    ...content.signals.structure.categories.flatMap((c) => c.signals.flatMap((s) => s.sources)),
  ];
  return {
    title: text.page.title,
    intro: text.page.intro,
    notDiagnosis: text.page.notDiagnosis,
    categories,
    sources: sourcesFor(content, sourceIds),
    terms: wordTerms(content, lang),
  };
}

export function buildTipsIndexView(content: GuideContent, lang: Lang): TipsIndexView {
  const text = content.tips.text[lang];
  return {
    title: text.page.title,
    intro: text.page.intro,
    situations: content.tips.structure.situations.map((situation) => ({
      id: situation.id,
      title: text.situations[situation.id].title,
      summary: text.situations[situation.id].summary,
      href: `/${lang}/tips/${situation.id}`,
      tips: situation.tips.map((tip) => ({ id: tip.id, title: text.tips[tip.id].title })),
    })),
    sources: sourcesFor(content, [
      ...content.tips.structure.sources,
      ...content.tips.structure.situations.flatMap((s) => s.tips.flatMap((t) => t.sources)),
    ]),
    terms: wordTerms(content, lang),
  };
}

/** One situation's page, or null when the situation does not exist (the route answers 404). */
export function buildSituationView(content: GuideContent, lang: Lang, situationId: string): SituationView | null {
  const situation = content.tips.structure.situations.find((s) => s.id === situationId);
  if (!situation) return null;
  const text = content.tips.text[lang];
  return {
    id: situation.id,
    title: text.situations[situation.id].title,
    intro: text.situations[situation.id].intro,
    tips: situation.tips.map((tip) => {
      const tipText = text.tips[tip.id];
      return { id: tip.id, title: tipText.title, do: tipText.do, dont: tipText.dont, example: tipText.example ?? null };
    }),
    others: content.tips.structure.situations
      .filter((s) => s.id !== situation.id)
      .map((s) => ({ id: s.id, title: text.situations[s.id].title, href: `/${lang}/tips/${s.id}` })),
    allTipsHref: `/${lang}/tips`,
    sources: sourcesFor(
      content,
      situation.tips.flatMap((t) => t.sources),
    ),
    terms: wordTerms(content, lang),
  };
}

export function buildWordsView(content: GuideContent, lang: Lang): WordsView {
  const text = content.words.text[lang];
  const collator = new Intl.Collator(lang, { sensitivity: "base", numeric: true });
  const words = content.words.structure.words
    .map((word) => ({ id: word.id, term: text.words[word.id].term, text: text.words[word.id].text }))
    .sort((a, b) => collator.compare(a.term, b.term));
  return {
    title: text.page.title,
    intro: text.page.intro,
    words,
    sources: sourcesFor(
      content,
      content.words.structure.words.flatMap((w) => w.sources),
    ),
    terms: wordTerms(content, lang),
  };
}

/** Every public guide page of this feature, without the language (for the sitemap). */
export function guideSitemapPaths(content: GuideContent): string[] {
  return ["signals", "tips", ...content.tips.structure.situations.map((s) => `tips/${s.id}`), "words"];
}
