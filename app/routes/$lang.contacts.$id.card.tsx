import {
  json,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getContactCard } from "~/features/directory/contact-page.server";
import { HowWeKnowLine } from "~/features/directory/HowWeKnowLine";
import { documentFreshUntil, freshUntilHeaders } from "~/features/directory/fresh-until";
import { OpeningLine } from "~/features/directory/OpeningLine";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import { PrintButton } from "~/ui/PrintButton";
import styles from "~/styles/directory.css";
import { publicOrigin } from "~/public-url.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const origin = publicOrigin();
  const card = await getContactCard(params.id ?? "", lang, origin);
  // No card when every name of the service holds a label (decision 014), or when the card would
  // have no way to reach the service: the visitor sees a 404.
  const visitor = card?.contact.card;
  if (!card || !visitor) throw new Response("Not found", { status: 404 });
  // Only what the card prints goes to the page (the professional texts stay on the contact page).
  return json(
    { id: card.contact.id, visitor, qrSvg: card.qrSvg },
    { headers: freshUntilHeaders([card.contact.openingChangesAt]) },
  );
}

export const headers: HeadersFunction = documentFreshUntil;

export const meta: MetaFunction<typeof loader> = ({ params, data }) => {
  const lang = langOrDefault(params.lang);
  return pageMeta(
    translate(lang, "directory:card.title", { name: data?.visitor.name ?? "" }),
    lang,
    data?.visitor.text ?? undefined,
  );
};

export default function ContactCard() {
  const { id, visitor, qrSvg } = useLoaderData<typeof loader>();
  const { phones, emails, hours, places } = visitor;
  const { t, i18n } = useTranslation("directory");
  const lang = i18n.language;
  // An unsure fact stays on the card, marked, with how to check it first (issue 17 point 3).
  const unsure = (fact: { toVerify: boolean }) =>
    fact.toVerify ? <span className="visitor-card__unsure"> ({t("card.unsure")})</span> : null;
  // The service has no phone, e-mail or address of its own: the organisation's, said so (issue 17.3).
  const ofOrganization = (fact: { ofOrganization: boolean }, key: string) =>
    fact.ofOrganization ? <> ({t(key, { organization: visitor.organization })})</> : null;
  return (
    <div className="directory">
      <p className="no-print">
        <Link to={`/${lang}/contacts/${id}`}>{t("card.backToContact", { name: visitor.name })}</Link>
      </p>
      <article className="visitor-card" aria-labelledby="card-title">
        <h1 id="card-title" className="visitor-card__name">
          {visitor.name}
        </h1>
        <section aria-labelledby="card-what">
          <h2 id="card-what">{t("card.what")}</h2>
          {/* The visitor text, never the professional one with a label in it (issue 14). */}
          <p>{visitor.text ?? t("card.askGiver")}</p>
        </section>
        <section aria-labelledby="card-how">
          <h2 id="card-how">{t("card.how")}</h2>
          <ul className="visitor-card__reach">
            {phones.map((phone) => (
              <li key={phone.text}>
                <span className="visitor-card__icon" aria-hidden="true">
                  ☎
                </span>{" "}
                <a href={phone.href} className="no-print-url">
                  {t("card.call", { number: phone.text })}
                </a>
                {ofOrganization(phone, "card.ofOrganization")}
                {unsure(phone)}
              </li>
            ))}
            {phones.length === 0
              ? emails.map((email) => (
                  <li key={email.text}>
                    {t("card.email", { email: email.text })}
                    {ofOrganization(email, "card.emailOfOrganization")}
                    {unsure(email)}
                  </li>
                ))
              : null}
            {phones.length === 0 && visitor.website ? (
              <li>{t("card.website", { url: visitor.website.replace(/^https?:\/\//, "").replace(/\/$/, "") })}</li>
            ) : null}
            {phones.length === 0 && emails.length === 0 && !visitor.website ? <li>{t("card.visit")}</li> : null}
          </ul>
        </section>
        {hours.length > 0 ? (
          <section aria-labelledby="card-when">
            <h2 id="card-when">{t("card.when")}</h2>
            {/* On screen only: paper that says "open now" is wrong an hour later (decision 024). */}
            <OpeningLine kind={visitor.opening.kind} sentence={visitor.openingText} className="no-print" />
            <ul>
              {hours.map((h) => (
                <li key={h.text}>
                  {h.text}
                  {unsure(h)}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {places.length > 0 ? (
          <section aria-labelledby="card-where">
            <h2 id="card-where">{t("card.where")}</h2>
            <ul>
              {places.map((l) => (
                <li key={l.address}>
                  {l.name ? `${l.name}: ` : null}
                  {l.address}
                  {ofOrganization(l, "card.placeOfOrganization")}
                  {unsure(l)}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <div className="visitor-card__qr">
          <div
            className="visitor-card__qr-image"
            role="img"
            aria-label={t("card.qrAlt", { name: visitor.name })}
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <p>{t("card.qr", { name: visitor.name })}</p>
        </div>
        {visitor.checkFirst ? (
          <p className="visitor-card__check-first">
            <strong>{t(`card.checkFirst.${visitor.checkFirst}`)}</strong>
          </p>
        ) : null}
        <p className="visitor-card__checked">
          <HowWeKnowLine known={visitor.howWeKnow} short />
        </p>
      </article>
      <div className="button-row no-print">
        <PrintButton label={t("card.print")} hint={t("card.printHint")} primary />
      </div>
    </div>
  );
}
