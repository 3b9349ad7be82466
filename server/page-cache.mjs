// Guide pages are the same for everyone per language, release and display preference, so they are
// rendered once and then served from memory (docs/stack.md: React rendering is the cost of a page).
// Directory pages are the same for everyone while the database stays the same: they are kept
// under the database's version (and today's date), so an editor's change shows at once.
// A cached page cannot reuse a per-request CSP nonce, so its CSP allows exactly its own inline
// scripts by their sha256 hashes instead — still no 'unsafe-inline'.
// The key holds only what changes a page: its path (and, for directory pages, the search in the
// query string), the text size from its fixed set, and the day and data version for directory
// pages. The language is in the path; the encoding is chosen from the three copies every entry
// keeps. Entries, keys and headers all count in one byte budget (lru-cache), so no flood of
// cookies or query strings can grow the cache past it (decision 011).
// A page that says something about the clock ("Nu open tot 17:00") sends the moment that sentence
// changes in FRESH_UNTIL_HEADER; its copy is not served from that moment on (decision 024).
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";
/** @import { NextFunction, Request, RequestHandler, Response } from "express" */
/**
 * One cached page: the HTML three ways (plain, gzip, brotli) and the headers made for it.
 * `freshUntil`: the moment (ms since 1970) the page may say something else with the same data; null: never.
 * @typedef {{ body: Buffer, gzipped: Buffer, brotli: Buffer, csp: string, etag: string, freshUntil: number | null }} Entry
 */
/** @typedef {"guide" | "directory"} CacheKind */

const LANG_COOKIE = "nabij_lang";
/** Set by a page whose words change with the clock: ms since 1970 when they do (app/features/directory/fresh-until.ts). */
export const FRESH_UNTIL_HEADER = "x-nabij-fresh-until";

// Pages made from content only.
const GUIDE = [/^\/(nl|en)$/, /^\/(nl|en)\/(about|signals|tips|words|steps|workshop)(\/[A-Za-z0-9/_-]*)?$/];
// Pages made from the directory's public data: the search, a contact page and its card.
const DIRECTORY = /^\/(nl|en)\/contacts(\/[A-Za-z0-9-]+(\/card)?)?$/;
// Forms that POST, the editors' area, APIs and the error pages are never cached.

/**
 * "guide", "directory" or null (never cached).
 * @param {string} pathname
 * @returns {CacheKind | null}
 */
export function cacheKind(pathname) {
  if (GUIDE.some((pattern) => pattern.test(pathname))) return "guide";
  if (DIRECTORY.test(pathname)) return "directory";
  return null;
}

/**
 * sha256 source expressions for every inline <script> in the page.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
  /** @type {string[]} */
  const hashes = [];
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    if (/\ssrc\s*=/i.test(attributes)) continue;
    hashes.push(`'sha256-${createHash("sha256").update(match[2], "utf8").digest("base64")}'`);
  }
  return hashes;
}

/**
 * Replace the script-src of a CSP: hashes instead of the nonce.
 * @param {string} csp
 * @param {string[]} hashes
 */
export function cspWithHashes(csp, hashes) {
  return csp
    .split(";")
    .map((directive) =>
      directive.trim().startsWith("script-src") ? ` script-src 'self' ${hashes.join(" ")}`.trimEnd() : directive,
    )
    .join(";")
    .trim();
}

/** @param {string | undefined} header */
function parseCookies(header) {
  /** @type {Record<string, string>} */
  const cookies = {};
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0) cookies[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return cookies;
}

/**
 * The moment from FRESH_UNTIL_HEADER, or null when the page does not change with the clock.
 * @param {unknown} header
 */
function freshUntil(header) {
  if (header === undefined || header === null) return null;
  const value = Number(String(header));
  // A header that says nothing readable: keep the page for no time at all rather than too long.
  return Number.isFinite(value) ? value : 0;
}

const PER_ENTRY_OVERHEAD = 200; // the entry object and lru-cache's bookkeeping, roughly

/**
 * Bytes an entry holds: its three bodies, its headers and its key (JavaScript strings: 2 bytes a character).
 * @param {Entry} entry
 * @param {string} key
 */
