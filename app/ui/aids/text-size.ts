// Text size for the whole site: three steps, remembered in a first-party cookie so the server
// renders the chosen size (a class on <html>) and nothing jumps after load.
import { readCookie } from "~/i18n/lang";

export const TEXT_SIZES = ["normal", "large", "largest"] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const TEXT_SIZE_COOKIE = "nabij_text_size";

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === "string" && (TEXT_SIZES as readonly string[]).includes(value);
}

export function textSizeFromCookie(cookieHeader: string | null): TextSize {
  const value = readCookie(cookieHeader, TEXT_SIZE_COOKIE);
  return isTextSize(value) ? value : "normal";
}

/** The class on <html>; none for the normal size. */
export function textSizeClass(size: TextSize): string | undefined {
  return size === "normal" ? undefined : `text-size-${size}`;
}

export function textSizeCookie(size: TextSize): string {
  // A preference, not a tracker: a year, first-party. Readable by the page so a saved offline
  // copy can show the size chosen later.
  return size === "normal"
    ? `${TEXT_SIZE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
    : `${TEXT_SIZE_COOKIE}=${size}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

/**
 * Where to go back to after choosing a size: a path on this site only. Anything else (another
 * host, "//host", a backslash trick, an absurd length) goes to the start page.
 */
export function safeBackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  // eslint-disable-next-line no-control-regex -- finding control characters is this line's job
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://nabij.invalid");
    if (url.origin !== "http://nabij.invalid") return fallback;
    // Check the resolved path, not the text sent: "/.//evil.example" resolves to "//evil.example",
    // which a browser reads as another host.
    const path = url.pathname + url.search + url.hash;
    return path.startsWith("//") || path.startsWith("/\\") ? fallback : path;
  } catch {
    return fallback;
  }
}
