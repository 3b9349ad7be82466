import { describe, expect, test } from "vitest";
import { langFromPath, negotiateLang, switchLangPath } from "./lang";

describe("choosing the language for /", () => {
  test("the cookie wins", () => {
    expect(negotiateLang("a=1; nabij_lang=en", "nl-NL")).toBe("en");
  });
  test("then the browser's preferences, in order of quality", () => {
    expect(negotiateLang(null, "de-DE,de;q=0.9,en;q=0.8,nl;q=0.7")).toBe("en");
    expect(negotiateLang(null, "en;q=0.5, nl-BE;q=0.9")).toBe("nl");
  });
  test("Dutch when nothing matches or the header is junk", () => {
    expect(negotiateLang(null, "fr-FR")).toBe("nl");
    expect(negotiateLang("nabij_lang=xx", ";;;q=abc,,")).toBe("nl");
    expect(negotiateLang(null, null)).toBe("nl");
  });
  test("a language refused with q=0 is not chosen", () => {
    expect(negotiateLang(null, "en;q=0, nl;q=0.1")).toBe("nl");
  });
});

describe("the language switch", () => {
  test("keeps the page and the query", () => {
    expect(switchLangPath("/nl/contacts", "?q=geld&topic=money", "en")).toBe("/en/contacts?q=geld&topic=money");
  });
  test("the start page", () => {
    expect(switchLangPath("/nl", "", "en")).toBe("/en");
    expect(switchLangPath("/", "", "en")).toBe("/en");
  });
  test("reads the language from the first segment only", () => {
    expect(langFromPath("/en/about")).toBe("en");
    expect(langFromPath("/about/en")).toBeNull();
  });
});
