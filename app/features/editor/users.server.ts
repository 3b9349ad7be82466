import type { DB } from "#db/database.server";
import { withTransaction } from "#db/database.server";
import type { NewUser, Role } from "./account-rules";
import { writeAudit, type Actor } from "./audit.server";
import { hashPassword } from "./password.server";

// Editor accounts. Admins create editors (and other admins) and switch accounts off; nothing is
// ever deleted, so the audit log keeps pointing at real people.

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this e-mail address already exists.");
  }
}

export interface UserListItem {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** The audit view of an account: never the password hash. */
function publicUser(user: { email: string; name: string; role: Role; disabled: number | boolean }) {
  return { email: user.email, name: user.name, role: user.role, disabled: Boolean(user.disabled) };
}

export async function createUser(db: DB, user: NewUser, actor: Actor): Promise<number> {
  const passwordHash = await hashPassword(user.password);
  return withTransaction(db, async (trx) => {
    const taken = await trx.selectFrom("users").select("id").where("email", "=", user.email).executeTakeFirst();
    if (taken) throw new EmailTakenError();
    const row = await trx
      .insertInto("users")
      .values({ email: user.email, name: user.name, role: user.role, password_hash: passwordHash })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      entity: "user",
      entityId: String(row.id),
      action: "create",
      after: publicUser({ ...user, disabled: false }),
    });
    return row.id;
  });
}

export async function listUsers(db: DB): Promise<UserListItem[]> {
  const rows = await db
    .selectFrom("users")
    .select(["id", "email", "name", "role", "disabled", "created_at", "last_login_at"])
    .orderBy("disabled")
    .orderBy("name")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    disabled: Boolean(r.disabled),
    createdAt: r.created_at,
    lastLoginAt: r.last_login_at,
  }));
}

export type SetDisabledResult = "ok" | "not-found" | "self" | "unchanged";

/** Switch an account off (its sessions end at once) or on again. Nobody switches themselves off. */
export async function setUserDisabled(
  db: DB,
  actor: Actor,
  userId: number,
  disabled: boolean,
): Promise<SetDisabledResult> {
  if (actor.id === userId) return "self";
  return withTransaction(db, async (trx) => {
    const user = await trx.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
    if (!user) return "not-found";
    if (Boolean(user.disabled) === disabled) return "unchanged";
    await trx
      .updateTable("users")
      .set({ disabled: disabled ? 1 : 0 })
      .where("id", "=", userId)
      .execute();
    if (disabled) await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
    await writeAudit(trx, actor, {
      entity: "user",
      entityId: String(userId),
      action: disabled ? "disable" : "enable",
      before: publicUser(user),
      after: publicUser({ ...user, disabled }),
    });
    return "ok";
  });
}

/**
 * A new password for an account (its owner on the account page, an admin with
 * `npm run user:password`). Every session of the account ends, and its failed sign-ins are
 * forgotten. The audit row says that the password changed, never what it is.
 * Returns false when there is no such account.
 */
export async function setPassword(db: DB, actor: Actor, email: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return withTransaction(db, async (trx) => {
    const user = await trx.selectFrom("users").select(["id", "email"]).where("email", "=", email).executeTakeFirst();
    if (!user) return false;
    await trx.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", user.id).execute();
    await trx.deleteFrom("sessions").where("user_id", "=", user.id).execute();
    await trx.deleteFrom("login_attempts").where("email", "=", user.email).execute();
    await writeAudit(trx, actor, {
      entity: "user",
      entityId: String(user.id),
      action: "update",
      after: { password: "••••••" },
    });
    return true;
  });
}

export async function countUsers(db: DB): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
