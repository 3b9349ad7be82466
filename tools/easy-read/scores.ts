// Readability formulas as given in docs/easy-read.md (sources s93–s95 in docs/easy-read.md).

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/** Flesch-Douma (Dutch): 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. */
export function fleschDouma({ sentences, words, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return 100;
  return 206.84 - 0.77 * ((syllables / words) * 100) - 0.93 * (words / sentences);
}

/** Flesch Reading Ease (English): 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
export function fleschReadingEase({ sentences, words, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return 100;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

/** Brouwer Leesindex (Dutch; reported, not a gate): 195 − ⅔ × syllables per 100 words − 2 × words per sentence. */
export function brouwer({ sentences, words, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return 100;
  return 195 - (2 / 3) * ((syllables / words) * 100) - 2 * (words / sentences);
}
