// A page that says "Nu open tot 17:00" is true until 17:00. This header tells the server's page
// cache (server/page-cache.mjs, FRESH_UNTIL_HEADER) not to serve its copy from that moment on.
// Decision 024.

export const FRESH_UNTIL_HEADER = "X-Nabij-Fresh-Until";

/** The header for the earliest of the moments (UTC ms) a page's words change; none when no moment is given. */
export function freshUntilHeaders(moments: readonly (number | null)[]): Record<string, string> {
  const known = moments.filter((m): m is number => m !== null);
  return known.length > 0 ? { [FRESH_UNTIL_HEADER]: String(Math.min(...known)) } : {};
}

/** Only the fresh-until header of a loader's headers, for a route's `headers` export (the document). */
export function documentFreshUntil({ loaderHeaders }: { loaderHeaders: Headers }): Record<string, string> {
  const value = loaderHeaders.get(FRESH_UNTIL_HEADER);
  return value ? { [FRESH_UNTIL_HEADER]: value } : {};
}
