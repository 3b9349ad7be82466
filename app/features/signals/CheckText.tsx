// Guide text with [[word-id]] / [[word-id|shown]] links to the word list, for the check pages.
// On paper the word links do not print their address: the printed page stays on one A4.
import { Link } from "@remix-run/react";
import { parseWordMarkup } from "~/features/guide/word-markup";

export function CheckText({ text, lang, terms }: { text: string; lang: string; terms: Record<string, string> }) {
  return (
    <>
      {parseWordMarkup(text).map((part, index) =>
        part.kind === "text" ? (
          part.text
        ) : (
          <Link key={index} to={`/${lang}/words#${part.wordId}`} className="no-print-url">
            {part.shown ?? terms[part.wordId] ?? part.wordId}
          </Link>
        ),
      )}
    </>
  );
}
