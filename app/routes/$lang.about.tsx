import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ABOUT_SOURCE_IDS } from "~/features/about/about-sources";
import { sourcesById } from "~/features/guide/guide-pages.server";
import { getWordTerms } from "~/features/guide/load-content.server";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { GuideText } from "~/ui/GuideText";
import { SourceList } from "~/ui/SourceList";
import { langOrDefault, pageMeta } from "~/ui/page-meta";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return json({ sources: sourcesById(ABOUT_SOURCE_IDS), terms: getWordTerms(lang) });
}

export const meta: MetaFunction = ({ params }) => {
  const lang = langOrDefault(params.lang);
  return pageMeta(translate(lang, "about:title"), lang);
};

const SECTIONS = [
  { id: "what", title: "whatTitle", lines: "what" },
  { id: "why", title: "whyTitle", lines: "why" },
  { id: "not", title: "notTitle", lines: "not" },
  { id: "privacy", title: "privacyTitle", lines: "privacy" },
  { id: "accessibility", title: "accessibilityTitle", lines: "accessibility" },
] as const;

export default function AboutPage() {
  const { t } = useTranslation("about");
  const { sources, terms } = useLoaderData<typeof loader>();
  return (
    <article className="prose">
      <h1>{t("title")}</h1>
      {SECTIONS.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`}>
          <h2 id={`${section.id}-title`}>{t(section.title)}</h2>
          {(t(section.lines, { returnObjects: true }) as string[]).map((line) => (
            <p key={line}>
              <GuideText text={line} terms={terms} />
            </p>
          ))}
        </section>
      ))}
      <p>{t("sourcesIntro")}</p>
      <SourceList sources={sources} />
    </article>
  );
}
