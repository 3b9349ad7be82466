// Short easy-read pages for requests the server refuses before Remix (400, 405, 408, 413, 415).
// The words come from the app's own UI strings (app/locales/<lang>/common.json), so they are
// checked by `npm run content:check` and translated in one place. The language is the one in the
// address, else Dutch. Nothing of the request is logged: an address can hold a volunteer's answers.
import nl from "../app/locales/nl/common.json" with { type: "json" };
import en from "../app/locales/en/common.json" with { type: "json" };

/** @import { IncomingMessage, ServerResponse } from "node:http" */
/** @typedef {keyof typeof nl.errors} ErrorKey */
/** @typedef {keyof typeof REASONS} Reason */
/** @typedef {"nl" | "en"} PageLang */

/** @type {Record<PageLang, Record<ErrorKey, string>>} */
const STRINGS = { nl: nl.errors, en: en.errors };

/**
 * Why a request is refused: its status and the title and text keys of its page.
 * @satisfies {Record<string, [number, ErrorKey, ErrorKey]>}
 */
export const REASONS = /** @type {const} */ ({
  "bad-address": [400, "badRequestTitle", "badRequestText"],
  "bad-form": [400, "formUnreadableTitle", "formUnreadableText"],
  method: [405, "notAllowedTitle", "notAllowedText"],
  slow: [408, "tooSlowTitle", "tooSlowText"],
  "too-big": [413, "tooBigTitle", "tooBigText"],
  "not-a-form": [415, "formUnreadableTitle", "formUnreadableText"],
});

/**
 * "en" for addresses under /en, otherwise Dutch (the default language of the guide).
 * @param {string} rawPath
 * @returns {PageLang}
 */
export function pageLang(rawPath) {
  return /^\/en(\/|$|\?)/.test(rawPath) ? "en" : "nl";
}

/** @type {Record<string, string>} */
const HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]);

/** @type {Map<string, string>} */
const made = new Map();

/**
 * The whole HTML page for a refused request (`reason`: a key of REASONS).
 * @param {Reason} reason
 * @param {PageLang} lang
 * @returns {string}
 */
export function errorPage(reason, lang) {
  // Made once per kind: a burst of refusals (thousands of slow bodies timing out together) stays cheap.
  const key = `${reason}|${lang}`;
  if (!made.has(key)) made.set(key, makePage(reason, lang));
  return /** @type {string} */ (made.get(key));
}

/** @param {Reason} reason @param {PageLang} lang */
function makePage(reason, lang) {
  const strings = STRINGS[lang] ?? STRINGS.nl;
  const [, titleKey, textKey] = REASONS[reason];
  const title = escapeHtml(strings[titleKey]);
  return (
    `<!doctype html><html lang="${lang}"><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${title} - Nabij</title>` +
    `<main><h1>${title}</h1><p>${escapeHtml(strings[textKey])}</p>` +
    `<p><a href="/${lang}">${escapeHtml(strings.goHome)}</a></p>` +
    `<p>${escapeHtml(strings.urgentHint)}</p></main></html>`
  );
}

/**
 * Send a refused request's page; the connection closes, so an unread body is not read after all.
 * @param {IncomingMessage & { originalUrl?: string }} req
 * @param {ServerResponse} res
 * @param {Reason} reason
 * @param {{ allow?: string }} [options]
 */
export function refuse(req, res, reason, { allow } = {}) {
  if (res.headersSent) return void req.destroy();
  res.statusCode = REASONS[reason][0];
  if (allow) res.setHeader("Allow", allow);
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Connection", "close");
  res.end(errorPage(reason, pageLang(req.originalUrl ?? req.url ?? "/")));
}
