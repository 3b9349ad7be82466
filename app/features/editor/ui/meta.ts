import type { HeadersFunction, MetaDescriptor } from "@remix-run/node";
import { t } from "~/i18n/i18n";
import { langOrDefault, pageMeta } from "~/ui/page-meta";

interface MatchLike {
  id: string;
  data?: unknown;
}

/** The editors' area has no language in its path: the root loader picks it (cookie, browser). */
export function editorLang(matches: readonly MatchLike[]) {
  return langOrDefault((matches.find((m) => m.id === "root")?.data as { lang?: unknown } | undefined)?.lang);
}

/**
 * Meta for an editor page: "<page> - Nabij", never indexed, and referrer policy `same-origin` so
 * the browser sends Origin/Referer with the page's forms (the CSRF check needs it; the rest of
 * the site sends no referrer).
 */
export function editorMeta(
  matches: readonly MatchLike[],
  titleKey: string,
  values?: Record<string, unknown>,
): MetaDescriptor[] {
  const lang = editorLang(matches);
  return [
    ...pageMeta(t(lang, `editor:${titleKey}`, values), lang),
    { name: "robots", content: "noindex, nofollow" },
    { name: "referrer", content: "same-origin" },
  ];
}

/**
 * A route's `headers` for a form that can be refused for a while (sign-in limit, busy): the
 * editors' area headers plus the action's `Retry-After`, which Remix would otherwise drop from
 * the page it renders.
 */
export const keepRetryAfter: HeadersFunction = ({ actionHeaders, parentHeaders }) => {
  const headers = new Headers(parentHeaders);
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};
