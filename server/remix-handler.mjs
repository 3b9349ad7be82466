// The Remix request handler for Express, in place of @remix-run/express's: that one streams the
// raw socket into Remix (so a slow body holds a Remix request open) and trusts X-Forwarded-Host
// without TRUST_PROXY. This one hands Remix the body guardRequests() already read in full
// (server/request-limits.mjs) and takes the host from X-Forwarded-Host only behind a trusted proxy.
// Absolute links never come from this URL: they come from PUBLIC_URL (app/public-url.server.ts).
import { once } from "node:events";
import { createRequestHandler } from "@remix-run/node";
/** @import { AppLoadContext, ServerBuild } from "@remix-run/node" */
/** @import { NextFunction, Request, Response } from "express" */
/** @typedef {Request & { rawBody?: Buffer<ArrayBuffer> }} ReadRequest a request whose body guardRequests() has read */

/**
 * The request's own address as the browser used it (for the editors' same-origin check).
 * @param {Request} req
 * @param {string} fallbackOrigin
 */
export function requestUrl(req, fallbackOrigin) {
  const forwarded = req.app.get("trust proxy") ? req.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwarded || req.get("host");
  try {
    if (host) return new URL(req.originalUrl, `${req.protocol}://${host}`);
  } catch {
    // A Host header no browser would send: answer as the configured site.
  }
  return new URL(req.originalUrl, fallbackOrigin);
}

/**
 * @param {{ build: ServerBuild, mode: string | undefined, publicOrigin: string,
 *   getLoadContext: (req: Request, res: Response) => AppLoadContext }} options
 */
export function remixHandler({ build, mode, publicOrigin, getLoadContext }) {
  const handle = createRequestHandler(build, mode);
  /** @param {ReadRequest} req @param {Response} res @param {NextFunction} next */
  return async (req, res, next) => {
    try {
      // Stop loaders and actions when the visitor has gone before the answer was sent.
      const controller = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        for (const one of [value].flat()) if (one !== undefined) headers.append(name, one);
      }
      /** @type {RequestInit} */
      const init = { method: req.method, headers, signal: controller.signal };
      if (req.rawBody) init.body = req.rawBody;
      const response = await handle(new Request(requestUrl(req, publicOrigin), init), getLoadContext(req, res));

      res.statusMessage = response.statusText;
      res.status(response.status);
      for (const [name, value] of response.headers.entries()) res.append(name, value);
      if (response.body) await writeBody(response.body, res);
      else res.end();
    } catch (error) {
      next(error);
    }
  };
}

/**
 * Send a streamed body at the pace the visitor reads it. Remix's own writer ignores backpressure,
 * so a slow download of a streamed CSV would pile the whole file up in memory.
 * @param {ReadableStream<Uint8Array>} body
 * @param {import("node:http").ServerResponse} res
 */
export async function writeBody(body, res) {
  const reader = body.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) {
        await Promise.race([once(res, "drain"), once(res, "close")]);
        if (res.destroyed) {
          await reader.cancel();
          return;
        }
      }
    }
    res.end();
  } catch (error) {
    res.destroy(/** @type {Error} */ (error));
    throw error;
  }
}
