import { checkDatabase } from "~/features/health/check-database.server";

// 200 when the app and its database answer; 503 otherwise (for a load balancer or uptime check).
export async function loader() {
  const ok = await checkDatabase();
  return new Response(ok ? "ok" : "database unavailable", {
    status: ok ? 200 : 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
