// Every public page, language-neutral. Each feature adds a provider for its pages here,
// so the sitemap — and the browser tests that walk it — cover them.
type PageProvider = () => string[] | Promise<string[]>;

const providers: PageProvider[] = [() => ["", "about"]];

export async function sitemapPaths(): Promise<string[]> {
  const lists = await Promise.all(providers.map((provider) => provider()));
  return [...new Set(lists.flat())];
}
