import { existsSync } from "node:fs";

/** Where the browser tier finds Chromium: CHROME_PATH, else the Debian package's binary. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH || "/usr/bin/chromium";
}

export function requireChromium(): string {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: install it with "apt-get install chromium" (Debian) or set CHROME_PATH to a Chromium binary.`,
    );
  }
  return path;
}
