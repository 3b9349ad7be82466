// npm run user:create -- --email ana@example.nl --role admin [--name "Ana de Vries"]
// Makes an editor account. The password is read from NABIJ_USER_PASSWORD or asked on the
// terminal (typed twice, not shown) — never from the command line, where it would end up in the
// shell history and the process list.
import { parseArgs } from "node:util";
import { databasePath, migrateToLatest, openDatabase } from "#db/database.server";
import { validateNewUser } from "~/features/editor/account-rules";
import { COMMAND_LINE_ACTOR } from "~/features/editor/audit.server";
import { createUser, EmailTakenError } from "~/features/editor/users.server";
import { errorText, fail, PASSWORD_ENV, readNewPassword } from "./account-cli";

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "editor" },
      password: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help || !values.email) {
    console.log('Usage: npm run user:create -- --email <address> [--role editor|admin] [--name "Full name"]');
    console.log(`The password comes from ${PASSWORD_ENV}, or is asked on the terminal.`);
    process.exit(values.help ? 0 : 1);
  }
  if (values.password !== undefined) {
    fail(`Do not put a password on the command line. Set ${PASSWORD_ENV}, or leave it out to be asked.`);
  }
  const password = await readNewPassword();
  const email = values.email;
  const checked = validateNewUser({
    email,
    name: values.name ?? email.split("@")[0],
    role: values.role ?? "editor",
    password,
  });
  if (!checked.ok) fail(Object.values(checked.errors).map(errorText).join("\n"));

  const db = openDatabase(databasePath());
  try {
    await migrateToLatest(db);
    await createUser(db, checked.value, COMMAND_LINE_ACTOR);
    console.log(`Made ${checked.value.role} account for ${checked.value.email} in ${databasePath()}.`);
  } catch (error) {
    if (error instanceof EmailTakenError) fail(errorText("errors.emailTaken"));
    throw error;
  } finally {
    await db.destroy();
  }
}

await main();
