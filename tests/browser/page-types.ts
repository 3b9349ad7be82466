// Which sitemap pages the browser tier opens, and how often (decision 016). Pure, so a unit test
// can show that a bigger directory does not make the browser tier slower.

/**
 * The page type of a path: the same template with another id (a contact, its card) or another
 * number (a slide) is the same type. The language stays part of it: Dutch and English differ in length.
 */
export function pageType(path: string): string {
  return path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id").replace(/\/\d+(?=\/|$|\?)/g, "/:n");
}

/** The first path of every page type, in sitemap order. */
export function onePerPageType(paths: string[]): string[] {
  return samplePerPageType(paths, 1).sampled;
}

/**
 * At most `limit` paths of each page type, spread evenly over that type's paths (the first and the
 * last are always in it); `rest` holds the others, in sitemap order.
 */
export function samplePerPageType(paths: string[], limit: number): { sampled: string[]; rest: string[] } {
  const byType = new Map<string, string[]>();
  for (const path of paths) {
    const group = byType.get(pageType(path)) ?? [];
    group.push(path);
    byType.set(pageType(path), group);
  }
  const picked = new Set<string>();
  for (const group of byType.values()) {
    if (group.length <= limit) group.forEach((path) => picked.add(path));
    else if (limit === 1) picked.add(group[0]);
    else for (let i = 0; i < limit; i++) picked.add(group[Math.round((i * (group.length - 1)) / (limit - 1))]);
  }
  return { sampled: paths.filter((path) => picked.has(path)), rest: paths.filter((path) => !picked.has(path)) };
}

/**
 * More pages of one type than the seeded directory (56 services) or the longest slide deck (35)
 * has: today every sitemap URL is opened in the browser. A directory grown past it is sampled.
 */
export const BROWSER_PAGES_PER_TYPE = 60;

export interface SitemapWalkPlan {
  /** opened with JavaScript at 360 px (axe) and without JavaScript: every URL up to the limit per type */
  everyPage: string[];
  /** one page of each type, also at 1280 px (axe) and at 320 px with the largest text (reflow) */
  onePerType: string[];
  /** beyond the limit: asked over HTTP only (200, one h1, title, language, description) */
  httpOnly: string[];
}

export function sitemapWalkPlan(paths: string[], limit = BROWSER_PAGES_PER_TYPE): SitemapWalkPlan {
  const { sampled, rest } = samplePerPageType(paths, limit);
  return { everyPage: sampled, onePerType: onePerPageType(paths), httpOnly: rest };
}
