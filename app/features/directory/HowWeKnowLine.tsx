import { useTranslation } from "react-i18next";
import { formatCheckDate } from "./freshness";
import type { HowWeKnow } from "./how-we-know";

/**
 * "Gelezen op de website … op 25 november 2026. Nog niet nagevraagd bij de organisatie." or
 * "Nagevraagd bij de organisatie op …": the two dates are never shown as one (decision 020).
 * `short` (card, result list, handout) leaves out the source's site.
 */
export function HowWeKnowLine({ known, short = false }: { known: HowWeKnow; short?: boolean }) {
  const { t, i18n } = useTranslation("directory");
  const date = (iso: string) => formatCheckDate(iso, i18n.language);
  if (known.confirmedOn) return <>{t("howWeKnow.confirmedOn", { date: date(known.confirmedOn) })}</>;
  if (!known.sourceReadOn) return <>{t("howWeKnow.unknown")}</>;
  const read =
    !short && known.sourceSite
      ? t("howWeKnow.readOnSite", { site: known.sourceSite, date: date(known.sourceReadOn) })
      : t("howWeKnow.readOn", { date: date(known.sourceReadOn) });
  return (
    <>
      {read} {t("howWeKnow.notConfirmed")}
    </>
  );
}
