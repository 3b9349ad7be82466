// Production server: Express in front of the Remix build. It sets the security headers (with a
// fresh CSP nonce per request), serves static files, prepares the database and the content before
// it listens, and never shows a stack trace.
import { randomBytes } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import express from "express";
import compression from "compression";
import { createPageCache } from "./server/page-cache.mjs";
import { createLimitedServer, guardRequests } from "./server/request-limits.mjs";
import { remixHandler } from "./server/remix-handler.mjs";
import { brotliAssets } from "./server/brotli-assets.mjs";
import { PUBLIC_REPORT_FORMS, refuseCrossSiteWrites } from "./server/same-origin.mjs";

process.env.NODE_ENV ??= "production";
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "0.0.0.0";

// NABIJ_BUILD_DIR: tests build into a folder of their own (see remix.config.js).
const buildDir = process.env.NABIJ_BUILD_DIR
  ? resolve(process.env.NABIJ_BUILD_DIR)
  : dirname(fileURLToPath(import.meta.url));
const build = await import(pathToFileURL(join(buildDir, "build/index.js")).href);
let publicOrigin;
try {
  // PUBLIC_URL: the site's address for absolute links (card, QR code, sitemap), checked before anything else.
  publicOrigin = build.entry.module.publicOrigin();
  await build.entry.module.prepareApp();
} catch (error) {
  console.error(`Nabij cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", process.env.TRUST_PROXY === "1");
app.use(compression());

app.use((req, res, next) => {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.setHeader(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'",
      "worker-src 'self'",
      "manifest-src 'self'",
    ].join("; "),
  );
  res.setHeader("X-Content-Type-Options", "nosniff");
  // Links to sources and services must not tell them which page (or check answers) the user was on.
  // "same-origin", not "no-referrer": with no-referrer the browser sends `Origin: null` on our own
  // form POSTs, and Remix's CSRF check then refuses every action (500). Other hosts still get nothing.
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000");
  next();
});

// Odd methods, undecodable addresses and unreadable, huge or slow form bodies: refused here in the
// visitor's language; a POST body is read in full before Remix sees it (server/request-limits.mjs).
app.use(guardRequests());

// Hashed assets never change; everything else in public/ may.
app.use("/build", brotliAssets(join(buildDir, "public/build")));
app.use("/build", express.static(join(buildDir, "public/build"), { immutable: true, maxAge: "1y", index: false }));
app.use(express.static(fileURLToPath(new URL("./public", import.meta.url)), { maxAge: "1h", index: false }));

// Guide pages: rendered once, then served from memory; directory pages: while the database stays
// the same (NABIJ_PAGE_CACHE=0 turns it off).
if (process.env.NABIJ_PAGE_CACHE !== "0") {
  const { directoryVersion, textSizeFromCookie } = build.entry.module;
  app.use(createPageCache({ directoryVersion, displayVariant: textSizeFromCookie }).middleware);
}

// The editors' area refuses changes sent from another site (CSRF) with a 403, before Remix.
app.use(refuseCrossSiteWrites("/editor"));
// The text-size form redirects: a post from another site must not use it to send a visitor anywhere.
app.use(refuseCrossSiteWrites("/text-size"));
// The public report forms of a contact page (decision 023): another site must not post in a visitor's name.
app.use(refuseCrossSiteWrites(PUBLIC_REPORT_FORMS));

app.all(
  "*",
  remixHandler({
    build,
    mode: process.env.NODE_ENV,
    publicOrigin,
    // clientAddress: for the editors' sign-in limit (X-Forwarded-For only counts with TRUST_PROXY=1).
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientAddress: req.ip ?? null }),
  }),
);

// Express's last resort: a plain easy-read page, never a stack trace. Four parameters are what
// makes Express treat it as the error handler.
/** @type {import("express").ErrorRequestHandler} */
const lastResort = (error, _req, res, _next) => {
  console.error(error instanceof Error ? error.message : String(error));
  if (res.headersSent) return;
  res
    .status(500)
    .type("html")
    .send(
      '<!doctype html><html lang="nl"><meta charset="utf-8"><title>Er ging iets mis - Nabij</title>' +
        "<h1>Er ging iets mis bij ons</h1><p>Dit ligt niet aan jou. Probeer het later opnieuw.</p>" +
        '<p><a href="/nl">Naar de startpagina</a></p></html>',
    );
};
app.use(lastResort);

// Long query strings must reach the app so it can answer 414 in easy-read words (Node's own
// limit answers 431 with an empty body).
const server = createLimitedServer(app, { maxHeaderSize: 256 * 1024 });
server.listen(port, host, () => {
  console.log(`Nabij is running at http://localhost:${port} (public address ${publicOrigin})`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
