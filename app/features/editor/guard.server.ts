import { json, redirect, type AppLoadContext } from "@remix-run/node";
import { getDb } from "#db/database.server";
import { isSameOrigin } from "./origin";
import { findSessionUser, readSessionToken, type EditorUser } from "./sessions.server";

// The door of the editors' area. Every loader calls requireEditorPage (signed out: to the sign-in
// page), every action calls requireEditorAction (another origin: 403; signed out: 401; not
// allowed: 403). Nothing under /editor is reachable without one of them.

export type GuardReason = "csrf" | "signed-out" | "admin-only";

function refuse(status: 401 | 403, reason: GuardReason): Response {
  return json({ reason }, { status, headers: { "Cache-Control": "no-store" } });
}

/** The app's own origin as the browser sees it (Express sets protocol and host; TRUST_PROXY=1 for a proxy). */
export function appOrigin(request: Request): string {
  return new URL(request.url).origin;
}

/** Throws 403 unless the request comes from a page of this app (CSRF). */
export function requireSameOrigin(request: Request): void {
  const ok = isSameOrigin(
    { origin: request.headers.get("Origin"), referer: request.headers.get("Referer") },
    appOrigin(request),
  );
  if (!ok) throw refuse(403, "csrf");
}

export async function currentEditor(request: Request): Promise<EditorUser | null> {
  const token = await readSessionToken(request);
  if (!token) return null;
  return findSessionUser(getDb(), token);
}

/** For loaders: the signed-in user, or a redirect to the sign-in page that comes back here. */
export async function requireEditorPage(request: Request, options: { admin?: boolean } = {}): Promise<EditorUser> {
  const user = await currentEditor(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/editor/login?next=${encodeURIComponent(url.pathname + url.search)}`, {
      headers: { "Cache-Control": "no-store" },
    });
  }
  if (options.admin && user.role !== "admin") throw refuse(403, "admin-only");
  return user;
}

/** For actions: same origin first, then signed in, then the role. */
export async function requireEditorAction(request: Request, options: { admin?: boolean } = {}): Promise<EditorUser> {
  requireSameOrigin(request);
  const user = await currentEditor(request);
  if (!user) throw refuse(401, "signed-out");
  if (options.admin && user.role !== "admin") throw refuse(403, "admin-only");
  return user;
}

/** The client's address as Express saw it (X-Forwarded-For only with TRUST_PROXY=1), if known. */
export function clientAddress(context: AppLoadContext): string | null {
  const value = (context as { clientAddress?: unknown }).clientAddress;
  return typeof value === "string" && value !== "" ? value : null;
}

export function guardReason(data: unknown): GuardReason | null {
  const reason = (data as { reason?: unknown } | null)?.reason;
  return reason === "csrf" || reason === "signed-out" || reason === "admin-only" ? reason : null;
}
