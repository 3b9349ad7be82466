import type { Params } from "@remix-run/react";
import { isLang, type Lang } from "./lang";

/** The page's language from the route params; a 404 when the first segment is not a language. */
export function requireLang(params: Params): Lang {
  if (!isLang(params.lang)) throw new Response("Not found", { status: 404 });
  return params.lang;
}
