import { describe, expect, test } from "vitest";
import { normalizeEmail, passwordChangeErrors, passwordError, validateNewUser } from "./account-rules";
import { auditChanges, readableValue } from "./audit-view";
import { lockoutRemainingMs, MAX_FAILURES, waitMinutes, WINDOW_MS } from "./login-limit";
import { isSameOrigin, safeEditorPath } from "./origin";
import { isOverdue, overdueCutoff } from "./overdue";

const APP = "https://nabij.example";

describe("CSRF: a change must come from a page of this app", () => {
  test("the app's own Origin passes", () => {
    expect(isSameOrigin({ origin: APP, referer: null }, APP)).toBe(true);
  });
  test("another site, another port, another scheme or an opaque origin is refused", () => {
    for (const origin of [
      "https://evil.example",
      "https://nabij.example:8443",
      "http://nabij.example",
      "null",
      "garbage",
    ]) {
      expect(isSameOrigin({ origin, referer: `${APP}/editor` }, APP), origin).toBe(false);
    }
  });
  test("without Origin the Referer decides; without both the request is refused", () => {
    expect(isSameOrigin({ origin: null, referer: `${APP}/editor/services/1` }, APP)).toBe(true);
    expect(isSameOrigin({ origin: null, referer: "https://evil.example/nabij.example" }, APP)).toBe(false);
    expect(isSameOrigin({ origin: null, referer: null }, APP)).toBe(false);
  });
  test("Origin wins over a matching Referer", () => {
    expect(isSameOrigin({ origin: "https://evil.example", referer: `${APP}/editor` }, APP)).toBe(false);
  });
});

describe("after signing in, only back to a page of the editors' area", () => {
  test.each([
    ["/editor/services?overdue=1", "/editor/services?overdue=1"],
    ["/editor", "/editor"],
    ["https://evil.example/editor", "/editor"],
    ["//evil.example/editor", "/editor"],
    ["/editor//evil.example", "/editor"],
    ["/editor/logout", "/editor"],
    ["/editor/login", "/editor"],
    ["/nl/about", "/editor"],
    ["/editorial", "/editor"],
    [null, "/editor"],
  ])("%s → %s", (input, expected) => {
    expect(safeEditorPath(input)).toBe(expected);
  });
});

describe("sign-in limit: 5 failures in 15 minutes", () => {
  const now = new Date("2026-11-25T12:00:00.000Z");
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
  test("four failures still allow an attempt", () => {
    expect(lockoutRemainingMs([ago(1), ago(2), ago(3), ago(4)], now)).toBe(0);
  });
  test("the fifth failure locks until the oldest one is 15 minutes old", () => {
    const failures = [ago(10), ago(8), ago(3), ago(2), ago(1)];
    expect(lockoutRemainingMs(failures, now)).toBe(5 * 60_000);
    expect(waitMinutes(lockoutRemainingMs(failures, now))).toBe(5);
  });
  test("failures older than the window do not count", () => {
    expect(lockoutRemainingMs([ago(16), ago(20), ago(3), ago(2), ago(1)], now)).toBe(0);
  });
  test("more failures than the limit: free once enough have left the window", () => {
    const failures = [ago(14), ago(13), ago(12), ago(11), ago(10), ago(9), ago(1)];
    // 7 failures: allowed again when 3 have left, i.e. when the 3rd oldest (12 min ago) is 15 min old.
    expect(lockoutRemainingMs(failures, now)).toBe(3 * 60_000);
  });
  test("a wait is never shown as 0 minutes", () => {
    expect(waitMinutes(1)).toBe(1);
    expect(MAX_FAILURES).toBe(5);
    expect(WINDOW_MS).toBe(15 * 60_000);
  });
});

