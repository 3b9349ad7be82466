import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import express from "express";
import compression from "compression";
import { cacheKind, createPageCache, cspWithHashes, inlineScriptHashes } from "./page-cache.mjs";
import { textSizeFromCookie } from "../app/ui/aids/text-size";
import { freshUntilHeaders } from "../app/features/directory/fresh-until";
import { openingState, type ScheduleRule } from "../app/features/directory/opening-hours";
import { openingSentence } from "../app/features/directory/opening-words";

describe("which pages are cached", () => {
  test("guide pages made from content only", () => {
    for (const path of [
      "/nl",
      "/en/about",
      "/nl/signals",
      "/nl/signals/result",
      "/en/tips/talking",
      "/nl/steps/q/danger",
      "/en/workshop/intro/slides/3",
    ]) {
      expect(cacheKind(path), path).toBe("guide");
    }
  });
  test("directory pages made from the database: the search, a contact page and its card", () => {
    for (const path of ["/nl/contacts", "/en/contacts/833e87f3-2e02-564b-80dd-60174c5265f9", "/nl/contacts/abc/card"]) {
      expect(cacheKind(path), path).toBe("directory");
    }
  });
  test("never forms that post, the editors' area, APIs or unknown languages", () => {
    for (const path of [
      "/nl/card/appointment",
      "/editor",
      "/editor/services",
      "/api/hsds/services",
      "/api/contacts.csv",
      "/de/about",
      "/nl/aboutx",
      "/nl/contacts/a/b",
      "/healthz",
    ]) {
      expect(cacheKind(path), path).toBeNull();
    }
  });
});

