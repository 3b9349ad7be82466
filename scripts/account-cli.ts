// What the account commands (user:create, user:password) share: the password from
// NABIJ_USER_PASSWORD or asked twice on the terminal — never from the command line, where it
// would end up in the shell history and the process list — and messages in plain English.
import en from "~/locales/en/editor.json";

export const PASSWORD_ENV = "NABIJ_USER_PASSWORD";

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Ask for a secret on the terminal without echoing it. */
export function askHidden(question: string): Promise<string> {
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

export function errorText(key: string): string {
  const [group, name] = key.split(".");
  const table = (en as Record<string, unknown>)[group] as Record<string, string> | undefined;
  return table?.[name] ?? key;
}

/** The new password: from the environment, or typed twice on the terminal. */
export async function readNewPassword(): Promise<string> {
  const fromEnv = process.env[PASSWORD_ENV];
  if (fromEnv !== undefined) return fromEnv;
  const password = await askHidden("Password (at least 12 characters): ");
  const again = await askHidden("Same password again: ");
  if (again !== password) fail("The two passwords are not the same. Nothing was changed.");
  return password;
}
