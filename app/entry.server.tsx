// Every language's UI strings, registered before anything renders.
import "./i18n/register-all-resources";
import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "./ui/nonce";

export { directoryVersion, prepareApp } from "./startup.server";
// For server.mjs: the site's address (checked before it listens) and the page cache's key.
export { publicOrigin } from "./public-url.server";
export { textSizeFromCookie } from "./ui/aids/text-size";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    // Wait for everything: pages must be complete without JavaScript.
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logError(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

// Log what broke, never the request: URLs can hold a volunteer's check answers. A 4xx answer
// (403 another site, 404, 405 a page without that form) is the app working, not breaking.
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  if (error instanceof Response && error.status < 500) return;
  logError(error);
}

function logError(error: unknown) {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : "Unknown error");
}
