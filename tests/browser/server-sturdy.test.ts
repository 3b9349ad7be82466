// Issue 15 (sturdy), the server side: the app as `npm start` serves it, probed the way an outside
// tester did on 127.0.0.1 — foreign Host headers, cookie and query-string floods, slow bodies, an
// open redirect, and requests Remix could not read. No browser needed: plain HTTP and sockets.
// The socket tests are bounded in count and time and close everything they open. This file measures
// the server's answer times and memory, so it runs alone, after the other browser files (the
// "browser-alone" project, decision 016).
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { request } from "node:http";
import { describe, expect, test } from "vitest";
import { cardQrSvg } from "../../app/features/directory/card-qr";
import { baseUrl, testServer } from "./harness";

const url = (path: string) => baseUrl() + path;
const port = () => Number(new URL(baseUrl()).port);

/** A raw request with any Host header (fetch does not let a test choose it). */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: port(), path, method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

function serverRssMb(): number {
  const status = readFileSync(`/proc/${testServer().serverPid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? "0") / 1024;
}

async function healthzMs(): Promise<number> {
  const start = performance.now();
  const response = await fetch(url("/healthz"), { signal: AbortSignal.timeout(5_000) });
  expect(response.status).toBe(200);
  await response.text();
  return performance.now() - start;
}

/** Run `task` for 0..count-1, at most `parallel` at a time. */
async function inParallel(count: number, parallel: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

async function aContactPath(): Promise<string> {
  const search = await (await fetch(url("/nl/contacts"))).text();
  const path = /\/nl\/contacts\/[0-9a-f-]{36}/.exec(search)?.[0];
  expect(path, "a contact on the search page").toBeTruthy();
  return path!;
}

describe("point 2: absolute links come from PUBLIC_URL, never from the request", () => {
  const foreign = { Host: "evil.example", "X-Forwarded-Host": "evil2.example" };

  test("a card asked for with a foreign Host is not what the next visitor's QR code points to", async () => {
    const path = await aContactPath();
    // A write empties the page cache; then the foreign request would fill it.
    await fetch(url("/editor/login"), {
      method: "POST",
      body: new URLSearchParams({ email: "x@y.z", password: "wrong" }),
    });
    const poisoned = await rawGet(`${path}/card`, foreign);
    expect(poisoned.status).toBe(200);
    const visitor = await (await fetch(url(`${path}/card`))).text();
    const expected = (await cardQrSvg(`${baseUrl()}${path}`)).trim();
    for (const host of ["evil.example", "evil2.example"]) {
      const evilQr = (await cardQrSvg(`http://${host}${path}`)).trim();
      expect(poisoned.body.includes(evilQr), `QR for ${host} served to the foreign request`).toBe(false);
      expect(visitor.includes(evilQr), `QR for ${host} served to the next visitor`).toBe(false);
    }
    expect(visitor.includes(expected), "the QR code points to PUBLIC_URL").toBe(true);
  });

  test("sitemap.xml and robots.txt name PUBLIC_URL whatever Host the request sends", async () => {
    const sitemap = await rawGet("/sitemap.xml", foreign);
    expect(sitemap.body).not.toContain("evil");
    expect(sitemap.body).toContain(`<loc>${baseUrl()}/nl</loc>`);
    const robots = await rawGet("/robots.txt", foreign);
    expect(robots.body).toContain(`Sitemap: ${baseUrl()}/sitemap.xml`);
    expect(robots.body).not.toContain("evil");
  });
});

