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
// The page's words (namespace "quality") are translated here, on the server: they stay out of the
// JavaScript every public page downloads.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const page = await getQualityPage(lang);
  const q = (key: string, options?: Record<string, unknown>) => translate(lang, `quality:${key}`, options);
  const share = (part: number, all: number) => (all === 0 ? "–" : q("share", { part, all }));
  return json({
    text: {
      title: q("title"),
      description: translate(lang, "directory:qualityLink.intro"),
      back: q("back"),
      intro: q("intro"),
      totals: [
        q("summary", { total: page.total, areas: page.areas.length, topics: page.topics.length }),
        q("gaps", { count: page.gaps }),
        q("nationalOnly", { count: page.nationalOnly }),
      ],
      howToRead: q("howToRead"),
      explain: [q("explainServices"), q("explainWays"), q("explainConfirmed"), q("explainReports")],
      scrollHint: q("scrollHint"),
      columns: [q("topic"), q("services"), q("ways"), q("phone"), q("confirmed"), q("reports")],
      search: q("search"),
    },
    areas: page.areas.map((area) => ({
      slug: area.slug,
      name: area.name,
      caption: q("caption", { area: area.name }),
      rows: page.topics.map((topic) => {
        const cell = page.cells.find((c) => c.area === area.slug && c.topic === topic.id)!;
        const gap = cell.services === 0;
        return {
          topic: topic.id,
          topicName: topic.name,
          gap,
          services: gap ? q("none") : String(cell.services),
          levels: gap ? "" : q("levels", cell.byLevel),
          ways: gap ? "–" : q("wayCounts", cell.ways),
          phone: share(cell.ways.phone, cell.services),
          confirmed: share(cell.confirmed, cell.services),
          reports: String(cell.openReports),
        };
      }),
    })),
  });
}

export const meta: MetaFunction<typeof loader> = ({ params, data }) =>
  pageMeta(data?.text.title ?? "", langOrDefault(params.lang), data?.text.description);

export default function QualityPage() {
  const { text, areas } = useLoaderData<typeof loader>();
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <article className="directory quality">
      <p className="no-print">
        <Link to={`/${lang}/contacts`}>{text.back}</Link>
      </p>
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <ul className="quality__totals">
        <li>{text.totals[0]}</li>
        <li>
          <strong>{text.totals[1]}</strong>
        </li>
        <li>{text.totals[2]}</li>
      </ul>

      <h2>{text.howToRead}</h2>
      <ul>
        {text.explain.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="no-print">{text.scrollHint}</p>

      {areas.map((area) => {
        const headingId = `area-${area.slug}`;
        return (
          <section key={area.slug} aria-labelledby={headingId} className="quality__area">
            <h2 id={headingId}>{area.name}</h2>
            {/* A table that scrolls inside its own box on a narrow screen; the box can take focus for the keyboard. */}
            <div className="table-scroll" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
              <table className="quality-table">
                <caption id={`${headingId}-caption`}>{area.caption}</caption>
                <thead>
                  <tr>
                    {text.columns.map((column) => (
                      <th scope="col" key={column}>
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {area.rows.map((row) => (
                    <tr key={row.topic} className={row.gap ? "quality-table__gap" : undefined}>
                      <th scope="row">
                        <Link to={`/${lang}/contacts?topic=${row.topic}&area=${area.slug}`} className="no-print-url">
                          {row.topicName}
                        </Link>
                      </th>
                      <td>
                        <strong>{row.services}</strong>
                        {row.levels ? (
                          <>
                            <br />
                            {row.levels}
                          </>
                        ) : null}
                      </td>
                      <td>{row.ways}</td>
                      <td>{row.phone}</td>
                      <td>{row.confirmed}</td>
                      <td>{row.reports}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <p className="no-print">
        <Link to={`/${lang}/contacts`} className="button">
          {text.search}
        </Link>
      </p>
    </article>
  );
}
