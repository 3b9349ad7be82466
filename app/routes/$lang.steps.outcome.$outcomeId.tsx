import { json, redirect, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getWordTerms } from "~/features/guide/load-content.server";
import { plainText } from "~/features/guide/word-markup";
import { loadStepsFlow } from "~/features/steps/load-flow.server";
import { outcomePage, stepsHome } from "~/features/steps/step-pages";
import { stepSources } from "~/features/steps/step-sources.server";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import { PrintButton } from "~/ui/PrintButton";
import { GuideText } from "~/ui/GuideText";
import { SourceList } from "~/ui/SourceList";
import { UrgentRoutes } from "~/ui/UrgentRoutes";
import styles from "~/styles/steps.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const result = outcomePage(loadStepsFlow(), lang, params.outcomeId ?? "", new URL(request.url).searchParams);
  if (result.kind === "redirect") throw redirect(result.to);
  if (result.kind === "not-found") throw new Response("Not found", { status: 404 });
  return json({ ...result.view, sourceList: stepSources(result.view.sources), terms: getWordTerms(lang) });
}

export const meta: MetaFunction<typeof loader> = ({ data, params }) => {
  const lang = langOrDefault(params.lang);
  if (!data) return pageMeta(translate(lang, "steps:title"), lang);
  return pageMeta(data.text.title, lang, plainText(data.text.summary, (id) => data.terms[id]));
};

export default function StepsOutcomePage() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("steps");
  const [main, ...also] = view.directory;
  return (
    <article className="steps steps-outcome">
      <p className="steps__back">
        <a href={view.back?.href ?? stepsHome(view.lang)} className="back-link">
          {view.back ? t("backToPrevious") : t("backToStart")}
        </a>
      </p>
      <p className="steps__caption">{t("outcome.label")}</p>
      <h1>{view.text.title}</h1>
      {view.danger ? <UrgentRoutes /> : null}
      <p className="lead">
        <GuideText text={view.text.summary} terms={view.terms} />
      </p>

      <section aria-labelledby="outcome-steps">
        <h2 id="outcome-steps">{t("outcome.stepsTitle")}</h2>
        <ol className="steps-outcome__todo">
          {view.text.steps.map((line) => (
            <li key={line}>
              <GuideText text={line} terms={view.terms} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="outcome-say">
        <h2 id="outcome-say">{t("outcome.sayTitle")}</h2>
        <p>{t("outcome.sayIntro")}</p>
        <ul className="steps-outcome__say">
          {view.text.say.map((line) => (
            <li key={line}>
              <GuideText text={line} terms={view.terms} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="outcome-involve">
        <h2 id="outcome-involve">{t("outcome.involveTitle")}</h2>
        <ul>
          {view.text.involve.map((line) => (
            <li key={line}>
              <GuideText text={line} terms={view.terms} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="outcome-directory" className="callout">
        <h2 id="outcome-directory">{t("outcome.directoryTitle")}</h2>
        <p>
          <a href={main.href} className="button steps-outcome__directory">
            {view.area
              ? t("outcome.directoryMainArea", { topic: main.name, area: view.area.name })
              : t("outcome.directoryMain", { topic: main.name })}
          </a>
        </p>
        {also.map((link) => (
          <p key={link.topic}>
            <a href={link.href}>{t("outcome.directoryAlso", { topic: link.name })}</a>
          </p>
        ))}
      </section>

      {view.answers.length > 0 ? (
        <section aria-labelledby="outcome-answers">
          <h2 id="outcome-answers">{t("outcome.answersTitle")}</h2>
          <dl className="steps-outcome__answers">
            {view.answers.map((answer) => (
              <div key={`${answer.question}-${answer.answer}`}>
                <dt>{answer.question}</dt>
                <dd>{answer.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <div className="button-row">
        <PrintButton label={t("outcome.print")} />
        <a href={stepsHome(view.lang)} className="button button--secondary">
          {t("startAgain")}
        </a>
      </div>

      {view.sourceList.length > 0 ? <SourceList sources={view.sourceList} headingId="outcome-sources" /> : null}
    </article>
  );
}
