import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getDb } from "#db/database.server";
import { passwordChangeErrors, type PasswordChangeInput } from "~/features/editor/account-rules";
import { clientAddress, requireEditorAction, requireEditorPage } from "~/features/editor/guard.server";
import { checkPassword } from "~/features/editor/login.server";
import { createSession, setSessionCookie } from "~/features/editor/sessions.server";
import { TextField } from "~/ui/form/fields";
import { useErrorTitle } from "~/ui/form/use-error-title";
import { editorMeta, keepRetryAfter } from "~/features/editor/ui/meta";
import { setPassword } from "~/features/editor/users.server";
import { ErrorSummary } from "~/ui/form/ErrorSummary";

// My account: every editor changes their own password here. The current password is checked
// like a sign-in (same limit, same queue); afterwards every session of the account ends and
// this browser gets a fresh one. A forgotten password: an admin runs `npm run user:password`.

export async function loader({ request }: LoaderFunctionArgs) {
  await requireEditorPage(request);
  return json({ changed: new URL(request.url).searchParams.get("changed") === "1" });
}

export const headers = keepRetryAfter;

export const meta: MetaFunction = ({ matches }) => editorMeta(matches, "account.title");

type Field = keyof PasswordChangeInput;
type FieldError = { key: string; values?: Record<string, number> };
const FIELD_ORDER: Field[] = ["current", "password", "again"];

export async function action({ request, context }: ActionFunctionArgs) {
  const me = await requireEditorAction(request);
  const form = await request.formData();
  const input: PasswordChangeInput = {
    current: String(form.get("current") ?? "").slice(0, 1000),
    password: String(form.get("password") ?? "").slice(0, 1000),
    again: String(form.get("again") ?? "").slice(0, 1000),
  };
  // `answer` is new every time, so the page makes a fresh form: the password fields start empty.
  const refuse = (errors: Partial<Record<Field, FieldError>>, init?: ResponseInit) =>
    json({ errors, answer: crypto.randomUUID() }, init);
  const errors: Partial<Record<Field, FieldError>> = {};
  for (const [field, key] of Object.entries(passwordChangeErrors(input, me.email, me.name)))
    errors[field as Field] = { key };
  if (Object.keys(errors).length > 0) return refuse(errors);

  const db = getDb();
  const checked = await checkPassword(db, {
    email: me.email,
    password: input.current,
    address: clientAddress(context),
  });
  if (checked.kind === "locked") {
    return refuse(
      { current: { key: "login.locked", values: { count: checked.waitMinutes } } },
      { status: 429, headers: { "Retry-After": String(checked.waitMinutes * 60) } },
    );
  }
  if (checked.kind === "busy")
    return refuse({ current: { key: "login.busy" } }, { status: 503, headers: { "Retry-After": "5" } });
  if (checked.kind !== "ok") return refuse({ current: { key: "errors.passwordCurrentWrong" } });

  await setPassword(db, me, me.email, input.password);
  const token = await createSession(db, me.id);
  return redirect("/editor/account?changed=1", { headers: { "Set-Cookie": await setSessionCookie(request, token) } });
}

export default function AccountPage() {
  const { changed } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("editor");
  const errors: Partial<Record<Field, FieldError>> = result?.errors ?? {};
  const messageFor = (field: Field) => (errors[field] ? t(errors[field]!.key, errors[field]!.values) : undefined);
  const summary = FIELD_ORDER.filter((f) => errors[f]).map((f) => ({ field: `account-${f}`, message: messageFor(f)! }));
  useErrorTitle(summary.length > 0);
  return (
    <div className="editor-narrow">
      <h1>{t("account.title")}</h1>
      {changed && summary.length === 0 ? (
        <p className="callout" role="status">
          {t("account.changed")}
        </p>
      ) : null}
      <ErrorSummary errors={summary} />
      <p>{t("account.intro")}</p>
      {/* Passwords are never sent back: after an error every field starts empty. */}
      {/* A fresh form after each answer: password fields start empty, what else was typed is put back. */}
      <Form method="post" noValidate key={result?.answer ?? "first"}>
        <TextField
          id="account-current"
          name="current"
          type="password"
          label={t("account.current")}
          autoComplete="current-password"
          error={messageFor("current")}
        />
        <TextField
          id="account-password"
          name="password"
          type="password"
          label={t("account.new")}
          hint={t("users.passwordHint")}
          autoComplete="new-password"
          error={messageFor("password")}
        />
        <TextField
          id="account-again"
          name="again"
          type="password"
          label={t("account.again")}
          autoComplete="new-password"
          error={messageFor("again")}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("account.button")}
          </button>
        </div>
      </Form>
      <p className="field__hint">{t("account.forgot")}</p>
    </div>
  );
}
