import {
  json,
  redirect,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { checkResultPage } from "~/features/signals/check-pages.server";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { guardRequestUrl } from "~/request-guard.server";
import { PrintButton } from "~/ui/PrintButton";
import { PhoneText } from "~/features/steps/ui/PhoneText";
import { SourceList } from "~/ui/SourceList";
import { UrgentRoutes } from "~/ui/UrgentRoutes";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/signals-check.css";

// The result of the signals check: what was ticked, what it may mean (never a label), the tips and
// the help that fit. Made from the address only and forgotten after the response. A ticked danger
// signal makes it a danger result: the urgent route, then one calm text per kind of danger, and no
// advice about the number of signals (docs/product.md principle 6).

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

const NO_STORE = { "Cache-Control": "private, no-store" };

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  // The root loader guards the address too, but loaders run side by side: check before reading.
  const url = guardRequestUrl(request);
  const page = checkResultPage(lang, url.searchParams);
  if (page.kind === "redirect") throw redirect(page.to, { headers: NO_STORE });
  return json({ lang, origin: url.origin, ...page.view }, { headers: NO_STORE });
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ params }) => {
  const lang = langOrDefault(params.lang);
  return pageMeta(translate(lang, "check:result.title"), lang, translate(lang, "check:metaDescription"));
};

export default function SignalsCheckResult() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("check");
  // Phone numbers in the result's texts are tappable: a volunteer on a phone calls with one tap.
  const markup = (text: string) => <PhoneText text={text} terms={view.wordTerms} />;
  const address = `${view.origin}/${view.lang}/signals/result${view.query ? `?${view.query}` : ""}`;
  return (
    <div className="check-result">
      {/* Safety first: a ticked danger signal puts the urgent route above everything else. */}
      {view.urgent ? (
        <div className="check-result__urgent">
          <UrgentRoutes />
          <section className="callout callout--urgent check-result__flow" aria-labelledby="danger-title">
            <h2 id="danger-title">{view.danger.title}</h2>
            {view.danger.text.map((line) => (
              <p key={line}>{markup(line)}</p>
            ))}
            {view.dangerKinds.map((kind) => (
              <div key={kind.id} className="check-result__danger-kind">
                <h3>{markup(kind.title)}</h3>
                {kind.text.map((line) => (
                  <p key={line}>{markup(line)}</p>
                ))}
                <p>
                  <Link to={kind.href}>{kind.link}</Link>
                </p>
              </div>
            ))}
          </section>
        </div>
      ) : null}
      <h1>{t("result.title")}</h1>
      <div className="check-result__intro">
        {view.intro.map((line) => (
          <p key={line}>{markup(line)}</p>
        ))}
      </div>

      <section aria-labelledby="ticked-title" className="check-result__ticked">
        <h2 id="ticked-title">{t("result.tickedTitle")}</h2>
        {view.groups.length === 0 ? <p>{t("result.nothingTicked")}</p> : null}
        {view.groups.map((group) => (
          <div key={group.id} className="check-result__group">
            <h3>{group.title}</h3>
            <ul>
              {group.signals.map((signal) => (
                <li key={signal.id}>{markup(signal.line)}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {view.advice || view.otherCauses ? (
        <section aria-labelledby="meaning-title" className="check-result__meaning">
          <h2 id="meaning-title">{t("result.meaningTitle")}</h2>
          {view.advice ? (
            <>
              <h3>{view.advice.title}</h3>
              <div className="check-result__flow">
                {view.advice.text.map((line) => (
                  <p key={line}>{markup(line)}</p>
                ))}
              </div>
            </>
          ) : null}
          {view.otherCauses ? (
            <div className="callout check-result__causes check-result__flow">
              <h3>{view.otherCauses.title}</h3>
              {view.otherCauses.text.map((line) => (
                <p key={line}>{markup(line)}</p>
              ))}
            </div>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="tips-title" className="check-result__tips">
        <h2 id="tips-title">{t("result.tipsTitle")}</h2>
        {view.tips.length > 0 ? <p className="no-print">{t("result.tipsIntro")}</p> : <p>{t("result.tipsNone")}</p>}
        {view.tips.length > 0 ? (
          <ol>
            {view.tips.map((tip) => (
              <li key={tip.id}>
                <Link to={tip.href} className="check-result__tip-title">
                  {tip.title}
                </Link>
                <span className="check-result__tip-text">{markup(tip.text)}</span>
              </li>
            ))}
          </ol>
        ) : null}
        <p className={view.tips.length > 0 ? "no-print" : undefined}>
          <Link to={view.links.tips}>{t("result.allTips")}</Link>
        </p>
      </section>

      <section aria-labelledby="next-title" className="check-result__next">
        <h2 id="next-title">{t("result.nextTitle")}</h2>
        <h3>
          <Link to={view.links.steps}>{t("result.steps")}</Link>
        </h3>
        <p>{t("result.stepsText")}</p>
        <h3>{t("result.contactsTitle")}</h3>
        {view.topics.length > 0 ? (
          <>
            <p>{t("result.contactsIntro")}</p>
            <ul className="check-result__topics">
              {view.topics.map((topic) => (
                <li key={topic.id}>
                  <Link to={topic.href}>{topic.name}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p className={view.topics.length > 0 ? "no-print" : undefined}>
          <Link to={view.links.contacts}>{t("result.contactsAll")}</Link>
        </p>
      </section>

      <div className="button-row">
        <PrintButton label={t("result.print")} hint={t("result.printHint")} />
        <Link to={view.links.change} className="button button--secondary">
          {t("result.change")}
        </Link>
        <Link to={view.links.restart} className="button button--secondary" reloadDocument>
          {t("result.restart")}
        </Link>
      </div>
      <p className="no-print">{t("result.forgotten")}</p>
      {view.sources.length > 0 ? <SourceList sources={view.sources} headingId="check-sources" /> : null}
      <p className="check-result__printed">
        {t("result.printedFrom")} <span className="check-result__address">{address}</span>
      </p>
      <p className="check-result__printed check-result__print-note">{view.printNote}</p>
    </div>
  );
}
