import {
  json,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { SIGNAL_PARAM, STEP_PARAM } from "~/features/signals/check-answers";
import { checkStepPage } from "~/features/signals/check-pages.server";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { guardRequestUrl } from "~/request-guard.server";
import { GuideText } from "~/ui/GuideText";
import { UrgentRoutes } from "~/ui/UrgentRoutes";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/signals-check.css";

// The signals check, one category per step. A plain GET form: every answer travels in the address
// (repeated s=<signal id>, step=<n>), so back, refresh and a shared link keep them, and the server
// keeps nothing (docs/product.md principle 3). With JavaScript, Remix's <Form> only saves the reload.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

// Answers live in the address: no shared cache (nor the page cache) may keep a copy.
const NO_STORE = { "Cache-Control": "private, no-store" };

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  // The root loader guards the address too, but loaders run side by side: check before reading.
  const page = checkStepPage(lang, guardRequestUrl(request).searchParams);
  return json({ lang, ...page.view }, { headers: NO_STORE });
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, params }) => {
  const lang = langOrDefault(params.lang);
  const check = translate(lang, "check:title");
  if (!data) return pageMeta(check, lang);
  const step = translate(lang, "check:stepTitle", {
    step: data.step,
    count: data.stepCount,
    category: data.category.title,
  });
  return pageMeta(`${step} - ${check}`, lang, translate(lang, "check:metaDescription"));
};

export default function SignalsCheckStep() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("check");
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  // With JavaScript the next step comes without a reload: move focus to its heading, as a page
  // load would, so keyboard and screen reader users start at the top of the new step.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [location.search]);

  const hintId = `${view.category.id}-hint`;
  const markup = (text: string) => <GuideText text={text} terms={view.wordTerms} />;
  return (
    <div className="check">
      {view.cleaned ? (
        <div className="callout check__notice" role="status">
          <h2>{t("cleanedTitle")}</h2>
          <p>{t("cleanedText")}</p>
        </div>
      ) : null}
      {/* Danger is asked first (step 1); from every other step one link goes back to it. */}
      {view.dangerJump ? (
        <p className="check__danger-jump">
          <Link to={view.dangerJump.href}>{view.dangerJump.text}</Link>
        </p>
      ) : null}
      {/* The key remounts the form when the address changes, so the ticks always match it. */}
      <Form method="get" action={view.checkPath} className="check__form" key={location.search}>
        {view.carried.map((id) => (
          <input key={id} type="hidden" name={SIGNAL_PARAM} value={id} />
        ))}
        <fieldset aria-describedby={hintId}>
          <legend className="check__legend">
            <span className="check__progress">{t("progress", { step: view.step, count: view.stepCount })}</span>
            <h1 ref={heading} tabIndex={-1}>
              {view.category.title}
            </h1>
          </legend>
          <ProgressBar step={view.step} count={view.stepCount} />
          {view.intro ? (
            <div className="check__intro">
              {view.intro.map((line) => (
                <p key={line}>{markup(line)}</p>
              ))}
            </div>
          ) : null}
          {view.dangerQuestion ? (
            <div className="check__danger-question">
              <h2>{view.dangerQuestion.title}</h2>
              {view.dangerQuestion.text.map((line) => (
                <p key={line}>{markup(line)}</p>
              ))}
            </div>
          ) : null}
          <p className="check__category-intro">{markup(view.category.intro)}</p>
          <p id={hintId} className="field__hint">
            {t("hint")}
          </p>
          <div className="check__choices">
            {view.signals.map((signal) => (
              <div key={signal.id} className="choice check__choice">
                <input
                  type="checkbox"
                  id={`signal-${signal.id}`}
                  name={SIGNAL_PARAM}
                  value={signal.id}
                  defaultChecked={signal.checked}
                  aria-describedby={`signal-${signal.id}-example`}
                />
                <div>
                  <label htmlFor={`signal-${signal.id}`}>{markup(signal.line)}</label>
                  <p id={`signal-${signal.id}-example`} className="field__hint check__example">
                    <span className="check__example-label">{t("example")}</span> {markup(signal.example)}
                  </p>
                </div>
              </div>
            ))}
          </div>
        </fieldset>
        {view.dangerStep ? <UrgentRoutes /> : null}
        {/* Next comes first: Enter in the form submits the first button. */}
        <div className="button-row check__buttons">
          {view.isLast ? (
            <button type="submit" formAction={view.resultPath}>
              {t("toResult")}
            </button>
          ) : (
            <button type="submit" name={STEP_PARAM} value={view.step + 1}>
              {t("next")}
            </button>
          )}
          {view.step > 1 ? (
            <button type="submit" name={STEP_PARAM} value={view.step - 1} className="button--secondary">
              {t("back")}
            </button>
          ) : null}
        </div>
      </Form>
      <p className="check__skip">
        <Link to={view.skipHref}>{view.isLast ? t("skipLast") : t("skip")}</Link>
      </p>
    </div>
  );
}

/** A row of blocks, one per step: a picture of "how far along", beside the words that say it. */
function ProgressBar({ step, count }: { step: number; count: number }) {
  return (
    <ol className="check__bar" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <li key={index} className={index < step ? "check__bar-done" : undefined} />
      ))}
    </ol>
  );
}
