import type { LoaderFunctionArgs } from "@remix-run/node";

// Only for the browser tests (NABIJ_TEST_ROUTES=1): proves a crash shows the easy-read 500 page
// and leaks no stack trace. Without the flag this path is a plain 404.
export function loader(_args: LoaderFunctionArgs) {
  if (process.env.NABIJ_TEST_ROUTES !== "1") throw new Response("Not found", { status: 404 });
  throw new Error("deliberate failure for the error-page test");
}

export default function TestError() {
  return null;
}
