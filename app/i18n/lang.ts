// The two languages of the guide. The language is always the first path segment (docs/product.md URL contract).
export const LANGS = ["nl", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "nl";
export const LANG_COOKIE = "nabij_lang";

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** The language named by the first segment of a path, if any. */
export function langFromPath(pathname: string): Lang | null {
  const first = pathname.split("/")[1];
  return isLang(first) ? first : null;
}

/** The same page in another language: swap the first segment, keep the rest and the query. */
export function switchLangPath(pathname: string, search: string, to: Lang): string {
  const parts = pathname.split("/");
  if (isLang(parts[1])) parts[1] = to;
  else parts.splice(1, 0, to);
  const path = parts.join("/").replace(/\/$/, "") || `/${to}`;
  return path + search;
}

/**
 * Pick a language for `/`: the cookie first (the visitor chose it before),
 * then the browser's Accept-Language in order of preference, then Dutch.
 */
export function negotiateLang(cookieHeader: string | null, acceptLanguage: string | null): Lang {
  const fromCookie = readCookie(cookieHeader, LANG_COOKIE);
  if (isLang(fromCookie)) return fromCookie;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(",")
      .map((part, index) => {
        const [tag, ...params] = part.trim().split(";");
        const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
        const quality = q ? Number(q.slice(2)) : 1;
        return { base: tag.trim().toLowerCase().split("-")[0], quality: Number.isFinite(quality) ? quality : 0, index };
      })
      .filter((entry) => entry.quality > 0)
      .sort((a, b) => b.quality - a.quality || a.index - b.index);
    const match = ranked.find((entry) => isLang(entry.base));
    if (match && isLang(match.base)) return match.base;
  }
  return DEFAULT_LANG;
}

export function readCookie(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) {
      try {
        return decodeURIComponent(rest.join("="));
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function langCookie(lang: Lang): string {
  // A preference, not a tracker: one year, first-party, readable by nobody else.
  return `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
