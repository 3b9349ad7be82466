import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getDb } from "#db/database.server";
import { requireEditorAction, requireEditorPage } from "~/features/editor/guard.server";
import { todayInAmsterdam } from "~/features/calendar/today";
import { isOverdue } from "~/features/editor/overdue";
import { LIST_PAGE_SIZE, listServices } from "~/features/editor/services.server";
import { CheckedDate } from "~/features/editor/ui/CheckedDate";
import { editorMeta } from "~/features/editor/ui/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireEditorPage(request);
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").slice(0, 200);
  const overdue = url.searchParams.get("overdue") === "1";
  const toVerify = url.searchParams.get("toVerify") === "1";
  const unreachable = url.searchParams.get("unreachable") === "1";
  const archived = url.searchParams.get("archived") === "1";
  const pageParam = Number(url.searchParams.get("page") ?? "1");
  const page = Number.isSafeInteger(pageParam) && pageParam >= 1 && pageParam <= 10_000 ? pageParam : 1;
  const today = todayInAmsterdam();
  const { items, total } = await listServices(getDb(), { q, overdue, toVerify, unreachable, archived, page }, today);
  return json({
    items,
    total,
    page,
    q,
    overdue,
    toVerify,
    unreachable,
    archived,
    today,
    pages: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)),
  });
}

export const meta: MetaFunction = ({ matches }) => editorMeta(matches, "services.title");

/**
 * "Vandaag gecontroleerd" from the list used to be one click; now it asks which facts the
 * organisation confirmed (decision 022), on the service's own page. A list page still open from
 * before posts here: it is sent to that question, nothing is marked.
 */
export async function action({ request }: ActionFunctionArgs) {
  await requireEditorAction(request);
  const form = await request.formData();
  const id = String(form.get("serviceId") ?? "");
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw json({ reason: "not-found" }, { status: 404 });
  return redirect(`/editor/services/${id.toLowerCase()}#confirm-title`);
}

export default function ServicesPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("editor");
  const location = useLocation();
  const pageLink = (n: number) => {
    const params = new URLSearchParams(location.search);
    params.set("page", String(n));
    return `?${params.toString()}`;
  };
  return (
    <div>
      <h1>{t(data.archived ? "services.archivedTitle" : "services.title")}</h1>
      <div className="button-row">
        <Link to="/editor/services/new" className="button">
          {t("services.new")}
        </Link>
        <Link to="/editor/export.csv" className="button button--secondary" reloadDocument>
          {t("services.export")}
        </Link>
      </div>
      <Form method="get" className="editor-filter" role="search" aria-label={t("services.searchLabel")}>
        <div className="field">
          <label htmlFor="q">{t("services.search")}</label>
          <input type="search" id="q" name="q" defaultValue={data.q} />
        </div>
        <fieldset className="field">
          <legend>{t("services.filters")}</legend>
          <div className="choice">
            <input type="checkbox" id="overdue" name="overdue" value="1" defaultChecked={data.overdue} />
            <label htmlFor="overdue">{t("services.filterOverdue")}</label>
          </div>
          <div className="choice">
            <input type="checkbox" id="toVerify" name="toVerify" value="1" defaultChecked={data.toVerify} />
            <label htmlFor="toVerify">{t("services.filterToVerify")}</label>
          </div>
          <div className="choice">
            <input type="checkbox" id="unreachable" name="unreachable" value="1" defaultChecked={data.unreachable} />
            <label htmlFor="unreachable">{t("services.filterUnreachable")}</label>
          </div>
          <div className="choice">
            <input type="checkbox" id="archived" name="archived" value="1" defaultChecked={data.archived} />
            <label htmlFor="archived">{t("services.filterArchived")}</label>
          </div>
        </fieldset>
        <button type="submit" className="button--secondary">
          {t("services.show")}
        </button>
      </Form>
      <p role="status">{t("services.count", { count: data.total })}</p>
      {data.items.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby="services-caption" tabIndex={0}>
          <table className="editor-table">
            <caption id="services-caption" className="visually-hidden">
              {t("services.title")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("fields.name")}</th>
                <th scope="col">{t("fields.organization")}</th>
                <th scope="col">{t("services.lastCheck")}</th>
                <th scope="col">{t("services.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/editor/services/${s.id}`}>{s.name}</Link>
                    {s.toVerify ? <span className="tag">{t("services.toVerifyTag")}</span> : null}
                  </td>
                  <td>{s.organization}</td>
                  <td>
                    <CheckedDate date={s.assuredDate} />
                    {isOverdue(s.assuredDate, data.today) ? (
                      <span className="tag tag--overdue">{t("services.overdueTag")}</span>
                    ) : null}
                  </td>
                  <td>
                    {/* "Vandaag gecontroleerd" asks which facts were confirmed: on the service's own page. */}
                    {!data.archived ? (
                      <Link to={`/editor/services/${s.id}#confirm-title`} className="button--secondary button--small">
                        {t("services.checkTodayLink")}
                        <span className="visually-hidden">: {s.name}</span>
                      </Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("services.none")}</p>
      )}
      {data.pages > 1 ? (
        <nav className="pager" aria-label={t("services.pages")}>
          {data.page > 1 ? <Link to={pageLink(data.page - 1)}>{t("services.previous")}</Link> : null}
          <span>{t("services.pageOf", { page: data.page, pages: data.pages })}</span>
          {data.page < data.pages ? <Link to={pageLink(data.page + 1)}>{t("services.next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
