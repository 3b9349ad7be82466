import { Form } from "@remix-run/react";
import type { ReportKind } from "#db/schema";
import { FieldMessages, TextArea } from "~/ui/form/fields";

// "Klopt er iets niet?" and "het klopte" (decision 023): plain forms that post to
// /:lang/contacts/:id/report and work without JavaScript. The contact page shows them empty (it is
// cached for everyone); the report page shows them again with the errors and what was typed.
// No maxlength on the text: a browser would cut a pasted text silently; the server counts and says so.

export interface ReportFormState {
  values: { kind: string; text: string };
  /** already translated */
  errors: { kind?: string; text?: string };
}

/** The forms' words, translated by the loader (report-text.server.ts). */
export interface ReportFormText {
  title: string;
  intro: string;
  kindLegend: string;
  kinds: { kind: ReportKind; label: string }[];
  textLabel: string;
  textHint: string;
  send: string;
  privacy: string;
  confirmTitle: string;
  confirmIntro: string;
  confirmButton: string;
}

export const REPORT_FIELD_IDS = { kind: "report-kind-phone", text: "report-text" } as const;

export function ReportForm({ action, text, state }: { action: string; text: ReportFormText; state?: ReportFormState }) {
  const values = state?.values ?? { kind: "", text: "" };
  const errors = state?.errors ?? {};
  return (
    <Form method="post" action={action} noValidate className="report-form">
      <input type="hidden" name="intent" value="report" />
      <fieldset
        className={errors.kind ? "field field--error" : "field"}
        aria-describedby={errors.kind ? "report-kind-error" : undefined}
      >
        {/* A plain legend, no heading inside: the section's heading already names the form. */}
        <legend className="report-form__legend">{text.kindLegend}</legend>
        <FieldMessages id="report-kind" error={errors.kind} />
        {text.kinds.map(({ kind, label }) => (
          <div className="choice" key={kind}>
            <input
              type="radio"
              id={`report-kind-${kind}`}
              name="kind"
              value={kind}
              defaultChecked={values.kind === kind}
            />
            <label htmlFor={`report-kind-${kind}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <TextArea
        id={REPORT_FIELD_IDS.text}
        name="text"
        label={text.textLabel}
        hint={text.textHint}
        error={errors.text}
        defaultValue={values.text}
        rows={4}
        autoComplete="off"
      />
      <p className="field__hint">{text.privacy}</p>
      <button type="submit">{text.send}</button>
    </Form>
  );
}

export function ConfirmForm({ action, text }: { action: string; text: ReportFormText }) {
  return (
    <Form method="post" action={action} className="report-confirm">
      <input type="hidden" name="intent" value="confirm" />
      <button type="submit" className="button--secondary">
        {text.confirmButton}
      </button>
    </Form>
  );
}
