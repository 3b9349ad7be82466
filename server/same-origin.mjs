// CSRF, first line: a request that changes something in the editors' area (POST, PUT, PATCH,
// DELETE under /editor) and names another site in its Origin header is refused here with a clear
// 403 page. Without this, Remix itself stops such a request with an empty 500.
// The editors' actions check Origin (or Referer) again themselves (app/features/editor/guard.server.ts),
// so requests without an Origin header pass on to that check.

/** @import { RequestHandler } from "express" */
/**
 * The parts of a request this check reads (an Express request has them all).
 * @typedef {{ method: string, path: string, protocol: string, get(name: string): string | undefined,
 *   app?: { get(name: string): unknown } }} WriteRequest
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The host the app answers as: X-Forwarded-Host behind a trusted proxy (TRUST_PROXY=1), else Host.
 * @param {WriteRequest} req
 */
function ownHost(req) {
  const forwarded = req.app?.get("trust proxy") ? req.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || req.get("host") || null;
}

/**
 * @param {string} path
 * @param {string | RegExp} pathPrefix a folder ("/editor": itself and everything under it) or a pattern of paths
 */
function covers(path, pathPrefix) {
  if (pathPrefix instanceof RegExp) return pathPrefix.test(path);
  return path === pathPrefix || path.startsWith(`${pathPrefix}/`);
}

/** @param {WriteRequest} req @param {string | RegExp} [pathPrefix] */
export function isCrossSiteWrite(req, pathPrefix = "/editor") {
  if (SAFE_METHODS.has(req.method)) return false;
  if (!covers(req.path, pathPrefix)) return false;
  const origin = req.get("origin");
  if (origin === undefined) return false;
  if (origin === "null") return true;
  let url;
  try {
    url = new URL(origin);
  } catch {
    return true;
  }
  return url.host !== ownHost(req) || url.protocol !== `${req.protocol}:`;
}

/** @param {string} home @param {string} homeText */
const page = (home, homeText) =>
  '<!doctype html><html lang="nl"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  "<title>Geweigerd - Nabij</title><h1>Dit formulier kwam niet van Nabij</h1>" +
  "<p>We hebben niets veranderd. Open de pagina opnieuw in Nabij en probeer het nog een keer.</p>" +
  '<p lang="en">This form did not come from Nabij. We changed nothing.</p>' +
  `<p><a href="${home}">${homeText}</a></p></html>`;

/** The public forms of decision 023: "Klopt er iets niet?" and "het klopte" on a contact page. */
export const PUBLIC_REPORT_FORMS = /^\/(nl|en)\/contacts\/[^/]+\/report$/;

/**
 * `pathPrefix`: the editors' area, one form such as /text-size, or a pattern such as the public
 * report forms (whose back link goes home).
 * @param {string | RegExp} [pathPrefix]
 * @returns {RequestHandler}
 */
export function refuseCrossSiteWrites(pathPrefix = "/editor") {
  const body = pathPrefix === "/editor" ? page("/editor", "Naar de redactie") : page("/nl", "Naar de startpagina");
  return (req, res, next) => {
    if (!isCrossSiteWrite(req, pathPrefix)) return next();
    res.status(403).set("Cache-Control", "no-store").type("html").send(body);
  };
}
