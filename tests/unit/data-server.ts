// A small HTTP server around the data side's real feature functions, for tests that measure the
// running process (memory, waiting) without building the whole app: /api/contacts.csv (the route
// loader), /editor/export.csv (the editors' export, without the sign-in, which is not measured),
// /healthz (the route loader), /contact/<id> (the contact page's data) and POST /test/import (an
// import of the file made at start: --import-rows=N new services, as an editor's would run). Bodies are written by the app
// server's own writer (server/remix-handler.mjs). Prints "listening <port>".
import { createServer } from "node:http";
import { writeBody } from "../../server/remix-handler.mjs";
import { loader as contactsCsvLoader } from "../../app/routes/api.contacts[.]csv";
import { loader as healthzLoader } from "../../app/routes/healthz";
import { csvDownloadResponse } from "../../app/features/directory/contacts-csv.server";
import { getContactPage } from "../../app/features/directory/contact-page.server";
import { parseContactsCsv, serializeContactsCsv } from "../../app/features/directory/contacts-csv";
import { COMMAND_LINE_ACTOR } from "../../app/features/editor/audit.server";
import { allServiceIds, exportAllCsv, runImport } from "../../app/features/editor/import.server";
import { getDb, prepareDatabase } from "../../db/database.server";

/** N new services: copies of the seeded ones without an id or a location (a new row may bring one, in its own format). */
async function largeImportFile(rows: number): Promise<string> {
  const parsed = parseContactsCsv(await exportAllCsv(getDb()));
  if (!parsed.ok) throw new Error(parsed.error);
  const extra = Array.from({ length: rows }, (_, i) => {
    const row = parsed.rows[i % parsed.rows.length];
    return { ...row, id: "", version: "", emails: "", name: `LARGE IMPORT ${i} ${row.name}`, locations: "" };
  });
  return serializeContactsCsv(extra);
}

// Made before the server listens: building it is the test's work, not the import's.
const importRows = Number(process.argv.find((a) => a.startsWith("--import-rows="))?.split("=")[1] ?? 0);
if (process.argv.includes("--prepare")) await prepareDatabase();
const importFile = importRows ? await largeImportFile(importRows) : "";

async function largeImport(): Promise<Response> {
  const started = Date.now();
  const result = await runImport(getDb(), COMMAND_LINE_ACTOR, importFile, "2026-11-25");
  return Response.json({ ok: result.ok, ms: Date.now() - started });
}

async function answer(url: URL, request: Request): Promise<Response> {
  if (url.pathname === "/api/contacts.csv") return contactsCsvLoader({ request } as never);
  if (url.pathname === "/editor/export.csv") return csvDownloadResponse(request, allServiceIds, {});
  if (url.pathname === "/healthz") return healthzLoader();
  if (url.pathname.startsWith("/contact/")) {
    const contact = await getContactPage(url.pathname.slice("/contact/".length), "nl");
    return contact ? Response.json({ name: contact.name }) : new Response("not found", { status: 404 });
  }
  if (url.pathname === "/test/import" && request.method === "POST") return largeImport();
  return new Response("not found", { status: 404 });
}

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const controller = new AbortController();
    response.on("close", () => controller.abort());
    const reply = await answer(url, new Request(url, { method: request.method, signal: controller.signal }));
    response.writeHead(reply.status, Object.fromEntries(reply.headers));
    if (reply.body) await writeBody(reply.body, response);
    else response.end();
  } catch (error) {
    console.error(error);
    response.statusCode = 500;
    response.end();
  }
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
});
