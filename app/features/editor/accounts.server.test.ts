import { statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { listAudit } from "./audit.server";
import { signIn } from "./login.server";
import {
  DEFAULT_PARAMS,
  hashPassword,
  passwordHashesStarted,
  useCheapHashesForTests,
  verifyPassword,
} from "./password.server";
import { parseSecretList, readOrCreateSecretFile } from "./session-secret.server";
import { createSession, deleteSession, findSessionUser, IDLE_MS, MAX_AGE_MS } from "./sessions.server";
import { makeTestDb, type TestDb } from "./test-db";
import { createUser, EmailTakenError, setPassword, setUserDisabled } from "./users.server";

const PASSWORD = "correct horse battery";
const ADMIN = { id: null, email: "test" };
let t: TestDb;

beforeAll(() => useCheapHashesForTests());
beforeEach(async () => {
  t = await makeTestDb();
});
afterEach(async () => {
  await t.close();
});

async function addUser(email = "ana@example.nl", role: "editor" | "admin" = "editor") {
  return createUser(t.db, { email, name: email.split("@")[0], role, password: PASSWORD }, ADMIN);
}

describe("passwords (scrypt with a random salt)", () => {
  test("the right password matches, a wrong one does not; the same password hashes differently", async () => {
    const a = await hashPassword(PASSWORD, DEFAULT_PARAMS);
    const b = await hashPassword(PASSWORD, DEFAULT_PARAMS);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword("correct horse battery!", a)).toBe(false);
    expect(await verifyPassword(PASSWORD, "plain-text")).toBe(false);
  });
});

