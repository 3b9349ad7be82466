// The site's own address for absolute links (the visitor card and its QR code, the sitemap,
// robots.txt). It comes only from configuration, never from the request: a Host or
// X-Forwarded-Host header is chosen by whoever sends the request, and the page cache would then
// hand that copy to every visitor (decision 011).

export class PublicUrlError extends Error {}

/** `PUBLIC_URL` without a trailing slash; default `http://localhost:$PORT` (PORT default 3000). */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.PUBLIC_URL?.trim();
  if (!configured) return `http://localhost:${env.PORT || 3000}`;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new PublicUrlError(`PUBLIC_URL is not an address: ${configured}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new PublicUrlError("PUBLIC_URL must start with https:// or http://");
  if (url.pathname !== "/" || url.search || url.hash)
    throw new PublicUrlError("PUBLIC_URL is the site's origin only, like https://nabij.example.nl");
  return url.origin;
}
