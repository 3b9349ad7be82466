import { useTranslation } from "react-i18next";
import type { Source } from "~/features/about/about-sources";

/** Sources shown on the page, with title, publisher, year and address (printed in full). */
export function SourceList({ sources, headingId = "sources" }: { sources: Source[]; headingId?: string }) {
  const { t } = useTranslation();
  return (
    <section className="sources" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("sources")}</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.url}>
            <cite>{source.title}</cite>. {source.publisher}, {source.year}.{" "}
            <a href={source.url} rel="noreferrer" className="source-url">
              {source.url}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
