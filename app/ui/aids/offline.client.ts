// Browser only: register the service worker (public/sw.js) and ask it to save the guide pages of
// the language being read, so they open later without a connection.
import { TEXT_SIZE_COOKIE, isTextSize, textSizeClass } from "./text-size";
import { readCookie } from "~/i18n/lang";

export function registerOfflineSupport(lang: string): void {
  // Not during development (`remix dev`): saved pages would hide the changes being made.
  if (process.env.NODE_ENV !== "production") return;
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  const version = (window as unknown as { __remixManifest?: { version?: string } }).__remixManifest?.version ?? "0";
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data?.type === "precached") document.documentElement.dataset.offlineReady = event.data.lang;
  });
  navigator.serviceWorker
    .register("/sw.js", { scope: "/" })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active?.postMessage({ type: "precache", lang, version }))
    .catch(() => {
      // No offline copy this time; the site works as before.
    });
}

/** Is this a saved copy (served by the service worker) or is the device offline? */
export function isOfflineCopy(): boolean {
  return document.documentElement.dataset.offlineCopy === "1" || navigator.onLine === false;
}

/** A saved copy was rendered at the text size of that day: apply the size chosen since. */
export function applySavedTextSize(): void {
  const size = readCookie(document.cookie, TEXT_SIZE_COOKIE);
  const html = document.documentElement;
  html.classList.remove("text-size-large", "text-size-largest");
  const cls = isTextSize(size) ? textSizeClass(size) : undefined;
  if (cls) html.classList.add(cls);
}
