import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { addResources } from "./i18n/i18n";

// Load only this page's language (and the editors' strings only in the editors' area) before
// hydrating, so the browser never downloads the other language.
const lang = document.documentElement.lang === "en" ? "en" : "nl";
const inEditor = window.location.pathname.startsWith("/editor");

Promise.all([
  lang === "en" ? import("./i18n/resources.en") : import("./i18n/resources.nl"),
  inEditor ? (lang === "en" ? import("./locales/en/editor.json") : import("./locales/nl/editor.json")) : null,
]).then(([strings, editor]) => {
  addResources(lang, { ...strings.default, ...(editor ? { editor: editor.default } : {}) });
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
});
