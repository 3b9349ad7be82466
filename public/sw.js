/* Nabij service worker: the guide keeps working when the buurthuis wifi does not.
 *
 * - Guide pages (start, signals, tips, steps, words, workshop, about, the empty appointment card)
 *   are saved after the first visit: the page asks us to precache its language from the sitemap.
 * - Pages are network first: online you always get the newest page; offline the saved copy,
 *   marked so the page can say "offline — this may be out of date".
 * - The directory (/:lang/contacts…) is saved as it is visited; offline it shows the last results.
 * - Never saved: the editors' area (/editor), the API (/api), anything that is not a GET (so never
 *   a filled-in appointment card), responses marked no-store or private, other hosts, and any
 *   address that holds a visitor's answers (steps, signals check and result, card with a query),
 *   even if the server forgot to say no-store: a shared buurthuis PC must not keep them.
 */
const PAGES = "nabij-pages-v2";
const ASSETS = "nabij-assets-v1";
const META = "nabij-meta-v1";
const GUIDE_SECTIONS = new Set(["", "signals", "tips", "steps", "words", "workshop", "about", "card"]);
const LANGS = ["nl", "en"];

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = [PAGES, ASSETS, META];
      for (const name of await caches.keys()) if (!keep.includes(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

function neverCache(url) {
  const path = url.pathname;
  return (
    url.origin !== self.location.origin ||
    path === "/sw.js" ||
    path.startsWith("/editor") ||
    path.startsWith("/api") ||
    path === "/text-size" ||
    path === "/healthz" ||
    path === "/sitemap.xml"
  );
}

/** Pages whose query string is what a visitor answered or typed; Remix's own parameters aside. */
const ANSWER_PAGES = [/^\/(nl|en)\/steps\/(q|outcome)\//, /^\/(nl|en)\/signals\/(check|result)/, /^\/(nl|en)\/card\//];

function holdsAnswers(url) {
  const names = [...url.searchParams.keys()].filter((name) => name !== "_data" && name !== "index");
  return names.length > 0 && ANSWER_PAGES.some((pattern) => pattern.test(url.pathname));
}

function isAsset(url) {
  return (
    url.pathname.startsWith("/build/") || url.pathname.startsWith("/pictograms/") || url.pathname === "/favicon.svg"
  );
}

function storable(response) {
  if (!response || response.status !== 200 || response.type !== "basic") return false;
  const control = response.headers.get("Cache-Control") || "";
  return !/no-store|private/i.test(control);
}

function langOf(url) {
  const first = url.pathname.split("/")[1];
  return LANGS.includes(first) ? first : null;
}

function isDirectory(url) {
  const parts = url.pathname.split("/");
  return langOf(url) !== null && parts[2] === "contacts";
}

/** The search results (/:lang/contacts?…), not a contact's own page. */
function isResultsList(url) {
  return isDirectory(url) && url.pathname.split("/").length === 3;
}

function lastResultsKey(lang) {
  return `/__nabij/last-contacts/${lang}`;
}

/** A saved page, marked as a saved copy so the page can say it may be out of date. */
async function markedCopy(response) {
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("Content-Length");
  headers.delete("Content-Encoding");
  return new Response(html.replace(/<html\b/i, '<html data-offline-copy="1"'), {
    status: 200,
    statusText: "OK",
    headers,
  });
}

function offlinePage(lang) {
  const nl = lang !== "en";
  const body = nl
    ? `<h1>Je bent offline</h1><p>Deze pagina is niet bewaard op dit apparaat. Bewaarde pagina's kun je wel openen.</p><p><a href="/nl">Naar de startpagina</a></p><p>Gevaar? Bel 112.</p>`
    : `<h1>You are offline</h1><p>This page is not saved on this device. You can open saved pages.</p><p><a href="/en">Go to the start page</a></p><p>Danger? Call 112.</p>`;
  return new Response(
    `<!doctype html><html lang="${nl ? "nl" : "en"}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${nl ? "Offline" : "Offline"} - Nabij</title><link rel="stylesheet" href="/offline.css"><main>${body}</main></html>`,
    { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } },
  );
}

async function pageNetworkFirst(request, url) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (storable(response) && !holdsAnswers(url)) {
      await cache.put(request, response.clone());
      if (isResultsList(url)) {
        // The results list: remember which one was loaded last, for offline use.
        const meta = await caches.open(META);
        await meta.put(lastResultsKey(langOf(url)), new Response(url.pathname + url.search));
      }
    }
    return response;
  } catch {
    const saved = holdsAnswers(url) ? undefined : await cache.match(request, { ignoreVary: true });
    if (saved) return markedCopy(saved);
    if (isResultsList(url)) {
      const meta = await caches.open(META);
      const last = await meta.match(lastResultsKey(langOf(url)));
      if (last) {
        const path = await last.text();
        if (path !== url.pathname + url.search) return Response.redirect(path, 302);
      }
    }
    return offlinePage(langOf(url));
  }
}