describe("accounts", () => {
  test("an e-mail address is one account whatever its capitals and spaces", () => {
    expect(normalizeEmail("  Ana@Example.NL ")).toBe("ana@example.nl");
  });
  test("a new account needs a valid e-mail, a name, a role and a long enough password", () => {
    const result = validateNewUser({ email: "nope", name: " ", role: "root", password: "short" });
    expect(result).toEqual({
      ok: false,
      errors: {
        email: "errors.emailInvalid",
        name: "errors.nameMissing",
        role: "errors.roleMissing",
        password: "errors.passwordShort",
      },
    });
    const ok = validateNewUser({
      email: "Ana@Example.nl",
      name: " Ana ",
      role: "editor",
      password: "a long enough phrase",
    });
    expect(ok).toEqual({
      ok: true,
      value: { email: "ana@example.nl", name: "Ana", role: "editor", password: "a long enough phrase" },
    });
  });
  test("the password may not be the e-mail address", () => {
    expect(passwordError("ana@example.nl", "ana@example.nl")).toBe("errors.passwordIsEmail");
  });
  test("a password of only spaces, a common password, or one made of your own name is refused", () => {
    expect(passwordError(" ".repeat(12))).toBe("errors.passwordSpaces");
    expect(passwordError("password1234")).toBe("errors.passwordCommon");
    expect(passwordError("qwertyuiop12")).toBe("errors.passwordCommon");
    expect(passwordError("Welkom123456")).toBe("errors.passwordCommon");
    expect(passwordError("anadevries2026", "ana@example.nl", "Ana de Vries")).toBe("errors.passwordCommon");
    expect(passwordError("fiets lamp wolk tegel")).toBeNull();
  });
  test("changing your password: the current one, a strong new one, and the same new one twice", () => {
    expect(passwordChangeErrors({ current: "", password: "short", again: "" }, "ana@example.nl", "Ana")).toEqual({
      current: "errors.passwordMissing",
      password: "errors.passwordShort",
    });
    expect(
      passwordChangeErrors({ current: "x", password: "fiets lamp wolk tegel", again: "" }, "ana@example.nl", "Ana"),
    ).toEqual({ again: "errors.passwordAgainMissing" });
    expect(
      passwordChangeErrors(
        { current: "x", password: "fiets lamp wolk tegel", again: "fiets lamp wolk" },
        "ana@example.nl",
        "Ana",
      ),
    ).toEqual({ again: "errors.passwordAgain" });
    expect(
      passwordChangeErrors(
        { current: "x", password: "fiets lamp wolk tegel", again: "fiets lamp wolk tegel" },
        "ana@example.nl",
        "Ana",
      ),
    ).toEqual({});
  });
});

describe("overdue for a check: never, or more than 12 months ago", () => {
  test("the cutoff is the same day a year earlier; 29 February falls back", () => {
    expect(overdueCutoff("2026-11-25")).toBe("2025-11-25");
    expect(overdueCutoff("2028-02-29")).toBe("2027-02-28");
  });
  test("exactly 12 months ago is not yet overdue; a day more is", () => {
    expect(isOverdue("2025-11-25", "2026-11-25")).toBe(false);
    expect(isOverdue("2025-11-24", "2026-11-25")).toBe(true);
    expect(isOverdue(null, "2026-11-25")).toBe(true);
    expect(isOverdue("2026-06-01", "2026-11-25")).toBe(false);
  });
});

describe("audit rows shown field by field", () => {
  test("only fields that changed, with their values before and after", () => {
    expect(auditChanges({ name: "A", phone: "020", version: 1 }, { name: "B", phone: "020", version: 2 })).toEqual([
      { field: "name", before: "A", after: "B" },
      { field: "version", before: "1", after: "2" },
    ]);
  });
  test("a new thing lists every filled field", () => {
    expect(auditChanges(null, { name: "A", email: "" })).toEqual([{ field: "name", before: null, after: "A" }]);
  });

  test("the audit trail names confirmed and unsure facts in words, not codes", () => {
    const names: Record<string, string> = { phone: "Telefoon", walk_in: "Binnenlopen zonder afspraak" };
    const change = auditChanges({ facts_confirmed: [] }, { facts_confirmed: ["phone", "walk_in"] })[0];
    expect(readableValue(change.field, change.after!, (kind) => names[kind])).toBe(
      "Telefoon, Binnenlopen zonder afspraak",
    );
    expect(readableValue("name", "phone, walk_in", (kind) => names[kind])).toBe("phone, walk_in");
  });
});