describe("point 3: the page cache stays inside its budget", () => {
  // Before the fix the cookie flood alone took the server from about 130 MB past 218 MB and then
  // out of memory; unique searches were each compressed and kept.
  test("500 unique 200 kB cookies and 600 unique searches: the server lives and grows by less than its cache budget plus rendering", async () => {
    const cookie = (i: number) => `nabij_lang=nl; t${i}=${String(i).padStart(8, "0")}${"c".repeat(200_000)}`;
    // What the server holds before depends on the tests before this one: measure what the flood adds. The page cache's budget is 32 MB; rendering garbage may take as
    // much again before V8 collects it.
    const before = serverRssMb();
    let peak = before;
    await inParallel(500, 8, async (i) => {
      const response = await fetch(url(i % 2 ? "/nl/tips" : "/en/about"), { headers: { Cookie: cookie(i) } });
      expect(response.status).toBe(200);
      await response.text();
      if (i % 50 === 0) peak = Math.max(peak, serverRssMb());
    });
    await inParallel(600, 8, async (i) => {
      const response = await fetch(url(`/nl/contacts?q=${i}-${"z".repeat(3_000)}`));
      expect(response.status).toBe(200);
      await response.text();
      if (i % 50 === 0) peak = Math.max(peak, serverRssMb());
    });
    peak = Math.max(peak, serverRssMb());
    expect(peak - before, `server RSS growth in MB (from ${Math.round(before)} MB)`).toBeLessThan(64);
    expect(peak, "server RSS in MB").toBeLessThan(250);
    expect(await healthzMs()).toBeLessThan(1_000);
  }, 60_000);
});

