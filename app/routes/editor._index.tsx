import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getDb } from "#db/database.server";
import { dashboardSummary } from "~/features/editor/dashboard.server";
import { requireEditorPage } from "~/features/editor/guard.server";
import { todayInAmsterdam } from "~/features/calendar/today";
import { CheckedDate } from "~/features/editor/ui/CheckedDate";
import { editorMeta } from "~/features/editor/ui/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEditorPage(request);
  const summary = await dashboardSummary(getDb(), todayInAmsterdam());
  return json({ name: user.name, summary });
}

export const meta: MetaFunction = ({ matches }) => editorMeta(matches, "dashboard.title");

export default function Dashboard() {
  const { name, summary } = useLoaderData<typeof loader>();
  const { t } = useTranslation("editor");
  const stats = [
    { key: "active", value: summary.active, to: "/editor/services" },
    { key: "overdue", value: summary.overdue, to: "/editor/services?overdue=1" },
    { key: "uncertainFacts", value: summary.uncertainFacts, to: "/editor/services?toVerify=1" },
    { key: "archived", value: summary.archived, to: "/editor/services?archived=1" },
  ] as const;
  return (
    <div>
      <h1>{t("dashboard.title")}</h1>
      <p className="lead">{t("dashboard.hello", { name })}</p>
      <ul className="editor-stats">
        {stats.map((stat) => (
          <li key={stat.key}>
            <Link to={stat.to} className="editor-stat">
              <span className="editor-stat__value">{stat.value}</span>
              <span className="editor-stat__label">{t(`dashboard.${stat.key}`, { count: stat.value })}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h2>{t("dashboard.overdueTitle")}</h2>
      {summary.mostOverdue.length === 0 ? (
        <p>{t("dashboard.nothingOverdue")}</p>
      ) : (
        <>
          <p>{t("dashboard.overdueIntro")}</p>
          <ul className="editor-list">
            {summary.mostOverdue.map((service) => (
              <li key={service.id}>
                <Link to={`/editor/services/${service.id}`}>{service.name}</Link>
                <span className="editor-list__meta">
                  {service.organization} · <CheckedDate date={service.assuredDate} />
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/editor/services?overdue=1">{t("dashboard.allOverdue", { count: summary.overdue })}</Link>
          </p>
        </>
      )}
      <div className="button-row">
        <Link to="/editor/services/new" className="button">
          {t("services.new")}
        </Link>
        <Link to="/editor/import" className="button button--secondary">
          {t("nav.import")}
        </Link>
      </div>
    </div>
  );
}
