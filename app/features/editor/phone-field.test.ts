// Issue 17.7: the edit form and the import refuse a half phone number and name it, with the same
// rule the pages use to link numbers. Found in review: "020 540 49" and "06 1234" were published.
import { describe, expect, test } from "vitest";
import "~/i18n/register-all-resources";
import { getI18n } from "~/i18n/i18n";
import { CSV_COLUMNS, type CsvRow } from "~/features/directory/contacts-csv";
import { planRow } from "./import-rows";
import { errorValues, parseServiceForm } from "./service-form";
import { serviceSummary } from "./ui/ServiceForm";

function form(phones: string) {
  return new URLSearchParams({ name: "Budgetcafé", organization: "Buurthuis", phones });
}

describe("phone numbers in the edit form", () => {
  test("a half number is refused at the field, the message names its line and number, the typed text stays", () => {
    const typed = "020 552 5000 | Ochtend\n020 540 49";
    const { value, errors } = parseServiceForm(form(typed));
    expect(errors.phones).toBe("errors.service.phone");
    expect(value.phones).toBe(typed);
    const nl = getI18n("nl").getFixedT("nl", "editor");
    const summary = serviceSummary(errors, nl, value);
    expect(summary).toEqual([{ field: "f-phones", message: expect.stringContaining("Regel 2") }]);
    expect(summary[0].message).toContain("020 540 49");
    const en = getI18n("en").getFixedT("en", "editor");
    expect(en(errors.phones!, errorValues(value, "phones"))).toMatch(
      /^Line 2 is not a correct phone number: 020 540 49\./,
    );
  });

  test("06 1234 and a number with words in it are refused; the first bad line is named", () => {
    expect(errorValues(parseServiceForm(form("06 1234")).value, "phones")).toEqual({ line: 1, number: "06 1234" });
    expect(parseServiceForm(form("020 552 5000 toestel 3")).errors.phones).toBe("errors.service.phone");
  });

  test("good numbers, also 112, 14 020 and 0800, are kept the way the pages show them", () => {
    const { value, errors } = parseServiceForm(form("0205525000 | Ochtend\n+31 6 12345678\n112\n14020\n0800-0113"));
    expect(errors.phones).toBeUndefined();
    expect(value.phones).toBe("020 552 5000 | Ochtend\n06 12345678\n112\n14 020\n0800 0113");
  });
});

describe("phone numbers in the import", () => {
  const row = (phones: string): CsvRow => ({
    ...(Object.fromEntries(CSV_COLUMNS.map((c) => [c, ""])) as CsvRow),
    name: "Budgetcafé",
    organization: "Buurthuis",
    phones,
  });

  test("the preview names the bad number in the phones column", () => {
    const plan = planRow(row("020 552 5000 | 020 540 49"), null, "2026-11-25");
    expect(plan).toMatchObject({
      kind: "error",
      errors: [{ column: "phones", key: "import.errors.phone", values: { number: "020 540 49" } }],
    });
    const nl = getI18n("nl").getFixedT("nl", "editor");
    expect(nl("import.errors.phone", { number: "020 540 49" })).toMatch(/^020 540 49 is geen goed telefoonnummer\./);
  });

  test("a good number is saved the way the pages show it", () => {
    expect(planRow(row("0205525000"), null, "2026-11-25")).toMatchObject({
      kind: "new",
      edit: { phones: "020 552 5000" },
    });
  });
});