describe("signing in", () => {
  test("the right password signs in, whatever the capitals of the e-mail", async () => {
    await addUser();
    const result = await signIn(t.db, { email: " Ana@Example.NL", password: PASSWORD, address: "10.0.0.1" });
    expect(result).toMatchObject({ kind: "ok", user: { email: "ana@example.nl", role: "editor" } });
  });

  test("an unknown e-mail and a wrong password get the same answer", async () => {
    await addUser();
    const unknown = await signIn(t.db, { email: "bob@example.nl", password: PASSWORD, address: "10.0.0.1" });
    const wrong = await signIn(t.db, { email: "ana@example.nl", password: "not the password", address: "10.0.0.2" });
    expect(unknown).toEqual({ kind: "invalid" });
    expect(wrong).toEqual({ kind: "invalid" });
  });

  test("after 5 failures for an account from one address, even the right password waits there; after 15 minutes it works", async () => {
    await addUser();
    const now = new Date("2026-11-25T10:00:00Z");
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push(await signIn(t.db, { email: "ana@example.nl", password: "wrong", address: "10.0.0.1", now }));
    }
    expect(results.slice(0, 4).every((r) => r.kind === "invalid")).toBe(true);
    expect(results[4]).toEqual({ kind: "locked", waitMinutes: 15 });
    const right = await signIn(t.db, { email: "ana@example.nl", password: PASSWORD, address: "10.0.0.1", now });
    expect(right).toEqual({ kind: "locked", waitMinutes: 15 });
    const later = new Date(now.getTime() + 15 * 60_000 + 1000);
    expect(
      await signIn(t.db, { email: "ana@example.nl", password: PASSWORD, address: "10.0.0.1", now: later }),
    ).toMatchObject({
      kind: "ok",
    });
  });

  test("a burst of 39 wrong passwords and the right one at once: at most 5 password checks, and no way in", async () => {
    await addUser();
    const now = new Date("2026-11-25T10:00:00Z");
    const checksBefore = passwordHashesStarted();
    const tries = Array.from({ length: 40 }, (_, i) => (i === 39 ? PASSWORD : `wrong guess ${i}`));
    const results = await Promise.all(
      tries.map((password) => signIn(t.db, { email: "ana@example.nl", password, address: "192.0.2.7", now })),
    );
    expect(passwordHashesStarted() - checksBefore).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.kind === "ok")).toEqual([]);
    expect(results.filter((r) => r.kind === "locked").length).toBeGreaterThanOrEqual(35);
  });

  test("5 wrong tries from another address do not lock the owner out at their own address", async () => {
    await addUser();
    const now = new Date("2026-11-25T10:00:00Z");
    for (let i = 0; i < 5; i++)
      await signIn(t.db, { email: "ana@example.nl", password: "wrong", address: "203.0.113.66", now });
    // The attacker waits …
    expect(await signIn(t.db, { email: "ana@example.nl", password: PASSWORD, address: "203.0.113.66", now })).toEqual({
      kind: "locked",
      waitMinutes: 15,
    });
    // … the owner, from home, gets in.
    expect(
      await signIn(t.db, { email: "ana@example.nl", password: PASSWORD, address: "198.51.100.4", now }),
    ).toMatchObject({ kind: "ok" });
  });

  test("volunteers behind one buurthuis address each have their own count", async () => {
    await addUser("ana@example.nl");
    await addUser("bob@example.nl");
    const now = new Date("2026-11-25T10:00:00Z");
    const buurthuis = "192.0.2.7";
    for (let i = 0; i < 5; i++)
      await signIn(t.db, { email: "ana@example.nl", password: "wrong", address: buurthuis, now });
    expect(await signIn(t.db, { email: "ana@example.nl", password: PASSWORD, address: buurthuis, now })).toMatchObject({
      kind: "locked",
    });
    expect(await signIn(t.db, { email: "bob@example.nl", password: PASSWORD, address: buurthuis, now })).toMatchObject({
      kind: "ok",
    });
  });

  test("the right password starts this address's count again", async () => {
    await addUser();
    const now = new Date("2026-11-25T10:00:00Z");
    const from = { email: "ana@example.nl", address: "192.0.2.7", now };
    for (let i = 0; i < 4; i++) await signIn(t.db, { ...from, password: "wrong" });
    expect(await signIn(t.db, { ...from, password: PASSWORD })).toMatchObject({ kind: "ok" });
    for (let i = 0; i < 4; i++) expect(await signIn(t.db, { ...from, password: "wrong" })).toEqual({ kind: "invalid" });
  });

  test("the limit survives a restart: it is stored in the database", async () => {
    await addUser();
    const now = new Date("2026-11-25T10:00:00Z");
    for (let i = 0; i < 5; i++) await signIn(t.db, { email: "ana@example.nl", password: "wrong", address: null, now });
    const db = await t.reopen();
    const after = new Date(now.getTime() + 60_000);
    expect(await signIn(db, { email: "ana@example.nl", password: PASSWORD, address: null, now: after })).toEqual({
      kind: "locked",
      waitMinutes: 14,
    });
  });

  test("a switched-off account cannot sign in", async () => {
    const id = await addUser();
    const admin = await addUser("admin@example.nl", "admin");
    await setUserDisabled(t.db, { id: admin, email: "admin@example.nl" }, id, true);
    expect(await signIn(t.db, { email: "ana@example.nl", password: PASSWORD, address: null })).toEqual({
      kind: "disabled",
    });
    expect(await signIn(t.db, { email: "ana@example.nl", password: "wrong", address: null })).toEqual({
      kind: "invalid",
    });
  });
});

describe("sessions", () => {
  test("a session finds its user until it is signed out", async () => {
    const id = await addUser();
    const token = await createSession(t.db, id);
    expect(await findSessionUser(t.db, token)).toMatchObject({ id, email: "ana@example.nl" });
    await deleteSession(t.db, token);
    expect(await findSessionUser(t.db, token)).toBeNull();
  });

  test("the database keeps only a hash of the token", async () => {
    const id = await addUser();
    const token = await createSession(t.db, id);
    const rows = await t.db.selectFrom("sessions").select("id").execute();
    expect(rows).toHaveLength(1);
    expect(rows[0].id).not.toContain(token);
    expect(rows[0].id).toMatch(/^[0-9a-f]{64}$/);
  });

  test("a session ends after 2 idle hours, and after 12 hours in any case", async () => {
    const id = await addUser();
    const start = new Date("2026-11-25T08:00:00Z");
    const idle = await createSession(t.db, id, start);
    expect(await findSessionUser(t.db, idle, new Date(start.getTime() + IDLE_MS + 1))).toBeNull();

    const busy = await createSession(t.db, id, start);
    for (let h = 1; h < 12; h++) {
      expect(await findSessionUser(t.db, busy, new Date(start.getTime() + h * 3_600_000)), `hour ${h}`).not.toBeNull();
    }
    expect(await findSessionUser(t.db, busy, new Date(start.getTime() + MAX_AGE_MS))).toBeNull();
  });

  test("switching an account off ends its sessions at once", async () => {
    const id = await addUser();
    const token = await createSession(t.db, id);
    const admin = await addUser("admin@example.nl", "admin");
    await setUserDisabled(t.db, { id: admin, email: "admin@example.nl" }, id, true);
    expect(await findSessionUser(t.db, token)).toBeNull();
    expect(await t.db.selectFrom("sessions").selectAll().execute()).toEqual([]);
  });
});

