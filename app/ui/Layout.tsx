import type { ReactNode } from "react";
import { Link, Links, Meta, Scripts, ScrollRestoration, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LANGS, langFromPath, switchLangPath, type Lang } from "~/i18n/lang";
import { useNonce } from "./nonce";
import { OfflineNote } from "./OfflineNote";
import { ReadAloud } from "./ReadAloud";
import { TextSizeControl } from "./TextSizeControl";
import { textSizeClass, type TextSize } from "./aids/text-size";
import { SECTIONS } from "./sections";

export function Document({
  lang,
  textSize = "normal",
  children,
}: {
  lang: Lang;
  textSize?: TextSize;
  children: ReactNode;
}) {
  const nonce = useNonce();
  return (
    <html lang={lang} dir="ltr" className={textSizeClass(textSize)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export function SiteHeader({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const location = useLocation();
  const other = LANGS.find((l) => l !== lang)!;
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <div className="site-header__bar">
        <Link to={`/${lang}`} className="site-name">
          <span className="site-name__logo" aria-hidden="true">
            N
          </span>
          {t("siteName")}
        </Link>
        {/* Only pages with the language in their path have a twin in the other language. */}
        {langFromPath(location.pathname) ? (
          <a
            className="lang-switch"
            href={switchLangPath(location.pathname, location.search, other)}
            hrefLang={other}
            lang={other}
            aria-label={t("langSwitch.toOtherLong")}
          >
            {t("langSwitch.toOther")}
          </a>
        ) : null}
      </div>
      {SECTIONS.length > 0 ? (
        <nav className="site-nav" aria-label={t("nav.label")}>
          <ul>
            {SECTIONS.map((section) => {
              const href = `/${lang}/${section.path}`;
              const current = location.pathname === href || location.pathname.startsWith(`${href}/`);
              return (
                <li key={section.key}>
                  <Link to={href} aria-current={current ? "page" : undefined}>
                    {t(`nav.${section.key}`)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      <TextSizeControl />
    </header>
  );
}

export function SiteFooter({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <h2 className="visually-hidden">{t("footer.label")}</h2>
      <p className="site-footer__urgent">{t("footer.urgent")}</p>
      <ul>
        <li>
          <Link to={`/${lang}/about`}>{t("footer.about")}</Link>
        </li>
        <li>
          <Link to={`/${lang}/about#privacy`}>{t("footer.privacy")}</Link>
        </li>
        <li>
          <Link to={`/${lang}/about#accessibility`}>{t("footer.accessibility")}</Link>
        </li>
      </ul>
      <p>{t("footer.noData")}</p>
    </footer>
  );
}

export function Shell({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <>
      <SiteHeader lang={lang} />
      <main id="main" tabIndex={-1}>
        <OfflineNote lang={lang} />
        <ReadAloud lang={lang} />
        {children}
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
