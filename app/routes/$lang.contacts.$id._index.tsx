import {
  json,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getContactPage } from "~/features/directory/contact-page.server";
import type { ContactView, Fact } from "~/features/directory/contact-view";
import { HowWeKnowLine } from "~/features/directory/HowWeKnowLine";
import { formatCheckDate } from "~/features/directory/freshness";
import { ConfirmForm, ReportForm } from "~/features/reports/ui/ReportForm";
import { reportFormText } from "~/features/reports/report-text.server";
import { documentFreshUntil, freshUntilHeaders } from "~/features/directory/fresh-until";
import { OpeningLine } from "~/features/directory/OpeningLine";
import { requireLang } from "~/i18n/params";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/directory.css";
import { DirectoryText } from "~/features/directory/DirectoryText";
import { GuideText } from "~/ui/GuideText";
import { Pictogram } from "~/ui/Pictogram";
import { topicPictogram } from "~/ui/pictograms";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const contact = await getContactPage(params.id ?? "", lang);
  if (!contact) throw new Response("Not found", { status: 404 });
  // "Nu open tot 17:00" holds until 17:00: the page cache keeps the page no longer (decision 024).
  return json(
    { contact, reportText: reportFormText(lang) },
    { headers: freshUntilHeaders([contact.openingChangesAt]) },
  );
}

export const headers: HeadersFunction = documentFreshUntil;

export const meta: MetaFunction<typeof loader> = ({ params, data }) => {
  const lang = langOrDefault(params.lang);
  return pageMeta(data?.contact.name ?? "", lang, data?.contact.summary ?? undefined);
};

function VerifyTag({ fact }: { fact: { toVerify: boolean } }) {
  const { t } = useTranslation("directory");
  return fact.toVerify ? <span className="tag tag--verify">{t("result.toVerify")}</span> : null;
}

function SourceLink({ url }: { url: string | null }) {
  const { t } = useTranslation("directory");
  if (!url) return null;
  return (
    <span className="fact-source">
      {" "}
      (
      <a href={url} rel="noreferrer" className="source-url">
        {t("contact.source")}
      </a>
      )
    </span>
  );
}

function FactLine({ fact }: { fact: Fact }) {
  return (
    <>
      {fact.text} <VerifyTag fact={fact} />
      <SourceLink url={fact.sourceUrl} />
    </>
  );
}

function ages(c: ContactView, t: (key: string, o?: Record<string, unknown>) => string): string | null {
  if (c.minimumAge !== null && c.maximumAge !== null)
    return t("contact.ageRange", { min: c.minimumAge, max: c.maximumAge });
  if (c.minimumAge !== null) return t("contact.ageFrom", { min: c.minimumAge });
  if (c.maximumAge !== null) return t("contact.ageTo", { max: c.maximumAge });
  return null;
}

