import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getContactCard } from "~/features/directory/contact-page.server";
import { formatCheckDate } from "~/features/directory/freshness";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import { PrintButton } from "~/features/directory/PrintCardButton";
import styles from "~/styles/directory.css";
import { publicOrigin } from "~/public-url.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const origin = publicOrigin();
  const card = await getContactCard(params.id ?? "", lang, origin);
  // No card when every name of the service holds a label (decision 014): the visitor sees a 404.
  const visitor = card?.contact.card;
  if (!card || !visitor) throw new Response("Not found", { status: 404 });
  const c = card.contact;
  // Only what the card prints goes to the page (the professional texts stay on the contact page),
  // and only facts we are sure of: anything marked "to verify" stays on the contact page.
  return json({
    id: c.id,
    visitor,
    phones: c.phones.filter((p) => !p.toVerify).map(({ text, href }) => ({ text, href })),
    hours: [...c.schedules, ...c.locations.flatMap((l) => l.schedules)].filter((h) => !h.toVerify).map((h) => h.text),
    places: c.locations.filter((l) => l.address && !l.toVerify).map((l) => ({ name: l.name, address: l.address! })),
    checked: c.checked,
    qrSvg: card.qrSvg,
  });
}

export const meta: MetaFunction<typeof loader> = ({ params, data }) => {
  const lang = langOrDefault(params.lang);
  return pageMeta(
    translate(lang, "directory:card.title", { name: data?.visitor.name ?? "" }),
    lang,
    data?.visitor.text ?? undefined,
  );
};

export default function ContactCard() {
  const { id, visitor, phones, hours, places, checked, qrSvg } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("directory");
  const lang = i18n.language;
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
              </li>
            ))}
            {phones.length === 0 && visitor.website ? (
              <li>{t("card.noPhone", { url: visitor.website.replace(/^https?:\/\//, "").replace(/\/$/, "") })}</li>
            ) : null}
          </ul>
        </section>
        {hours.length > 0 ? (
          <section aria-labelledby="card-when">
            <h2 id="card-when">{t("card.when")}</h2>
            <ul>
              {hours.map((h) => (
                <li key={h}>{h}</li>
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
                  {l.name}: {l.address}
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
        {checked.state !== "never" ? (
          <p className="visitor-card__checked">{t("card.checked", { date: formatCheckDate(checked.date, lang) })}</p>
        ) : null}
      </article>
      <div className="button-row no-print">
        <PrintButton label={t("card.print")} hint={t("card.printHint")} />
      </div>
    </div>
  );
}
