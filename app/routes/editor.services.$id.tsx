import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getDb } from "#db/database.server";
import { requireEditorAction, requireEditorPage } from "~/features/editor/guard.server";
import { todayInAmsterdam } from "~/features/calendar/today";
import { isOverdue } from "~/features/editor/overdue";
import { parseServiceForm, type ServiceEdit } from "~/features/editor/service-form";
import { loadServiceForEdit, markChecked, setArchived, updateService } from "~/features/editor/services.server";
import { easyReadWarnings } from "~/features/editor/easy-read-warnings.server";
import { CheckedDate } from "~/features/editor/ui/CheckedDate";
import { ConfirmFacts, confirmFieldId } from "~/features/editor/ui/ConfirmFacts";
import { parseConfirmForm } from "~/features/editor/fact-checks";
import { useErrorTitle } from "~/ui/form/use-error-title";
import { editorMeta } from "~/features/editor/ui/meta";
import { ServiceFields, serviceSummary } from "~/features/editor/ui/ServiceForm";
import { ErrorSummary } from "~/ui/form/ErrorSummary";

function notFound(): never {
  throw json({ reason: "not-found" }, { status: 404 });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireEditorPage(request);
  const loaded = await loadServiceForEdit(getDb(), params.id ?? "");
  if (!loaded) notFound();
  const url = new URL(request.url);
  const today = todayInAmsterdam();
  return json({
    ...loaded,
    today,
    overdue: isOverdue(loaded.meta.assuredDate, today),
    notice: url.searchParams.get("saved") ? "saved" : url.searchParams.get("done"),
    // After a save: the texts that are hard to read, as a warning (issue 17.8).
    easyRead: url.searchParams.get("saved") ? easyReadWarnings(loaded.edit) : [],
  });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  editorMeta(matches, "services.editTitle", { name: data?.edit.name ?? "" });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEditorAction(request);
  const id = params.id ?? "";
  const db = getDb();
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "check") {
    // Which facts did the organisation confirm? Only those lose "nog controleren" (decision 022).
    const loaded = await loadServiceForEdit(db, id);
    if (!loaded) notFound();
    const present = loaded.meta.facts.filter((f) => f.present).map((f) => f.kind);
    const confirm = parseConfirmForm(form, present);
    if (!confirm.ok) {
      return json({
        value: null,
        errors: {},
        conflict: null,
        confirm: { chosen: confirm.chosen, error: confirm.error },
      });
    }
    if (!(await markChecked(db, user, id, todayInAmsterdam(), confirm.facts))) notFound();
    return redirect(`/editor/services/${id}?done=check`);
  }
  if (intent === "archive" || intent === "restore") {
    if (!(await setArchived(db, user, id, intent === "archive"))) notFound();
    return redirect(`/editor/services/${id}?done=${intent}`);
  }
  const { value, errors } = parseServiceForm(form);
  const version = Number(form.get("version"));
  if (Object.keys(errors).length > 0 || !Number.isSafeInteger(version)) {
    return json({ value, errors, conflict: null, confirm: null });
  }
  const result = await updateService(db, user, id, version, value);
  if (result.kind === "not-found") notFound();
  if (result.kind === "conflict") {
    const changes = result.fields.map((field) => ({
      field,
      theirs: show(result.current[field]),
      yours: show(value[field]),
    }));
    return json({
      value,
      errors: {},
      conflict: { version: result.currentVersion, by: result.by, changes },
      confirm: null,
    });
  }
  return redirect(`/editor/services/${id}?saved=1`);
}

function show(value: ServiceEdit[keyof ServiceEdit]): string {
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? "✓" : "—";
  return value;
}

