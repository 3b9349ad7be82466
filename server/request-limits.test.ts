import { createServer, request, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import express from "express";
import { bodyLimit, createLimitedServer, guardRequests, isDecodablePath } from "./request-limits.mjs";
import { errorPage, pageLang } from "./error-pages.mjs";

describe("what the server refuses before Remix (issue 15, points 4 and 10)", () => {
  let server: Server;
  let base: string;
  let reached = 0;

  beforeAll(async () => {
    const app = express();
    app.use(guardRequests());
    app.all("*", (req, res) => {
      reached++;
      res.type("text").send(`${req.method} ${(req as unknown as { rawBody?: Buffer }).rawBody?.toString() ?? ""}`);
    });
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const post = (path: string, body: string, type = "application/x-www-form-urlencoded") =>
    fetch(base + path, { method: "POST", headers: { "Content-Type": type }, body });

  test("a form reaches the app with its body read in full", async () => {
    const response = await post("/nl/card/appointment", "name=Ans&day=maandag");
    expect(await response.text()).toBe("POST name=Ans&day=maandag");
  });

  test("methods other than GET, HEAD and POST: 405 with Allow", async () => {
    const before = reached;
    for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const response = await fetch(`${base}/nl`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, POST");
    }
    expect(reached).toBe(before);
  });

  test("a path with broken %-encoding: 400 in the language of the path", async () => {
    const response = await fetch(`${base}/en/contacts/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("This address is not right");
  });

  test("a post that is not a form: 415; a form that cannot be read: 400; too big: 413", async () => {
    expect((await post("/editor/login", "email=a", "text/plain")).status).toBe(415);
    expect((await post("/editor/login", "{}", "application/json")).status).toBe(415);
    const broken = await post("/en/card/appointment", "--zz\r\nnot a part", "multipart/form-data; boundary=zz");
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain("<h1>We could not read the form</h1>");
    expect((await post("/nl/card/appointment", "--zz\r\nnot a part", "multipart/form-data")).status).toBe(400);
    expect((await post("/editor/login", `password=${"x".repeat(20_000)}`)).status).toBe(413);
    expect((await post("/nl/card/appointment", `name=${"x".repeat(70_000)}`)).status).toBe(413);
  });

  test("a body without Content-Length is counted as it arrives", async () => {
    const status = await new Promise<number>((resolve) => {
      const req = request(
        `${base}/nl/card/appointment`,
        { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", () => resolve(413));
      for (let i = 0; i < 20; i++) req.write("x".repeat(8_192));
      req.end();
    });
    expect(status).toBe(413);
  });

  test("the import may send more than a form", () => {
    expect(bodyLimit("/editor/import")).toBeGreaterThan(2 * 1024 * 1024);
    expect(bodyLimit("/nl/card/appointment")).toBe(64 * 1024);
  });

  test("helpers: decodable paths, the page's language, escaped pages", () => {
    expect(isDecodablePath("/nl/contacts/%C3%A9")).toBe(true);
    expect(isDecodablePath("/nl/contacts/%E0%A4%A")).toBe(false);
    expect(pageLang("/en/about")).toBe("en");
    expect(pageLang("/en")).toBe("en");
    expect(pageLang("/editor")).toBe("nl");
    expect(pageLang("/english")).toBe("nl");
    expect(errorPage("method", "nl")).toContain('<html lang="nl">');
  });
});

describe("Node's own limits are set on purpose", () => {
  test("headers within 10 s, a request within 130 s (not Node's 300 s), and a connection cap", () => {
    const server = createLimitedServer(() => undefined, { maxHeaderSize: 1024 }, { MAX_CONNECTIONS: "1234" });
    expect(server.headersTimeout).toBe(10_000);
    expect(server.requestTimeout).toBe(130_000);
    expect(server.keepAliveTimeout).toBe(5_000);
    expect(server.maxConnections).toBe(1234);
    expect(createLimitedServer(() => undefined, {}, {}).maxConnections).toBe(5_000);
  });
});
