// Page weight, measured in the real browser for one page of every type in the sitemap:
// HTML + CSS < 60 kB compressed, JavaScript < 120 kB compressed, no image over 100 kB,
// and nothing from another host (so nothing render-blocking from elsewhere either).
import type { Browser, Request } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { baseUrl, launchBrowser, onePerPageType, sitemapUrls } from "./harness";

const BUDGET = { htmlCss: 60 * 1024, js: 120 * 1024, image: 100 * 1024 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("every page type stays within the weight budget", async () => {
  const urls = onePerPageType(await sitemapUrls());
  type Row = { path: string; htmlCss: number; js: number; biggestImage: number; foreign: number };
  const weigh = async (path: string): Promise<Row> => {
    // A fresh context per page (empty cache: every page weighed as a first visit), with service
    // workers blocked: responses served by the offline worker report no body size.
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: "block" });
    const page = await context.newPage();
    const sizes: Promise<{ type: string; bytes: number; foreign: boolean }>[] = [];
    const onFinished = (request: Request) => {
      sizes.push(
        request.sizes().then((s) => ({
          type: request.resourceType(),
          bytes: s.responseBodySize,
          foreign: new URL(request.url()).host !== new URL(baseUrl()).host,
        })),
      );
    };
    page.on("requestfinished", onFinished);
    await page.goto(baseUrl() + path, { waitUntil: "networkidle" });
    // Stop listening first: a size asked for after the context closes would be an unhandled error.
    page.off("requestfinished", onFinished);
    const done = await Promise.all(sizes);
    const sum = (types: string[]) => done.filter((d) => types.includes(d.type)).reduce((a, d) => a + d.bytes, 0);
    await context.close();
    return {
      path,
      htmlCss: sum(["document", "stylesheet"]),
      js: sum(["script"]),
      biggestImage: Math.max(0, ...done.filter((d) => d.type === "image").map((d) => d.bytes)),
      foreign: done.filter((d) => d.foreign).length,
    };
  };
  // Three contexts at a time: each waits half a second of network quiet, and bytes do not depend
  // on how busy the machine is (decision 016).
  const rows: Row[] = [];
  const queue = [...urls];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) rows.push(await weigh(path));
  };
  await Promise.all([worker(), worker(), worker()]);
  rows.sort((a, b) => urls.indexOf(a.path) - urls.indexOf(b.path));

  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    [
      "page | HTML+CSS kB | JS kB | biggest image kB | other hosts",
      ...rows.map((r) => `${r.path} | ${kb(r.htmlCss)} | ${kb(r.js)} | ${kb(r.biggestImage)} | ${r.foreign}`),
    ].join("\n"),
  );
  const over = rows.flatMap((r) => [
    ...(r.htmlCss > BUDGET.htmlCss ? [`${r.path}: HTML+CSS ${kb(r.htmlCss)} kB > 60 kB`] : []),
    ...(r.js > BUDGET.js ? [`${r.path}: JS ${kb(r.js)} kB > 120 kB`] : []),
    ...(r.biggestImage > BUDGET.image ? [`${r.path}: an image of ${kb(r.biggestImage)} kB > 100 kB`] : []),
    ...(r.foreign > 0 ? [`${r.path}: ${r.foreign} requests to other hosts`] : []),
  ]);
  expect(over).toEqual([]);
  // The measurement itself must see something: every page has a document and a stylesheet.
  expect(rows.every((r) => r.htmlCss > 1000)).toBe(true);
}, 600_000);
