import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getQualityPage } from "~/features/directory/quality.server";
import { t as translate } from "~/i18n/i18n";
import { requireLang } from "~/i18n/params";
import { langOrDefault, pageMeta } from "~/ui/page-meta";
import styles from "~/styles/directory.css";

// /:lang/contacts/quality (issue 17 point 5, decision 023): for each named area and core topic, how
// much help someone can reach and how, the share with a phone, the share confirmed in the last 12
// months and the open reports. It shows the gaps plainly: that is its point. Kept like the other
// directory pages while the database stays the same (decision 007).

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return json({ page: await getQualityPage(lang) });
}

export const meta: MetaFunction<typeof loader> = ({ params }) => {
  const lang = langOrDefault(params.lang);
  return pageMeta(translate(lang, "directory:quality.title"), lang, translate(lang, "directory:quality.linkIntro"));
};

export default function QualityPage() {
  const { page } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("directory");
  const lang = i18n.language;
  const share = (part: number, all: number) => (all === 0 ? "–" : t("quality.share", { part, all }));
  return (
    <article className="directory quality">
      <p className="no-print">
        <Link to={`/${lang}/contacts`}>{t("quality.back")}</Link>
      </p>
      <h1>{t("quality.title")}</h1>
      <p className="lead">{t("quality.intro")}</p>
      <ul className="quality__totals">
        <li>{t("quality.summary", { total: page.total, areas: page.areas.length, topics: page.topics.length })}</li>
        <li>
          <strong>{t("quality.gaps", { count: page.gaps })}</strong>
        </li>
        <li>{t("quality.nationalOnly", { count: page.nationalOnly })}</li>
      </ul>

      <h2>{t("quality.howToRead")}</h2>
      <ul>
        <li>{t("quality.explainServices")}</li>
        <li>{t("quality.explainWays")}</li>
        <li>{t("quality.explainConfirmed")}</li>
        <li>{t("quality.explainReports")}</li>
      </ul>
      <p className="no-print">{t("quality.scrollHint")}</p>

      {page.areas.map((area) => {
        const headingId = `area-${area.slug}`;
        return (
          <section key={area.slug} aria-labelledby={headingId} className="quality__area">
            <h2 id={headingId}>{area.name}</h2>
            {/* A table that scrolls inside its own box on a narrow screen; the box can take focus for the keyboard. */}
            <div className="table-scroll" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
              <table className="quality-table">
                <caption id={`${headingId}-caption`}>{t("quality.caption", { area: area.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("quality.topic")}</th>
                    <th scope="col">{t("quality.services")}</th>
                    <th scope="col">{t("quality.ways")}</th>
                    <th scope="col">{t("quality.phone")}</th>
                    <th scope="col">{t("quality.confirmed")}</th>
                    <th scope="col">{t("quality.reports")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.topics.map((topic) => {
                    const cell = page.cells.find((c) => c.area === area.slug && c.topic === topic.id)!;
                    const gap = cell.services === 0;
                    return (
                      <tr key={topic.id} className={gap ? "quality-table__gap" : undefined}>
                        <th scope="row">
                          <Link to={`/${lang}/contacts?topic=${topic.id}&area=${area.slug}`} className="no-print-url">
                            {topic.name}
                          </Link>
                        </th>
                        <td>
                          {gap ? (
                            <strong>{t("quality.none")}</strong>
                          ) : (
                            <>
                              <strong>{cell.services}</strong>
                              <br />
                              {t("quality.levels", cell.byLevel)}
                            </>
                          )}
                        </td>
                        <td>{gap ? "–" : t("quality.wayCounts", cell.ways)}</td>
                        <td>{share(cell.ways.phone, cell.services)}</td>
                        <td>{share(cell.confirmed, cell.services)}</td>
                        <td>{cell.openReports}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <p className="no-print">
        <Link to={`/${lang}/contacts`} className="button">
          {t("quality.search")}
        </Link>
      </p>
    </article>
  );
}
