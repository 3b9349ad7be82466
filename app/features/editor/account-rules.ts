// Rules for editor accounts: pure, shared by the users page and `npm run user:create`.
// Error values are i18n keys in the `editor` namespace.

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

export function passwordError(password: string, email = ""): string | null {
  if (password === "") return "errors.passwordMissing";
  if (password.length < PASSWORD_MIN) return "errors.passwordShort";
  if (password.length > PASSWORD_MAX) return "errors.passwordLong";
  if (email && password.trim().toLowerCase() === email) return "errors.passwordIsEmail";
  return null;
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
  const passwordProblem = passwordError(input.password, email);
  if (passwordProblem) errors.password = passwordProblem;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { email, name, role: input.role as Role, password: input.password } };
}
