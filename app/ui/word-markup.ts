// Word-list links inside guide text: "[[word-id]]" shows the word's term, "[[word-id|shown text]]"
// shows other words. Used by the renderer (GuideText), the content validator and the checker.

export type MarkupPart = { kind: "text"; text: string } | { kind: "word"; wordId: string; shown: string | null };

const LINK = /\[\[([a-z0-9-]+)(?:\|([^\]|]+))?\]\]/g;

export function parseWordMarkup(text: string): MarkupPart[] {
  const parts: MarkupPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ kind: "text", text: text.slice(last, index) });
    parts.push({ kind: "word", wordId: match[1], shown: match[2]?.trim() || null });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/** Word ids linked in a text, in order. */
export function linkedWordIds(text: string): string[] {
  return parseWordMarkup(text).flatMap((part) => (part.kind === "word" ? [part.wordId] : []));
}

/** A problem with the markup itself ("[[" without a matching "]]"), or null. */
export function markupProblem(text: string): string | null {
  const rest = parseWordMarkup(text)
    .filter((part): part is { kind: "text"; text: string } => part.kind === "text")
    .map((part) => part.text)
    .join("");
  if (rest.includes("[[") || rest.includes("]]")) {
    return "a word link is not written right: use [[word-id]] or [[word-id|shown text]] (lower-case id)";
  }
  return null;
}

/** The text as a reader sees it: links replaced by their shown text or the word's term. */
export function plainText(text: string, termOf: (wordId: string) => string | undefined): string {
  return parseWordMarkup(text)
    .map((part) => (part.kind === "text" ? part.text : (part.shown ?? termOf(part.wordId) ?? part.wordId)))
    .join("");
}
