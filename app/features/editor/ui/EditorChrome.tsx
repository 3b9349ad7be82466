import { Form, Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Lang } from "~/i18n/lang";

export interface ChromeUser {
  name: string;
  role: "editor" | "admin";
}

const LINKS = [
  { to: "/editor", key: "nav.dashboard", exact: true, admin: false },
  { to: "/editor/services", key: "nav.services", exact: false, admin: false },
  { to: "/editor/import", key: "nav.import", exact: false, admin: false },
  { to: "/editor/audit", key: "nav.audit", exact: false, admin: false },
  { to: "/editor/users", key: "nav.users", exact: false, admin: true },
  { to: "/editor/account", key: "nav.account", exact: false, admin: false },
] as const;

/** The bar above every editor page: where you are, who you are, sign out, language. */
export function EditorBar({ user, lang }: { user: ChromeUser | null; lang: Lang }) {
  const { t } = useTranslation("editor");
  const location = useLocation();
  const other: Lang = lang === "nl" ? "en" : "nl";
  return (
    <div className="editor-bar">
      <div className="editor-bar__top">
        <p className="editor-bar__title">{t("area")}</p>
        <Form method="post" action="/editor/language" className="editor-bar__lang">
          <input type="hidden" name="lang" value={other} />
          <input type="hidden" name="next" value={location.pathname + location.search} />
          <button type="submit" className="button--link" lang={other}>
            {t("language.switch")}
          </button>
        </Form>
      </div>
      {user ? (
        <>
          <nav className="editor-nav" aria-label={t("nav.label")}>
            <ul>
              {LINKS.filter((link) => !link.admin || user.role === "admin").map((link) => {
                const current = link.exact
                  ? location.pathname === link.to
                  : location.pathname === link.to || location.pathname.startsWith(`${link.to}/`);
                return (
                  <li key={link.to}>
                    <Link to={link.to} aria-current={current ? "page" : undefined}>
                      {t(link.key)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="editor-bar__user">
            <p>{t("signedInAs", { name: user.name })}</p>
            <Form method="post" action="/editor/logout">
              <button type="submit" className="button--secondary button--small">
                {t("logout.button")}
              </button>
            </Form>
          </div>
        </>
      ) : null}
    </div>
  );
}
