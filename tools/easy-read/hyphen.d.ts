// The `hyphen` package ships no types. Only what the syllable counter uses.
declare module "hyphen" {
  type Hyphenate = (text: string) => string;
  export default function createHyphenator(
    patterns: unknown,
    options?: { hyphenChar?: string; minWordLength?: number; async?: boolean; html?: boolean },
  ): Hyphenate;
}
declare module "hyphen/patterns/nl.js" {
  const patterns: unknown;
  export default patterns;
}
declare module "hyphen/patterns/en-us.js" {
  const patterns: unknown;
  export default patterns;
}
