import { describe, expect, test } from "vitest";
import { publicOrigin, PublicUrlError } from "./public-url.server";

describe("the site's own address for absolute links", () => {
  test("comes from PUBLIC_URL, without a trailing slash", () => {
    expect(publicOrigin({ PUBLIC_URL: "https://nabij.example.nl/" })).toBe("https://nabij.example.nl");
  });
  test("defaults to http://localhost and the port", () => {
    expect(publicOrigin({})).toBe("http://localhost:3000");
    expect(publicOrigin({ PORT: "8080" })).toBe("http://localhost:8080");
  });
  test("a PUBLIC_URL that is not an origin stops the start with a clear message", () => {
    for (const bad of [
      "nabij.example.nl",
      "ftp://nabij.example.nl",
      "https://nabij.example.nl/guide",
      "https://x.nl/?a=1",
    ]) {
      expect(() => publicOrigin({ PUBLIC_URL: bad }), bad).toThrow(PublicUrlError);
    }
  });
});
