// npm run user:password -- --email ana@example.nl
// An admin gives an account a new password (forgotten, or leaked). The password is read from
// NABIJ_USER_PASSWORD or asked on the terminal, checked like any new password, and every
// session of the account ends. Editors change their own password at /editor/account.
import { parseArgs } from "node:util";
import { databasePath, migrateToLatest, openDatabase } from "#db/database.server";
import { normalizeEmail, passwordError } from "~/features/editor/account-rules";
import { COMMAND_LINE_ACTOR } from "~/features/editor/audit.server";
import { setPassword } from "~/features/editor/users.server";
import { errorText, fail, PASSWORD_ENV, readNewPassword } from "./account-cli";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, password: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help || !values.email) {
    console.log("Usage: npm run user:password -- --email <address>");
    console.log(`The new password comes from ${PASSWORD_ENV}, or is asked on the terminal.`);
    process.exit(values.help ? 0 : 1);
  }
  if (values.password !== undefined) {
    fail(`Do not put a password on the command line. Set ${PASSWORD_ENV}, or leave it out to be asked.`);
  }
  const email = normalizeEmail(values.email);
  const password = await readNewPassword();
  const problem = passwordError(password, email);
  if (problem) fail(errorText(problem));

  const db = openDatabase(databasePath());
  try {
    await migrateToLatest(db);
    if (!(await setPassword(db, COMMAND_LINE_ACTOR, email, password)))
      fail(`There is no account for ${email}. Nothing was changed.`);
    console.log(`New password set for ${email}; all of its sessions have ended.`);
  } finally {
    await db.destroy();
  }
}

await main();