describe("point 4: slow request bodies cannot starve the server", () => {
  test("3,000 POSTs sending one byte every 5 s: /healthz answers within 1 s, and the slow ones get a 408", async () => {
    const sockets: Socket[] = [];
    // The first line of each socket's answer.
    const answers = new Map<Socket, string>();
    const head =
      "POST /nl/card/appointment HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
      "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n";
    try {
      for (let batch = 0; batch < 15; batch++) {
        await Promise.all(
          Array.from({ length: 200 }, () => {
            return new Promise<void>((resolve) => {
              const socket = connect(port(), "127.0.0.1", () => {
                socket.write(head + "a");
                resolve();
              });
              socket.on("data", (chunk: Buffer) => {
                if (!answers.has(socket)) answers.set(socket, chunk.toString("latin1").slice(0, 12));
              });
              socket.on("error", () => resolve());
              sockets.push(socket);
            });
          }),
        );
      }
      const drip = setInterval(() => {
        for (const socket of sockets) if (!socket.destroyed) socket.write("a");
      }, 5_000);
      try {
        // Before the fix: 18.8 s, then 5 s, then the server ran out of memory. The machine is shared
        // with other test runs (load 15+ on 2 cores), so one probe may be slow for reasons not
        // ours: the middle one must be under 1 s and none may come near the old times.
        await new Promise((r) => setTimeout(r, 1_000));
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          times.push(await healthzMs());
          await new Promise((r) => setTimeout(r, 2_000));
        }
        const label = `healthz times ${times.map(Math.round).join(", ")} ms`;
        expect([...times].sort((a, b) => a - b)[2], label).toBeLessThan(1_000);
        expect(Math.max(...times), label).toBeLessThan(3_000);
        // The form deadline (20 s) passes: every slow body is answered 408 and closed.
        await expect.poll(() => answers.size, { timeout: 25_000, interval: 1_000 }).toBe(3_000);
        expect(new Set(answers.values())).toEqual(new Set(["HTTP/1.1 408"]));
      } finally {
        clearInterval(drip);
      }
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  }, 60_000);

  test("a body over the route's limit is refused with 413 before it is read", async () => {
    const response = await fetch(url("/nl/card/appointment"), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `name=${"x".repeat(100_000)}`,
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Dit is te groot");
  });
});

describe("point 8: the text-size form only goes back to this site", () => {
  test("back=/.//evil.example goes to a path here, not to //evil.example", async () => {
    for (const back of ["/.//evil.example", "/nl/..//evil.example/x"]) {
      const response = await fetch(url("/text-size"), {
        method: "POST",
        body: new URLSearchParams({ size: "large", back }),
        redirect: "manual",
      });
      expect(response.status, back).toBe(303);
      const location = response.headers.get("location") ?? "";
      expect(new URL(location, baseUrl()).host, `${back} → ${location}`).toBe(new URL(baseUrl()).host);
    }
  });

  test("a text-size post from another site is refused", async () => {
    const response = await fetch(url("/text-size"), {
      method: "POST",
      headers: { Origin: "https://evil.example" },
      body: new URLSearchParams({ size: "large", back: "/nl" }),
      redirect: "manual",
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });
});

describe("point 10: requests Remix cannot read get a clear page, never a 500, and nothing of the path is logged", () => {
  const logSince = (from: number) => readFileSync(testServer().serverLogPath, "utf8").slice(from);

  test("400, 405 and 415 pages in the visitor's language", async () => {
    const logStart = readFileSync(testServer().serverLogPath, "utf8").length;
    const badPath = await fetch(url("/nl/contacts/%E0%A4%A"));
    expect(badPath.status).toBe(400);
    expect(await badPath.text()).toContain("Dit adres klopt niet");
    const badPathEn = await fetch(url("/en/contacts/%E0%A4%A"));
    expect(badPathEn.status).toBe(400);
    expect(await badPathEn.text()).toContain("This address is not right");

    // fetch refuses to send TRACE, so it goes raw.
    const traced = await new Promise<number>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port: port(), path: "/en/about", method: "TRACE" }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(traced).toBe(405);
    const put = await fetch(url("/nl/about"), { method: "PUT", body: "x" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, HEAD, POST");
    expect(await put.text()).toContain("Dit kan niet op deze pagina");

    const plain = await fetch(url("/editor/login"), {
      method: "POST",
      headers: { "Content-Type": "text/plain", Origin: baseUrl() },
      body: "email=a",
    });
    expect(plain.status).toBe(415);
    const broken = await fetch(url("/en/card/appointment"), {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=zz" },
      body: "--zz\r\nnot a part",
    });
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain("We could not read the form");

    // A 405 from a page without that form, and a 403 from the editors' area: answers, not faults.
    expect((await fetch(url("/nl/about"), { method: "POST", body: new URLSearchParams({ a: "b" }) })).status).toBe(405);
    expect(
      (await fetch(url("/editor/login"), { method: "POST", body: new URLSearchParams({ email: "a" }) })).status,
    ).toBe(403);

    await new Promise((r) => setTimeout(r, 300));
    const log = logSince(logStart);
    expect(log).not.toContain("%E0%A4%A");
    expect(log).not.toContain("/contacts/");
    expect(log).not.toContain("Unknown error");
    expect(log).not.toMatch(/TRACE|Failed to parse body/);
  });
});

describe("sign-ins cannot starve the server (issue 15; this file runs alone, decision 016)", () => {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const post = (path: string, headers: Record<string, string> = {}, body = "x=1") =>
    fetch(baseUrl() + path, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl(), ...headers },
      body,
    });

  test("/healthz answers within 200 ms while 60 sign-ins run at once; sign-ins beyond the queue are asked to wait", async () => {
    // Warm the sign-in route first: what is measured is the password work starving the server, not
    // the first requests on a freshly started one (this file's server serves no pages before it).
    for (let i = 0; i < 5; i++) await post("/editor/login", {}, form({ email: "warm-up@nabij.test", password: "x" }));
    const burst = Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        post("/editor/login", {}, form({ email: `nobody-${i}@nabij.test`, password: "not a real password" })),
      ),
    );
    const timings: number[] = [];
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      const health = await fetch(`${baseUrl()}/healthz`);
      timings.push(performance.now() - start);
      expect(health.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const responses = await burst;
    expect(Math.max(...timings), `healthz times ${timings.map(Math.round).join(", ")} ms`).toBeLessThan(200);
    const statuses = responses.map((r) => r.status);
    expect(
      statuses.every((s) => s === 200 || s === 503),
      statuses.join(","),
    ).toBe(true);
    const busy = responses.find((r) => r.status === 503);
    if (busy) expect(await busy.text()).toContain("Er loggen nu veel mensen tegelijk in.");
  });
});
