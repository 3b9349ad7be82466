import { publicOrigin } from "~/public-url.server";

// Public guide pages may be found by search engines; the editors' area and the API may not.
export function loader() {
  const origin = publicOrigin();
  const body = [
    "User-agent: *",
    "Disallow: /editor",
    "Disallow: /api/",
    "Allow: /",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