export function entryBytes(entry, key) {
  const text = entry.csp.length + entry.etag.length + key.length;
  return entry.body.length + entry.gzipped.length + entry.brotli.length + 2 * text + PER_ENTRY_OVERHEAD;
}

/**
 * `directoryVersion`: an async function whose answer changes whenever the database changes
 * (dataVersion() in db/database.server.ts). Without it directory pages are not cached.
 * `displayVariant`: the page's display setting from the Cookie header, one of a fixed set (the
 * text size: textSizeFromCookie in app/ui/aids/text-size.ts). Any other cookie never
 * changes a cached page and is never part of its key.
 * `now`: the clock (ms since 1970), for tests.
 * @param {{ maxEntries?: number, maxBytes?: number, directoryVersion?: (() => Promise<string>) | null, displayVariant?: (cookieHeader: string | null) => string, now?: () => number }} [options]
 */
export function createPageCache({
  maxEntries = 2000,
  maxBytes = 32 * 1024 * 1024,
  directoryVersion = null,
  displayVariant = () => "",
  now = Date.now,
} = {}) {
  /** @type {LRUCache<string, Entry>} */
  const entries = new LRUCache({
    max: maxEntries,
    maxSize: maxBytes,
    maxEntrySize: Math.floor(maxBytes / 10),
    sizeCalculation: entryBytes,
  });
  // Pages being rendered for the first time: key → promise that settles when that render ends.
  // Requests for the same page wait for it instead of rendering it again (under load, fifty
  // simultaneous first visits otherwise cost fifty renders and a burst of memory).
  /** @type {Map<string, Promise<void>>} */
  const rendering = new Map();
  const stats = { hits: 0, misses: 0, stored: 0 };

  // Addresses asked for once (a search nobody repeats) are rendered and forgotten: a one-off page
  // costs no compression and no memory, and a flood of unique searches pushes no guide page out.
  // A search is kept from its second ask. Only a short hash of each key is remembered.
  /** @type {LRUCache<string, true>} */
  const askedOnce = new LRUCache({ max: 10_000 });

  /** @param {Request} req @param {string} key */
  function worthKeeping(req, key) {
    if (!req.originalUrl.includes("?")) return true;
    const id = createHash("sha1").update(key).digest("base64url");
    if (askedOnce.has(id)) return true;
    askedOnce.set(id, true);
    return false;
  }

  /** @param {string} key @param {Entry} entry */
  function store(key, entry) {
    // Too large for a tenth of the budget: lru-cache does not keep it.
    entries.set(key, entry);
    stats.stored++;
  }

  /**
   * The key for one page as it looks to this visitor.
   * @param {Request} req
   * @param {CacheKind} kind
   */
  function cacheKey(req, kind) {
    const variant = displayVariant(req.headers.cookie ?? null);
    const search = kind === "directory" ? new URL(req.originalUrl, "http://nabij.invalid").search : "";
    return `${req.path}${search}|${variant}`;
  }

  /** @param {Request} req @param {Response} res @param {Entry} entry */
  function serve(req, res, entry) {
    const lang = req.path.split("/")[1];
    if (parseCookies(req.headers.cookie)[LANG_COOKIE] !== lang) {
      res.setHeader("Set-Cookie", `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`);
    }
    res.setHeader("Content-Security-Policy", entry.csp);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("ETag", entry.etag);
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("Vary", "Accept-Encoding, Cookie");
    if (req.headers["if-none-match"] === entry.etag) {
      res.statusCode = 304;
      return res.end();
    }
    // Brotli where the browser takes it (every current one): about a quarter smaller than gzip, so
    // a long guide page still fits in the first round trip of a new connection.
    const accepted = req.headers["accept-encoding"] ?? "";
    const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : null;
    const body = encoding === "br" ? entry.brotli : encoding === "gzip" ? entry.gzipped : entry.body;
    if (encoding) res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", body.length);
    res.statusCode = 200;
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /**
   * The key for this request, or null when its page must be rendered and forgotten.
   * @param {Request} req
   * @returns {Promise<string | null>}
   */
  async function keyFor(req) {
    const kind = cacheKind(req.path);
    if (kind === "guide") {
      // On guide pages a query string holds a volunteer's answers (signals check, decision steps).
      // Those pages are rendered for the request and forgotten: the server keeps no trace of any
      // answer, not even here.
      return req.originalUrl.includes("?") ? null : cacheKey(req, kind);
    }
    if (kind === "directory" && directoryVersion) {
      // A directory query string is a search of public data (words, topic, area), not an answer.
      // The date: a page says how long ago each fact was checked.
      return `${cacheKey(req, kind)}|${new Date().toISOString().slice(0, 10)}|${await directoryVersion()}`;
    }
    return null;
  }

  /** @type {RequestHandler} */
  function middleware(req, res, next) {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    keyFor(req).then((key) => (key === null ? next() : lookup(req, res, next, key)), next);
  }

  /** @param {Request} req @param {Response} res @param {NextFunction} next @param {string} key */
  function lookup(req, res, next, key) {
    let hit = entries.get(key);
    if (hit && hit.freshUntil !== null && hit.freshUntil <= now()) {
      // "Nu open tot 17:00" at 17:00: render the page anew.
      entries.delete(key);
      hit = undefined;
    }
    if (hit) {
      stats.hits++;
      return serve(req, res, hit);
    }
    if (req.method === "HEAD" || !worthKeeping(req, key)) {
      stats.misses++;
      return next();
    }
    const first = rendering.get(key);
    if (first) {
      // Someone is rendering this page now: serve their copy, or render it anyway if it was not kept.
      return first.then(() => {
        const entry = entries.get(key);
        if (!entry || (entry.freshUntil !== null && entry.freshUntil <= now())) return next();
        stats.hits++;
        serve(req, res, entry);
      });
    }
    stats.misses++;
    /** @type {(() => void) | null} */
    let settle = null;
    rendering.set(key, new Promise((resolve) => (settle = resolve)));
    const finish = () => {
      if (!settle) return;
      rendering.delete(key);
      settle();
      settle = null;
    };
    // An aborted or failed render must not leave the waiters waiting.
    res.on("close", finish);

    // Render as usual, and keep a copy of what was sent.
    /** @type {Buffer[]} */
    const chunks = [];
    // Node's write() and end() take an encoding and a callback in several orders; these wrappers
    // pass every argument on untouched, so they are typed as loosely as the originals allow.
    /** @type {any} */
    const write = res.write.bind(res);
    /** @type {any} */
    const end = res.end.bind(res);
    /** @type {any} */ (res).write = (/** @type {any} */ chunk, /** @type {unknown[]} */ ...rest) => {
      if (chunk) chunks.push(Buffer.from(chunk));
      return write(chunk, ...rest);
    };
    /** @type {any} */ (res).end = (/** @type {any} */ chunk, /** @type {unknown[]} */ ...rest) => {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk));
      const cookies = [res.getHeader("Set-Cookie") ?? []].flat().map(String);
      const cacheable =
        res.statusCode === 200 &&
        String(res.getHeader("Content-Type") ?? "").startsWith("text/html") &&
        cookies.every((cookie) => cookie.startsWith(`${LANG_COOKIE}=`)) &&
        !res.getHeader("Cache-Control")?.toString().includes("no-store");
      if (cacheable) {
        const body = Buffer.concat(chunks);
        const html = body.toString("utf8");
        store(key, {
          body,
          gzipped: gzipSync(body),
          // Quality 5: as fast as gzip (≈ 3 ms for an 80 kB page); 11 would take ≈ 200 ms per page.
          brotli: brotliCompressSync(body, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
          }),
          csp: cspWithHashes(String(res.getHeader("Content-Security-Policy") ?? ""), inlineScriptHashes(html)),
          etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
          freshUntil: freshUntil(res.getHeader(FRESH_UNTIL_HEADER)),
        });
      }
      finish();
      return end(chunk, ...rest);
    };
    next();
  }

  return { middleware, stats, size: () => entries.size, bytes: () => entries.calculatedSize };
}
