// JSON answers of the open-data API: CORS open (it is public data), no cookies, short cache.
import { json } from "@remix-run/node";
import { parseHsdsListParams, type HsdsListParams } from "./hsds";

const HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" };

export function apiJson(data: unknown, status = 200) {
  return json(data, { status, headers: HEADERS });
}

export function apiNotFound() {
  return apiJson({ error: "not found" }, 404);
}

/** Parse list parameters and run `list`, or answer 400 with the reason. */
export async function apiList(request: Request, list: (params: HsdsListParams) => Promise<unknown>) {
  const parsed = parseHsdsListParams(new URL(request.url).searchParams);
  if (!parsed.ok) return apiJson({ error: parsed.error }, 400);
  return apiJson(await list(parsed.params));
}
