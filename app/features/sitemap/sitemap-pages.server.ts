// Every public page, language-neutral. Each feature adds a provider for its pages here,
// so the sitemap — and the browser tests that walk it — cover them.
import { loadStepsFlow } from "~/features/steps/load-flow.server";
import { stepsSitemapPaths } from "~/features/steps/step-pages";
import { directorySitemapPaths } from "~/features/directory/sitemap.server";
import { guidePaths } from "~/features/guide/guide-pages.server";
import { workshopPaths } from "~/features/workshop/workshop-pages.server";

type PageProvider = () => string[] | Promise<string[]>;

const providers: PageProvider[] = [
  () => ["", "about"],
  // Decision steps (issue 5): start, overview, every question and outcome without answers.
  () => stepsSitemapPaths(loadStepsFlow()),
  // Reading and visitor aids (issue 10): the appointment card.
  () => ["card/appointment"],
  // Signals check (issue 4): the first step and the result without answers.
  () => ["signals/check", "signals/result"],
  // The guide as content (issue 3): signals, tips and a page per situation, word list.
  guidePaths,
  // The directory (issue 6): search, every active contact page and its visitor card.
  directorySitemapPaths,
  // Workshop mode (issue 8): plans, cases, quiz, handouts and every slide (not the presenter view).
  workshopPaths,
];

export async function sitemapPaths(): Promise<string[]> {
  const lists = await Promise.all(providers.map((provider) => provider()));
  return [...new Set(lists.flat())];
}
