// Split a block of text into sentences for reading aloud, with their offsets so the sentence
// being read can be highlighted. Intl.Segmenter knows that "bijv." does not end a sentence.
export interface Span {
  start: number;
  end: number;
}

export function splitSentences(text: string, lang: string): Span[] {
  const spans: Span[] = [];
  const pieces: Span[] =
    typeof Intl !== "undefined" && "Segmenter" in Intl
      ? [...new Intl.Segmenter(lang, { granularity: "sentence" }).segment(text)].map((s) => ({
          start: s.index,
          end: s.index + s.segment.length,
        }))
      : [...text.matchAll(/[^.!?]+[.!?]*\s*/g)].map((m) => ({
          start: m.index ?? 0,
          end: (m.index ?? 0) + m[0].length,
        }));
  for (const piece of pieces) {
    let { start, end } = piece;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    // Only spans with a letter or digit are worth saying.
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) spans.push({ start, end });
  }
  return spans;
}

/** The voice language for a page language: Dutch as spoken in the Netherlands, British English. */
export function speechLang(lang: string): string {
  return lang === "nl" ? "nl-NL" : lang === "en" ? "en-GB" : lang;
}

/** Speaking rates: normal, and slower for listeners who need more time. */
export const RATES = { normal: 1, slow: 0.7 } as const;
