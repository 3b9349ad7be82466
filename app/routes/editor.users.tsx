import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getDb } from "#db/database.server";
import { validateNewUser } from "~/features/editor/account-rules";
import { requireEditorAction, requireEditorPage } from "~/features/editor/guard.server";
import { createUser, EmailTakenError, listUsers, setUserDisabled } from "~/features/editor/users.server";
import { SelectField, TextField } from "~/ui/form/fields";
import { useErrorTitle } from "~/ui/form/use-error-title";
import { editorMeta } from "~/features/editor/ui/meta";
import { ErrorSummary } from "~/ui/form/ErrorSummary";

// Accounts: admins only. Create an editor (or admin) with a first password to pass on in person,
// switch an account off (its sessions end at once) or on again.

export async function loader({ request }: LoaderFunctionArgs) {
  const me = await requireEditorPage(request, { admin: true });
  return json({ me: me.id, users: await listUsers(getDb()) });
}

export const meta: MetaFunction = ({ matches }) => editorMeta(matches, "users.title");

type Fields = "email" | "name" | "role" | "password";

export async function action({ request }: ActionFunctionArgs) {
  const me = await requireEditorAction(request, { admin: true });
  const form = await request.formData();
  const intent = form.get("intent");
  const db = getDb();
  if (intent === "disable" || intent === "enable") {
    const id = Number(form.get("userId"));
    if (!Number.isSafeInteger(id)) return json({ kind: "toggle" as const, result: "not-found" as const });
    const result = await setUserDisabled(db, me, id, intent === "disable");
    return json({ kind: "toggle" as const, result });
  }
  const input = {
    email: String(form.get("email") ?? "").slice(0, 300),
    name: String(form.get("name") ?? "").slice(0, 300),
    role: String(form.get("role") ?? ""),
    password: String(form.get("password") ?? "").slice(0, 1000),
  };
  const checked = validateNewUser(input);
  const typed = { email: input.email, name: input.name, role: input.role };
  if (!checked.ok)
    return json({ kind: "create" as const, typed, errors: checked.errors as Partial<Record<Fields, string>> });
  try {
    await createUser(db, checked.value, me);
  } catch (error) {
    if (error instanceof EmailTakenError) {
      return json({
        kind: "create" as const,
        typed,
        errors: { email: "errors.emailTaken" } as Partial<Record<Fields, string>>,
      });
    }
    throw error;
  }
  return json({ kind: "created" as const, email: checked.value.email });
}

const FIELD_ORDER: Fields[] = ["email", "name", "role", "password"];

export default function UsersPage() {
  const { me, users } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation("editor");
  const errors = result?.kind === "create" ? result.errors : {};
  const typed = result?.kind === "create" ? result.typed : undefined;
  const summary = FIELD_ORDER.filter((f) => errors[f]).map((f) => ({ field: `user-${f}`, message: t(errors[f]!) }));
  useErrorTitle(summary.length > 0);
  const date = (iso: string | null) =>
    iso ? new Date(iso).toLocaleDateString(i18n.language === "en" ? "en-GB" : "nl-NL") : t("users.never");
  return (
    <div>
      <h1>{t("users.title")}</h1>
      {result?.kind === "created" ? (
        <p className="callout" role="status">
          {t("users.created", { email: result.email })}
        </p>
      ) : null}
      {result?.kind === "toggle" && result.result !== "ok" && result.result !== "unchanged" ? (
        <p className="callout callout--urgent" role="alert">
          {t(`users.toggle.${result.result}`)}
        </p>
      ) : null}
      <div className="table-scroll" role="region" aria-labelledby="users-table-caption" tabIndex={0}>
        <table className="editor-table">
          <caption id="users-table-caption">{t("users.tableCaption", { count: users.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("users.email")}</th>
              <th scope="col">{t("users.role")}</th>
              <th scope="col">{t("users.lastLogin")}</th>
              <th scope="col">{t("users.state")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>{user.name}</td>
                <td>{user.email}</td>
                <td>{t(`roles.${user.role}`)}</td>
                <td>{date(user.lastLoginAt)}</td>
                <td>
                  {user.disabled ? t("users.disabled") : t("users.active")}
                  {user.id !== me ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="userId" value={user.id} />
                      <button
                        type="submit"
                        name="intent"
                        value={user.disabled ? "enable" : "disable"}
                        className="button--secondary button--small"
                      >
                        {t(user.disabled ? "users.enable" : "users.disable", { name: user.name })}
                      </button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="new-user">{t("users.newTitle")}</h2>
      <p>{t("users.newIntro")}</p>
      <ErrorSummary errors={summary} />
      <Form method="post" noValidate aria-labelledby="new-user" key={result?.kind === "created" ? result.email : "new"}>
        <input type="hidden" name="intent" value="create" />
        <TextField
          id="user-email"
          name="email"
          type="email"
          label={t("users.email")}
          autoComplete="off"
          spellCheck={false}
          defaultValue={typed?.email}
          error={errors.email ? t(errors.email) : undefined}
        />
        <TextField
          id="user-name"
          name="name"
          label={t("users.name")}
          autoComplete="off"
          defaultValue={typed?.name}
          error={errors.name ? t(errors.name) : undefined}
        />
        <SelectField
          id="user-role"
          name="role"
          label={t("users.role")}
          defaultValue={typed?.role ?? "editor"}
          options={[
            { value: "editor", label: t("roles.editor") },
            { value: "admin", label: t("roles.admin") },
          ]}
          error={errors.role ? t(errors.role) : undefined}
        />
        <TextField
          id="user-password"
          name="password"
          type="password"
          label={t("users.password")}
          hint={t("users.passwordHint")}
          autoComplete="new-password"
          error={errors.password ? t(errors.password) : undefined}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("users.create")}
          </button>
        </div>
      </Form>
    </div>
  );
}
