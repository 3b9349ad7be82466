// The one set of form parts (issue 16.3), rendered the way the server sends them (no JavaScript).
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { getI18n } from "~/i18n/i18n";
import { PrintButton } from "~/ui/PrintButton";
import { ErrorSummary } from "./ErrorSummary";
import { SelectField, TextArea, TextField } from "./fields";

const html = (node: ReactNode, lang: "nl" | "en" = "nl") =>
  renderToStaticMarkup(<I18nextProvider i18n={getI18n(lang)}>{node}</I18nextProvider>);

describe("PrintButton without JavaScript", () => {
  it("shows how to print instead of a button that does nothing", () => {
    expect(html(<PrintButton label="Print" hint="Druk op Ctrl+P." primary pictogram />)).toBe(
      '<p class="no-print">Druk op Ctrl+P.</p>',
    );
  });
  it("shows nothing when there is no hint", () => {
    expect(html(<PrintButton label="Print" />)).toBe("");
  });
});

describe("a field with a hint and an error", () => {
  it("says the error at the field, hidden 'Fout: ' first, and points the input at hint and error", () => {
    const out = html(<TextField id="age" label="Leeftijd" hint="In jaren" error="Vul een getal in" maxLength={3} />);
    expect(out).toContain('<div class="field field--error"><label for="age">Leeftijd</label>');
    expect(out).toContain('<p class="field__hint" id="age-hint">In jaren</p>');
    expect(out).toContain('<span class="visually-hidden">Fout: </span>Vul een getal in');
    expect(out).toMatch(
      /<input id="age" name="age"[^>]*maxLength="3" aria-describedby="age-hint age-error" aria-invalid="true"/,
    );
  });
  it("without an error: only the hint, no aria-invalid", () => {
    const out = html(<TextArea id="what" label="Wat?" hint="Kort" rows={2} />);
    expect(out).toContain('aria-describedby="what-hint"');
    expect(out).not.toContain("aria-invalid");
    expect(out).not.toContain("field__error");
  });
  it("a select takes its options as a list or as children", () => {
    const fromList = html(<SelectField id="area" label="Gebied" options={[{ value: "noord", label: "Noord" }]} />);
    const fromChildren = html(
      <SelectField id="area" label="Gebied">
        <option value="noord">Noord</option>
      </SelectField>,
    );
    expect(fromList).toBe(fromChildren);
    expect(fromList).toContain('<option value="noord">Noord</option>');
  });
});

describe("ErrorSummary", () => {
  it("lists each message as a link to its field, in the reader's language", () => {
    const out = html(
      <ErrorSummary errors={[{ field: "age", message: "Age must be a number" }]} className="no-print" />,
      "en",
    );
    expect(out).toContain('class="error-summary no-print" role="alert"');
    expect(out).toContain('<a href="#age">Age must be a number</a>');
  });
  it("shows nothing without errors", () => {
    expect(html(<ErrorSummary errors={[]} />)).toBe("");
  });
});
