import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CaseCard } from "~/features/workshop/ui/CaseCard";
import { casesView } from "~/features/workshop/workshop-pages.server";
import { requireLang } from "~/i18n/params";
import { GuideText } from "~/ui/GuideText";
import { SourceList } from "~/ui/SourceList";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/workshop.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return json({ view: casesView(lang) });
}

export const meta: MetaFunction<typeof loader> = ({ params, data }) =>
  pageMeta(data?.view.title ?? "Workshop", langOrDefault(params.lang));

export default function WorkshopCases() {
  const { view } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("workshop");
  return (
    <div className="workshop">
      <p className="ws-back">
        <Link to={`/${i18n.language}/workshop`}>{t("plan.allPlans")}</Link>
      </p>
      <h1>{view.title}</h1>
      {view.intro.map((line) => (
        <p key={line} className="lead">
          <GuideText text={line} terms={view.terms} />
        </p>
      ))}
      <nav aria-labelledby="cases-toc" className="ws-toc">
        <h2 id="cases-toc">{t("index.casesTitle")}</h2>
        <ol>
          {view.cases.map((item) => (
            <li key={item.id}>
              <a href={`#${item.id}`}>{item.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {view.cases.map((item) => (
        <CaseCard key={item.id} item={item} labels={view.labels} terms={view.terms} />
      ))}
      <SourceList sources={view.sources} />
    </div>
  );
}