export default function EditServicePage() {
  const { edit, meta, overdue, notice, easyRead } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation("editor");
  const errors = result?.errors ?? {};
  const confirm = result?.confirm ?? null;
  const summary = [
    ...(confirm
      ? [{ field: confirmFieldId(meta.facts), message: `${t("facts.confirmLegend")} ${t(confirm.error)}` }]
      : []),
    ...serviceSummary(errors, t, result?.value ?? undefined, i18n.language),
  ];
  const conflict = result?.conflict ?? null;
  useErrorTitle(summary.length > 0 || conflict !== null);
  return (
    <div className="editor-form">
      <p>
        <Link to="/editor/services">{t("services.backToList")}</Link>
      </p>
      <h1>{edit.name}</h1>
      {notice && !result ? (
        <p className="callout" role="status">
          {t(`services.notice.${notice}`, { defaultValue: t("services.notice.saved") })}
        </p>
      ) : null}
      {easyRead.length > 0 && !result ? (
        <div className="callout" role="status" aria-labelledby="easy-read-title">
          <h2 id="easy-read-title">{t("easyRead.title")}</h2>
          <p>{t("easyRead.intro")}</p>
          <ul>
            {easyRead.map((w) => (
              <li key={`${w.field} ${w.sentence}`}>
                <a href={`#f-${w.field}`}>{t(`fields.${w.field}`)}</a>:{" "}
                {w.sentence ? `“${w.sentence}”` : t("easyRead.wholeText")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="editor-facts">
        <li>
          <CheckedDate date={meta.assuredDate} />
          {meta.assurer ? ` ${t("services.by", { name: meta.assurer })}` : null}
          {overdue ? <span className="tag tag--overdue">{t("services.overdueTag")}</span> : null}
        </li>
        {meta.archived ? (
          <li>
            <span className="tag tag--archived">{t("services.archivedTag")}</span> {t("services.archivedText")}
          </li>
        ) : null}
        <li>{t("services.version", { version: meta.version })}</li>
      </ul>
      <p>
        <Link to={`/editor/audit?entity=service&id=${meta.id}`}>{t("services.history")}</Link>
      </p>
      <ErrorSummary errors={confirm ? summary : []} />
      {!meta.archived ? (
        <ConfirmFacts
          facts={meta.facts}
          values={meta.factValues}
          chosen={confirm?.chosen ?? []}
          error={confirm ? t(confirm.error) : undefined}
        />
      ) : null}

      {conflict ? (
        <div className="error-summary conflict" role="alert" tabIndex={-1} aria-labelledby="conflict-title">
          <h2 id="conflict-title">{t("conflict.title")}</h2>
          <p>{t("conflict.text", { who: conflict.by.join(", ") || t("conflict.someone") })}</p>
          {conflict.changes.length > 0 ? (
            <div className="table-scroll" role="region" aria-labelledby="conflict-title" tabIndex={0}>
              <table className="editor-table editor-table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t("audit.field")}</th>
                    <th scope="col">{t("conflict.theirs")}</th>
                    <th scope="col">{t("conflict.yours")}</th>
                  </tr>
                </thead>
                <tbody>
                  {conflict.changes.map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{t(`fields.${c.field}`)}</th>
                      <td>{c.theirs || t("audit.empty")}</td>
                      <td>{c.yours || t("audit.empty")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <p>{t("conflict.what")}</p>
        </div>
      ) : null}
      {!confirm ? <ErrorSummary errors={summary} /> : null}

      <Form method="post" noValidate key={conflict ? `c${conflict.version}` : `v${meta.version}`}>
        <input type="hidden" name="version" value={conflict ? conflict.version : meta.version} />
        <ServiceFields
          value={result?.value ?? edit}
          errors={errors}
          facts={meta.facts}
          openingTimesFixed={meta.openingTimesFixed}
        />
        {meta.locationHours.length > 0 || meta.locationPhones.length > 0 ? (
          <div className="callout">
            <p>{t("form.locationFacts")}</p>
            <ul>
              {[...meta.locationPhones, ...meta.locationHours].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button">
            {t(conflict ? "conflict.saveAnyway" : "form.save")}
          </button>
          <Link to={`/editor/services/${meta.id}`} reloadDocument>
            {t(conflict ? "conflict.discard" : "form.cancel")}
          </Link>
        </div>
      </Form>

      <h2>{t(meta.archived ? "services.restoreTitle" : "services.archiveTitle")}</h2>
      <p>{t(meta.archived ? "services.restoreText" : "services.archiveText")}</p>
      <Form method="post">
        <button
          type="submit"
          name="intent"
          value={meta.archived ? "restore" : "archive"}
          className={meta.archived ? "button--secondary" : "button--danger"}
        >
          {t(meta.archived ? "services.restore" : "services.archive")}
        </button>
      </Form>
    </div>
  );
}
