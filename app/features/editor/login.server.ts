import type { DB } from "#db/database.server";
import { withTransaction } from "#db/database.server";
import { normalizeEmail } from "./account-rules";
import { lockoutRemainingMs, waitMinutes, windowStart, WINDOW_MS } from "./login-limit";
import { dummyPasswordHash, verifyPassword } from "./password.server";
import type { EditorUser } from "./sessions.server";

// Signing in: one message for an unknown e-mail and a wrong password, and a limit of 5 failures
// per account and per address in 15 minutes, counted from rows in `login_attempts` (so a restart
// does not reset it). While the limit holds, the password is not even checked.

export type SignInResult =
  | { kind: "ok"; user: EditorUser }
  | { kind: "invalid" }
  | { kind: "disabled" }
  | { kind: "locked"; waitMinutes: number };

export interface SignInInput {
  email: string;
  password: string;
  /** The client's address; null when the server does not know it (then only the account limit holds). */
  address: string | null;
  now?: Date;
}

async function remainingLock(db: DB, email: string, address: string | null, now: Date): Promise<number> {
  const since = windowStart(now);
  const byEmail = await db
    .selectFrom("login_attempts")
    .select("attempted_at")
    .where("email", "=", email)
    .where("attempted_at", ">", since)
    .execute();
  const byAddress = address
    ? await db
        .selectFrom("login_attempts")
        .select("attempted_at")
        .where("address", "=", address)
        .where("attempted_at", ">", since)
        .execute()
    : [];
  return Math.max(
    lockoutRemainingMs(
      byEmail.map((r) => r.attempted_at),
      now,
    ),
    lockoutRemainingMs(
      byAddress.map((r) => r.attempted_at),
      now,
    ),
  );
}

export async function signIn(db: DB, input: SignInInput): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = normalizeEmail(input.email).slice(0, 254);
  const address = input.address ? input.address.slice(0, 100) : null;

  const before = await remainingLock(db, email, address, now);
  if (before > 0) return { kind: "locked", waitMinutes: waitMinutes(before) };

  const user = await db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
  // Always one scrypt check, so an unknown e-mail takes as long as a wrong password.
  const matches = await verifyPassword(input.password, user?.password_hash ?? (await dummyPasswordHash()));

  if (!user || !matches) {
    await withTransaction(db, async (trx) => {
      await trx.insertInto("login_attempts").values({ email, address, attempted_at: now.toISOString() }).execute();
      // Rows older than a day can never count again.
      const old = new Date(now.getTime() - Math.max(WINDOW_MS, 24 * 60 * 60 * 1000)).toISOString();
      await trx.deleteFrom("login_attempts").where("attempted_at", "<", old).execute();
    });
    const after = await remainingLock(db, email, address, now);
    return after > 0 ? { kind: "locked", waitMinutes: waitMinutes(after) } : { kind: "invalid" };
  }
  // Only someone who knows the password learns that the account is switched off.
  if (user.disabled) return { kind: "disabled" };

  await withTransaction(db, async (trx) => {
    await trx.deleteFrom("login_attempts").where("email", "=", email).execute();
    await trx.updateTable("users").set({ last_login_at: now.toISOString() }).where("id", "=", user.id).execute();
  });
  return { kind: "ok", user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
