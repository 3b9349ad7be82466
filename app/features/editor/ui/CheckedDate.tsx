import { useTranslation } from "react-i18next";

/** "Gecontroleerd op 3 maart 2026" or "Nog nooit gecontroleerd", from a YYYY-MM-DD date. */
export function CheckedDate({ date }: { date: string | null }) {
  const { t, i18n } = useTranslation("editor");
  if (!date) return <>{t("checked.never")}</>;
  const [y, m, d] = date.split("-").map(Number);
  const shown = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(i18n.language === "en" ? "en-GB" : "nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return (
    <>
      {t("checked.on")} <time dateTime={date}>{shown}</time>
    </>
  );
}
