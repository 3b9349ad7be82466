import { useTranslation } from "react-i18next";

/**
 * The urgent numbers in one short line: 112, Veilig Thuis 0800-2000, 113 / 0800-0113. For the top
 * of the start page, so a phone shows them on the first screen (issue 14). The full block with
 * what each number is for is `UrgentRoutes`.
 */
export function UrgentLine() {
  const { t } = useTranslation();
  return (
    <section className="urgent-line" aria-labelledby="urgent-line-label">
      <p>
        <strong id="urgent-line-label">{t("urgentLine.label")}</strong> <a href="tel:112">{t("urgentLine.call112")}</a>
        <span aria-hidden="true"> · </span>
        <a href="tel:08002000">{t("urgentLine.veiligThuis")}</a>
        <span aria-hidden="true"> · </span>
        <a href="tel:113">{t("urgentLine.call113")}</a> {t("urgentLine.or")} <a href="tel:08000113">0800-0113</a>
      </p>
    </section>
  );
}
