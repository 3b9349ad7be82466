// `npm run user:password`: an admin gives an account a new password from the command line.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, test } from "vitest";
import { openDatabase } from "#db/database.server";
import { signIn } from "~/features/editor/login.server";

const root = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "nabij-user-password-"));
const databasePath = join(dir, "nabij.sqlite");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (script: string, args: string[], password: string) =>
  spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), script, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_PATH: databasePath, NABIJ_USER_PASSWORD: password },
  });

test("a weak password is refused; a good one replaces the old one", { timeout: 60_000 }, async () => {
  execFileSync(
    process.execPath,
    [join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/user-create.ts", "--email", "ana@example.nl"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_PATH: databasePath, NABIJ_USER_PASSWORD: "fiets lamp wolk tegel" },
    },
  );
  const weak = run("scripts/user-password.ts", ["--email", "ana@example.nl"], "password1234");
  expect(weak.status).toBe(1);
  expect(weak.stderr).toContain("too easy to guess");
  const good = run("scripts/user-password.ts", ["--email", "Ana@Example.nl"], "tafel regen boek paars");
  expect(good.status, good.stderr).toBe(0);

  const db = openDatabase(databasePath);
  try {
    expect(await signIn(db, { email: "ana@example.nl", password: "fiets lamp wolk tegel", address: null })).toEqual({
      kind: "invalid",
    });
    expect(
      await signIn(db, { email: "ana@example.nl", password: "tafel regen boek paars", address: null }),
    ).toMatchObject({ kind: "ok" });
  } finally {
    await db.destroy();
  }
});
