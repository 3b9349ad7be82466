import type { Selectable } from "kysely";
import type { DB } from "#db/database.server";
import { withTransaction } from "#db/database.server";
import type { UsersTable } from "#db/schema";
import { normalizeEmail } from "./account-rules";
import { lockoutRemainingMs, waitMinutes, windowStart, KEEP_ATTEMPTS_MS } from "./login-limit";
import { PasswordSlotsBusyError } from "./password-slots";
import { dummyPasswordHash, verifyPassword } from "./password.server";
import type { EditorUser } from "./sessions.server";

// Signing in: one message for an unknown e-mail and a wrong password, and a limit of 5 failures
// per account *from one address* in 15 minutes (decision 013). Someone guessing from elsewhere
// slows themselves down, not the owner; volunteers behind one router each have their own count.
// The attempt is counted *before* the password is checked, in the same transaction as the
// check of the limit, so a burst of 40 at once gets at most 5 password checks.

export type SignInResult =
  | { kind: "ok"; user: EditorUser }
  | { kind: "invalid" }
  | { kind: "disabled" }
  | { kind: "locked"; waitMinutes: number }
  /** too many password checks at once: try again in a few seconds */
  | { kind: "busy" };

export interface SignInInput {
  email: string;
  password: string;
  /** The client's address; null when the server does not know it (then all unknown addresses share one count). */
  address: string | null;
  now?: Date;
}

interface AttemptKey {
  email: string;
  address: string | null;
}

function attemptsOf(db: DB, key: AttemptKey) {
  return db
    .selectFrom("login_attempts")
    .where("email", "=", key.email)
    .where("address", key.address === null ? "is" : "=", key.address);
}

async function remainingLock(db: DB, key: AttemptKey, now: Date): Promise<number> {
  const rows = await attemptsOf(db, key).select("attempted_at").where("attempted_at", ">", windowStart(now)).execute();
  return lockoutRemainingMs(
    rows.map((r) => r.attempted_at),
    now,
  );
}

/** Check the limit and count this attempt in one transaction: the lock wait in ms, or the attempt's row id. */
async function reserveAttempt(
  db: DB,
  key: AttemptKey,
  now: Date,
): Promise<{ lockedMs: number } | { attemptId: number }> {
  return withTransaction(db, async (trx) => {
    const lockedMs = await remainingLock(trx, key, now);
    if (lockedMs > 0) return { lockedMs };
    const row = await trx
      .insertInto("login_attempts")
      .values({ email: key.email, address: key.address, attempted_at: now.toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    // Rows older than a day can never count again.
    await trx
      .deleteFrom("login_attempts")
      .where("attempted_at", "<", new Date(now.getTime() - KEEP_ATTEMPTS_MS).toISOString())
      .execute();
    return { attemptId: row.id };
  });
}

export type PasswordCheck =
  { kind: "ok"; user: Selectable<UsersTable> } | Exclude<SignInResult, { kind: "ok" } | { kind: "disabled" }>;

/**
 * The throttled password check behind signing in and changing one's password: counted first
 * (locked: not checked at all), then one scrypt in a password slot.
 */
export async function checkPassword(db: DB, input: SignInInput): Promise<PasswordCheck> {
  const now = input.now ?? new Date();
  const key: AttemptKey = {
    email: normalizeEmail(input.email).slice(0, 254),
    address: input.address ? input.address.slice(0, 100) : null,
  };

  const reserved = await reserveAttempt(db, key, now);
  if ("lockedMs" in reserved) return { kind: "locked", waitMinutes: waitMinutes(reserved.lockedMs) };

  const user = await db.selectFrom("users").selectAll().where("email", "=", key.email).executeTakeFirst();
  let matches: boolean;
  try {
    // Always one scrypt check, so an unknown e-mail takes as long as a wrong password.
    matches = await verifyPassword(input.password, user?.password_hash ?? (await dummyPasswordHash()));
  } catch (error) {
    if (!(error instanceof PasswordSlotsBusyError)) throw error;
    // Not checked, so not a failure.
    await db.deleteFrom("login_attempts").where("id", "=", reserved.attemptId).execute();
    return { kind: "busy" };
  }

  if (!user || !matches) {
    const after = await remainingLock(db, key, now);
    return after > 0 ? { kind: "locked", waitMinutes: waitMinutes(after) } : { kind: "invalid" };
  }
  // The right password: this address's count for this account starts again.
  await db
    .deleteFrom("login_attempts")
    .where("email", "=", key.email)
    .where("address", key.address === null ? "is" : "=", key.address)
    .execute();
  return { kind: "ok", user };
}

export async function signIn(db: DB, input: SignInInput): Promise<SignInResult> {
  const checked = await checkPassword(db, input);
  if (checked.kind !== "ok") return checked;
  const { user } = checked;
  // Only someone who knows the password learns that the account is switched off.
  if (user.disabled) return { kind: "disabled" };
  await db
    .updateTable("users")
    .set({ last_login_at: (input.now ?? new Date()).toISOString() })
    .where("id", "=", user.id)
    .execute();
  return { kind: "ok", user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
