import {
  json,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, Outlet, isRouteErrorResponse, useLoaderData, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { guardReason } from "~/features/editor/guard.server";
import { currentEditor } from "~/features/editor/guard.server";
import { EditorBar } from "~/features/editor/ui/EditorChrome";
import { editorMeta } from "~/features/editor/ui/meta";
import { useRootLang } from "~/root";
import styles from "~/styles/editor.css";

// The editors' area: a frame for every /editor page. It does not guard: each page's loader and
// action does (see features/editor/guard.server.ts), because loaders run side by side.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

// Never stored by a browser, a proxy or a service worker; never indexed.
export const headers: HeadersFunction = () => ({
  "Cache-Control": "no-store",
  "X-Robots-Tag": "noindex, nofollow",
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await currentEditor(request);
  return json(
    { user: user ? { name: user.name, role: user.role } : null },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction = ({ matches }) => editorMeta(matches, "area");

export default function EditorLayout() {
  const { user } = useLoaderData<typeof loader>();
  const lang = useRootLang();
  return (
    <div className="editor">
      <EditorBar user={user} lang={lang} />
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const lang = useRootLang();
  const { t } = useTranslation("editor");
  const reason = isRouteErrorResponse(error) ? guardReason(error.data) : null;
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key =
    reason === "csrf"
      ? "refused.csrf"
      : reason === "signed-out"
        ? "refused.signedOut"
        : reason === "admin-only"
          ? "refused.adminOnly"
          : status === 404
            ? "refused.notFound"
            : status === 400
              ? "refused.badRequest"
              : "refused.server";
  return (
    <div className="editor">
      <EditorBar user={null} lang={lang} />
      <div className="error-page">
        <h1>{t(`${key}Title`)}</h1>
        <p>{t(`${key}Text`)}</p>
        <p>
          <Link to={reason === "signed-out" ? "/editor/login" : "/editor"} className="button">
            {t(reason === "signed-out" ? "refused.toLogin" : "refused.toDashboard")}
          </Link>
        </p>
      </div>
    </div>
  );
}
