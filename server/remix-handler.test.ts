import { once } from "node:events";
import { createServer, get, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { writeBody } from "./remix-handler.mjs";

const CHUNK = Buffer.alloc(1024 * 1024, "a");
const CHUNKS = 300;
let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe("a streamed answer goes out at the pace the visitor reads it", () => {
  test("a download nobody reads does not pull the whole body into memory", async () => {
    let produced = 0;
    const server = createServer((_req, res) => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (produced === CHUNKS) return controller.close();
          produced += 1;
          controller.enqueue(CHUNK);
        },
      });
      writeBody(body, res).catch(() => {});
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    close = async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    };
    const { port } = server.address() as AddressInfo;
    const response: IncomingMessage = await new Promise((resolve) => get(`http://127.0.0.1:${port}/`, resolve));
    response.pause(); // a visitor on a slow line
    await new Promise((r) => setTimeout(r, 700));
    // Socket buffers hold a few MB at most; without backpressure all 300 MB would be pulled.
    expect(produced).toBeLessThan(40);
    // Reading on gets the whole body.
    let received = 0;
    response.on("data", (chunk: Buffer) => (received += chunk.length));
    response.resume();
    await once(response, "end");
    expect(received).toBe(CHUNKS * CHUNK.length);
    // Reading 300 MB can take longer than the 5 s default on a busy machine; nothing here is timed.
  }, 60_000);
});
