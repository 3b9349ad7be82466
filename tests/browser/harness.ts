// Helpers for the browser tier: a real Chromium (playwright-core, never a downloaded browser),
// pages that record console errors and requests to other hosts, and axe-core checks.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { requireChromium } from "./chromium-path";
import type { TestServer } from "./global-setup";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Put axe-core in every page of the context before the page's own scripts (CSP does not apply to
 * it). Then axeViolations() runs it in place: @axe-core/playwright sent its 550 kB again for each
 * run and opened a blank page to finish it, which cost more than the page load itself (decision 016).
 */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

/**
 * This test file's own app server. Files run side by side (decision 016), each worker with its own
 * server and database, so a test that changes data or floods the server never meets another file.
 */
export function testServer(): TestServer {
  const servers = inject("servers");
  return servers[(Number(process.env.VITEST_POOL_ID ?? "1") - 1) % servers.length];
}

export function baseUrl(): string {
  return testServer().baseUrl;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireChromium(),
    headless: true,
    // Without these, Chromium keeps calling Google's hosts, which this closed network refuses.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

export interface OpenPageOptions {
  javaScript?: boolean;
  width?: number;
  height?: number;
  /** Browser locale; Chromium sends Accept-Language from it (docs/stack.md trap 7). */
  locale?: string;
  colorScheme?: "light" | "dark";
  reducedMotion?: "reduce" | "no-preference";
  /**
   * Blocked unless the test is about offline use: every page with JavaScript registers public/sw.js,
   * which then downloads about 110 guide pages in the background of each fresh context (decision 016).
   */
  serviceWorkers?: "allow" | "block";
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/** A tab kept for the next test of this file that asks for the same browser settings. */
interface KeptTab {
  context: BrowserContext;
  page: Page;
  inUse: boolean;
  /** the test added a script, binding or route that would stay with the tab: it is not reused */
  changed: boolean;
}

const keptTabs = new WeakMap<Browser, Map<string, KeptTab[]>>();

/** Page events the tests and watchPage() listen to; a reused tab starts without those listeners. */
const TEST_EVENTS = ["console", "pageerror", "request", "requestfinished", "response", "dialog", "popup", "download"];

/**
 * A clean context and page that records every problem a user (or a privacy reviewer) would notice.
 *
 * Tabs are reused within a file (decision 016): a new context and tab cost about 1 CPU second (a
 * new renderer process and a cold cache, five times a page load), and the browser tier is bound by
 * CPU. A reused tab is reset first — no cookies, storage, permissions, routes, listeners or other
 * tabs; the viewport and media asked for — so a test sees what a returning visitor without cookies
 * sees. `context.close()` hands the tab back. Tests about offline use get a fresh context: a first
 * visit is what they test.
 */
export async function openPage(browser: Browser, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const viewport = { width: options.width ?? 1280, height: options.height ?? 900 };
  const media = {
    colorScheme: options.colorScheme ?? "light",
    reducedMotion: options.reducedMotion ?? "no-preference",
  } as const;
  const settings = { javaScriptEnabled: options.javaScript ?? true, locale: options.locale ?? "nl-NL" };
  if (options.serviceWorkers === "allow") {
    const context = await browser.newContext({ ...settings, viewport, ...media, serviceWorkers: "allow" });
    const page = await context.newPage();
    return { context, page, problems: watchPage(page) };
  }
  const key = JSON.stringify(settings);
  const byKey = keptTabs.get(browser) ?? new Map<string, KeptTab[]>();
  keptTabs.set(browser, byKey);
  const tabs = byKey.get(key) ?? [];
  byKey.set(key, tabs);
  let tab = tabs.find((t) => !t.inUse && !t.changed && !t.page.isClosed());
  if (tab) await resetTab(tab);
  else {
    const context = await browser.newContext({ ...settings, viewport, ...media, serviceWorkers: "block" });
    tab = { context, page: await context.newPage(), inUse: false, changed: false };
    tabs.push(tab);
    keepTrackOfChanges(tab);
  }
  tab.inUse = true;
  await tab.page.setViewportSize(viewport);
  // Every media setting, also those a test set on the tab itself (print, forced colours).
  await tab.page.emulateMedia({ ...media, media: null, forcedColors: "none", contrast: "no-preference" });
  // No axe-core up front: most tests never run it, and it cost every navigation 550 kB of script
  // to compile. axeViolations() puts it in the page when a test asks (decision 016).
  return { context: tab.context, page: tab.page, problems: watchPage(tab.page) };
}

/** A test that adds what cannot be taken back marks its tab as changed; closing it then really closes it. */
function keepTrackOfChanges(tab: KeptTab) {
  const { context, page } = tab;
  for (const target of [context, page] as const) {
    for (const method of ["addInitScript", "exposeBinding", "exposeFunction", "route", "routeFromHAR"] as const) {
      const original = (target[method] as (...args: unknown[]) => Promise<unknown>).bind(target);
      Object.assign(target, {
        [method]: (...args: unknown[]) => {
          tab.changed = true;
          return original(...args);
        },
      });
    }
  }
  const close = context.close.bind(context);
  Object.assign(context, {
    close: async (...args: Parameters<BrowserContext["close"]>) => {
      if (tab.changed) await close(...args);
      tab.inUse = false;
    },
  });
}

async function resetTab({ context, page }: KeptTab) {
  for (const other of context.pages()) if (other !== page) await other.close();
  for (const event of TEST_EVENTS) page.removeAllListeners(event);
  if (page.url().startsWith(baseUrl()))
    await page.evaluate(() => (localStorage.clear(), sessionStorage.clear())).catch(() => undefined);
  await page.goto("about:blank");
  await context.clearCookies();
  await context.clearPermissions();
  await context.setOffline(false);
  context.setDefaultTimeout(30_000);
  page.setDefaultTimeout(30_000);
}

/**
 * Wait until React has hydrated the page. Before that a click on a link or button is an ordinary
 * full page load, so a test of what JavaScript adds (no reload, focus on the new step) must wait.
 * React marks each element it has hydrated; <body> is among the last, and the commit follows in
 * the next task.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(document.body).some((key) => key.startsWith("__reactProps$")));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  const own = new URL(baseUrl()).host;
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.host !== own) problems.foreignRequests.push(request.url());
  });
  return problems;
}

export function expectNoProblems(problems: PageProblems): void {
  expect(problems.foreignRequests, "requests to other hosts").toEqual([]);
  expect(problems.pageErrors, "uncaught errors in the page").toEqual([]);
  expect(problems.consoleErrors, "console errors").toEqual([]);
}

/** Run axe-core with the WCAG 2.0/2.1/2.2 A and AA rules; fail with a readable list. */
export async function axeViolations(page: Page): Promise<string[]> {
  // A page from a context without withAxe() gets axe-core now, once per document.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  // Only violations come back with every node; passes are counted, not serialised. What is
  // checked stays the same: the WCAG 2.0–2.2 A and AA rules.
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const results = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target.map(String) })),
    }));
  }, WCAG_TAGS);
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(", ")}`,
  );
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page), `axe-core violations on ${page.url()}`).toEqual([]);
}

/** Every path listed in the sitemap, as paths on this server. */
export async function sitemapUrls(): Promise<string[]> {
  const response = await fetch(`${baseUrl()}/sitemap.xml`);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const url = new URL(m[1].replace(/&amp;/g, "&"));
    return url.pathname + url.search;
  });
}

export { onePerPageType, pageType, samplePerPageType } from "./page-types";
