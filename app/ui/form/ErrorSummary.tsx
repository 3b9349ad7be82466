import { useEffect, useRef, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";

export interface SummaryError {
  /** id of the field the message belongs to; the summary links to it */
  field: string;
  message: string;
}

/**
 * With JavaScript, focus the field instead of changing the URL's #hash: a hash change is a
 * navigation for the router and would clear the form's errors (GOV.UK does the same).
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? field;
  label.scrollIntoView({ block: "start" });
  field.focus({ preventScroll: true });
}

/**
 * GOV.UK error summary: at the top of the form, focused when it appears (also after each new
 * answer from the server), each message a link to its field. The one summary for every form.
 */
export function ErrorSummary({ errors, className }: { errors: SummaryError[]; className?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div
      className={className ? `error-summary ${className}` : "error-summary"}
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="error-summary-title">{t("errors.summaryTitle")}</h2>
      <ul>
        {errors.map((error) => (
          <li key={`${error.field}-${error.message}`}>
            <a href={`#${error.field}`} onClick={(event) => focusField(event, error.field)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
