import { useTranslation } from "react-i18next";
import { AREAS } from "#db/areas";
import { TOPICS } from "#db/topics";
import type { FactState } from "~/features/directory/fact-state";
import {
  COSTS,
  EDIT_STATUSES,
  FIELD_ORDER,
  FORM_FACT_KINDS,
  YES_NO,
  errorValues,
  type ServiceEdit,
  type ServiceErrors,
} from "../service-form";
import { checkTimes, DAYS, dayName, timesDays } from "../opening-times";
import { describedBy, FieldMessages, SelectField, TextArea, TextField } from "~/ui/form/fields";
import { FactStateText } from "./FactStateText";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The error summary entries in form order, each linking to its field (and naming a bad phone line or day). */
export function serviceSummary(errors: ServiceErrors, t: Translate, value: ServiceEdit | undefined, lang = "nl") {
  return FIELD_ORDER.filter((f) => errors[f]).map((f) => ({
    field: f === "opening_times" && value ? timesBoxId(value) : fieldId(f),
    message: `${t(`fields.${f}`)}: ${t(errors[f]!, value && errorValues(value, f, lang))}`,
  }));
}

/** The box of the first wrong opening time (the summary links there). */
function timesBoxId(value: ServiceEdit): string {
  const check = checkTimes(value.opening_times);
  return check.ok ? fieldId("opening_times") : `opening_times-${check.problem.day}-${check.problem.field}`;
}

export function fieldId(field: keyof ServiceEdit): string {
  // Checkbox groups: the summary links to the first box.
  if (field === "topics") return `topics-${TOPICS[0].id}`;
  if (field === "areas") return `areas-${AREAS[0].slug}`;
  if (field === "to_verify") return "to_verify";
  if (field === "verify") return "to_verify";
  if (field === "opening_times") return "opening_times-MO-from";
  return `f-${field}`;
}

