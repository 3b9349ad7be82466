import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CaseCard, ItemList } from "~/features/workshop/ui/CaseCard";
import { planView } from "~/features/workshop/workshop-pages.server";
import { clockMinutes, type PartView } from "~/features/workshop/workshop-views";
import { requireLang } from "~/i18n/params";
import { GuideText } from "~/ui/GuideText";
import { SourceList } from "~/ui/SourceList";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/workshop.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const view = planView(lang, params.slug ?? "");
  if (!view) throw new Response("Not found", { status: 404 });
  return json({ view });
}

export const meta: MetaFunction<typeof loader> = ({ params, data }) =>
  pageMeta(data?.view.title ?? "Workshop", langOrDefault(params.lang));

const USES = [
  ["signals", "usesSignals"],
  ["tips", "usesTips"],
  ["cases", "usesCases"],
  ["quiz", "usesQuiz"],
  ["steps", "usesSteps"],
] as const;

export default function WorkshopPlan() {
  const { view } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("workshop");
  const { terms } = view;
  return (
    <div className="workshop">
      <p className="ws-back">
        <Link to={`/${i18n.language}/workshop`}>{t("plan.allPlans")}</Link>
      </p>
      <h1>{view.title}</h1>
      <p className="ws-plan-card__meta">{t("plan.meta", { audience: view.audience, minutes: view.minutes })}</p>
      <p className="lead">
        <GuideText text={view.summary} terms={terms} />
      </p>

      <section aria-labelledby="tools-title" className="ws-tools">
        <h2 id="tools-title">{t("plan.toolsTitle")}</h2>
        <ul className="ws-tools__list">
          <li>
            <Link to={view.slidesHref} className="button">
              {t("plan.openSlides")}
            </Link>
          </li>
          <li>
            <Link to={view.presenterHref} className="button button--secondary">
              {t("plan.openPresenter")}
            </Link>
          </li>
          <li>
            <Link to={view.handoutHref} className="button button--secondary">
              {t("plan.openHandout")}
            </Link>
          </li>
          <li>
            <Link to={view.quizHref} className="button button--secondary">
              {t("plan.openQuiz")}
            </Link>
          </li>
        </ul>
      </section>

      <div className="ws-two">
        <section aria-labelledby="goals-title">
          <h2 id="goals-title">{t("plan.goalsTitle")}</h2>
          <ul>
            {view.goals.map((line) => (
              <li key={line}>
                <GuideText text={line} terms={terms} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="prepare-title">
          <h2 id="prepare-title">{t("plan.prepareTitle")}</h2>
          <ul>
            {view.prepare.map((line) => (
              <li key={line}>
                <GuideText text={line} terms={terms} />
              </li>
            ))}
          </ul>
        </section>
      </div>

      <h2>{t("plan.partsTitle")}</h2>
      <ol className="ws-parts">
        {view.parts.map((part) => (
          <Part key={part.id} part={part} slug={view.slug} terms={terms} />
        ))}
      </ol>

      {view.cases.length > 0 ? (
        <section aria-labelledby="plan-cases-title" className="ws-cases">
          <h2 id="plan-cases-title">{t("plan.casesTitle")}</h2>
          {view.cases.map((item) => (
            <CaseCard key={item.id} item={item} labels={view.caseLabels} terms={terms} headingLevel={3} />
          ))}
        </section>
      ) : null}

      <SourceList sources={view.sources} />
    </div>
  );
}

function Part({ part, slug, terms }: { part: PartView; slug: string; terms: Record<string, string> }) {
  const { t, i18n } = useTranslation("workshop");
  const last = part.firstSlide + part.slideCount - 1;
  return (
    <li className="ws-part" id={`part-${part.id}`}>
      <h3>{part.title}</h3>
      <p className="ws-part__time">
        {t("plan.partTime", { start: clockMinutes(part.start), end: clockMinutes(part.end), minutes: part.minutes })}
        {" · "}
        <Link to={`/${i18n.language}/workshop/${slug}/slides/${part.firstSlide}`}>
          {part.slideCount > 1
            ? t("plan.slidesOfPart", { from: part.firstSlide, to: last })
            : t("plan.slideOfPart", { from: part.firstSlide })}
        </Link>
      </p>
      <p>
        <strong>{t("plan.goal")}:</strong> <GuideText text={part.goal} terms={terms} />
      </p>
      <h4>{t("plan.trainer")}</h4>
      <ul>
        {part.trainer.map((line) => (
          <li key={line}>
            <GuideText text={line} terms={terms} />
          </li>
        ))}
      </ul>
      {USES.some(([key]) => part.uses[key].length > 0) ? (
        <div className="ws-part__uses">
          <h4>{t("plan.uses")}</h4>
          <dl>
            {USES.filter(([key]) => part.uses[key].length > 0).map(([key, label]) => (
              <div key={key}>
                <dt>{t(`plan.${label}`)}</dt>
                <dd>
                  <ItemList items={part.uses[key]} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </li>
  );
}
