// Rules for editor accounts: pure, shared by the users page and `npm run user:create`.
// Error values are i18n keys in the `editor` namespace.
import { isGuessablePassword } from "./password-strength";

export const ROLES = ["editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** One account per address, whatever the capitals or spaces. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function emailError(email: string): string | null {
  if (email === "") return "errors.emailMissing";
  if (email.length > 254 || !EMAIL.test(email)) return "errors.emailInvalid";
  return null;
}

/** A new password: long enough, not only spaces, not the e-mail, not easy to guess (decision 013). */
export function passwordError(password: string, email = "", name = ""): string | null {
  if (password === "") return "errors.passwordMissing";
  if (password.trim() === "") return "errors.passwordSpaces";
  if (password.length < PASSWORD_MIN) return "errors.passwordShort";
  if (password.length > PASSWORD_MAX) return "errors.passwordLong";
  if (email && password.trim().toLowerCase() === email) return "errors.passwordIsEmail";
  const nameWords = name.toLowerCase().split(/\s+/);
  const personal = [email, email.split("@")[0], nameWords.join(""), ...nameWords].filter((word) => word.length > 2);
  if (isGuessablePassword(password, personal)) return "errors.passwordCommon";
  return null;
}

export interface PasswordChangeInput {
  current: string;
  password: string;
  again: string;
}

/** Check a change of one's own password (the current one is checked against the hash later). */
export function passwordChangeErrors(
  input: PasswordChangeInput,
  email: string,
  name: string,
): FieldErrors<keyof PasswordChangeInput> {
  const errors: FieldErrors<keyof PasswordChangeInput> = {};
  if (input.current === "") errors.current = "errors.passwordMissing";
  const problem = passwordError(input.password, email, name);
  if (problem) errors.password = problem;
  else if (input.again === "") errors.again = "errors.passwordAgainMissing";
  else if (input.again !== input.password) errors.again = "errors.passwordAgain";
  return errors;
}

export interface NewUserInput {
  email: string;
  name: string;
  role: string;
  password: string;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** Check a new account; returns the cleaned values or an error key per field. */
export function validateNewUser(
  input: NewUserInput,
): { ok: true; value: NewUser } | { ok: false; errors: FieldErrors<keyof NewUserInput> } {
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  const errors: FieldErrors<keyof NewUserInput> = {};
  const emailProblem = emailError(email);
  if (emailProblem) errors.email = emailProblem;
  if (name === "") errors.name = "errors.nameMissing";
  else if (name.length > 100) errors.name = "errors.nameLong";
  if (!isRole(input.role)) errors.role = "errors.roleMissing";
  const passwordProblem = passwordError(input.password, email, name);
  if (passwordProblem) errors.password = passwordProblem;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { email, name, role: input.role as Role, password: input.password } };
}
