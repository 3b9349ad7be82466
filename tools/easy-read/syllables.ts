import createHyphenator from "hyphen";
import nlPatterns from "hyphen/patterns/nl.js";
import enPatterns from "hyphen/patterns/en-us.js";
import type { Lang } from "~/i18n/lang";

// Syllables come from the TeX hyphenation patterns (Liang's algorithm, via the `hyphen` package).
// Patterns never split off one letter at the start or end of a word ("e|ten", "i|de|a"), so each
// hyphenated part is also checked for a second vowel group. That keeps short words from counting
// as one syllable too often, which would make texts look easier than they are.
const SEPARATOR = "\u2027";
const hyphenators: Record<Lang, (word: string) => string> = {
  nl: createHyphenator(nlPatterns, { hyphenChar: SEPARATOR, minWordLength: 1 }),
  en: createHyphenator(enPatterns, { hyphenChar: SEPARATOR, minWordLength: 1 }),
};

// Vowel letters; a diaeresis (ë, ï) starts a new syllable in Dutch ("cli|ën|ten", "ide|eën").
const VOWELS = "aeiouyàáâäèéêëìíîïòóôöùúûü";
const DIAERESIS = "äëïöü";

function vowelGroups(part: string, lang: Lang): number {
  const letters = part.toLowerCase();
  let groups = 0;
  let inGroup = false;
  for (const letter of letters) {
    const isVowel = VOWELS.includes(letter);
    if (isVowel && (!inGroup || DIAERESIS.includes(letter))) groups += 1;
    inGroup = isVowel;
  }
  // English: a final silent e ("make", "house") is no syllable of its own; "-le" ("simple") is.
  if (lang === "en" && groups > 1 && /[^aeiouyl]e$/.test(letters)) groups -= 1;
  return groups;
}

/** Hyphenated parts of a word, for reports and tests ("cli|ën|ton|der|steu|ning"). */
export function hyphenParts(word: string, lang: Lang): string[] {
  return hyphenators[lang](word).split(SEPARATOR).filter(Boolean);
}

/** The number of syllables in one word (at least 1, also for numbers). */
export function countSyllables(word: string, lang: Lang): number {
  const parts = hyphenParts(word, lang);
  const last = parts.length - 1;
  let total = 0;
  parts.forEach((part, index) => {
    // Inner parts are already single syllables; only the edges may hide a one-letter syllable.
    const edge = index === 0 || index === last;
    total += edge ? Math.max(1, Math.min(vowelGroups(part, lang), 2)) : 1;
  });
  return Math.max(1, total);
}
