import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { DOORS } from "~/ui/sections";
import { UrgentLine } from "~/ui/UrgentLine";
import { UrgentRoutes } from "~/ui/UrgentRoutes";
import { langOrDefault, pageMeta } from "~/ui/page-meta";

export function loader({ params }: LoaderFunctionArgs) {
  requireLang(params);
  return null;
}

export const meta: MetaFunction = ({ params }) => {
  const lang = langOrDefault(params.lang);
  return pageMeta(translate(lang, "home:metaTitle"), lang, translate(lang, "tagline"));
};

export default function StartPage() {
  const { t } = useTranslation("home");
  const lang = langOrDefault(useParams().lang);
  const intro = t("intro", { returnObjects: true }) as string[];
  const noLabel = t("noLabelText", { returnObjects: true }) as string[];
  return (
    <div className="start">
      <h1>{t("title")}</h1>
      {/* Safety first: the urgent numbers on the first screen of a phone, before the doors. */}
      <UrgentLine />
      {intro.map((line) => (
        <p key={line} className="lead">
          {line}
        </p>
      ))}
      <section aria-labelledby="doors-title">
        <h2 id="doors-title">{t("doorsTitle")}</h2>
        <ul className="doors">
          {DOORS.map((door) => (
            <li key={door.key} className="door">
              <Link to={`/${lang}/${door.path}`} className="door__link">
                <span className="door__title">{t(`doors.${door.key}.title`)}</span>
                <span className="door__text">{t(`doors.${door.key}.text`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <UrgentRoutes />
      <section aria-labelledby="nolabel-title" className="callout">
        <h2 id="nolabel-title">{t("noLabelTitle")}</h2>
        {noLabel.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
    </div>
  );
}
