import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/**
 * "Fout: " before the page title while the form shows errors, and off again when they are gone
 * (GOV.UK). With JavaScript only; without it meta() adds the prefix (see form-error-title.ts).
 */
export function useErrorTitle(hasErrors: boolean) {
  const { t } = useTranslation();
  useEffect(() => {
    const prefix = t("errors.prefix");
    if (hasErrors && !document.title.startsWith(prefix)) document.title = prefix + document.title;
    if (!hasErrors && document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
  }, [hasErrors, t]);
}
