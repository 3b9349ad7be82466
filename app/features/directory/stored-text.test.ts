// Issue 15 points 7 and 12: one link rule and one control-character rule for form, import and output.
import { describe, expect, test } from "vitest";
import { parseServiceForm } from "~/features/editor/service-form";
import { decodeCsvBytes, planRow } from "~/features/editor/import-rows";
import { CSV_COLUMNS, type CsvRow } from "./contacts-csv";
import { hsdsOrganization } from "./hsds";
import { cleanStoredRow, hasControlCharacters, isAllowedLink, withoutControlCharacters } from "./stored-text";

const TODAY = "2026-11-25";

function newRow(cells: Partial<CsvRow>): CsvRow {
  const row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ""])) as CsvRow;
  return { ...row, name: "Budgetcafé", organization: "Buurthuis", ...cells };
}

describe("links: only http, https, mailto and tel", () => {
  test("allowed kinds pass; javascript:, data:, vbscript: and relative links do not", () => {
    for (const ok of ["https://example.nl", "http://example.nl/a?b=c", "mailto:info@example.nl", "tel:+31201234567"])
      expect(isAllowedLink(ok), ok).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<b>x</b>",
      "vbscript:x",
      "/nl/about",
      "example.nl",
    ]) {
      expect(isAllowedLink(bad), bad).toBe(false);
    }
  });

  test("the import refuses a javascript: organisation website (the form's url rule, same words)", () => {
    const plan = planRow(newRow({ organization_website: "javascript:alert(document.cookie)" }), null, TODAY);
    expect(plan).toMatchObject({
      kind: "error",
      errors: [{ column: "organization_website", key: "errors.service.url" }],
    });
    expect(planRow(newRow({ organization_website: "https://buurthuis.example.nl" }), null, TODAY)).toMatchObject({
      kind: "new",
      website: "https://buurthuis.example.nl",
    });
  });

  test("the edit form refuses a javascript: website", () => {
    const { errors } = parseServiceForm(
      new URLSearchParams({ name: "A", organization: "B", url: "javascript:alert(1)" }),
    );
    expect(errors.url).toBe("errors.service.url");
  });

  test("a bad link already stored is left out of the API output", () => {
    const org = {
      id: "o",
      name: "Buurthuis",
      alternate_name: null,
      description: null,
      description_en: null,
      email: null,
      website: "javascript:alert(1)",
      legal_status: null,
      parent_organization_id: null,
      source_url: null,
      last_modified: "2026-11-25",
      version: 1,
    };
    expect(hsdsOrganization(org).website).toBeNull();
    expect(hsdsOrganization({ ...org, website: "https://buurthuis.example.nl" }).website).toBe(
      "https://buurthuis.example.nl",
    );
  });
});

describe("control characters: refused on the way in, removed on the way out", () => {
  const bad = ["NUL \u0000", "ESC \u001b[31m", "right-to-left \u202Egnp.exe", "invalid UTF-8 \uFFFD", "DEL \u007f"];

  test("the rule finds them, and leaves ordinary text, tabs, line breaks and emoji alone", () => {
    for (const text of bad) expect(hasControlCharacters(text), JSON.stringify(text)).toBe(true);
    for (const text of ["Maandag 9:00\ntot 17:00", "a\tb", "Café 👩‍👩‍👧 ‘quotes’ – streepje"])
      expect(hasControlCharacters(text)).toBe(false);
    expect(withoutControlCharacters("Budget\u0000café\u202E")).toBe("Budgetcafé");
  });

  test("the edit form refuses them with a message at the field", () => {
    for (const text of bad) {
      const { errors } = parseServiceForm(
        new URLSearchParams({ name: `Budgetcafé ${text}`, organization: "B", summary: `Hulp ${text}` }),
      );
      expect(errors, JSON.stringify(text)).toMatchObject({
        name: "errors.service.controlCharacter",
        summary: "errors.service.controlCharacter",
      });
    }
  });

  test("the import refuses the row and names the column, also for columns the form does not have", () => {
    const plan = planRow(newRow({ description: "Hulp\u001b[2J", assurer: "Ana\u0000" }), null, TODAY);
    expect(plan).toMatchObject({
      kind: "error",
      errors: [
        { column: "description", key: "errors.service.controlCharacter" },
        { column: "assurer", key: "errors.service.controlCharacter" },
      ],
    });
  });

  test("an import file that is not UTF-8 is refused, not guessed", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("name\nCafé"))).toBe("name\nCafé");
    expect(decodeCsvBytes(new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9]))).toBeNull(); // Latin-1 "Café"
  });

  test("text stored before the rule is shown without them, links that break the link rule are dropped", () => {
    expect(
      cleanStoredRow({
        name: "Budget\u0000café",
        url: "javascript:alert(1)",
        source_url: "https://a.example.nl",
        count: 3,
        email: null,
      }),
    ).toEqual({
      name: "Budgetcafé",
      url: null,
      source_url: "https://a.example.nl",
      count: 3,
      email: null,
    });
  });
});
