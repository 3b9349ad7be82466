// The CSV downloads (/api/contacts.csv, /editor/export.csv) as a stream: services are read and
// written one batch at a time, so a download holds one batch in memory, never the whole file, and
// never keeps the database busy between batches. Only a few downloads run at once (decision 012):
// the server writes to the socket without waiting for a slow reader, so the cap is what bounds
// the memory a crowd of slow downloads can take.
import { getDb, type DB } from "#db/database.server";
import { csvHeaderLine, csvLine, csvRowFromRecord } from "./contacts-csv";
import { activeServiceIds, loadServiceRecords } from "./service-record.server";

const BATCH_SIZE = 100;
export const MAX_RUNNING_EXPORTS = 2;
export const MAX_WAITING_EXPORTS = 20;

/** A counter of running downloads with a short queue; more than that waits nowhere: it is refused. */
export class ExportSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly maxRunning: number,
    private readonly maxWaiting: number,
  ) {}

  /** Resolves with a release function once a slot is free; null when the queue is full or the download was cancelled. */
  async acquire(signal?: AbortSignal): Promise<(() => void) | null> {
    if (this.running >= this.maxRunning) {
      if (this.waiting.length >= this.maxWaiting) return null;
      const turn = await new Promise<boolean>((resolve) => {
        const go = () => {
          signal?.removeEventListener("abort", leave);
          resolve(true);
        };
        const leave = () => {
          this.waiting.splice(this.waiting.indexOf(go), 1);
          resolve(false);
        };
        this.waiting.push(go);
        signal?.addEventListener("abort", leave, { once: true });
      });
      if (!turn) return null;
    } else this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // the slot passes straight to the next download in line
      if (next) next();
      else this.running--;
    };
  }
}

const exportSlots = new ExportSlots(MAX_RUNNING_EXPORTS, MAX_WAITING_EXPORTS);

/** These services as CSV, read from the database one batch at a time while the body is sent. */
export function servicesCsvStream(
  db: DB,
  ids: readonly string[],
  onEnd: () => void = () => {},
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  let headerSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (signal?.aborted) throw new Error("download cancelled");
          if (!headerSent) {
            headerSent = true;
            controller.enqueue(encoder.encode(csvHeaderLine()));
            return;
          }
          if (next >= ids.length) {
            onEnd();
            controller.close();
            return;
          }
          const batch = ids.slice(next, next + BATCH_SIZE);
          next += BATCH_SIZE;
          const records = await loadServiceRecords(db, batch);
          controller.enqueue(encoder.encode(records.map((record) => csvLine(csvRowFromRecord(record))).join("")));
        } catch (error) {
          onEnd();
          controller.error(error);
        }
      },
      cancel() {
        onEnd();
      },
    },
    { highWaterMark: 1 },
  );
}

const BUSY_TEXT =
  "Er worden nu veel bestanden tegelijk gedownload. Probeer het over een minuut opnieuw.\n" +
  "Many downloads are running right now. Please try again in a minute.\n";

/**
 * A download response for the services `listIds` names: it waits its turn (a few run at once),
 * or answers 503 with a short message when too many are already waiting.
 */
export async function csvDownloadResponse(
  request: Request,
  listIds: (db: DB) => Promise<string[]>,
  headers: Record<string, string>,
  db: DB = getDb(),
): Promise<Response> {
  const release = await exportSlots.acquire(request.signal);
  if (!release) {
    return new Response(BUSY_TEXT, {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60", "Cache-Control": "no-store" },
    });
  }
  try {
    const ids = await listIds(db);
    return new Response(servicesCsvStream(db, ids, release, request.signal), {
      headers: { "Content-Type": "text/csv; charset=utf-8", ...headers },
    });
  } catch (error) {
    release();
    throw error;
  }
}

/** Every active service as a CSV download (GET /api/contacts.csv). */
export function contactsCsvResponse(request: Request, db: DB = getDb()): Promise<Response> {
  return csvDownloadResponse(
    request,
    activeServiceIds,
    {
      "Content-Disposition": 'attachment; filename="nabij-contacten.csv"',
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=300",
    },
    db,
  );
}

/** A whole CSV as one string, for tests and scripts (the routes stream). */
export async function csvText(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM keeps the byte-order mark in the text, as it is in the file
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let text = "";
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>)
    text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
