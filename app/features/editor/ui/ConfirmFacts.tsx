import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FactKind, FactState } from "~/features/directory/fact-state";
import { describedBy, FieldMessages } from "~/ui/form/fields";
import { FactStateText } from "./FactStateText";

/** The id the error summary links to: the first box. */
export function confirmFieldId(facts: FactState[]): string {
  const first = facts.find((f) => f.present);
  return `confirm-${first?.kind ?? "service"}`;
}

/**
 * "Vandaag gecontroleerd" asks which facts the organisation confirmed (issue 17 point 2): only
 * those lose their "nog controleren" mark. A plain POST form: works without JavaScript.
 */
export function ConfirmFacts({
  facts,
  values,
  chosen,
  error,
}: {
  facts: FactState[];
  values: Record<FactKind, string[]>;
  chosen: string[];
  error?: string;
}) {
  const { t } = useTranslation("editor");
  const shown = facts.filter((f) => f.present);
  const value = (kind: FactKind) => {
    const lines = values[kind];
    if (kind === "walk_in" || kind === "cost") return lines.map((v) => t(`choices.${kind}.${v}`)).join(", ");
    return lines.join(" · ");
  };
  return (
    <section aria-labelledby="confirm-title" className="editor-confirm">
      <h2 id="confirm-title">{t("facts.confirmTitle")}</h2>
      <Form method="post" noValidate>
        <fieldset
          className={error ? "field field--error" : "field"}
          aria-describedby={describedBy("confirm", t("facts.confirmHint"), error)}
        >
          <legend>{t("facts.confirmLegend")}</legend>
          <FieldMessages id="confirm" hint={t("facts.confirmHint")} error={error} />
          {shown.map((fact) => (
            <div className="choice" key={fact.kind}>
              <input
                type="checkbox"
                id={`confirm-${fact.kind}`}
                name="confirm"
                value={fact.kind}
                defaultChecked={chosen.includes(fact.kind)}
              />
              <label htmlFor={`confirm-${fact.kind}`}>
                <strong>{t(`facts.${fact.kind}`)}</strong>
                {value(fact.kind) ? `: ${value(fact.kind)}` : null} (<FactStateText fact={fact} />)
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" name="intent" value="check" className="button">
          {t("services.checkToday")}
        </button>
      </Form>
    </section>
  );
}
