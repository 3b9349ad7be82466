import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ReportKind } from "#db/schema";
import { FieldMessages, TextArea } from "~/ui/form/fields";
import { REPORT_KINDS } from "../report-rules";

// "Klopt er iets niet?" and "het klopte" (decision 023): plain forms that post to
// /:lang/contacts/:id/report and work without JavaScript. The contact page shows them empty (it is
// cached for everyone); the report page shows them again with the errors and what was typed.
// No maxlength on the text: a browser would cut a pasted text silently; the server counts and says so.

export interface ReportFormState {
  values: { kind: string; text: string };
  /** already translated */
  errors: { kind?: string; text?: string };
}

export const REPORT_FIELD_IDS = { kind: "report-kind-phone", text: "report-text" } as const;

export function ReportForm({
  action,
  state,
  headingLevel = 2,
}: {
  action: string;
  state?: ReportFormState;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("directory");
  const values = state?.values ?? { kind: "", text: "" };
  const errors = state?.errors ?? {};
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Form method="post" action={action} noValidate className="report-form">
      <input type="hidden" name="intent" value="report" />
      <fieldset
        className={errors.kind ? "field field--error" : "field"}
        aria-describedby={errors.kind ? "report-kind-error" : undefined}
      >
        <legend>
          <Heading className="report-form__legend">{t("report.kindLegend")}</Heading>
        </legend>
        <FieldMessages id="report-kind" error={errors.kind} />
        {REPORT_KINDS.map((kind: ReportKind) => (
          <div className="choice" key={kind}>
            <input
              type="radio"
              id={`report-kind-${kind}`}
              name="kind"
              value={kind}
              defaultChecked={values.kind === kind}
            />
            <label htmlFor={`report-kind-${kind}`}>{t(`report.kind.${kind}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextArea
        id={REPORT_FIELD_IDS.text}
        name="text"
        label={t("report.textLabel")}
        hint={t("report.textHint")}
        error={errors.text}
        defaultValue={values.text}
        rows={4}
        autoComplete="off"
      />
      <p className="field__hint">{t("report.privacy")}</p>
      <button type="submit">{t("report.send")}</button>
    </Form>
  );
}

export function ConfirmForm({ action }: { action: string }) {
  const { t } = useTranslation("directory");
  return (
    <Form method="post" action={action} className="report-confirm">
      <input type="hidden" name="intent" value="confirm" />
      <button type="submit" className="button--secondary">
        {t("report.confirmButton")}
      </button>
    </Form>
  );
}
