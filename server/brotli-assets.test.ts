import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, expect, test } from "vitest";
import { brotliAssets } from "./brotli-assets.mjs";

let server: Server;
let base = "";
const script = `console.log(${JSON.stringify("nabij ".repeat(500))});`;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "nabij-br-"));
  writeFileSync(join(dir, "app.js"), script);
  const app = express();
  app.use("/build", brotliAssets(dir));
  app.use((_req, res) => res.status(404).send("fallthrough"));
  server = createServer(app);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function get(path: string, encoding: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve) => {
    import("node:http").then(({ get: httpGet }) =>
      httpGet(`${base}${path}`, { headers: { "Accept-Encoding": encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      }),
    );
  });
}

test("a browser that accepts brotli gets the asset brotli-compressed, smaller, and byte-for-byte the same", async () => {
  const response = await get("/build/app.js", "gzip, br");
  expect(response.headers["content-encoding"]).toBe("br");
  expect(response.body.length).toBeLessThan(script.length / 5);
  expect(brotliDecompressSync(response.body).toString()).toBe(script);
});

test("without brotli, or for a missing file, the request goes on to the next handler", async () => {
  expect((await get("/build/app.js", "gzip")).body.toString()).toBe("fallthrough");
  expect((await get("/build/missing.js", "br")).body.toString()).toBe("fallthrough");
});
