import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getDb } from "#db/database.server";
import { listAudit } from "~/features/editor/audit.server";
import { auditChanges, readableValue } from "~/features/editor/audit-view";
import { requireEditorPage } from "~/features/editor/guard.server";
import { editorMeta } from "~/features/editor/ui/meta";

// The audit log: newest first, 50 a page, optionally for one thing (?entity=service&id=…).
// Changes to accounts (e-mail, role) are for admins only: editors get a 403 for ?entity=user
// and never see account rows in the full list.
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const entity = url.searchParams.get("entity")?.slice(0, 20) || undefined;
  const me = await requireEditorPage(request, { admin: entity === "user" });
  const entityId = url.searchParams.get("id")?.slice(0, 100) || undefined;
  const pageParam = Number(url.searchParams.get("page") ?? "1");
  const page = Number.isSafeInteger(pageParam) && pageParam >= 1 && pageParam <= 100_000 ? pageParam : 1;
  const { rows, hasMore } = await listAudit(getDb(), { entity, entityId, page, withoutAccounts: me.role !== "admin" });
  return json({
    rows: rows.map((row) => ({ ...row, changes: auditChanges(row.before, row.after) })),
    hasMore,
    page,
    entity,
    entityId,
  });
}

export const meta: MetaFunction = ({ matches }) => editorMeta(matches, "audit.title");

export default function AuditPage() {
  const { rows, hasMore, page, entity, entityId } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("editor");
  const readable = (field: string, value: string) =>
    readableValue(field, value, (kind) => t(`facts.${kind}`, { defaultValue: kind }));
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === "en" ? "en-GB" : "nl-NL", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Europe/Amsterdam",
    });
  const pageLink = (n: number) => {
    const params = new URLSearchParams();
    if (entity) params.set("entity", entity);
    if (entityId) params.set("id", entityId);
    if (n > 1) params.set("page", String(n));
    const query = params.toString();
    return `/editor/audit${query ? `?${query}` : ""}`;
  };
  return (
    <div>
      <h1>{t("audit.title")}</h1>
      <p>{entityId ? t("audit.introOne", { id: entityId }) : t("audit.intro")}</p>
      {entityId ? (
        <p>
          <Link to="/editor/audit">{t("audit.showAll")}</Link>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        <ol className="audit-list">
          {rows.map((row) => (
            <li key={row.id} className="audit-entry">
              <h2 className="audit-entry__title" id={`audit-${row.id}-title`}>
                {t(`audit.action.${row.action}`)} · {t(`audit.entity.${row.entity}`, { defaultValue: row.entity })}{" "}
                {row.entity === "service" ? (
                  <Link to={`/editor/services/${row.entityId}`}>
                    {String(row.after?.name ?? row.before?.name ?? row.entityId)}
                  </Link>
                ) : (
                  String(row.after?.email ?? row.after?.name ?? row.entityId)
                )}
              </h2>
              <p className="audit-entry__meta" id={`audit-${row.id}-meta`}>
                {t("audit.by", { who: row.userEmail, when: when(row.at) })}
              </p>
              {row.changes.length > 0 ? (
                // Named by its entry (what, who, when): landmarks on one page need names of their own.
                <div
                  className="table-scroll"
                  role="region"
                  aria-labelledby={`audit-${row.id}-title audit-${row.id}-meta`}
                  tabIndex={0}
                >
                  <table className="editor-table editor-table--compact">
                    <thead>
                      <tr>
                        <th scope="col">{t("audit.field")}</th>
                        <th scope="col">{t("audit.before")}</th>
                        <th scope="col">{t("audit.after")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {row.changes.map((change) => (
                        <tr key={change.field}>
                          <th scope="row">{t(`fields.${change.field}`, { defaultValue: change.field })}</th>
                          <td>{change.before === null ? t("audit.empty") : readable(change.field, change.before)}</td>
                          <td>{change.after === null ? t("audit.empty") : readable(change.field, change.after)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <nav className="pager" aria-label={t("audit.pages")}>
        {page > 1 ? <Link to={pageLink(page - 1)}>{t("audit.newer")}</Link> : null}
        {hasMore ? <Link to={pageLink(page + 1)}>{t("audit.older")}</Link> : null}
      </nav>
    </div>
  );
}
