import { useTranslation } from "react-i18next";
import type { FactState } from "~/features/directory/fact-state";

/** A YYYY-MM-DD day as "1 december 2026" / "1 December 2026". */
export function shownDate(date: string, lang: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === "en" ? "en-GB" : "nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** "nog controleren", "nagevraagd op 1 december 2026 door Ana" or "nog niet nagevraagd" (decision 022). */
export function FactStateText({ fact }: { fact: FactState }) {
  const { t, i18n } = useTranslation("editor");
  if (fact.state === "confirmed")
    return (
      <span className="fact-state fact-state--confirmed">
        {t("facts.state.confirmed", { date: shownDate(fact.confirmedOn!, i18n.language), name: fact.confirmedBy! })}
      </span>
    );
  return <span className={`fact-state fact-state--${fact.state}`}>{t(`facts.state.${fact.state}`)}</span>;
}
