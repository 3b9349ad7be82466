import { useTranslation } from "react-i18next";

/** A source as pages show it (content/sources.yaml). */
export interface Source {
  title: string;
  publisher: string;
  /** a four-digit year, or "year not stated" (SourceList shows that in the reader's language) */
  year: string;
  url: string;
}

/** How content/sources.yaml writes an unknown year; shown in the reader's language. */
const YEAR_NOT_STATED = "year not stated";

/**
 * The sources of a page, folded away under a closed <details> (issue 14 point 9): a page reads as
 * easy as its text, and whoever wants the sources opens them. Each shows its title (the link),
 * publisher and year; no raw address on screen. Print shows them open (app.css).
 */
export function SourceList({ sources, headingId = "sources" }: { sources: Source[]; headingId?: string }) {
  const { t } = useTranslation();
  return (
    <section className="sources" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("sources")}</h2>
      <details className="sources__fold">
        <summary>{t("sourcesShow", { count: sources.length })}</summary>
        <ol>
          {sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noreferrer" className="source-link">
                <cite>{source.title}</cite>
              </a>
              . {source.publisher}, {source.year === YEAR_NOT_STATED ? t("sourceYearNotStated") : source.year}.
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
