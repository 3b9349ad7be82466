import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { signalsView } from "~/features/guide/guide-pages.server";
import { requireLang } from "~/i18n/params";
import { GuideText } from "~/ui/GuideText";
import { Pictogram } from "~/ui/Pictogram";
import { signalPictogram } from "~/ui/pictograms";
import { SourceList } from "~/ui/SourceList";
import { UrgentRoutes } from "~/ui/UrgentRoutes";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import { plainText } from "~/ui/word-markup";
import styles from "~/styles/guide.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return json({ lang, view: signalsView(lang) });
}

export const meta: MetaFunction<typeof loader> = ({ data, params }) => {
  const lang = langOrDefault(params.lang);
  if (!data) return pageMeta("Nabij", lang);
  return pageMeta(
    data.view.title,
    lang,
    plainText(data.view.intro[0], (id) => data.view.terms[id]),
  );
};

export default function SignalsPage() {
  const { lang, view } = useLoaderData<typeof loader>();
  const { t } = useTranslation("guide");
  const terms = view.terms;
  return (
    <article className="guide">
      <h1>{view.title}</h1>
      {view.intro.map((line) => (
        <p key={line} className="lead">
          <GuideText text={line} terms={terms} />
        </p>
      ))}

      <nav className="guide-toc" aria-labelledby="toc-title">
        <h2 id="toc-title">{t("onThisPage")}</h2>
        <ul>
          {view.categories.map((category) => (
            <li key={category.id}>
              <a href={`#${category.id}`}>{category.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section className="callout" aria-labelledby="not-diagnosis-title">
        <h2 id="not-diagnosis-title">{t("signals.notDiagnosisTitle")}</h2>
        {view.notDiagnosis.map((line) => (
          <p key={line}>
            <GuideText text={line} terms={terms} />
          </p>
        ))}
      </section>

      <section className="guide-check" aria-labelledby="check-title">
        <h2 id="check-title">{t("signals.checkTitle")}</h2>
        <p>{t("signals.checkText")}</p>
        <p>
          <Link to={`/${lang}/signals/check`} className="button">
            {t("signals.checkLink")}
          </Link>
        </p>
      </section>

      {view.categories.map((category) => (
        <section
          key={category.id}
          id={category.id}
          className={category.danger ? "signal-category signal-category--danger" : "signal-category"}
          aria-labelledby={`${category.id}-title`}
        >
          <div className="pictogram-heading">
            <Pictogram name={signalPictogram(category.id)} />
            <h2 id={`${category.id}-title`}>{category.title}</h2>
          </div>
          <p>
            <GuideText text={category.intro} terms={terms} />
          </p>
          {category.danger ? <UrgentRoutes headingLevel={3} /> : null}
          <ul className="signal-list">
            {category.signals.map((signal) => (
              <li key={signal.id} id={signal.id} className={signal.danger ? "signal signal--danger" : "signal"}>
                <h3 className="signal__line">
                  {signal.danger ? <span className="signal__badge">{t("signals.danger")}</span> : null}
                  <GuideText text={signal.line} terms={terms} />
                </h3>
                <p className="signal__example">
                  <span className="signal__label">{t("signals.example")}</span>{" "}
                  <GuideText text={signal.example} terms={terms} />
                </p>
                {signal.tips.length > 0 ? (
                  <div className="signal__links">
                    <p className="signal__label">{t("signals.tipsThatHelp")}</p>
                    <ul>
                      {signal.tips.map((tip) => (
                        <li key={tip.id}>
                          <Link to={tip.href}>{tip.title}</Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {signal.topics.length > 0 ? (
                  <div className="signal__links">
                    <p className="signal__label">{t("signals.findHelp")}</p>
                    <ul>
                      {signal.topics.map((topic) => (
                        <li key={topic.id}>
                          <Link to={topic.href}>{t(`topics.${topic.id}`)}</Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <p>{t("sourcesIntro")}</p>
      <SourceList sources={view.sources} />
    </article>
  );
}
