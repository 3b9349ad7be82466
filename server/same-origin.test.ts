import { describe, expect, test } from "vitest";
import { PUBLIC_REPORT_FORMS, isCrossSiteWrite } from "./same-origin.mjs";

function req(method: string, path: string, headers: Record<string, string>, protocol = "http") {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method, path, protocol, get: (name: string) => lower[name.toLowerCase()] };
}

describe("changes to the editors' area from another site are refused before the app", () => {
  test("a POST from another site is cross-site; from the app itself it is not", () => {
    expect(
      isCrossSiteWrite(
        req("POST", "/editor/login", { host: "nabij.example", origin: "https://evil.example" }, "https"),
      ),
    ).toBe(true);
    expect(
      isCrossSiteWrite(
        req("POST", "/editor/login", { host: "nabij.example", origin: "https://nabij.example" }, "https"),
      ),
    ).toBe(false);
  });
  test("another scheme or port, or an opaque origin, counts as another site", () => {
    expect(
      isCrossSiteWrite(req("POST", "/editor/x", { host: "nabij.example", origin: "http://nabij.example" }, "https")),
    ).toBe(true);
    expect(
      isCrossSiteWrite(
        req("POST", "/editor/x", { host: "nabij.example", origin: "https://nabij.example:444" }, "https"),
      ),
    ).toBe(true);
    expect(isCrossSiteWrite(req("POST", "/editor", { host: "nabij.example", origin: "null" }))).toBe(true);
  });
  test("reading, other paths and requests without Origin pass on (the app checks the Referer)", () => {
    expect(isCrossSiteWrite(req("GET", "/editor", { host: "a", origin: "https://evil.example" }))).toBe(false);
    expect(isCrossSiteWrite(req("POST", "/nl/card/appointment", { host: "a", origin: "https://evil.example" }))).toBe(
      false,
    );
    expect(isCrossSiteWrite(req("POST", "/editorial", { host: "a", origin: "https://evil.example" }))).toBe(false);
    expect(isCrossSiteWrite(req("POST", "/editor/login", { host: "a" }))).toBe(false);
  });
});

describe("X-Forwarded-Host counts only behind a trusted proxy (TRUST_PROXY=1)", () => {
  const withApp = (trusted: boolean, headers: Record<string, string>) => ({
    ...req("POST", "/editor/login", headers),
    app: { get: (name: string) => (name === "trust proxy" ? trusted : undefined) },
  });
  test("without TRUST_PROXY a forwarded host cannot make another site's form look like ours", () => {
    const headers = { host: "nabij.example", "x-forwarded-host": "evil.example", origin: "http://evil.example" };
    expect(isCrossSiteWrite(withApp(false, headers))).toBe(true);
    expect(isCrossSiteWrite(withApp(true, { ...headers, origin: "http://evil.example" }))).toBe(false);
  });
});

describe("the public report forms of a contact page refuse another site's post (decision 023)", () => {
  const report = "/nl/contacts/0b0e6a1c-1111-5222-8333-444455556666/report";
  test("a post to a report form from another site is cross-site; from the app itself it is not", () => {
    const evil = { host: "nabij.example", origin: "https://evil.example" };
    expect(isCrossSiteWrite(req("POST", report, evil, "https"), PUBLIC_REPORT_FORMS)).toBe(true);
    expect(isCrossSiteWrite(req("POST", report.replace("/nl/", "/en/"), evil, "https"), PUBLIC_REPORT_FORMS)).toBe(
      true,
    );
    expect(
      isCrossSiteWrite(
        req("POST", report, { host: "nabij.example", origin: "https://nabij.example" }, "https"),
        PUBLIC_REPORT_FORMS,
      ),
    ).toBe(false);
  });
  test("the pattern covers only the report forms, not the contact page or other paths", () => {
    const evil = { host: "a", origin: "https://evil.example" };
    expect(isCrossSiteWrite(req("POST", "/nl/contacts/x", evil), PUBLIC_REPORT_FORMS)).toBe(false);
    expect(isCrossSiteWrite(req("POST", "/nl/contacts/x/report/more", evil), PUBLIC_REPORT_FORMS)).toBe(false);
    expect(isCrossSiteWrite(req("GET", report, evil), PUBLIC_REPORT_FORMS)).toBe(false);
  });
});
