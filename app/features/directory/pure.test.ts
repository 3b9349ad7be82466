import fc from "fast-check";
import { ancestorsOf, areaForPostcode, descendantsOf } from "#db/areas";
import { buildFtsQuery, buildWholeWordQuery, foldText, readTextIntent, searchTokens } from "./fts-query";
import { MAX_PAGE, MAX_QUERY_LENGTH, parseSearchParams, searchQueryString } from "./search-params";

describe("parseSearchParams", () => {
  it("keeps known values", () => {
    const { params, messages } = parseSearchParams(
      new URLSearchParams("q=schulden&topic=money&area=amsterdam-zuidoost&age=35&free=1&walkin=1&page=2"),
    );
    expect(params).toEqual({
      q: "schulden",
      topic: "money",
      area: "amsterdam-zuidoost",
      age: 35,
      free: true,
      walkin: true,
      page: 2,
    });
    expect(messages).toEqual([]);
  });

  it("drops unknown topic and area with an error message naming the field", () => {
    const { params, messages } = parseSearchParams({ topic: "astrology", area: "atlantis" });
    expect(params.topic).toBeNull();
    expect(params.area).toBeNull();
    expect(messages.map((m) => [m.field, m.code, m.error])).toEqual([
      ["topic", "unknownTopic", true],
      ["area", "unknownArea", true],
    ]);
  });

  it("turns a postcode into the most specific area", () => {
    const { params, messages } = parseSearchParams({ area: "1102 AB" });
    expect(params.area).toBe("amsterdam-zuidoost");
    expect(messages[0]).toMatchObject({ code: "postcodeUsed", error: false });
  });

  it("rejects ages that are not a number or not human", () => {
    expect(parseSearchParams({ age: "abc" }).messages[0]).toMatchObject({ field: "age", code: "ageNotANumber" });
    expect(parseSearchParams({ age: "-3" }).messages[0]).toMatchObject({ field: "age", code: "ageNotANumber" });
    expect(parseSearchParams({ age: "500" }).messages[0]).toMatchObject({ field: "age", code: "ageOutOfRange" });
    expect(parseSearchParams({ age: "500" }).params.age).toBeNull();
  });

  it("clamps negative, zero and huge pages", () => {
    expect(parseSearchParams({ page: "-5" }).params.page).toBe(1);
    expect(parseSearchParams({ page: "0" }).params.page).toBe(1);
    expect(parseSearchParams({ page: "99999999999999999999999" }).params.page).toBe(MAX_PAGE);
    expect(parseSearchParams({ page: "1e9" }).messages[0]).toMatchObject({ code: "pageNotANumber" });
  });

  it("cuts a 10 kB text to the maximum and says so", () => {
    const { params, messages } = parseSearchParams({ q: "schuld ".repeat(1500) });
    expect(params.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(messages[0]).toMatchObject({ field: "q", code: "queryTooLong" });
  });

  it("never throws and always gives a valid page, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("q", "topic", "area", "age", "free", "walkin", "page"), fc.string()),
        (input) => {
          const { params } = parseSearchParams(input);
          expect(params.page).toBeGreaterThanOrEqual(1);
          expect(params.page).toBeLessThanOrEqual(MAX_PAGE);
          expect(params.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        },
      ),
    );
  });

  it("writes back a query string with only the set fields", () => {
    const { params } = parseSearchParams({ q: "geld", free: "1" });
    expect(searchQueryString(params, { page: 3 })).toBe("?q=geld&free=1&page=3");
  });
});

describe("FTS query building", () => {
  it("folds Dutch diacritics", () => {
    expect(foldText("Cliëntondersteuning café")).toBe("clientondersteuning cafe");
  });

  it("quotes every token as a prefix term and drops stop words", () => {
    expect(buildFtsQuery(searchTokens("hulp bij de schulden"))).toBe('"hulp"* AND "schulden"*');
    expect(buildFtsQuery(searchTokens("geld schuld"), "any")).toBe('"geld"* OR "schuld"*');
  });

  it("makes FTS syntax and SQL fragments plain words", () => {
    for (const evil of [
      '"',
      'a" OR "b',
      "NEAR(a b)",
      "name:geld",
      "*",
      "(",
      "'; drop table service; --",
      "^geld",
      "-x +y",
      "AND OR NOT",
    ]) {
      const query = buildFtsQuery(searchTokens(evil));
      if (query !== null) expect(query).toMatch(/^"[\p{L}\p{N}]+"\*?( AND "[\p{L}\p{N}]+"\*?)*$/u);
    }
  });

  it("looks for short words and words in capitals whole, longer words as a beginning (issue 17.9)", () => {
    expect(buildFtsQuery(searchTokens("MEE"), "all", "MEE")).toBe('"mee"');
    expect(buildFtsQuery(searchTokens("mee schulden"), "all", "mee schulden")).toBe('"mee" AND "schulden"*');
    expect(buildFtsQuery(searchTokens("GGZ Budget"), "all", "GGZ Budget")).toBe('"ggz" AND "budget"*');
    expect(buildFtsQuery(searchTokens("WMO"), "all", "WMO")).toBe('"wmo"');
    expect(buildFtsQuery(searchTokens("HVDW"), "all", "HVDW")).toBe('"hvdw"');
    // A long word in capitals is shouting, not an abbreviation.
    expect(buildFtsQuery(searchTokens("BUURTTEAM"), "all", "BUURTTEAM")).toBe('"buurtteam"*');
    expect(buildWholeWordQuery(["mee", "schulden"])).toBe('"mee" AND "schulden"');
  });

  it("lets a word that names a topic also find that topic's services", () => {
    const { tokens, topicWords } = readTextIntent("brief");
    expect(buildFtsQuery(tokens, "all", "brief", topicWords)).toBe('("brief"* OR topics : "letters forms")');
  });

  it("gives no query for text without words", () => {
    expect(buildFtsQuery(searchTokens("  ?! ** ()  "))).toBeNull();
  });

  it("any text gives either null or only quoted terms", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const query = buildFtsQuery(searchTokens(text));
        if (query !== null) expect(query).toMatch(/^("[^"]+"\*?)( AND "[^"]+"\*?)*$/);
      }),
    );
  });

  it("reads a place and a topic from the text", () => {
    expect(readTextIntent("schulden Zuidoost")).toEqual({
      tokens: ["schulden"],
      area: "amsterdam-zuidoost",
      topics: ["money"],
      topicWords: { schulden: "money" },
    });
    expect(readTextIntent("hulp in Amsterdam Noord").area).toBe("amsterdam-noord");
    expect(readTextIntent("geld").area).toBeNull();
  });
});

describe("areas", () => {
  it("knows the family of an area", () => {
    expect(ancestorsOf("amsterdam-zuidoost")).toEqual(["amsterdam", "nederland"]);
    expect(descendantsOf("zaanstreek-waterland")).toContain("oostzaan");
  });

  it("resolves postcodes to the most specific area", () => {
    expect(areaForPostcode(1104)?.slug).toBe("amsterdam-zuidoost");
    expect(areaForPostcode(1012)?.slug).toBe("amsterdam-centrum");
    expect(areaForPostcode(1181)?.slug).toBe("amstelveen");
    expect(areaForPostcode(9999)).toBeUndefined();
  });
});
