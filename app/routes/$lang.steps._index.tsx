import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { nodePath, startNode } from "~/features/steps/flow";
import { loadStepsFlow } from "~/features/steps/load-flow.server";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/steps.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { structure } = loadStepsFlow();
  return json({ startHref: nodePath(structure, lang, startNode(structure)), overviewHref: `/${lang}/steps/overview` });
}

export const meta: MetaFunction = ({ params }) => {
  const lang = langOrDefault(params.lang);
  return pageMeta(translate(lang, "steps:title"), lang, translate(lang, "steps:intro.1"));
};

export default function StepsStartPage() {
  const { startHref, overviewHref } = useLoaderData<typeof loader>();
  const { t } = useTranslation("steps");
  return (
    <div className="steps prose">
      <h1>{t("title")}</h1>
      {(t("intro", { returnObjects: true }) as string[]).map((line) => (
        <p key={line} className="lead">
          {line}
        </p>
      ))}
      <h2>{t("whatYouGetTitle")}</h2>
      <ul>
        {(t("whatYouGet", { returnObjects: true }) as string[]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="callout">{t("privacyNote")}</p>
      <p className="button-row">
        <a href={startHref} className="button">
          {t("start")}
        </a>
      </p>
      <p>
        <a href={overviewHref}>{t("overviewLink")}</a>
      </p>
    </div>
  );
}
