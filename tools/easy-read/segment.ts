import type { Lang } from "~/i18n/lang";

// Sentence and word splitting by Intl.Segmenter (ICU), which knows abbreviations such as "bijv."
// and keeps quoted questions inside their sentence.
const sentenceSegmenters = new Map<Lang, Intl.Segmenter>();
const wordSegmenters = new Map<Lang, Intl.Segmenter>();

function segmenter(cache: Map<Lang, Intl.Segmenter>, lang: Lang, granularity: "sentence" | "word") {
  let found = cache.get(lang);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity });
    cache.set(lang, found);
  }
  return found;
}

/** The sentences of a text, trimmed, without empty ones. */
export function splitSentences(text: string, lang: Lang): string[] {
  return [...segmenter(sentenceSegmenters, lang, "sentence").segment(text)]
    .map((part) => part.segment.trim())
    .filter((sentence) => splitWords(sentence, lang).length > 0);
}

/** The words of a text (letters or digits; punctuation and spaces dropped). */
export function splitWords(text: string, lang: Lang): string[] {
  return [...segmenter(wordSegmenters, lang, "word").segment(text)]
    .filter((part) => part.isWordLike)
    .map((part) => part.segment);
}
