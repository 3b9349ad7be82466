import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { wordsView } from "~/features/guide/guide-pages.server";
import { plainText } from "~/ui/word-markup";
import { requireLang } from "~/i18n/params";
import { GuideText } from "~/ui/GuideText";
import { SourceList } from "~/ui/SourceList";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/guide.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return json({ view: wordsView(lang) });
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

export default function WordsPage() {
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
      <section aria-labelledby="word-list-title">
        <h2 id="word-list-title">{t("words.listTitle")}</h2>
        <dl className="word-list">
          {view.words.map((word) => (
            <div key={word.id} id={word.id} className="word" tabIndex={-1}>
              <dt>{word.term}</dt>
              <dd>
                <GuideText text={word.text} terms={view.terms} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <p>{t("sourcesIntro")}</p>
      <SourceList sources={view.sources} />
    </article>
  );
}
