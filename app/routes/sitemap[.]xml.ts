import type { LoaderFunctionArgs } from "@remix-run/node";
import { sitemapPaths } from "~/features/sitemap/sitemap-pages.server";
import { sitemapXml } from "~/features/sitemap/sitemap-xml";

export async function loader({ request }: LoaderFunctionArgs) {
  const origin = process.env.PUBLIC_URL?.replace(/\/$/, "") || new URL(request.url).origin;
  return new Response(sitemapXml(origin, await sitemapPaths()), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
