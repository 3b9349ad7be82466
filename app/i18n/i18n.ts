import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Lang } from "./lang";

type Bundle = Record<string, object>;

// One i18next instance per language, made once and shared by every request (docs/stack.md: a fresh
// instance per request was the main cost of a page render). The strings are registered before
// use: the server registers every language at start (register-all-resources.ts); the browser
// registers only the page's own language before it hydrates (entry.client.tsx).
const registered = new Map<Lang, Bundle>();
const instances = new Map<Lang, I18n>();

export function addResources(lang: Lang, bundle: Bundle): void {
  registered.set(lang, { ...registered.get(lang), ...bundle });
  const instance = instances.get(lang);
  if (instance)
    for (const [ns, strings] of Object.entries(bundle)) instance.addResourceBundle(lang, ns, strings, true, true);
}

export function getI18n(lang: Lang): I18n {
  let instance = instances.get(lang);
  if (!instance) {
    const bundle = registered.get(lang) ?? {};
    instance = i18next.createInstance();
    instance.use(initReactI18next).init({
      lng: lang,
      fallbackLng: false,
      supportedLngs: ["nl", "en"],
      resources: { [lang]: bundle },
      ns: Object.keys(bundle),
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
