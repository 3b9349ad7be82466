import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * The urgent route: 112, Veilig Thuis, 113. Shown first wherever a flow touches danger.
 * A page may add its own lines after them (`more`: list items), e.g. the police next to Veilig
 * Thuis for exploitation, or the GGD meldpunt of each region for confused behaviour.
 */
export function UrgentRoutes({ headingLevel = 2, more }: { headingLevel?: 2 | 3; more?: ReactNode }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="callout callout--urgent urgent-routes" aria-labelledby="urgent-title">
      <Heading id="urgent-title">{t("urgent.title")}</Heading>
      <ul>
        <li>
          <a href="tel:112">{t("urgent.call112")}</a>
        </li>
        <li>
          <a href="tel:08002000">{t("urgent.veiligThuis")}</a>
        </li>
        <li>
          <a href="tel:113">{t("urgent.call113")}</a> {t("urgent.chat113")}
        </li>
        {more}
      </ul>
    </section>
  );
}
