import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pictogram } from "./Pictogram";

/** "Make an appointment card for the visitor": where a page ends in an agreement. */
export function AppointmentCardLink({ lang }: { lang: string }) {
  const { t } = useTranslation("aids");
  return (
    <p className="card-link callout no-print">
      <Pictogram name="calendar" size="md" />
      <span>
        <Link to={`/${lang}/card/appointment`} className="card-link__link">
          {t("card.link")}
        </Link>{" "}
        <span className="card-link__text">{t("card.linkText")}</span>
      </span>
    </p>
  );
}
