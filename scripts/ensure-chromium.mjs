// The browser tier never skips: it finds Chromium, installs the Debian package when it can,
// or stops with one line that says how.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROME_PATH || "/usr/bin/chromium";
if (existsSync(path)) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get") && !process.env.CHROME_PATH;
if (canApt) {
  console.log("Chromium not found: installing the Debian package 'chromium' (about a minute)…");
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } catch {
    // fall through to the clear message below
  }
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Browser tests need Chromium and none is at ${path}: run "sudo apt-get install chromium" or set CHROME_PATH to a Chromium binary.`,
);
process.exit(1);
