import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { situationView } from "~/features/guide/guide-pages.server";
import { plainText } from "~/ui/word-markup";
import { requireLang } from "~/i18n/params";
import { AppointmentCardLink } from "~/ui/AppointmentCardLink";
import { GuideText } from "~/ui/GuideText";
import { Pictogram } from "~/ui/Pictogram";
import { tipPictogram } from "~/ui/pictograms";
import { PrintButton } from "~/ui/PrintButton";
import { SourceList } from "~/ui/SourceList";
import { UrgentRoutes } from "~/ui/UrgentRoutes";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/guide.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const view = situationView(lang, params.situation ?? "");
  if (!view) throw new Response("Not found", { status: 404 });
  return json({ view });
}

export const meta: MetaFunction<typeof loader> = ({ data, params }) => {
  const lang = langOrDefault(params.lang);
  if (!data) return pageMeta("Nabij", lang);
  return pageMeta(
    data.view.title,
    lang,
    plainText(data.view.intro, (id) => data.view.terms[id]),
  );
};

export default function SituationPage() {
  const { view } = useLoaderData<typeof loader>();
  const { t } = useTranslation("guide");
  const terms = view.terms;
  const params = useParams();
  return (
    <article className="guide">
      <p className="guide-back">
        <Link to={view.allTipsHref}>{t("tips.allTips")}</Link>
      </p>
      <div className="pictogram-heading">
        <Pictogram name={tipPictogram(view.id)} size="lg" />
        <h1>{view.title}</h1>
      </div>
      <p className="lead">
        <GuideText text={view.intro} terms={terms} />
      </p>
      {view.id === "upset" ? <UrgentRoutes /> : null}
      <nav className="guide-toc" aria-labelledby="toc-title">
        <h2 id="toc-title">{t("onThisPage")}</h2>
        <ul>
          {view.tips.map((tip) => (
            <li key={tip.id}>
              <a href={`#${tip.id}`}>{tip.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {view.tips.map((tip) => (
        <section key={tip.id} id={tip.id} className="tip" aria-labelledby={`${tip.id}-title`}>
          <h2 id={`${tip.id}-title`}>{tip.title}</h2>
          <div className="tip__do">
            <h3>{t("tips.do")}</h3>
            <p>
              <GuideText text={tip.do} terms={terms} />
            </p>
          </div>
          <div className="tip__dont">
            <h3>{t("tips.dont")}</h3>
            <p>
              <GuideText text={tip.dont} terms={terms} />
            </p>
          </div>
          {tip.example ? (
            <div className="tip__example">
              <h3>{t("tips.example")}</h3>
              <p>
                <GuideText text={tip.example} terms={terms} />
              </p>
            </div>
          ) : null}
        </section>
      ))}
      {view.id === "appointments" ? <AppointmentCardLink lang={langOrDefault(params.lang)} /> : null}
      <div className="button-row no-print">
        <PrintButton label={t("common:print")} />
      </div>
      <nav className="guide-others" aria-labelledby="others-title">
        <h2 id="others-title">{t("tips.otherSituations")}</h2>
        <ul>
          {view.others.map((other) => (
            <li key={other.id}>
              <Link to={other.href}>{other.title}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>{t("sourcesIntro")}</p>
      <SourceList sources={view.sources} />
    </article>
  );
}