export default function ContactPage() {
  const { contact: c, reportText } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("directory");
  const lang = i18n.language;
  const yesNo = (value: "yes" | "no" | "unknown") => t(`contact.${value}`);
  const ageText = ages(c, t);
  const hasToVerify =
    c.toVerify ||
    c.walkInToVerify ||
    c.costToVerify ||
    [...c.phones, ...c.emails, ...c.schedules, ...c.locations].some((f) => f.toVerify);
  // The organisation's phone, e-mail or address, shown because the service has none (issue 17.3).
  const ofOrganization = (fact: { ofOrganization?: boolean }) =>
    fact.ofOrganization ? <> ({t("contact.ofOrganization", { organization: c.organization })})</> : null;
  // A page is only shown with at least one way to reach the service; "ask" names the best one.
  const ask = t(`contact.askBy.${c.ways[0]}`);
  const noPlaceAsk = c.ways.filter((way) => way !== "visit").map((way) => t(`contact.askBy.${way}`))[0] ?? "";
  const hoursAtPlace = c.locations.some((l) => l.schedules.length > 0);
  return (
    <article className="directory contact">
      <p className="no-print">
        <Link to={`/${lang}/contacts`}>{t("contact.back")}</Link>
      </p>
      <h1>{c.name}</h1>
      {c.organization !== c.name ? (
        <p className="contact__org">
          {t("contact.organization")}: {c.organization}
        </p>
      ) : null}
      {c.howWeKnow.state === "stale" ? (
        <p className="callout callout--urgent" role="note">
          {t("contact.staleWarning")}
        </p>
      ) : null}
      {c.toVerify ? <p className="callout callout--verify">{t("contact.serviceToVerify")}</p> : null}
      {c.alert ? (
        <p className="callout">
          <DirectoryText text={c.alert} />
        </p>
      ) : null}

      <section aria-labelledby="what">
        <h2 id="what">{t("contact.what")}</h2>
        {c.summary ? (
          <p className="lead">
            <DirectoryText text={c.summary} />
          </p>
        ) : null}
        {c.description ? (
          <p>
            <DirectoryText text={c.description} />
          </p>
        ) : null}
        {c.topics.length > 0 ? (
          <ul className="tag-list">
            {c.topics.map((topic) => (
              <li key={topic.id}>
                <Pictogram name={topicPictogram(topic.id)} size="xs" />{" "}
                <Link to={`/${lang}/contacts?topic=${topic.id}`}>{topic.name}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="reach">
        <h2 id="reach">{t("contact.reach")}</h2>
        {c.phones.length === 0 ? (
          <p>
            {t("contact.noPhone")} {t(`contact.instead.${c.ways[0]}`)}
          </p>
        ) : null}
        <dl className="contact__list">
          {c.phones.map((phone) => (
            <div key={phone.text}>
              <dt>{t("contact.phone")}</dt>
              <dd>
                <a href={phone.href} className="contact__phone no-print-url">
                  {phone.text}
                </a>
                {ofOrganization(phone)} {phone.note} <VerifyTag fact={phone} />
                <SourceLink url={phone.sourceUrl} />
              </dd>
            </div>
          ))}
          {c.emails.map((email) => (
            <div key={email.text}>
              <dt>{t("contact.email")}</dt>
              <dd>
                <a href={`mailto:${email.text}`}>{email.text}</a>
                {ofOrganization(email)} <VerifyTag fact={email} />
                <SourceLink url={email.sourceUrl} />
              </dd>
            </div>
          ))}
          {c.website ? (
            <div>
              <dt>{t("contact.website")}</dt>
              <dd>
                <a href={c.website} rel="noreferrer">
                  {c.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
        {c.application ? (
          <>
            <h3>{t("contact.howToStart")}</h3>
            <p>
              <DirectoryText text={c.application} />
            </p>
          </>
        ) : null}
      </section>

      <section aria-labelledby="hours">
        <h2 id="hours">{t("contact.hours")}</h2>
        <OpeningLine kind={c.opening.kind} sentence={c.openingText} />
        {c.schedules.length === 0 ? (
          <p>{hoursAtPlace ? t("contact.hoursAtPlace") : `${t("contact.noHours")} ${ask}`}</p>
        ) : null}
        {c.schedules.length > 0 ? (
          <ul>
            {c.schedules.map((s) => (
              <li key={s.text}>
                <FactLine fact={s} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="where">
        <h2 id="where">{t("contact.where")}</h2>
        {c.locations.length === 0 ? <p>{`${t("contact.noPlace")} ${noPlaceAsk}`}</p> : null}
        {c.locations.map((l) => (
          <div key={`${l.name}-${l.address}`} className="contact__place">
            <h3>{l.name}</h3>
            {l.address ? (
              <p>
                {l.address}
                {ofOrganization(l)} <VerifyTag fact={l} />
                <SourceLink url={l.sourceUrl} />
              </p>
            ) : (
              <p>
                {`${t("contact.noPlace")} ${noPlaceAsk}`} <SourceLink url={l.sourceUrl} />
              </p>
            )}
            {l.note ? <p>{l.note}</p> : null}
            {l.transport ? (
              <p>
                <strong>{t("contact.howToGetThere")}:</strong> <DirectoryText text={l.transport} />
              </p>
            ) : null}
            {l.schedules.length > 0 ? (
              <ul>
                {l.schedules.map((s) => (
                  <li key={s.text}>
                    <FactLine fact={s} />
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
      </section>

      <section aria-labelledby="facts">
        <h2 id="facts">{t("contact.facts")}</h2>
        <dl className="contact__list">
          <div>
            <dt>{t("contact.forWhom")}</dt>
            <dd>
              {c.eligibility ? <DirectoryText text={c.eligibility} /> : null} {ageText ? `${ageText}.` : null}
              {!c.eligibility && !ageText ? t("contact.unknown") : null}
            </dd>
          </div>
          <div>
            <dt>{t("contact.cost")}</dt>
            <dd>
              {c.cost === "unknown" ? t("contact.unknown") : t(`contact.${c.cost}`)}
              {/* "Gratis. Bellen kost wel geld.": two sentences, not "Gratis Bellen kost …" */}
              {c.fees ? "." : null}
              {c.costToVerify ? (
                <>
                  {" "}
                  <VerifyTag fact={{ toVerify: true }} />
                </>
              ) : null}
              {c.fees ? (
                <>
                  {" "}
                  <DirectoryText text={c.fees} />
                </>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t("contact.walkIn")}</dt>
            <dd>
              {yesNo(c.walkIn)} <VerifyTag fact={{ toVerify: c.walkInToVerify }} />
            </dd>
          </div>
          <div>
            <dt>
              <GuideText text={t("contact.referral")} />
            </dt>
            <dd>{yesNo(c.referral)}</dd>
          </div>
          <div>
            <dt>{t("contact.anonymous")}</dt>
            <dd>{yesNo(c.anonymousAdvice)}</dd>
          </div>
        </dl>
      </section>

      {/* No card for a service whose every name holds a label (decision 014). */}
      {c.card ? (
        <section aria-labelledby="card" className="no-print">
          <h2 id="card">{t("contact.card")}</h2>
          <p>{t("contact.cardHint")}</p>
          <p className="button-row">
            <Link to={`/${lang}/contacts/${c.id}/card`} className="button">
              {t("contact.card")}
            </Link>
            <Link to={`/${lang}/card/appointment?contact=${c.id}`} className="button button--secondary">
              {t("contact.appointmentCard")}
            </Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="check" className="contact__check">
        <h2 id="check">{t("contact.checkTitle")}</h2>
        <p className="contact__how-we-know">
          <HowWeKnowLine known={c.howWeKnow} />
        </p>
        {c.practiceConfirmedOn ? (
          <p className="contact__practice">
            {t("contact.practiceConfirmedOn", { date: formatCheckDate(c.practiceConfirmedOn, lang) })}
          </p>
        ) : null}
        {hasToVerify ? <p>{t("contact.toVerifyIntro")}</p> : null}
        {c.sourceUrl ? (
          <p>
            {t("contact.sourceMain")}:{" "}
            <a href={c.sourceUrl} rel="noreferrer" className="source-url">
              {c.sourceUrl}
            </a>
          </p>
        ) : null}
      </section>

      {/* Decision 023: both forms post to the report page, never to this cached page. */}
      <section aria-labelledby="report" className="contact__report no-print">
        <h2 id="report">{reportText.title}</h2>
        <p>{reportText.intro}</p>
        <ReportForm action={`/${lang}/contacts/${c.id}/report`} text={reportText} />
      </section>

      <section aria-labelledby="confirm" className="contact__report no-print">
        <h2 id="confirm">{reportText.confirmTitle}</h2>
        <p>{reportText.confirmIntro}</p>
        <ConfirmForm action={`/${lang}/contacts/${c.id}/report`} text={reportText} />
      </section>
    </article>
  );
}
