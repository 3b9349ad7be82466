import {
  json,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { formatClock } from "~/features/workshop/clock";
import { SLIDES_WINDOW } from "~/features/workshop/slide-keys";
import { PresenterClock } from "~/features/workshop/ui/PresenterClock";
import { SlideBody } from "~/features/workshop/ui/SlideBody";
import { useSlideControls } from "~/features/workshop/ui/useSlideControls";
import { slideByAddress } from "~/features/workshop/workshop-pages.server";
import { clockMinutes, presenterHref, slideHref } from "~/features/workshop/workshop-views";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { GuideText } from "~/ui/GuideText";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import { useHydrated } from "~/ui/use-hydrated";
import styles from "~/styles/workshop-slides.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

// The clock's first value comes from the server, so this page must never be kept by a cache.
export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const view = slideByAddress(lang, params.slug, params.n);
  if (!view) throw new Response("Not found", { status: 404 });
  return json(
    { lang, view, serverTime: formatClock(new Date(), lang, "Europe/Amsterdam") },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ params, data }) => {
  const lang = langOrDefault(params.lang);
  if (!data) return pageMeta("Workshop", lang);
  return pageMeta(
    `${translate(lang, "workshop:presenter.title", { plan: data.view.planTitle })} (${data.view.n}/${data.view.total})`,
    lang,
  );
};

export default function PresenterPage() {
  const { lang, view, serverTime } = useLoaderData<typeof loader>();
  const { t } = useTranslation("workshop");
  const hrefFor = useCallback((m: number) => presenterHref(lang, view.slug, m), [lang, view.slug]);
  useSlideControls({ slug: view.slug, n: view.n, total: view.total, hrefFor, role: "presenter" });
  const canOpen = useHydrated();
  const { part } = view;

  return (
    <div className="ws-presenter">
      <header className="ws-presenter__head">
        <h1>{t("presenter.title", { plan: view.planTitle })}</h1>
        <p className="ws-presenter__part">
          {t("presenter.part", { index: part.index, count: part.count, title: part.title })}
          {" · "}
          {clockMinutes(part.start)}–{clockMinutes(part.end)}
        </p>
        <PresenterClock serverTime={serverTime} slug={view.slug} />
      </header>

      <div className="ws-presenter__grid">
        <section className="ws-presenter__current" aria-labelledby="current-title">
          <h2 id="current-title" className="ws-presenter__label">
            {t("presenter.current")} · {t("slides.counter", { n: view.n, total: view.total })}
          </h2>
          <div className="ws-slide ws-slide--preview">
            <SlideBody content={view.content} terms={view.terms} Heading="h2" />
          </div>
        </section>

        <section className="ws-presenter__notes" aria-labelledby="notes-title">
          <h2 id="notes-title" className="ws-presenter__label">
            {t("presenter.notes")}
          </h2>
          <p>
            <strong>{part.title}:</strong> <GuideText text={part.goal} terms={view.terms} />
          </p>
          {view.notes.length > 0 ? (
            <ul className="ws-presenter__notelist" data-testid="presenter-notes">
              {view.notes.map((note) => (
                <li key={note}>
                  <GuideText text={note} terms={view.terms} />
                </li>
              ))}
            </ul>
          ) : (
            <p data-testid="presenter-notes">{t("presenter.noNotes")}</p>
          )}
          <ul className="ws-presenter__trainer">
            {part.trainer.map((line) => (
              <li key={line}>
                <GuideText text={line} terms={view.terms} />
              </li>
            ))}
          </ul>
        </section>

        <section className="ws-presenter__next" aria-labelledby="next-title">
          <h2 id="next-title" className="ws-presenter__label">
            {t("presenter.next")}
          </h2>
          <p className="ws-presenter__nexttitle">
            {view.next ? `${view.next.n}. ${view.next.title}` : t("presenter.last")}
          </p>
        </section>
      </div>

      <nav className="ws-slidebar" aria-label={t("slides.toolbar")}>
        <ul>
          <li>
            {view.n > 1 ? (
              <Link to={hrefFor(view.n - 1)} rel="prev" className="ws-slidebar__move">
                <span aria-hidden="true">← </span>
                {t("slides.prev")}
              </Link>
            ) : null}
          </li>
          <li className="ws-slidebar__count" aria-live="polite">
            {t("slides.counter", { n: view.n, total: view.total })}
          </li>
          <li>
            {view.next ? (
              <Link to={hrefFor(view.n + 1)} rel="next" className="ws-slidebar__move">
                {t("slides.next")}
                <span aria-hidden="true"> →</span>
              </Link>
            ) : null}
          </li>
          <li>
            <Link to={view.planHref}>{t("slides.backToPlan")}</Link>
          </li>
          <li>
            {canOpen ? (
              <button
                type="button"
                className="button--secondary"
                onClick={() => window.open(slideHref(lang, view.slug, view.n), SLIDES_WINDOW)}
              >
                {t("presenter.openSlidesWindow")}
              </button>
            ) : (
              <Link to={slideHref(lang, view.slug, view.n)}>{t("plan.openSlides")}</Link>
            )}
          </li>
        </ul>
        <p className="ws-slidebar__hint">{canOpen ? t("presenter.syncHint") : t("slides.keysHint")}</p>
      </nav>
    </div>
  );
}
