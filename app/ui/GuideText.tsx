import { Link, useParams } from "@remix-run/react";
import { Fragment } from "react";
import { parseWordMarkup } from "./word-markup";
import { langOrDefault } from "./page-meta";

/**
 * Guide text with word-list links: "[[lvb]]" shows the word's term, "[[lvb|een LVB]]" shows other
 * words; both link to /:lang/words#lvb. `terms` maps word ids to their term in this language
 * (from getWordTerms(lang) in ~/features/guide/load-content.server, passed by the loader).
 */
export function GuideText({ text, terms = {} }: { text: string; terms?: Record<string, string> }) {
  const lang = langOrDefault(useParams().lang);
  return (
    <>
      {parseWordMarkup(text).map((part, index) =>
        part.kind === "text" ? (
          <Fragment key={index}>{part.text}</Fragment>
        ) : (
          <Link key={index} to={`/${lang}/words#${part.wordId}`} className="word-link">
            {part.shown ?? terms[part.wordId] ?? part.wordId}
          </Link>
        ),
      )}
    </>
  );
}
