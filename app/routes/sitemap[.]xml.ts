import { sitemapPaths } from "~/features/sitemap/sitemap-pages.server";
import { sitemapXml } from "~/features/sitemap/sitemap-xml";
import { publicOrigin } from "~/public-url.server";

export async function loader() {
  const origin = publicOrigin();
  return new Response(sitemapXml(origin, await sitemapPaths()), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
