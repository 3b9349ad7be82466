// Issue 17.8: on save the editor is warned about a hard sentence, named; nothing is refused.
import { easyReadWarnings } from "./easy-read-warnings.server";
import { emptyServiceEdit, parseServiceForm } from "./service-form";

const LONG =
  "Deze organisatie helpt volwassenen en jongeren uit de hele regio met allerlei vragen over geld, wonen, werk en gezondheid, ook in het weekend.";

describe("easy-read warnings after a save", () => {
  test("a long sentence is named at its field; the form still accepts it", () => {
    const form = new URLSearchParams({ name: "Proef", organization: "Proef", description: LONG });
    expect(parseServiceForm(form).errors).toEqual({});
    expect(easyReadWarnings({ ...emptyServiceEdit(), description: LONG })).toContainEqual({
      field: "description",
      sentence: LONG,
    });
  });

  test("short plain texts in both languages give no warning", () => {
    const edit = {
      ...emptyServiceEdit(),
      summary: "Hulp bij geld. Het is gratis.",
      summary_en: "Help with money. It is free.",
      card_summary: "Je kunt hier binnenlopen.",
      card_summary_en: "You can walk in here.",
    };
    expect(easyReadWarnings(edit)).toEqual([]);
  });

  test("an English text is measured against the English limits and named at its own field", () => {
    const long =
      "This organisation helps adults and young people from the whole region with all kinds of questions about money, housing and work.";
    expect(easyReadWarnings({ ...emptyServiceEdit(), description_en: long })).toContainEqual({
      field: "description_en",
      sentence: long,
    });
  });
});
