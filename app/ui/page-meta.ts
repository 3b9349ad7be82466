import type { MetaDescriptor } from "@remix-run/node";
import { DEFAULT_LANG, isLang, type Lang } from "~/i18n/lang";
import { t } from "~/i18n/i18n";

/** The <title> every page gets: "<page> - Nabij". */
export function pageTitle(title: string, lang: Lang): string {
  return `${title} - ${t(lang, "meta.titleSuffix")}`;
}

export function langOrDefault(value: unknown): Lang {
  return isLang(value) ? value : DEFAULT_LANG;
}

/**
 * Meta for a page from a title; safe when the loader failed (data missing). Every page gets a
 * description (search results show it): its own, or Nabij's tagline.
 */
export function pageMeta(title: string, lang: Lang, description?: string | null): MetaDescriptor[] {
  return [{ title: pageTitle(title, lang) }, { name: "description", content: description || t(lang, "tagline") }];
}
