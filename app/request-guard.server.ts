import { json } from "@remix-run/node";

// Limits for what a URL may carry. Real links from the guide stay far below them; anything above
// is a mistake or an attack, and gets a clear 414/400 page instead of work for the server.
export const MAX_URL_LENGTH = 8_192;
export const MAX_QUERY_PARAMS = 300;

/** Throws a 414 or 400 response for a URL no page of the guide would ever make. */
export function guardRequestUrl(request: Request): URL {
  if (request.url.length > MAX_URL_LENGTH) throw json({ reason: "too-long" }, { status: 414 });
  const url = new URL(request.url);
  let count = 0;
  for (const _ of url.searchParams.keys()) {
    if (++count > MAX_QUERY_PARAMS) throw json({ reason: "too-many" }, { status: 400 });
  }
  return url;
}
