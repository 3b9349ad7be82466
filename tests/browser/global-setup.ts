// The browser tier tests the app the way `npm start` serves it: a production build, started with
// `node server.mjs` on its own port with a fresh database (migrated and seeded on first start).
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { requireChromium } from "./chromium-path";
import { NODE_FLAGS } from "../../server/node-flags.mjs";
import { BROWSER_WORKERS } from "./workers";

/** One app server of the browser tier: each test worker has its own (decision 016). */
export interface TestServer {
  baseUrl: string;
  serverLogPath: string;
  databasePath: string;
  /** the app server's process id (the server tests read its memory use) */
  serverPid: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** one per test worker: files that run side by side never share a database or a server */
    servers: TestServer[];
    /** an admin account in every test database (issue 7, editors' area) */
    testAdminEmail: string;
    testAdminPassword: string;
  }
}

const root = resolve(import.meta.dirname, "../..");

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealthy(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`The app stopped during start-up (exit ${server.exitCode}); see its log.`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The app did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

function buildApp(): string {
  mkdirSync(join(root, ".cache"), { recursive: true });
  const buildDir = mkdtempSync(join(root, ".cache", "test-build-"));
  execFileSync(process.execPath, [join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NABIJ_BUILD_DIR: buildDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return buildDir;
}

/** Start `node server.mjs` on a fresh database with an admin made by `npm run user:create`. */
async function startServer(
  buildDir: string,
  admin: { email: string; password: string },
): Promise<{ server: TestServer; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), "nabij-browser-"));
  const databasePath = join(dataDir, "nabij.sqlite");
  const serverLogPath = join(dataDir, "server.log");
  const log = openSync(serverLogPath, "a");
  const port = await freePort();
  const server = spawn(process.execPath, [...NODE_FLAGS, "server.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_PATH: databasePath,
      NABIJ_BUILD_DIR: buildDir,
      NABIJ_TEST_ROUTES: "1",
    },
    stdio: ["ignore", log, log],
  });
  // Never leave a server behind, even when the test run is interrupted.
  const kill = () => {
    if (server.exitCode === null) server.kill("SIGKILL");
  };
  process.once("exit", kill);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(baseUrl, server);
  } catch (error) {
    kill();
    const tail = readFileSync(serverLogPath, "utf8").split("\n").slice(-15).join("\n");
    throw new Error(`${(error as Error).message}\n--- server log ---\n${tail}`);
  }
  try {
    await new Promise<void>((resolveRun, reject) =>
      execFile(
        process.execPath,
        [
          join(root, "node_modules/tsx/dist/cli.mjs"),
          "scripts/user-create.ts",
          "--email",
          admin.email,
          "--role",
          "admin",
          "--name",
          "Test Admin",
        ],
        { cwd: root, env: { ...process.env, DATABASE_PATH: databasePath, NABIJ_USER_PASSWORD: admin.password } },
        (error, _stdout, stderr) => (error ? reject(new Error(`user:create failed: ${stderr}`)) : resolveRun()),
      ),
    );
  } catch (error) {
    kill();
    throw error;
  }
  const stop = async () => {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    kill();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { server: { baseUrl, serverLogPath, databasePath, serverPid: server.pid ?? 0 }, stop };
}

export default async function setup(project: TestProject) {
  requireChromium();
  // `npm test` builds while the types are checked and hands the build over (decision 016); run on
  // its own, the tier makes a build folder of its own: parallel runs never overwrite each other's.
  const prebuilt = process.env.NABIJ_TEST_PREBUILT_DIR;
  const buildDir = prebuilt || buildApp();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

  // An admin for the editors' area, made the way an operator makes one: npm run user:create.
  const admin = {
    email: process.env.NABIJ_TEST_ADMIN_EMAIL || "test-admin@nabij.test",
    password: process.env.NABIJ_TEST_ADMIN_PASSWORD || randomBytes(12).toString("base64url"),
  };
  // One server per worker of this project (browser: several; browser-alone: one).
  const workers = project.config.maxWorkers || BROWSER_WORKERS;
  const started = await Promise.all(Array.from({ length: workers }, () => startServer(buildDir, admin)));
  project.provide("testAdminEmail", admin.email);
  project.provide("testAdminPassword", admin.password);
  project.provide(
    "servers",
    started.map((s) => s.server),
  );

  return async () => {
    await Promise.all(started.map((s) => s.stop()));
    if (!prebuilt) rmSync(buildDir, { recursive: true, force: true });
  };
}
