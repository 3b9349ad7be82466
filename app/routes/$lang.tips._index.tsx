import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { tipsIndexView } from "~/features/guide/guide-pages.server";
import { plainText } from "~/ui/word-markup";
import { requireLang } from "~/i18n/params";
import { GuideText } from "~/ui/GuideText";
import { Pictogram } from "~/ui/Pictogram";
import { tipPictogram } from "~/ui/pictograms";
import { SourceList } from "~/ui/SourceList";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/guide.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return json({ view: tipsIndexView(lang) });
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

export default function TipsPage() {
  const { view } = useLoaderData<typeof loader>();
  const { t } = useTranslation("guide");
  return (
    <article className="guide">
      <h1>{view.title}</h1>
      {view.intro.map((line) => (
        <p key={line} className="lead">
          <GuideText text={line} terms={view.terms} />
        </p>
      ))}
      <section aria-labelledby="situations-title">
        <h2 id="situations-title">{t("tips.situationsTitle")}</h2>
        <ul className="doors situation-doors">
          {view.situations.map((situation) => (
            <li key={situation.id} className="door">
              <Link to={situation.href} className="door__link">
                <Pictogram name={tipPictogram(situation.id)} className="door__pictogram" />
                <span className="door__title">{situation.title}</span>
                <span className="door__text">{situation.summary}</span>
                <span className="door__text situation-doors__count">
                  {t("tips.tipCount", { count: situation.tips.length })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <p>{t("sourcesIntro")}</p>
      <SourceList sources={view.sources} />
    </article>
  );
}
