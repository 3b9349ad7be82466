import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getDb } from "#db/database.server";
import { clientAddress, currentEditor, requireSameOrigin } from "~/features/editor/guard.server";
import { signIn } from "~/features/editor/login.server";
import { safeEditorPath } from "~/features/editor/origin";
import { createSession, setSessionCookie } from "~/features/editor/sessions.server";
import { TextField } from "~/ui/form/fields";
import { useErrorTitle } from "~/ui/form/use-error-title";
import { editorMeta, keepRetryAfter } from "~/features/editor/ui/meta";
import { ErrorSummary } from "~/ui/form/ErrorSummary";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const next = safeEditorPath(url.searchParams.get("next"));
  if (await currentEditor(request)) throw redirect(next);
  return json({ next, signedOut: url.searchParams.get("signedOut") === "1" });
}

export const headers = keepRetryAfter;

export const meta: MetaFunction = ({ matches }) => editorMeta(matches, "login.title");

type LoginError = { field: "email" | "password"; key: string; values?: Record<string, number> };

export async function action({ request, context }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const form = await request.formData();
  const email = String(form.get("email") ?? "").slice(0, 300);
  const password = String(form.get("password") ?? "").slice(0, 1000);
  const next = safeEditorPath(form.get("next"));
  // `answer` is new every time, so the page makes a fresh form (an empty password field).
  const refuse = (errors: LoginError[], init?: ResponseInit) =>
    json({ email, errors, answer: crypto.randomUUID() }, init);
  const errors: LoginError[] = [];
  if (email.trim() === "") errors.push({ field: "email", key: "errors.emailMissing" });
  if (password === "") errors.push({ field: "password", key: "errors.passwordMissing" });
  if (errors.length > 0) return refuse(errors);

  const db = getDb();
  const result = await signIn(db, { email, password, address: clientAddress(context) });
  switch (result.kind) {
    case "ok": {
      const token = await createSession(db, result.user.id);
      return redirect(next, { headers: { "Set-Cookie": await setSessionCookie(request, token) } });
    }
    case "locked":
      return refuse([{ field: "email", key: "login.locked", values: { count: result.waitMinutes } }], {
        status: 429,
        headers: { "Retry-After": String(result.waitMinutes * 60) },
      });
    case "busy":
      // Many sign-ins at once: a short wait, not a failure (the attempt was not counted).
      return refuse([{ field: "password", key: "login.busy" }], { status: 503, headers: { "Retry-After": "5" } });
    case "disabled":
      return refuse([{ field: "email", key: "login.disabled" }]);
    default:
      return refuse([{ field: "email", key: "login.invalid" }]);
  }
}

export default function LoginPage() {
  const { next, signedOut } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("editor");
  const errors = result?.errors ?? [];
  useErrorTitle(errors.length > 0);
  const messageFor = (field: string) => {
    const error = errors.find((e) => e.field === field);
    return error ? t(error.key, error.values) : undefined;
  };
  return (
    <div className="editor-narrow">
      <h1>{t("login.title")}</h1>
      {signedOut && errors.length === 0 ? (
        <p className="callout" role="status">
          {t("login.signedOut")}
        </p>
      ) : null}
      <ErrorSummary errors={errors.map((e) => ({ field: e.field, message: t(e.key, e.values) }))} />
      <p>{t("login.intro")}</p>
      {/* A fresh form after each answer: password fields start empty, what else was typed is put back. */}
      <Form method="post" noValidate key={result?.answer ?? "first"}>
        <input type="hidden" name="next" value={next} />
        <TextField
          id="email"
          type="email"
          label={t("login.email")}
          autoComplete="username"
          spellCheck={false}
          defaultValue={result?.email}
          error={messageFor("email")}
        />
        <TextField
          id="password"
          type="password"
          label={t("login.password")}
          autoComplete="current-password"
          error={messageFor("password")}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("login.button")}
          </button>
        </div>
      </Form>
      <p className="field__hint">{t("login.help")}</p>
    </div>
  );
}
