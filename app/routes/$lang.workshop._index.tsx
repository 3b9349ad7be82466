import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { workshopIndexView } from "~/features/workshop/workshop-pages.server";
import { requireLang } from "~/i18n/params";
import { GuideText } from "~/ui/GuideText";
import { SourceList } from "~/ui/SourceList";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/workshop.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return json({ view: workshopIndexView(lang) });
}

export const meta: MetaFunction<typeof loader> = ({ params, data }) =>
  pageMeta(data?.view.title ?? "Workshop", langOrDefault(params.lang));

export default function WorkshopIndex() {
  const { view } = useLoaderData<typeof loader>();
  const { t } = useTranslation("workshop");
  const { terms } = view;
  return (
    <div className="workshop">
      <h1>{view.title}</h1>
      {view.intro.map((line) => (
        <p key={line} className="lead">
          <GuideText text={line} terms={terms} />
        </p>
      ))}
      <p className="callout">
        <GuideText text={view.noLabel} terms={terms} />
      </p>

      <h2>{t("index.plansTitle")}</h2>
      <ul className="ws-plan-list">
        {view.plans.map((plan) => (
          <li key={plan.slug} className="ws-plan-card">
            <h3>
              <Link to={plan.href}>{plan.title}</Link>
            </h3>
            <p className="ws-plan-card__meta">
              {plan.audience}.{" "}
              {t("index.planMeta", { minutes: plan.minutes, parts: plan.partCount, slides: plan.slideCount })}
            </p>
            <p>{plan.summary}</p>
          </li>
        ))}
      </ul>

      <div className="ws-two">
        <section aria-labelledby="cases-title">
          <h2 id="cases-title">{t("index.casesTitle")}</h2>
          <p>{t("index.casesText")}</p>
          <p>
            <Link to={view.casesHref} className="button button--secondary">
              {t("index.casesLink")}
            </Link>
          </p>
        </section>
        <section aria-labelledby="quiz-title">
          <h2 id="quiz-title">{t("index.quizTitle")}</h2>
          <p>{t("index.quizText")}</p>
          <p>
            <Link to={view.quizHref} className="button button--secondary">
              {t("index.quizLink")}
            </Link>
          </p>
        </section>
      </div>

      <h2>{t("index.ideasTitle")}</h2>
      <ul>
        {view.ideas.map((line) => (
          <li key={line}>
            <GuideText text={line} terms={terms} />
          </li>
        ))}
      </ul>
      <SourceList sources={view.sources} />
    </div>
  );
}
