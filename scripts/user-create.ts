// npm run user:create -- --email ana@example.nl --role admin [--name "Ana de Vries"]
// Makes an editor account. The password is read from NABIJ_USER_PASSWORD or asked on the
// terminal (typed twice, not shown) — never from the command line, where it would end up in the
// shell history and the process list.
import { parseArgs } from "node:util";
import { databasePath, migrateToLatest, openDatabase } from "#db/database.server";
import { validateNewUser } from "~/features/editor/account-rules";
import { COMMAND_LINE_ACTOR } from "~/features/editor/audit.server";
import { createUser, EmailTakenError } from "~/features/editor/users.server";
import en from "~/locales/en/editor.json";

export const PASSWORD_ENV = "NABIJ_USER_PASSWORD";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Ask for a secret on the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    if (!stdin.isTTY) return reject(new Error(`No terminal to ask for the password. Set ${PASSWORD_ENV} instead.`));
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          return resolve(value);
        }
        if (char === "\u0003") {
          stdin.setRawMode(false);
          process.stdout.write("\n");
          process.exit(130);
        }
        if (char === "\u007f" || char === "\b") value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on("data", onData);
  });
}

function errorText(key: string): string {
  const [group, name] = key.split(".");
  const table = (en as Record<string, unknown>)[group] as Record<string, string> | undefined;
  return table?.[name] ?? key;
}

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
  let password = process.env[PASSWORD_ENV];
  if (password === undefined) {
    password = await askHidden("Password (at least 12 characters): ");
    const again = await askHidden("Same password again: ");
    if (again !== password) fail("The two passwords are not the same. Nothing was made.");
  }
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
