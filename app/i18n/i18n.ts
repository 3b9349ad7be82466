import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { resources, NAMESPACES } from "./resources";
import type { Lang } from "./lang";

// One i18next instance per language, made once and shared by every request (STACK.md: a fresh
// instance per request was the main cost of a page render). Resources are bundled, so init is sync.
const instances = new Map<Lang, I18n>();

export function getI18n(lang: Lang): I18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = i18next.createInstance();
    instance.use(initReactI18next).init({
      lng: lang,
      fallbackLng: false,
      supportedLngs: ["nl", "en"],
      resources,
      ns: NAMESPACES,
      defaultNS: "common",
      interpolation: { escapeValue: false },
      initImmediate: false,
      returnNull: false,
    });
    instances.set(lang, instance);
  }
  return instance;
}

/** Translate outside React (meta functions, loaders). */
export function t(lang: Lang, key: string, options?: Record<string, unknown>): string {
  return getI18n(lang).t(key, options) as string;
}
