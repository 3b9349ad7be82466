import { safeBackPath, textSizeClass, textSizeCookie, textSizeFromCookie } from "./text-size";

describe("text size", () => {
  it("reads the chosen size from the cookie and ignores anything else", () => {
    expect(textSizeFromCookie("nabij_lang=nl; nabij_text_size=largest")).toBe("largest");
    expect(textSizeFromCookie("nabij_text_size=huge")).toBe("normal");
    expect(textSizeFromCookie(null)).toBe("normal");
  });

  it("puts a class on the page only for a larger size", () => {
    expect(textSizeClass("normal")).toBeUndefined();
    expect(textSizeClass("large")).toBe("text-size-large");
  });

  it("remembers a larger size for a year and forgets the normal size", () => {
    expect(textSizeCookie("large")).toContain("nabij_text_size=large; Path=/; Max-Age=31536000");
    expect(textSizeCookie("normal")).toContain("Max-Age=0");
  });

  it("only goes back to a page on this site", () => {
    expect(safeBackPath("/nl/tips/talking?x=1#top")).toBe("/nl/tips/talking?x=1#top");
    for (const bad of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "nl/tips", "", 42, "/a\nb"]) {
      expect(safeBackPath(bad)).toBe("/");
    }
  });

  it("resolves dot segments first, so /.//host cannot become //host (issue 15, point 8)", () => {
    for (const bad of [
      "/.//evil.example",
      "/..//evil.example",
      "/nl/..//evil.example/x",
      "/%2e//evil.example",
      "/./\\evil.example",
    ]) {
      const back = safeBackPath(bad);
      expect(back, bad).not.toMatch(/^\/\//);
      expect(new URL(back, "https://nabij.example").host, bad).toBe("nabij.example");
    }
    expect(safeBackPath("/nl/./tips/../words")).toBe("/nl/words");
  });
});