function Group({
  id,
  legend,
  hint,
  error,
  children,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <fieldset className={error ? "field field--error" : "field"} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}

/**
 * A "from" and a "to" box per day (decision 024). `fixed`: the stored hours do not fit the boxes;
 * they are named as kept, and the form sends them back unchanged.
 */
function OpeningTimes({ value, error, fixed }: { value: ServiceEdit; error?: string; fixed: boolean }) {
  const { t, i18n } = useTranslation("editor");
  if (fixed) {
    return (
      <div className="field">
        <p>
          <strong>{t("fields.opening_times")}</strong>
        </p>
        <p>{t("form.openingTimesFixed")}</p>
        <input type="hidden" name="opening_times" value={value.opening_times} />
      </div>
    );
  }
  const days = timesDays(value.opening_times);
  const check = checkTimes(value.opening_times);
  const wrong = (day: string, field: "from" | "to") =>
    !check.ok && check.problem.day === day && check.problem.field === field ? true : undefined;
  return (
    <Group id="opening_times" legend={t("fields.opening_times")} hint={t("hints.opening_times")} error={error}>
      <div className="opening-times">
        {DAYS.map((day) => (
          <div className="opening-times__day" key={day}>
            <span className="opening-times__name" aria-hidden="true">
              {dayName(day, i18n.language)}
            </span>
            {(["from", "to"] as const).map((field) => (
              <span className="opening-times__box" key={field}>
                <label htmlFor={`opening_times-${day}-${field}`}>
                  <span className="visually-hidden">{dayName(day, i18n.language)} </span>
                  {t(field === "from" ? "form.openingFrom" : "form.openingTo")}
                </label>{" "}
                <input
                  id={`opening_times-${day}-${field}`}
                  name={`opening_times_${day}_${field}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  className="input--time"
                  maxLength={10}
                  defaultValue={days[day][field]}
                  aria-invalid={wrong(day, field)}
                  aria-describedby={describedBy("opening_times", t("hints.opening_times"), error)}
                />
              </span>
            ))}
          </div>
        ))}
      </div>
    </Group>
  );
}

/**
 * Every field of a service, grouped the way an editor checks a contact. `facts`: the state of each
 * fact that can be unsure (a new service has none yet). `openingTimesFixed`: the stored hours do
 * not fit the day boxes (decision 024).
 */
export function ServiceFields({
  value,
  errors,
  facts = [],
  openingTimesFixed = false,
}: {
  value: ServiceEdit;
  errors: ServiceErrors;
  facts?: FactState[];
  openingTimesFixed?: boolean;
}) {
  const { t, i18n } = useTranslation("editor");
  const en = i18n.language === "en";
  const err = (f: keyof ServiceEdit) => (errors[f] ? t(errors[f]!, errorValues(value, f, i18n.language)) : undefined);
  const text = (
    f: keyof ServiceEdit & string,
    opts: { hint?: boolean; type?: "text" | "email" | "url"; inputMode?: "numeric" } = {},
  ) => (
    <TextField
      id={fieldId(f)}
      name={f}
      label={t(`fields.${f}`)}
      hint={opts.hint ? t(`hints.${f}`) : undefined}
      type={opts.type}
      inputMode={opts.inputMode}
      defaultValue={value[f] as string}
      error={err(f)}
      className={opts.inputMode ? "input--short" : undefined}
    />
  );
  const area = (f: keyof ServiceEdit & string, hint = false, rows = 3) => (
    <TextArea
      id={fieldId(f)}
      name={f}
      label={t(`fields.${f}`)}
      hint={hint ? t(`hints.${f}`) : undefined}
      defaultValue={value[f] as string}
      error={err(f)}
      rows={rows}
    />
  );
  const choice = (
    f: "cost" | "walk_in" | "referral_required" | "anonymous_advice" | "status",
    options: readonly string[],
  ) => (
    <SelectField
      id={fieldId(f)}
      name={f}
      label={t(`fields.${f}`)}
      defaultValue={value[f]}
      error={err(f)}
      options={options.map((o) => ({ value: o, label: t(`choices.${f}.${o}`) }))}
    />
  );
  return (
    <>
      <h2>{t("form.who")}</h2>
      {text("name")}
      {text("organization", { hint: true })}
      {text("alternate_name")}
      {choice("status", EDIT_STATUSES)}
      {area("summary", true, 2)}
      {area("summary_en", false, 2)}
      {area("card_summary", true, 2)}
      {area("card_summary_en", false, 2)}
      {area("description", false, 5)}
      {area("description_en", false, 5)}

      <h2>{t("form.forWhom")}</h2>
      <Group id="topics" legend={t("fields.topics")} error={err("topics")}>
        {TOPICS.map((topic) => (
          <div className="choice" key={topic.id}>
            <input
              type="checkbox"
              id={`topics-${topic.id}`}
              name="topics"
              value={topic.id}
              defaultChecked={value.topics.includes(topic.id)}
            />
            <label htmlFor={`topics-${topic.id}`}>{en ? topic.name_en : topic.name}</label>
          </div>
        ))}
      </Group>
      <Group id="areas" legend={t("fields.areas")} hint={t("hints.areas")} error={err("areas")}>
        <div className="choice-columns">
          {AREAS.map((a) => (
            <div className="choice" key={a.slug}>
              <input
                type="checkbox"
                id={`areas-${a.slug}`}
                name="areas"
                value={a.slug}
                defaultChecked={value.areas.includes(a.slug)}
              />
              <label htmlFor={`areas-${a.slug}`}>{en ? a.name_en : a.name}</label>
            </div>
          ))}
        </div>
      </Group>
      {text("minimum_age", { inputMode: "numeric" })}
      {text("maximum_age", { inputMode: "numeric" })}
      {choice("cost", COSTS)}
      {area("fees_description", false, 2)}
      {area("fees_description_en", false, 2)}
      {choice("walk_in", YES_NO)}
      {choice("referral_required", YES_NO)}
      {choice("anonymous_advice", YES_NO)}
      {area("eligibility_description", false, 2)}
      {area("eligibility_description_en", false, 2)}
      {area("application_process", false, 2)}
      {area("application_process_en", false, 2)}

      <h2>{t("form.reach")}</h2>
      {area("phones", true, 3)}
      {text("email", { type: "email" })}
      {text("url", { hint: true, type: "url" })}
      {text("location_name", { hint: true })}
      {text("address_1")}
      {text("postal_code")}
      {text("city")}
      {area("transportation", false, 2)}
      {area("transportation_en", false, 2)}
      {area("hours", true, 3)}
      <OpeningTimes value={value} error={err("opening_times")} fixed={openingTimesFixed} />
      {area("alert", true, 2)}
      {area("alert_en", false, 2)}

      <h2>{t("form.source")}</h2>
      {text("source_url", { hint: true, type: "url" })}
      <Group id="verify" legend={t("facts.legend")} hint={t("facts.hint")} error={err("verify")}>
        {(["service", ...FORM_FACT_KINDS] as const).map((kind) => {
          const id = kind === "service" ? "to_verify" : `verify-${kind}`;
          const fact = facts.find((f) => f.kind === kind);
          // Only a fact whose rows can carry the mark: a box that saves nothing would mislead.
          // A new service: its phones, hours and address become rows; its e-mail does not.
          if (fact ? !fact.markable : kind === "email") return null;
          return (
            <div className="choice" key={kind}>
              {kind === "service" ? (
                <input type="checkbox" id={id} name="to_verify" value="1" defaultChecked={value.to_verify} />
              ) : (
                <input
                  type="checkbox"
                  id={id}
                  name="verify"
                  value={kind}
                  defaultChecked={value.verify.includes(kind)}
                />
              )}
              <label htmlFor={id}>
                {kind === "service" ? t("fields.to_verify") : t(`facts.${kind}`)}
                {fact ? (
                  <>
                    {" "}
                    (<FactStateText fact={fact} />)
                  </>
                ) : null}
              </label>
            </div>
          );
        })}
      </Group>
    </>
  );
}
