// What a visitor may read about a service (the card for the visitor, issue 14 point 6).
// The guide never puts a label on a visitor (docs/product.md principle 2): a card the visitor holds
// must not say "beperking", "LVB" or a diagnosis, even when the professional text does.
// Pure functions: the card route, the editor form and the tests use the same list.

/** Words that label a person. Matched as parts of words ("kenniscentrumlvb.nl" holds "lvb"). */
export const LABEL_WORDS = [
  "beperking",
  "lvb",
  "verstandelijk",
  "diagnose",
  "diagnosis",
  "disability",
  "handicap",
] as const;

/** The first label word in a text, or null when the text is safe to show a visitor. */
export function labelWordIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  return LABEL_WORDS.find((word) => lower.includes(word)) ?? null;
}

export interface ServiceNames {
  name: string;
  alternateName: string | null;
  organization: string;
}

/** The first name of the service without a label (its other name, its name, its organisation), or null. */
export function visitorName(names: ServiceNames): string | null {
  return (
    [names.alternateName, names.name, names.organization].find((candidate) => candidate && !labelWordIn(candidate)) ??
    null
  );
}

export interface VisitorCardSource extends ServiceNames {
  cardSummary: string | null;
  summary: string | null;
  website: string | null;
}

export interface VisitorCard {
  /** the name printed on the card */
  name: string;
  /** the visitor text, or null: the card then prints a neutral line that asks the giver */
  text: string | null;
  /** the website, only when its address holds no label */
  website: string | null;
}

/**
 * The card a visitor gets, or null when every name we have for the service holds a label (a
 * service only for professionals, such as a knowledge centre): no card is better than a label.
 * The text: the visitor text; when an editor left it empty, the professional summary only if it
 * holds no label word.
 */
export function visitorCard(source: VisitorCardSource): VisitorCard | null {
  const name = visitorName(source);
  if (!name) return null;
  const text =
    [source.cardSummary, source.summary].find(
      (candidate) => candidate && candidate.trim() && !labelWordIn(candidate),
    ) ?? null;
  return { name, text, website: source.website && !labelWordIn(source.website) ? source.website : null };
}