describe("CSP for a cached page", () => {
  test("allows exactly its inline scripts by hash, not by nonce", () => {
    const html = '<script nonce="abc">window.x=1</script><script src="/build/a.js"></script><script>y()</script>';
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    const csp = cspWithHashes("default-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors 'none'", hashes);
    expect(csp).not.toContain("nonce");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain(hashes[0]);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe("the cache in front of the app", () => {
  let server: Server;
  let base: string;
  let renders = 0;
  let databaseVersion = 1;
  const cache = createPageCache({
    directoryVersion: async () => String(databaseVersion),
    displayVariant: textSizeFromCookie,
  });

  beforeAll(async () => {
    const app = express();
    app.use(compression());
    app.use((_req, res, next) => {
      res.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-n1'");
      next();
    });
    app.use(cache.middleware);
    app.get("*", async (req, res) => {
      renders++;
      if (req.path === "/nl/workshop/slow") await new Promise((r) => setTimeout(r, 100));
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      if (req.path === "/nl/steps/secret") res.setHeader("Set-Cookie", "session=1");
      res.write(`<html><body>render ${renders} of ${req.originalUrl}`);
      res.end('<script nonce="n1">hydrate()</script></body></html>');
    });
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test("the second visit is served from memory, byte for byte, with a hash CSP and the language cookie", async () => {
    const first = await fetch(`${base}/nl/tips`);
    const firstBody = await first.text();
    const second = await fetch(`${base}/nl/tips`);
    expect(await second.text()).toBe(firstBody);
    expect(renders).toBe(1);
    expect(second.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-/);
    expect(second.headers.get("set-cookie")).toContain("nabij_lang=nl");
    expect(second.headers.get("content-encoding")).toMatch(/^(br|gzip)$/);
  });

  test("twenty simultaneous first visits to one page render it once and all get the same page", async () => {
    const before = renders;
    const bodies = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${base}/nl/workshop/slow`).then((r) => r.text())),
    );
    expect(renders - before).toBe(1);
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).toContain("/nl/workshop/slow");
  });

  test("a page that is not kept is rendered for each waiting visit, not lost", async () => {
    const before = renders;
    // Its response sets a cookie other than the language: never kept, so every visit renders.
    const bodies = await Promise.all(
      Array.from({ length: 5 }, () => fetch(`${base}/nl/steps/secret`).then((r) => r.text())),
    );
    expect(renders - before).toBe(5);
    for (const body of bodies) expect(body).toContain("/nl/steps/secret");
  });

  test("a kept page goes out as brotli to browsers that take it, else gzip, else plain — the same page each time", async () => {
    const plain = await (
      await fetch(`${base}/nl/about/encodings`, { headers: { "accept-encoding": "identity" } })
    ).text();
    for (const [accept, encoding] of [
      ["br", "br"],
      ["gzip, deflate, br", "br"],
      ["gzip", "gzip"],
      ["identity", null],
    ] as const) {
      const response = await fetch(`${base}/nl/about/encodings`, { headers: { "accept-encoding": accept } });
      expect(response.headers.get("content-encoding"), accept).toBe(encoding);
      expect(await response.text(), accept).toBe(plain);
    }
  });

  test("an unchanged page answers 304 to its ETag", async () => {
    const first = await fetch(`${base}/en/words`);
    await first.text();
    const etag = (await fetch(`${base}/en/words`)).headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await fetch(`${base}/en/words`, { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
  });

  test("the text size is part of the key", async () => {
    const before = renders;
    await (await fetch(`${base}/nl/signals`)).text();
    await (await fetch(`${base}/nl/signals`, { headers: { Cookie: "nabij_text_size=large" } })).text();
    await (await fetch(`${base}/nl/signals`, { headers: { Cookie: "nabij_text_size=large" } })).text();
    expect(renders - before).toBe(2);
  });

  test("other cookies, and text sizes outside the fixed set, never make a new copy (issue 15, point 3)", async () => {
    await (await fetch(`${base}/nl/tips/cookies`)).text();
    const before = renders;
    const size = cache.size();
    for (let i = 0; i < 40; i++) {
      const cookie = `tracker=${i}-${"x".repeat(12_000)}; nabij_text_size=huge-${i}; nabij_lang=en`;
      const response = await fetch(`${base}/nl/tips/cookies`, { headers: { Cookie: cookie } });
      expect(await response.text()).toContain("/nl/tips/cookies");
    }
    expect(renders - before).toBe(0);
    expect(cache.size()).toBe(size);
  });

  test("pages with answers in the address are rendered every time and never kept", async () => {
    const before = renders;
    await (await fetch(`${base}/nl/signals/result?s=a`)).text();
    await (await fetch(`${base}/nl/signals/result?s=a`)).text();
    expect(renders - before).toBe(2);
    const size = cache.size();
    await (await fetch(`${base}/nl/steps/q/topic?danger=no`)).text();
    expect(cache.size()).toBe(size);
  });

  test("a response that sets another cookie is never cached", async () => {
    const before = renders;
    await (await fetch(`${base}/nl/steps/secret`)).text();
    await (await fetch(`${base}/nl/steps/secret`)).text();
    expect(renders - before).toBe(2);
  });

  test("pages outside the guide and the directory go to the app every time", async () => {
    const before = renders;
    await (await fetch(`${base}/nl/card/appointment`)).text();
    await (await fetch(`${base}/nl/card/appointment`)).text();
    expect(renders - before).toBe(2);
  });

  test("a search asked once is rendered and forgotten; from its second ask it is kept until the database changes", async () => {
    const before = renders;
    const search = `${base}/nl/contacts?q=schulden&area=amsterdam`;
    await (await fetch(search)).text();
    const second = await (await fetch(search)).text();
    expect(renders - before).toBe(2);
    expect(await (await fetch(search)).text()).toBe(second);
    expect(renders - before).toBe(2);
    // Another search is another page.
    await (await fetch(`${base}/nl/contacts?q=brieven`)).text();
    expect(renders - before).toBe(3);
    // An editor saves a change: the next visit shows the new data.
    databaseVersion++;
    const after = await (await fetch(search)).text();
    expect(after).not.toBe(second);
    expect(renders - before).toBe(4);
  });

  test("a flood of searches asked once each keeps nothing (issue 20 point 3: one-off pages are not stored)", async () => {
    const stored = cache.stats.stored;
    for (let i = 0; i < 50; i++) await (await fetch(`${base}/nl/contacts?q=once-${i}`)).text();
    expect(cache.stats.stored).toBe(stored);
  });

  test("a flood of unique searches stays inside the byte budget, keys and headers counted (issue 15, point 3)", async () => {
    const budget = 256 * 1024;
    const small = createPageCache({ maxBytes: budget, directoryVersion: async () => "1" });
    const app = express();
    app.use(small.middleware);
    app.get("*", (req, res) => res.type("html").send(`<p>${req.originalUrl}</p>${"<p>result</p>".repeat(300)}`));
    const flooded = createServer(app);
    await new Promise<void>((r) => flooded.listen(0, "127.0.0.1", r));
    const address = flooded.address();
    const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/nl/contacts`;
    try {
      for (let i = 0; i < 300; i++) {
        // A long query string: the key alone is 8 kB, a quarter of what its page weighs.
        // Asked twice: a search is kept from its second ask.
        for (const _ask of [1, 2]) await (await fetch(`${url}?q=${i}-${"k".repeat(4000)}`)).text();
        expect(small.bytes(), `after ${i + 1} searches`).toBeLessThanOrEqual(budget);
      }
      expect(small.size()).toBeGreaterThan(0);
      expect(small.size()).toBeLessThan(300);
    } finally {
      await new Promise<void>((r) => flooded.close(() => r()));
    }
    // 600 requests: on a busy machine this takes longer than the 5 s default; nothing here is timed.
  }, 60_000);

  test("without a database version, directory pages are not kept", async () => {
    const bare = createPageCache();
    const app = express();
    let count = 0;
    app.use(bare.middleware);
    app.get("*", (_req, res) => {
      count++;
      res.type("html").send("<p>page</p>");
    });
    const plain = createServer(app);
    await new Promise<void>((r) => plain.listen(0, "127.0.0.1", r));
    const address = plain.address();
    const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/nl/contacts`;
    await (await fetch(url)).text();
    await (await fetch(url)).text();
    await new Promise<void>((r) => plain.close(() => r()));
    expect(count).toBe(2);
  });
});

describe("a page that says 'open now' (decision 024)", () => {
  let server: Server;
  let base: string;
  let renders = 0;
  // The clock of the app and of the cache: Tuesday 1 December 2026, 16:50 in Amsterdam.
  let clock = Date.parse("2026-12-01T15:50:00Z");
  const cache = createPageCache({ directoryVersion: async () => "1", now: () => clock });
  const workdays: ScheduleRule[] = [
    {
      freq: "WEEKLY",
      byday: "MO,TU,WE,TH,FR",
      opens_at: "09:00",
      closes_at: "17:00",
      valid_from: null,
      valid_to: null,
      to_verify: 0,
      description: null,
      description_en: null,
    },
  ];

  beforeAll(async () => {
    const app = express();
    app.use(cache.middleware);
    // A contact page as the route makes it: the sentence for this moment, and when it changes.
    app.get("*", (_req, res) => {
      renders++;
      const { state, changesAt } = openingState(workdays, new Date(clock));
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      for (const [name, value] of Object.entries(freshUntilHeaders([changesAt]))) res.setHeader(name, value);
      res.end(`<html><body>${openingSentence(state, "nl")}</body></html>`);
    });
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test("is kept while the sentence holds, and made anew when the service closes", async () => {
    const page = `${base}/nl/contacts/833e87f3-2e02-564b-80dd-60174c5265f9`;
    expect(await (await fetch(page)).text()).toContain("Nu open tot 17:00.");
    clock += 9 * 60_000; // 16:59
    expect(await (await fetch(page)).text()).toContain("Nu open tot 17:00.");
    expect(renders).toBe(1);
    clock += 60_000; // 17:00
    expect(await (await fetch(page)).text()).toContain("Nu dicht. Open morgen om 9:00.");
    expect(renders).toBe(2);
  });

  test("a copy made on Saturday does not say 'Open op maandag' on Sunday", async () => {
    const page = `${base}/nl/contacts/833e87f3-2e02-564b-80dd-60174c5265f9/card`;
    clock = Date.parse("2026-12-05T22:00:00Z"); // Saturday 23:00
    expect(await (await fetch(page)).text()).toContain("Vandaag dicht. Open op maandag om 9:00.");
    clock = Date.parse("2026-12-05T23:00:00Z"); // Sunday 00:00
    expect(await (await fetch(page)).text()).toContain("Vandaag dicht. Open morgen om 9:00.");
  });
});
