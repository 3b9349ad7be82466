import { checkDatabase } from "~/features/health/check-database.server";

// 200 when the app and its database file answer and can be written; 503 otherwise (for a load
// balancer or uptime check), with the problem in a few words.
export async function loader() {
  const health = await checkDatabase();
  return new Response(health.ok ? "ok" : `database unavailable: ${health.problem}`, {
    status: health.ok ? 200 : 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
