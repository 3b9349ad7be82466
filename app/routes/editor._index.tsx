import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getDb } from "#db/database.server";
import { dashboardSummary } from "~/features/editor/dashboard.server";
import { requireEditorAction, requireEditorPage } from "~/features/editor/guard.server";
import { handleReport, openReports } from "~/features/reports/reports.server";
import { formatCheckDate } from "~/features/directory/freshness";
import { todayInAmsterdam } from "~/features/calendar/today";
import { CheckedDate } from "~/features/editor/ui/CheckedDate";
import { editorMeta } from "~/features/editor/ui/meta";

const REPORTS_SHOWN = 50;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEditorPage(request);
  const summary = await dashboardSummary(getDb(), todayInAmsterdam());
  const reports = await openReports(getDb(), REPORTS_SHOWN);
  const done = new URL(request.url).searchParams.get("report");
  return json({
    name: user.name,
    summary,
    reports,
    done: done === "resolved" || done === "dismissed" || done === "gone" ? done : null,
  });
}

// The queue of "Klopt er iets niet?" reports (decision 023): resolve or dismiss, each in the audit trail.
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireEditorAction(request);
  const form = await request.formData();
  const intent = form.get("intent");
  const id = Number(form.get("report"));
  if ((intent !== "resolve" && intent !== "dismiss") || !Number.isSafeInteger(id) || id <= 0)
    throw new Response("Bad request", { status: 400 });
  const handled = await handleReport(getDb(), user, id, intent);
  const done = !handled ? "gone" : intent === "resolve" ? "resolved" : "dismissed";
  return redirect(`/editor?report=${done}#reports`, 303);
}

export const meta: MetaFunction = ({ matches }) => editorMeta(matches, "dashboard.title");

export default function Dashboard() {
  const { name, summary, reports, done } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("editor");
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
      <h2 id="reports">{t("reports.title")}</h2>
      {done ? (
        <p className="callout" role="status">
          {t(`reports.${done}`)}
        </p>
      ) : null}
      {reports.total === 0 ? (
        <p>{t("reports.none")}</p>
      ) : (
        <>
          <p>
            {t("reports.count", { count: reports.total })}. {t("reports.intro")}
          </p>
          {reports.total > reports.reports.length ? (
            <p>{t("reports.more", { shown: reports.reports.length })}</p>
          ) : null}
          <ul className="editor-list report-queue">
            {reports.reports.map((report) => (
              <li key={report.id}>
                <Link to={`/editor/services/${report.serviceId}`}>{report.serviceName}</Link>
                <span className="editor-list__meta">
                  {t(`reports.kind.${report.kind}`)} ·{" "}
                  {t("reports.on", { date: formatCheckDate(report.createdAt.slice(0, 10), i18n.language) })}
                </span>
                {/* The visitor's words, as text only: React escapes them. */}
                <p className="report-queue__text">
                  <span className="visually-hidden">{t("reports.textLabel")}: </span>
                  {report.text || t("reports.noText")}
                </p>
                <Form method="post" className="button-row">
                  <input type="hidden" name="report" value={report.id} />
                  <button type="submit" name="intent" value="resolve" className="button">
                    {t("reports.resolve")}
                  </button>
                  <button type="submit" name="intent" value="dismiss" className="button button--secondary">
                    {t("reports.dismiss")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      )}
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
