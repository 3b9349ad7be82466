import { useTranslation } from "react-i18next";
import type { Source } from "~/features/about/about-sources";

/** How content/sources.yaml writes an unknown year; shown in the reader's language. */
const YEAR_NOT_STATED = "year not stated";

/** Sources shown on the page, with title, publisher, year and address (printed in full). */
export function SourceList({ sources, headingId = "sources" }: { sources: Source[]; headingId?: string }) {
  const { t } = useTranslation();
  return (
    <section className="sources" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("sources")}</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.url}>
            <cite>{source.title}</cite>. {source.publisher},{" "}
            {source.year === YEAR_NOT_STATED ? t("sourceYearNotStated") : source.year}.{" "}
            <a href={source.url} rel="noreferrer" className="source-url">
              {source.url}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
