import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, Outlet, isRouteErrorResponse, useLocation, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { getI18n } from "./i18n/i18n";
import { LANG_COOKIE, langCookie, langFromPath, negotiateLang, readCookie, type Lang } from "./i18n/lang";
import { guardRequestUrl } from "./request-guard.server";
import { Document, Shell } from "./ui/Layout";
import { pageMeta } from "./ui/page-meta";
import stylesheet from "./styles/app.css";
import { textSizeFromCookie } from "./ui/aids/text-size";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = guardRequestUrl(request);
  const cookieHeader = request.headers.get("Cookie");
  const pathLang = langFromPath(url.pathname);
  const lang = pathLang ?? negotiateLang(cookieHeader, request.headers.get("Accept-Language"));
  // Remember the language the visitor reads in, so `/` opens it next time.
  const headers = new Headers();
  if (pathLang && readCookie(cookieHeader, LANG_COOKIE) !== pathLang) headers.set("Set-Cookie", langCookie(pathLang));
  // The text size the visitor chose (a cookie), so the page is rendered at that size.
  return json({ lang, textSize: textSizeFromCookie(cookieHeader) }, { headers });
}

export function useRootLang(): Lang {
  const data = useRouteLoaderData<typeof loader>("root");
  const location = useLocation();
  return langFromPath(location.pathname) ?? data?.lang ?? "nl";
}

export function Layout({ children }: { children: ReactNode }) {
  // useRouteLoaderData, not useLoaderData: the root loader may have thrown (docs/stack.md trap 5).
  const lang = useRootLang();
  const textSize = useRouteLoaderData<typeof loader>("root")?.textSize ?? "normal";
  return (
    <I18nextProvider i18n={getI18n(lang)}>
      <Document lang={lang} textSize={textSize}>
        <Shell lang={lang}>{children}</Shell>
      </Document>
    </I18nextProvider>
  );
}

export default function App() {
  return <Outlet />;
}

export const meta: MetaFunction = ({ error, location }) => {
  const lang = langFromPath(location.pathname) ?? "nl";
  if (!error) return [];
  const i18n = getI18n(lang);
  return pageMeta(i18n.t(errorKeys(error).title), lang);
};

function errorKeys(error: unknown): { title: string; text: string } {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) return { title: "errors.notFoundTitle", text: "errors.notFoundText" };
    if (error.status === 400 || error.status === 414)
      return { title: "errors.badRequestTitle", text: "errors.badRequestText" };
    if (error.status === 405) return { title: "errors.notAllowedTitle", text: "errors.notAllowedText" };
    if (error.status === 413) return { title: "errors.tooBigTitle", text: "errors.tooBigText" };
    if (error.status === 415) return { title: "errors.formUnreadableTitle", text: "errors.formUnreadableText" };
  }
  return { title: "errors.serverTitle", text: "errors.serverText" };
}

export function ErrorBoundary() {
  const error = useRouteError();
  const lang = useRootLang();
  const { t } = useTranslation();
  const keys = errorKeys(error);
  return (
    <div className="error-page">
      <h1>{t(keys.title)}</h1>
      <p>{t(keys.text)}</p>
      <p>
        <Link to={`/${lang}`} className="button">
          {t("errors.goHome")}
        </Link>
      </p>
      <p className="callout callout--urgent">{t("errors.urgentHint")}</p>
    </div>
  );
}
