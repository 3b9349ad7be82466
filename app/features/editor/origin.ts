// CSRF defence for the editors' area (on top of SameSite=Lax cookies): a request that changes
// something must come from a page of this app. Browsers send `Origin` with every POST; `Referer`
// is the fallback for the few that do not. Editor pages set referrer policy `same-origin` so the
// browser sends them (the rest of the site sends no referrer at all).

export interface OriginHeaders {
  origin: string | null;
  referer: string | null;
}

function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** True only when Origin (or, without it, Referer) names exactly the app's own origin. */
export function isSameOrigin(headers: OriginHeaders, appOrigin: string): boolean {
  if (headers.origin !== null) return headers.origin !== "null" && originOf(headers.origin) === appOrigin;
  if (headers.referer) return originOf(headers.referer) === appOrigin;
  return false;
}

/** A path to go back to after signing in: only pages of the editors' area, never another site. */
export function safeEditorPath(value: unknown, fallback = "/editor", options: { allowLogin?: boolean } = {}): string {
  if (typeof value !== "string") return fallback;
  if (!/^\/editor(?:[/?][A-Za-z0-9/_.?=&%+-]*)?$/.test(value) || value.includes("//") || value.includes("\\"))
    return fallback;
  if (value.startsWith("/editor/logout")) return fallback;
  if (value.startsWith("/editor/login") && !options.allowLogin) return fallback;
  return value;
}
