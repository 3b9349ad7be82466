import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { SlideBody } from "~/features/workshop/ui/SlideBody";
import { useSlideControls } from "~/features/workshop/ui/useSlideControls";
import { slideByAddress } from "~/features/workshop/workshop-pages.server";
import { presenterHref, slideHref } from "~/features/workshop/workshop-views";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/workshop-slides.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

// Depends on the address only (no time, no cookie): the page cache may keep it.
export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const view = slideByAddress(lang, params.slug, params.n);
  if (!view) throw new Response("Not found", { status: 404 });
  return json({ lang, view });
}

export const meta: MetaFunction<typeof loader> = ({ params, data }) => {
  const lang = langOrDefault(params.lang);
  if (!data) return pageMeta("Workshop", lang);
  return pageMeta(
    `${translate(lang, "workshop:slides.counter", { n: data.view.n, total: data.view.total })}: ${data.view.titleText}`,
    lang,
  );
};

export default function SlidePage() {
  const { lang, view } = useLoaderData<typeof loader>();
  const { t } = useTranslation("workshop");
  const hrefFor = useCallback((m: number) => slideHref(lang, view.slug, m), [lang, view.slug]);
  useSlideControls({ slug: view.slug, n: view.n, total: view.total, hrefFor, role: "slides" });
  return (
    <div className="ws-deck">
      <section className="ws-slide" aria-labelledby="slide-title">
        <SlideBody content={view.content} terms={view.terms} headingId="slide-title" />
        {view.source ? (
          <p className="ws-slide__source">
            {t("slides.inGuide")}: <Link to={view.source.href}>{view.source.title}</Link>
          </p>
        ) : null}
      </section>
      <nav className="ws-slidebar" aria-label={t("slides.toolbar")}>
        <ul>
          <li>
            {view.prevHref ? (
              <Link to={view.prevHref} rel="prev" className="ws-slidebar__move">
                <span aria-hidden="true">← </span>
                {t("slides.prev")}
              </Link>
            ) : null}
          </li>
          <li className="ws-slidebar__count" aria-live="polite">
            {t("slides.counter", { n: view.n, total: view.total })}
          </li>
          <li>
            {view.nextHref ? (
              <Link to={view.nextHref} rel="next" className="ws-slidebar__move">
                {t("slides.next")}
                <span aria-hidden="true"> →</span>
              </Link>
            ) : null}
          </li>
          <li>
            <Link to={view.planHref}>{t("slides.backToPlan")}</Link>
          </li>
          <li>
            <Link to={presenterHref(lang, view.slug, view.n)}>{t("slides.presenter")}</Link>
          </li>
        </ul>
        <p className="ws-slidebar__hint">{t("slides.keysHint")}</p>
      </nav>
    </div>
  );
}
