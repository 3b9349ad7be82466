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

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const origin = process.env.PUBLIC_URL?.replace(/\/$/, "") || new URL(request.url).origin;
  const card = await getContactCard(params.id ?? "", lang, origin);
  if (!card) throw new Response("Not found", { status: 404 });
  return json(card);
}

export const meta: MetaFunction<typeof loader> = ({ params, data }) => {
  const lang = langOrDefault(params.lang);
  return pageMeta(translate(lang, "directory:card.title", { name: data?.contact.name ?? "" }), lang, data?.contact.summary);
};

export default function ContactCard() {
  const { contact: c, qrSvg } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("directory");
  const lang = i18n.language;
  // The visitor gets only facts we are sure of: anything marked "to verify" stays on the contact page.
  const phones = c.phones.filter((p) => !p.toVerify);
  const hours = [...c.schedules, ...c.locations.flatMap((l) => l.schedules)].filter((h) => !h.toVerify);
  const places = c.locations.filter((l) => l.address && !l.toVerify);
  return (
    <div className="directory">
      <p className="no-print">
        <Link to={`/${lang}/contacts/${c.id}`}>{t("card.backToContact", { name: c.name })}</Link>
      </p>
      <article className="visitor-card" aria-labelledby="card-title">
        <h1 id="card-title" className="visitor-card__name">
          {c.name}
        </h1>
        <section aria-labelledby="card-what">
          <h2 id="card-what">{t("card.what")}</h2>
          <p>{c.summary}</p>
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
            {phones.length === 0 && c.website ? <li>{t("card.noPhone", { url: c.website.replace(/^https?:\/\//, "").replace(/\/$/, "") })}</li> : null}
          </ul>
        </section>
        {hours.length > 0 ? (
          <section aria-labelledby="card-when">
            <h2 id="card-when">{t("card.when")}</h2>
            <ul>
              {hours.map((h) => (
                <li key={h.text}>{h.text}</li>
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
          <div className="visitor-card__qr-image" role="img" aria-label={t("card.qrAlt", { name: c.name })} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <p>{t("card.qr", { name: c.name })}</p>
        </div>
        {c.checked.state !== "never" ? <p className="visitor-card__checked">{t("card.checked", { date: formatCheckDate(c.checked.date, lang) })}</p> : null}
      </article>
      <div className="button-row no-print">
        <PrintButton label={t("card.print")} hint={t("card.printHint")} />
      </div>
    </div>
  );
}
