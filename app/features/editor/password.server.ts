import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { createPasswordSlots } from "./password-slots";

// Passwords are hashed with scrypt (memory-hard, in Node itself: no native package needed).
// The stored string carries its own parameters and salt:
//   scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>
// so the cost can be raised later and old hashes still verify.

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** ~100 ms and 32 MiB per hash on the target machine: slow for an attacker, fine for a sign-in. */
export const DEFAULT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 64;
const SALT_BYTES = 16;

/**
 * One hash at a time leaves the other core and three pool threads to the database and the pages;
 * 16 waiting is about 1.6 s of hashing. Both numbers are explained in decision 013.
 */
const slots = createPasswordSlots({ running: 1, waiting: 16, maxWaitMs: 2_000 });

/** How many password hashes have started in this process (tests count password checks with it). */
export const passwordHashesStarted = (): number => slots.started();

function scrypt(password: string, salt: Buffer, keyLength: number, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r + 1024 * 1024,
  };
  return slots.run(
    () =>
      new Promise((resolve, reject) => {
        scryptCallback(password.normalize("NFC"), salt, keyLength, options, (error, key) =>
          error ? reject(error) : resolve(key),
        );
      }),
  );
}

let currentParams = DEFAULT_PARAMS;
let dummyHash: Promise<string> | null = null;

/** Tests only: cheap hashes, so a test suite full of accounts stays fast. Stored hashes carry their cost. */
export function useCheapHashesForTests(): void {
  currentParams = { N: 2 ** 10, r: 8, p: 1 };
  dummyHash = null;
}

export async function hashPassword(password: string, params: ScryptParams = currentParams): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, KEY_LENGTH, params);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64"), key.toString("base64")].join("$");
}

/**
 * True when the password matches the stored hash. A malformed hash never matches.
 * Rejects with PasswordSlotsBusyError when too many hashes are already running or waiting.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0) || N > 2 ** 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(parts[4], "base64");
  const expected = Buffer.from(parts[5], "base64");
  if (salt.length === 0 || expected.length === 0) return false;
  const actual = await scrypt(password, salt, expected.length, { N, r, p });
  return timingSafeEqual(actual, expected);
}

// A real hash of a random password: checking an unknown e-mail costs the same time as checking
// a wrong password, so the answer time does not tell which e-mail addresses have an account.
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex")).catch((error: unknown) => {
    dummyHash = null; // a busy moment must not leave a failed hash behind for every later sign-in
    throw error;
  });
  return dummyHash;
}
