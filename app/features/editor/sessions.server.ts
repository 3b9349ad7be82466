import { createHash, randomBytes } from "node:crypto";
import { createCookie, type Cookie } from "@remix-run/node";
import type { DB } from "#db/database.server";
import type { Role } from "./account-rules";
import { getSessionSecrets } from "./session-secret.server";

// Server-side sessions: the cookie holds a random token (signed with the session secret); the
// database holds only the token's SHA-256, the user and the expiry. Signing out or switching an
// account off ends its sessions at once, which a cookie-only session cannot do.

export const SESSION_COOKIE = "nabij_editor";
/** A session ends after 2 hours without use, and after 12 hours in any case. */
export const IDLE_MS = 2 * 60 * 60 * 1000;
export const MAX_AGE_MS = 12 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 60 * 1000;

export interface EditorUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The cookie for this request: signed, HttpOnly, SameSite=Lax, only sent to /editor, and Secure
 * when the app is reached over HTTPS (behind a proxy only with TRUST_PROXY=1: Express then takes
 * the protocol from X-Forwarded-Proto, and the request URL says https).
 */
export function sessionCookie(request: Request): Cookie {
  return createCookie(SESSION_COOKIE, {
    secrets: getSessionSecrets(),
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(request.url).protocol === "https:",
    path: "/editor",
    maxAge: MAX_AGE_MS / 1000,
  });
}

export async function createSession(db: DB, userId: number, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const at = now.toISOString();
  // Tidy up: sessions that can no longer be used.
  await db.deleteFrom("sessions").where("expires_at", "<=", at).execute();
  await db
    .insertInto("sessions")
    .values({
      id: hashToken(token),
      user_id: userId,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(now.getTime() + MAX_AGE_MS).toISOString(),
    })
    .execute();
  return token;
}

/** The signed-in, enabled user for a token, or null (unknown, expired, idle too long, switched off). */
export async function findSessionUser(db: DB, token: string, now = new Date()): Promise<EditorUser | null> {
  const id = hashToken(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.disabled",
      "sessions.expires_at",
      "sessions.last_seen_at",
    ])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  if (!row || row.disabled) return null;
  const t = now.getTime();
  const lastSeen = Date.parse(row.last_seen_at);
  if (Date.parse(row.expires_at) <= t || lastSeen + IDLE_MS <= t) {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return null;
  }
  if (t - lastSeen > TOUCH_EVERY_MS) {
    await db.updateTable("sessions").set({ last_seen_at: now.toISOString() }).where("id", "=", id).execute();
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

export async function deleteSession(db: DB, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", hashToken(token)).execute();
}

/** The session token from the request's cookie, if it carries a valid signature. */
export async function readSessionToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie(request).parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

export function setSessionCookie(request: Request, token: string): Promise<string> {
  return sessionCookie(request).serialize(token);
}

export function clearSessionCookie(request: Request): Promise<string> {
  return sessionCookie(request).serialize("", { maxAge: 0, expires: new Date(0) });
}
