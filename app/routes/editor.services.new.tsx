import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getDb } from "#db/database.server";
import { requireEditorAction, requireEditorPage } from "~/features/editor/guard.server";
import { emptyServiceEdit, parseServiceForm } from "~/features/editor/service-form";
import { createService } from "~/features/editor/services.server";
import { useErrorTitle } from "~/ui/form/use-error-title";
import { editorMeta } from "~/features/editor/ui/meta";
import { ServiceFields, serviceSummary } from "~/features/editor/ui/ServiceForm";
import { ErrorSummary } from "~/ui/form/ErrorSummary";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireEditorPage(request);
  return null;
}

export const meta: MetaFunction = ({ matches }) => editorMeta(matches, "services.newTitle");

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireEditorAction(request);
  const { value, errors } = parseServiceForm(await request.formData());
  if (Object.keys(errors).length > 0) return json({ value, errors });
  const id = await createService(getDb(), user, value);
  return redirect(`/editor/services/${id}?saved=1`);
}

export default function NewServicePage() {
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation("editor");
  const errors = result?.errors ?? {};
  const summary = serviceSummary(errors, t, result?.value, i18n.language);
  useErrorTitle(summary.length > 0);
  return (
    <div className="editor-form">
      <h1>{t("services.newTitle")}</h1>
      <ErrorSummary errors={summary} />
      <p>{t("form.intro")}</p>
      <Form method="post" noValidate>
        <ServiceFields value={result?.value ?? emptyServiceEdit()} errors={errors} />
        <div className="button-row">
          <button type="submit" className="button">
            {t("form.create")}
          </button>
        </div>
      </Form>
    </div>
  );
}
