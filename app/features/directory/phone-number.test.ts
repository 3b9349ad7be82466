// Dutch phone numbers (issue 17.7): one rule for the form, the import and the tel: links.
import { describe, expect, it } from "vitest";
import maxMetadata from "libphonenumber-js/metadata.max.json";
import { SERVICES } from "#db/seed/directory-data";
import { checkDutchPhoneNumber } from "./phone-number";
import { DUTCH_PHONE_METADATA } from "./phone-metadata-nl";

const shown = (typed: string) => {
  const check = checkDutchPhoneNumber(typed);
  return check.ok ? [check.display, check.href] : check.problem;
};

describe("a Dutch phone number as an editor types it", () => {
  it("accepts ten digits with spaces, dashes, brackets, +31 or 0031, and shows them one way", () => {
    expect(shown("020 552 5000")).toEqual(["020 552 5000", "tel:0205525000"]);
    expect(shown("020-5525000")).toEqual(["020 552 5000", "tel:0205525000"]);
    expect(shown("+31 20 552 5000")).toEqual(["020 552 5000", "tel:0205525000"]);
    expect(shown("0031 (0)20 552 5000")).toEqual(["020 552 5000", "tel:0205525000"]);
    expect(shown("(075) 651 8380")).toEqual(["075 651 8380", "tel:0756518380"]);
    expect(shown("06-12345678")).toEqual(["06 12345678", "tel:0612345678"]);
    expect(shown("088 010 0521")).toEqual(["088 010 0521", "tel:0880100521"]);
  });

  it("refuses the half numbers found in review, and says why", () => {
    expect(shown("020 540 49")).toBe("tooShort");
    expect(shown("06 1234")).toBe("tooShort");
    expect(shown("020 552 5000 0")).toBe("tooLong");
    expect(shown("+44 20 7946 0958")).toBe("notDutch");
    expect(shown("bel de balie")).toBe("notANumber");
    expect(shown("020 552 5000 (ma-vr)")).toBe("notANumber");
  });

  it("knows the short numbers: 112, 113 and a municipality's 14 number", () => {
    expect(shown("112")).toEqual(["112", "tel:112"]);
    expect(shown("113")).toEqual(["113", "tel:113"]);
    expect(shown("14 020")).toEqual(["14 020", "tel:14020"]);
    expect(shown("14075")).toEqual(["14 075", "tel:14075"]);
    expect(shown("14 0229")).toEqual(["14 0229", "tel:140229"]);
    expect(shown("114")).toBe("tooShort");
    expect(shown("14 123")).not.toBeInstanceOf(Array);
  });

  it("accepts 0800 and 0900 numbers with 4 or 7 digits after the prefix, not 5 or 6", () => {
    expect(shown("0800-0113")).toEqual(["0800 0113", "tel:08000113"]);
    expect(shown("0900 8844")).toEqual(["0900 8844", "tel:09008844"]);
    expect(shown("0800 1234567")).toEqual(["0800 1234567", "tel:08001234567"]);
    expect(shown("0800 12345")).toBe("unknownNumber");
    expect(shown("0900 123456")).toBe("unknownNumber");
  });
});

describe("the seed's phone numbers", () => {
  it("all pass, written the way the check shows them (an edit does not change them)", () => {
    const numbers = SERVICES.flatMap((s) => (s.phones ?? []).map((p) => p.number));
    expect(numbers.length).toBeGreaterThan(10);
    for (const number of numbers) expect(shown(number), number).toEqual([number, expect.stringMatching(/^tel:\d+$/)]);
  });
});

describe("the Dutch slice of libphonenumber-js's rules", () => {
  it("is the installed version's rules for +31 (after an upgrade, copy this slice into phone-metadata-nl.ts)", () => {
    const max = maxMetadata as unknown as { version: number; countries: Record<string, unknown> };
    const slice = {
      version: max.version,
      country_calling_codes: { "31": ["NL"] },
      countries: { NL: max.countries.NL },
      nonGeographic: {},
    };
    expect(DUTCH_PHONE_METADATA).toEqual(slice);
  });
});
