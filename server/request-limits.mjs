// What the server accepts before Remix sees a request. Remix would answer a bad address, an odd
// method or an unreadable form with a 500 (and log the address); a slow or huge body would keep a
// Remix request, and its memory, alive until Node's own 300 s limit. So the server checks here,
// answers 400/405/408/413/415 in the visitor's language, and hands Remix a body it has read in full.
import { createServer } from "node:http";
import { refuse } from "./error-pages.mjs";
/** @import { RequestHandler } from "express" */
/** @import { IncomingMessage } from "node:http" */

export const ALLOWED_METHODS = "GET, HEAD, POST";

const KB = 1024;
/**
 * The largest body per path: the CSV import takes a file, every other form is a few fields.
 * @type {Record<string, number>}
 */
export const BODY_LIMITS = {
  "/editor/import": 5 * KB * KB, // above the import's own 2 MB file limit, so it can explain that one itself
  "/editor/login": 16 * KB,
};
export const DEFAULT_BODY_LIMIT = 64 * KB;

/**
 * How long a body may take after its headers: a form on slow wifi takes seconds, a file longer.
 * @type {Record<string, number>}
 */
export const BODY_DEADLINES_MS = { "/editor/import": 120_000 };
export const DEFAULT_BODY_DEADLINE_MS = 20_000;

/** Node's own limits, set on purpose (its defaults let one request last 300 s). */
export const SERVER_TIMEOUTS = {
  headersTimeout: 10_000,
  requestTimeout: 130_000, // the longest body deadline plus a margin
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 5_000,
};
/** Sockets served at once; more are closed at once (MAX_CONNECTIONS overrides). */
export const DEFAULT_MAX_CONNECTIONS = 5_000;

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/** @param {string} path */
export function bodyLimit(path) {
  return BODY_LIMITS[path] ?? DEFAULT_BODY_LIMIT;
}

/**
 * A Node http server with these timeouts (as options: the checking interval is read only there)
 * and the connection cap.
 * @param {import("node:http").RequestListener} app
 * @param {import("node:http").ServerOptions} options
 * @param {Record<string, string | undefined>} [env]
 */
export function createLimitedServer(app, options, env = process.env) {
  const server = createServer({ ...options, ...SERVER_TIMEOUTS }, app);
  server.maxConnections = Number(env.MAX_CONNECTIONS) || DEFAULT_MAX_CONNECTIONS;
  return server;
}

/**
 * True when every %-escape in the path is valid UTF-8 (Remix cannot match the route otherwise).
 * @param {string} path
 */
export function isDecodablePath(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Express middleware: refuse what no page of Nabij would send, and read a POST body in full (within
 * its size and time limits) into `req.rawBody` for the Remix handler.
 * @returns {RequestHandler}
 */
export function guardRequests() {
  return (req, res, next) => {
    if (!["GET", "HEAD", "POST"].includes(req.method)) return refuse(req, res, "method", { allow: ALLOWED_METHODS });
    if (!isDecodablePath(req.path)) return refuse(req, res, "bad-address");
    if (req.method !== "POST") return next();

    const type = String(req.headers["content-type"] ?? "")
      .split(";")[0]
      .trim()
      .toLowerCase();
    if (!FORM_TYPES.includes(type)) return refuse(req, res, "not-a-form");
    const limit = bodyLimit(req.path);
    const declared = Number(req.headers["content-length"]);
    if (declared > limit) return refuse(req, res, "too-big");

    readBody(req, limit, BODY_DEADLINES_MS[req.path] ?? DEFAULT_BODY_DEADLINE_MS).then(
      async (body) => {
        if (typeof body === "string") return refuse(req, res, body);
        if (!(await isReadableForm(body, req.headers["content-type"]))) return refuse(req, res, "bad-form");
        /** @type {import("./remix-handler.mjs").ReadRequest} */ (req).rawBody = body;
        next();
      },
      () => req.destroy(),
    );
  };
}

/**
 * The body as one Buffer, or the reason to refuse it: "too-big" (413) or "slow" (408).
 * @param {IncomingMessage} req
 * @param {number} limit
 * @param {number} deadlineMs
 * @returns {Promise<Buffer<ArrayBuffer> | "too-big" | "slow">}
 */
function readBody(req, limit, deadlineMs) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    /** @param {"too-big" | "slow"} result */
    const stop = (result) => {
      clearTimeout(timer);
      req.removeAllListeners("data");
      req.pause();
      resolve(result);
    };
    const timer = setTimeout(() => stop("slow"), deadlineMs);
    req.on("data", (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > limit) return stop("too-big");
      chunks.push(chunk);
    });
    req.on("end", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    req.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * Parse the form the way Remix will (the same Fetch parser); false when it cannot be read.
 * @param {Buffer<ArrayBuffer>} body
 * @param {string | undefined} contentType
 */
async function isReadableForm(body, contentType) {
  try {
    await new Request("http://nabij.invalid/", {
      method: "POST",
      headers: { "Content-Type": contentType ?? "" },
      body,
    }).formData();
    return true;
  } catch {
    return false;
  }
}