describe("accounts and their audit rows", () => {
  test("making an account writes an audit row without the password", async () => {
    const id = await addUser();
    const { rows } = await listAudit(t.db, { entity: "user" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      entityId: String(id),
      action: "create",
      userEmail: "test",
      after: { email: "ana@example.nl" },
    });
    expect(JSON.stringify(rows[0])).not.toContain("scrypt");
  });

  test("one account per e-mail address", async () => {
    await addUser();
    await expect(addUser("ana@example.nl")).rejects.toBeInstanceOf(EmailTakenError);
  });

  test("nobody switches their own account off", async () => {
    const id = await addUser("admin@example.nl", "admin");
    expect(await setUserDisabled(t.db, { id, email: "admin@example.nl" }, id, true)).toBe("self");
  });
});

describe("the session secret", () => {
  test("made once beside the database, readable only by the app's user, and reused", () => {
    const path = join(t.dir, "session-secret");
    const first = readOrCreateSecretFile(path);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readOrCreateSecretFile(path)).toBe(first);
  });

  test("SESSION_SECRET may hold several secrets to rotate; short ones are refused", () => {
    expect(parseSecretList(`${"a".repeat(32)}, ${"b".repeat(40)}`)).toEqual(["a".repeat(32), "b".repeat(40)]);
    expect(() => parseSecretList("secret")).toThrow(/at least 32/);
  });
});

describe("a new password", () => {
  test("the new password signs in, the old one not; every session ends; the audit row does not hold the password", async () => {
    const id = await addUser();
    const token = await createSession(t.db, id);
    expect(await setPassword(t.db, { id, email: "ana@example.nl" }, "ana@example.nl", "fiets lamp wolk tegel")).toBe(
      true,
    );
    expect(await findSessionUser(t.db, token)).toBeNull();
    expect(await signIn(t.db, { email: "ana@example.nl", password: PASSWORD, address: "10.0.0.1" })).toEqual({
      kind: "invalid",
    });
    expect(
      await signIn(t.db, { email: "ana@example.nl", password: "fiets lamp wolk tegel", address: "10.0.0.1" }),
    ).toMatchObject({ kind: "ok" });
    const { rows } = await listAudit(t.db, { entity: "user", entityId: String(id) });
    expect(rows[0]).toMatchObject({ action: "update", userEmail: "ana@example.nl" });
    expect(JSON.stringify(rows[0])).not.toContain("fiets");
  });

  test("an admin's reset also lifts the wait after too many wrong tries", async () => {
    await addUser();
    for (let i = 0; i < 5; i++) await signIn(t.db, { email: "ana@example.nl", password: "wrong", address: "10.0.0.1" });
    expect(await setPassword(t.db, ADMIN, "ana@example.nl", "fiets lamp wolk tegel")).toBe(true);
    expect(
      await signIn(t.db, { email: "ana@example.nl", password: "fiets lamp wolk tegel", address: "10.0.0.1" }),
    ).toMatchObject({ kind: "ok" });
    expect(await setPassword(t.db, ADMIN, "nobody@example.nl", "fiets lamp wolk tegel")).toBe(false);
  });
});

describe("the audit log for editors", () => {
  test("without account rows: an editor sees the changes to services, not who has which e-mail and role", async () => {
    await addUser();
    await addUser("admin@example.nl", "admin");
    expect((await listAudit(t.db, {})).rows.map((r) => r.entity)).toEqual(["user", "user"]);
    expect((await listAudit(t.db, { withoutAccounts: true })).rows).toEqual([]);
  });
});
