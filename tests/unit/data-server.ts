// A small HTTP server for the CSV-export memory test: it answers /api/contacts.csv with the real
// route loader and /editor/export.csv with the editors' export (without the sign-in, which is not
// what is measured), and writes the body the way the Remix Express adapter does. Started by
// csv-export-memory.test.ts with the production server's heap flags against SYNTHETIC data.
import { createServer } from "node:http";
import { writeReadableStreamToWritable } from "@remix-run/node";
import { loader as contactsCsvLoader } from "../../app/routes/api.contacts[.]csv";
import { csvDownloadResponse } from "../../app/features/directory/contacts-csv.server";
import { allServiceIds } from "../../app/features/editor/import.server";

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const controller = new AbortController();
    response.on("close", () => controller.abort());
    const fetchRequest = new Request(url, { signal: controller.signal });
    const answer =
      url.pathname === "/api/contacts.csv"
        ? await contactsCsvLoader({ request: fetchRequest } as never)
        : url.pathname === "/editor/export.csv"
          ? await csvDownloadResponse(fetchRequest, allServiceIds, {})
          : new Response("not found", { status: 404 });
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    if (answer.body) await writeReadableStreamToWritable(answer.body, response);
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
