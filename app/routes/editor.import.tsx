import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getDb } from "#db/database.server";
import { requireEditorAction, requireEditorPage } from "~/features/editor/guard.server";
import {
  decodeCsvBytes,
  deleteUpload,
  loadUpload,
  MAX_IMPORT_BYTES,
  previewForPage,
  previewImport,
  runImport,
  saveUpload,
  type PagePreview,
} from "~/features/editor/import.server";
import { todayInAmsterdam } from "~/features/calendar/today";
import { useErrorTitle } from "~/ui/form/use-error-title";
import { editorMeta } from "~/features/editor/ui/meta";
import { ErrorSummary } from "~/ui/form/ErrorSummary";

// Import in two steps: upload → preview (nothing written) → import all rows in one transaction.

export async function loader({ request }: LoaderFunctionArgs) {
  await requireEditorPage(request);
  return null;
}

export const meta: MetaFunction = ({ matches }) => editorMeta(matches, "import.title");

type Answer =
  | { step: "error"; key: string }
  | { step: "preview"; upload: string | null; preview: PagePreview }
  | { step: "failed"; preview: PagePreview }
  | { step: "done"; created: number; updated: number; unchanged: number };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireEditorAction(request);
  const size = Number(request.headers.get("Content-Length") ?? "NaN");
  if (!Number.isFinite(size) || size > MAX_IMPORT_BYTES * 2 + 10_000) {
    return json<Answer>({ step: "error", key: "import.errors.tooBig" });
  }
  const form = await request.formData();
  const db = getDb();
  const today = todayInAmsterdam();
  if (form.get("intent") === "import") {
    // The file stayed on the server since its preview; the page sends back only its id.
    const upload = String(form.get("upload") ?? "");
    const csv = await loadUpload(db, user.id, upload);
    if (csv === null) return json<Answer>({ step: "error", key: "import.errors.uploadGone" });
    const result = await runImport(db, user, csv, today);
    if (!result.ok) return json<Answer>({ step: "failed", preview: previewForPage(result.preview) });
    await deleteUpload(db, upload);
    return json<Answer>({
      step: "done",
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
    });
  }
  const file = form.get("file");
  if (!file || typeof file === "string" || file.size === 0)
    return json<Answer>({ step: "error", key: "import.errors.noFile" });
  if (file.size > MAX_IMPORT_BYTES) return json<Answer>({ step: "error", key: "import.errors.tooBig" });
  const csv = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  if (csv === null) return json<Answer>({ step: "error", key: "import.errors.encoding" });
  const preview = await previewImport(db, csv, today);
  const canImport = !preview.fileError && preview.counts.error === 0 && preview.counts.new + preview.counts.update > 0;
  const upload = canImport ? await saveUpload(db, user.id, csv) : null;
  return json<Answer>({ step: "preview", upload, preview: previewForPage(preview) });
}

function PreviewTable({ preview }: { preview: PagePreview }) {
  const { t } = useTranslation("editor");
  return (
    <div className="table-scroll" role="region" aria-labelledby="preview-title" tabIndex={0}>
      <table className="editor-table">
        <caption id="preview-title">{t("import.previewTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("import.line")}</th>
            <th scope="col">{t("fields.name")}</th>
            <th scope="col">{t("import.what")}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line} id={`line-${row.line}`} className={row.plan.kind === "error" ? "row--error" : undefined}>
              <td>{row.line}</td>
              <td>{row.name}</td>
              <td>
                {row.plan.kind === "error" ? (
                  <ul className="field__error">
                    {row.plan.errors.map((e) => (
                      <li key={e.column + e.key}>
                        <span className="visually-hidden">{t("common:errors.prefix")}</span>
                        {t("import.cellError", { column: e.column, message: t(e.key, e.values) })}
                      </li>
                    ))}
                  </ul>
                ) : row.plan.kind === "update" ? (
                  t("import.plan.update", {
                    fields: row.plan.fields.map((f) => t(`fields.${f}`, { defaultValue: f })).join(", "),
                  })
                ) : (
                  t(`import.plan.${row.plan.kind}`)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function ImportPage() {
  const answer = useActionData<typeof action>() as Answer | undefined;
  const { t } = useTranslation("editor");
  const preview = answer && (answer.step === "preview" || answer.step === "failed") ? answer.preview : null;
  const summary =
    answer?.step === "error"
      ? [{ field: "file", message: t(answer.key) }]
      : preview?.fileError
        ? [{ field: "file", message: t(preview.fileError.key, { line: preview.fileError.line ?? 1 }) }]
        : preview
          ? preview.rows
              .filter((r) => r.plan.kind === "error")
              .slice(0, 20)
              .map((r) => ({ field: `line-${r.line}`, message: t("import.rowError", { line: r.line, name: r.name }) }))
          : [];
  useErrorTitle(summary.length > 0);
  const canImport = answer?.step === "preview" && answer.upload !== null;
  return (
    <div>
      <h1>{t("import.title")}</h1>
      <ErrorSummary errors={summary} />
      {answer?.step === "done" ? (
        <div className="callout" role="status">
          <p>{t("import.done", { created: answer.created, updated: answer.updated, unchanged: answer.unchanged })}</p>
          <p>
            <Link to="/editor/audit">{t("import.seeLog")}</Link>
          </p>
        </div>
      ) : null}
      {answer?.step === "failed" ? (
        <p className="callout callout--urgent" role="alert">
          {t("import.nothingImported")}
        </p>
      ) : null}
      {preview && !preview.fileError ? (
        <>
          <p>{t("import.counts", preview.counts)}</p>
          {preview.counts.error > 0 ? <p>{t("import.fixFirst")}</p> : null}
          <p>{t("import.onlyChanges")}</p>
          {preview.rows.length > 0 ? <PreviewTable preview={preview} /> : null}
          {preview.notShown > 0 ? <p>{t("import.notShown", { count: preview.notShown })}</p> : null}
        </>
      ) : null}
      {canImport && answer?.step === "preview" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="import" />
          <input type="hidden" name="upload" value={answer.upload ?? ""} />
          <div className="button-row">
            <button type="submit" className="button">
              {t("import.confirm", { count: preview!.counts.new + preview!.counts.update })}
            </button>
          </div>
        </Form>
      ) : null}
      <h2>{t(preview ? "import.again" : "import.upload")}</h2>
      <p>{t("import.intro")}</p>
      <ul>
        <li>{t("import.rule1")}</li>
        <li>{t("import.rule2")}</li>
        <li>{t("import.rule3")}</li>
      </ul>
      <p>
        <Link to="/editor/export.csv" reloadDocument>
          {t("import.exportFirst")}
        </Link>
      </p>
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="intent" value="preview" />
        <div className={summary.length && !preview ? "field field--error" : "field"}>
          <label htmlFor="file">{t("import.file")}</label>
          <p className="field__hint" id="file-hint">
            {t("import.fileHint")}
          </p>
          <input type="file" id="file" name="file" accept=".csv,text/csv" aria-describedby="file-hint" />
        </div>
        <div className="button-row">
          <button type="submit" className="button--secondary">
            {t("import.check")}
          </button>
        </div>
      </Form>
    </div>
  );
}
