import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { flowOverview, flowToMermaid } from "~/features/steps/flow-overview";
import { loadStepsFlow } from "~/features/steps/load-flow.server";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/steps.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const flow = loadStepsFlow();
  return json({ overview: flowOverview(flow, lang), mermaid: flowToMermaid(flow, lang) });
}

export const meta: MetaFunction = ({ params }) => {
  const lang = langOrDefault(params.lang);
  return pageMeta(translate(lang, "steps:overview.title"), lang);
};

export default function StepsOverviewPage() {
  const { overview, mermaid } = useLoaderData<typeof loader>();
  const { t } = useTranslation("steps");
  return (
    <div className="steps steps-overview">
      <h1>{t("overview.title")}</h1>
      {(t("overview.intro", { returnObjects: true }) as string[]).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="lead">
        {t("overview.counts", {
          questions: overview.questions.length,
          outcomes: overview.outcomes.length,
          paths: overview.pathCount,
        })}
      </p>

      <h2>{t("overview.questionsTitle")}</h2>
      <ol className="steps-overview__questions">
        {overview.questions.map((question) => (
          <li key={question.id} id={`q-${question.id}`}>
            <h3>
              <a href={question.href}>{question.question}</a>
            </h3>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("overview.answerColumn")}</th>
                    <th scope="col">{t("overview.nextColumn")}</th>
                  </tr>
                </thead>
                <tbody>
                  {question.answers.map((answer) => (
                    <tr key={answer.label}>
                      <th scope="row">{answer.label}</th>
                      <td>
                        <a href={answer.nextKind === "question" ? `#q-${answer.nextId}` : `#o-${answer.nextId}`}>
                          {t(answer.nextKind === "question" ? "overview.nextQuestion" : "overview.nextOutcome", {
                            title: answer.nextTitle,
                          })}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </li>
        ))}
      </ol>

      <h2>{t("overview.outcomesTitle")}</h2>
      <ul className="steps-overview__outcomes">
        {overview.outcomes.map((outcome) => (
          <li key={outcome.id} id={`o-${outcome.id}`}>
            <a href={outcome.href}>{outcome.title}</a>
            {outcome.danger ? <strong className="steps-overview__danger"> {t("overview.dangerFlag")}</strong> : null}
            <br />
            {t("overview.topicsLabel")}: {outcome.topics.join(", ")}
          </li>
        ))}
      </ul>

      <h2 id="graph-title">{t("overview.graphTitle")}</h2>
      <p>{t("overview.graphIntro")}</p>
      <pre className="steps-overview__graph" role="region" tabIndex={0} aria-labelledby="graph-title">
        <code>{mermaid}</code>
      </pre>
    </div>
  );
}
