import {
  json,
  redirect,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { getWordTerms } from "~/features/guide/load-content.server";
import { loadStepsFlow } from "~/features/steps/load-flow.server";
import { questionPage, stepsCacheHeaders, stepsHome, SUBMIT_PARAM } from "~/features/steps/step-pages";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { ErrorSummary } from "~/ui/form/ErrorSummary";
import { GuideText } from "~/ui/GuideText";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/steps.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const query = new URL(request.url).searchParams;
  const headers = stepsCacheHeaders(query);
  const result = questionPage(loadStepsFlow(), lang, params.nodeId ?? "", query);
  if (result.kind === "redirect") throw redirect(result.to, { headers });
  if (result.kind === "not-found") throw new Response("Not found", { status: 404, headers });
  return json({ ...result.view, terms: getWordTerms(lang) }, { headers });
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, params }) => {
  const lang = langOrDefault(params.lang);
  if (!data) return pageMeta(translate(lang, "steps:title"), lang);
  return pageMeta(`${data.error ? translate(lang, "errors.prefix") : ""}${data.question}`, lang);
};

export default function StepsQuestionPage() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("steps");
  const { t: tc } = useTranslation();
  const fieldId = (optionId: string) => `${view.nodeId}-${optionId}`;
  const hintId = `${view.nodeId}-hint`;
  const errorId = `${view.nodeId}-error`;
  const errors = useMemo(
    () => (view.error ? [{ field: fieldId(view.options[0].id), message: t("chooseError") }] : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the message only changes with the page
    [view.error, view.nodeId],
  );
  const describedBy = [view.hint ? hintId : "", view.error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="steps">
      <p className="steps__back">
        <a href={view.back.href} className="back-link">
          {view.back.toQuestion ? t("backToPrevious") : t("backToStart")}
        </a>
      </p>
      {view.number === null ? (
        <p className="callout steps__midway">
          {t("midwayNote")} <a href={view.startHref}>{t("midwayLink")}</a>
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <form method="get" action={view.formAction} noValidate className="steps__form">
        {view.hidden.map((step) => (
          <input key={step.nodeId} type="hidden" name={step.nodeId} value={step.optionId} />
        ))}
        <div className={view.error ? "field field--error" : "field"}>
          <fieldset aria-describedby={describedBy}>
            <legend className="steps__legend">
              {view.number !== null ? (
                <span className="steps__caption">{t("questionNumber", { number: view.number })}</span>
              ) : null}
              <h1>{view.question}</h1>
            </legend>
            {view.hint ? (
              <p id={hintId} className="field__hint">
                <GuideText text={view.hint} terms={view.terms} />
              </p>
            ) : null}
            {view.error ? (
              <p id={errorId} className="field__error">
                <span className="visually-hidden">{tc("errors.prefix")}</span>
                {t("chooseError")}
              </p>
            ) : null}
            <div className="steps__choices">
              {view.options.map((option) => (
                <div key={option.id} className="choice">
                  <input
                    type="radio"
                    id={fieldId(option.id)}
                    name={view.nodeId}
                    value={option.id}
                    defaultChecked={option.id === view.selected}
                    aria-describedby={option.hint ? `${fieldId(option.id)}-hint` : undefined}
                  />
                  <div>
                    <label htmlFor={fieldId(option.id)}>{option.label}</label>
                    {option.hint ? (
                      <p id={`${fieldId(option.id)}-hint`} className="field__hint">
                        <GuideText text={option.hint} terms={view.terms} />
                      </p>
                    ) : null}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <input type="hidden" name={SUBMIT_PARAM} value="1" />
        <div className="button-row">
          <button type="submit">{t("next")}</button>
        </div>
      </form>
      <p>
        <a href={stepsHome(view.lang)}>{t("startAgain")}</a>
      </p>
    </div>
  );
}
