// The two public forms' door (decision 023): a post must come from a page of this site. The
// server refuses a post whose Origin names another site before Remix (server/same-origin.mjs);
// this also refuses one that names no origin at all (no Origin and no Referer).
import { appOrigin } from "~/features/editor/guard.server";
import { isSameOrigin } from "~/features/editor/origin";

export function isOwnPost(request: Request): boolean {
  return isSameOrigin(
    { origin: request.headers.get("Origin"), referer: request.headers.get("Referer") },
    appOrigin(request),
  );
}
