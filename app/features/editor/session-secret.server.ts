import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { databasePath } from "#db/database.server";

// The key that signs the editors' session cookie. From SESSION_SECRET when set (several,
// comma-separated, to rotate: the first signs, all verify). Otherwise the first start makes a
// random one and keeps it in a file beside the database file (mode 0600, never committed:
// .gitignore has `session-secret*`), so the embedded default needs no set-up and no well-known
// secret exists anywhere.

export const SECRET_FILE_NAME = "session-secret";
const MIN_LENGTH = 32;

export function secretFilePath(dbPath: string = databasePath()): string | null {
  if (dbPath === ":memory:") return null;
  return join(dirname(dbPath), SECRET_FILE_NAME);
}

export function parseSecretList(value: string): string[] {
  const secrets = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (secrets.length === 0) throw new Error("SESSION_SECRET is empty.");
  const short = secrets.find((s) => s.length < MIN_LENGTH);
  if (short !== undefined) throw new Error(`SESSION_SECRET must be at least ${MIN_LENGTH} characters long.`);
  return secrets;
}

/** Read the secret file, or make it if it does not exist yet (safe if two processes race). */
export function readOrCreateSecretFile(path: string): string {
  try {
    writeFileSync(path, randomBytes(48).toString("base64url") + "\n", { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      mkdirSync(dirname(path), { recursive: true });
      return readOrCreateSecretFile(path);
    }
  }
  chmodSync(path, 0o600);
  const secret = readFileSync(path, "utf8").trim();
  if (secret.length < MIN_LENGTH) {
    throw new Error(`The session secret in ${path} is too short. Delete the file and start again to make a new one.`);
  }
  return secret;
}

let cached: string[] | null = null;

export function getSessionSecrets(): string[] {
  if (cached) return cached;
  const fromEnv = process.env.SESSION_SECRET;
  if (fromEnv !== undefined && fromEnv.trim() !== "") {
    cached = parseSecretList(fromEnv);
  } else {
    const path = secretFilePath();
    cached = [path ? readOrCreateSecretFile(path) : randomBytes(48).toString("base64url")];
  }
  return cached;
}