async function assetCacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (storable(response)) await cache.put(request, response.clone());
  return response;
}

/**
 * Offline, a client-side navigation asks for loader data (?_data=…). Answer with Remix's
 * "reload the document" redirect, so the browser opens the page itself — from the saved copies.
 * Data answers are never saved: they may hold a visitor's answers.
 */
async function dataRequest(request, url) {
  try {
    return await fetch(request);
  } catch {
    const target = new URL(url);
    target.searchParams.delete("_data");
    target.searchParams.delete("index");
    return new Response(null, {
      status: 204,
      headers: { "X-Remix-Redirect": target.pathname + target.search, "X-Remix-Reload-Document": "true" },
    });
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (neverCache(url)) return;
  if (isAsset(url)) return event.respondWith(assetCacheFirst(request));
  if (url.searchParams.has("_data")) return event.respondWith(dataRequest(request, url));
  if (request.mode === "navigate" && langOf(url)) return event.respondWith(pageNetworkFirst(request, url));
});

/** Save every guide page of one language (from the sitemap) and the files those pages need. */
async function precache(lang, version) {
  const meta = await caches.open(META);
  const marker = `/__nabij/precached/${lang}/${version}`;
  if (await meta.match(marker)) return;
  const sitemap = await (await fetch("/sitemap.xml", { cache: "no-store" })).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1].replace(/&amp;/g, "&")))
    .filter((u) => langOf(u) === lang && GUIDE_SECTIONS.has(u.pathname.split("/")[2] || ""))
    .map((u) => u.pathname + u.search);
  const pages = await caches.open(PAGES);
  const assets = await caches.open(ASSETS);
  const files = new Set(["/favicon.svg", "/offline.css"]);
  const queue = [...new Set(paths)];
  let complete = true;
  async function worker() {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      try {
        const response = await fetch(path, { credentials: "same-origin" });
        if (!storable(response) || holdsAnswers(new URL(path, self.location.origin))) continue;
        const html = await response.clone().text();
        await pages.put(new Request(new URL(path, self.location.origin).href), response);
        for (const m of html.matchAll(/(?:href|src)="(\/(?:build|pictograms)\/[^"]+)"/g)) files.add(m[1]);
      } catch {
        // Offline half-way: the next visit tries again (no marker written).
        complete = false;
        return;
      }
    }
  }
  await Promise.all([worker(), worker(), worker()]);
  for (const file of files) {
    if (await assets.match(file)) continue;
    try {
      const response = await fetch(file);
      if (storable(response)) await assets.put(file, response);
    } catch {
      return;
    }
  }
  if (complete) await meta.put(marker, new Response(String(Date.now())));
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type !== "precache" || !LANGS.includes(data.lang)) return;
  const version = String(data.version || "0")
    .replace(/[^\w.-]/g, "")
    .slice(0, 40);
  event.waitUntil(
    precache(data.lang, version).then(
      () => event.source && event.source.postMessage({ type: "precached", lang: data.lang }),
      () => undefined,
    ),
  );
});
