import { LANGS } from "~/i18n/lang";

/**
 * The sitemap for every public page in both languages, each with its hreflang alternates.
 * `paths` are language-neutral: "" for the start page, "about", "contacts/123", …
 */
export function sitemapXml(origin: string, paths: readonly string[]): string {
  const url = (lang: string, path: string) => escapeXml(`${origin}/${lang}${path ? `/${path}` : ""}`);
  const entries = paths.flatMap((path) =>
    LANGS.map((lang) => {
      const alternates = LANGS.map(
        (alt) => `    <xhtml:link rel="alternate" hreflang="${alt}" href="${url(alt, path)}"/>`,
      ).join("\n");
      return `  <url>\n    <loc>${url(lang, path)}</loc>\n${alternates}\n    <xhtml:link rel="alternate" hreflang="x-default" href="${url("nl", path)}"/>\n  </url>`;
    }),
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${entries.join("\n")}\n</urlset>\n`
  );
}

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
