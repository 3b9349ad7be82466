import {
  json,
  redirect,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getWordTerms } from "~/features/guide/load-content.server";
import { plainText } from "~/ui/word-markup";
import { loadStepsFlow } from "~/features/steps/load-flow.server";
import { outcomePage, stepsCacheHeaders, stepsHome } from "~/features/steps/step-pages";
import { stepSources } from "~/features/steps/step-sources.server";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import { PrintButton } from "~/ui/PrintButton";
import { AppointmentCardLink } from "~/ui/AppointmentCardLink";
import { PhoneText } from "~/features/steps/ui/PhoneText";
import { Pictogram } from "~/ui/Pictogram";
import { outcomePictogram } from "~/ui/pictograms";
import { SourceList } from "~/ui/SourceList";
import { UrgentRoutes } from "~/ui/UrgentRoutes";
import styles from "~/styles/steps.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const query = new URL(request.url).searchParams;
  const headers = stepsCacheHeaders(query);
  const result = outcomePage(loadStepsFlow(), lang, params.outcomeId ?? "", query);
  if (result.kind === "redirect") throw redirect(result.to, { headers });
  if (result.kind === "not-found") throw new Response("Not found", { status: 404, headers });
  return json({ ...result.view, sourceList: stepSources(result.view.sources), terms: getWordTerms(lang) }, { headers });
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, params }) => {
  const lang = langOrDefault(params.lang);
  if (!data) return pageMeta(translate(lang, "steps:title"), lang);
  return pageMeta(
    data.text.title,
    lang,
    plainText(data.text.summary, (id) => data.terms[id]),
  );
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
      <div className="pictogram-heading">
        <Pictogram name={outcomePictogram(view.outcomeId)} size="lg" />
        <h1>{view.text.title}</h1>
      </div>
      {view.danger ? (
        <UrgentRoutes
          more={
            <>
              {view.urgent.lines.map((line) => (
                <li key={line}>
                  <PhoneText text={line} terms={view.terms} />
                </li>
              ))}
              {view.urgent.regional.map((line) => (
                <li key={line.region} className="urgent-routes__regional">
                  <strong>{t("regions.label", { region: t(`regions.${line.region}`) })}</strong>{" "}
                  <PhoneText text={line.text} terms={view.terms} />
                </li>
              ))}
            </>
          }
        />
      ) : null}
      <p className="lead">
        <PhoneText text={view.text.summary} terms={view.terms} />
      </p>

      <LinesSection
        id="outcome-steps"
        title={t("outcome.stepsTitle")}
        lines={view.text.steps}
        terms={view.terms}
        numbered
      />
      <LinesSection
        id="outcome-say"
        title={t("outcome.sayTitle")}
        intro={t("outcome.sayIntro")}
        lines={view.text.say}
        terms={view.terms}
        className="steps-outcome__say"
      />
      <LinesSection
        id="outcome-involve"
        title={t("outcome.involveTitle")}
        lines={view.text.involve}
        terms={view.terms}
      />

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

      <AppointmentCardLink lang={view.lang} />

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

/** One part of the outcome: a heading and its lines as a list (numbered when the order matters). */
function LinesSection(props: {
  id: string;
  title: string;
  intro?: string;
  lines: string[];
  terms: Record<string, string>;
  numbered?: boolean;
  className?: string;
}) {
  const List = props.numbered ? "ol" : "ul";
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.intro ? <p>{props.intro}</p> : null}
      <List className={props.numbered ? "steps-outcome__todo" : props.className}>
        {props.lines.map((line) => (
          <li key={line}>
            <PhoneText text={line} terms={props.terms} />
          </li>
        ))}
      </List>
    </section>
  );
}
