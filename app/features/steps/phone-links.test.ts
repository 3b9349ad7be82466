// Phone numbers in outcome text: which shapes become a tel: link, and which text stays plain.
import { describe, expect, it } from "vitest";
import { splitPhoneNumbers } from "./phone-links";

const phones = (text: string) =>
  splitPhoneNumbers(text)
    .filter((p) => p.kind === "phone")
    .map((p) => (p.kind === "phone" ? p.href : ""));

describe("phone numbers in guide text", () => {
  it("link every shape the guide uses, dialled without spaces or dashes", () => {
    expect(phones("Bel 112. Of bel 113 of 0800-0113.")).toEqual(["tel:112", "tel:113", "tel:08000113"]);
    expect(phones("Meldpunt: 020-55 25 000, dag en nacht.")).toEqual(["tel:0205525000"]);
    expect(phones("Bel (075) 651 8380 of 088-0100521.")).toEqual(["tel:0756518380", "tel:0880100521"]);
    expect(phones("Gemeente Hoorn: 0229 252200. Zaanstad: 14 075.")).toEqual(["tel:0229252200", "tel:14075"]);
    expect(phones("Politie: 0900-8844. Geldfit: 0800-8115.")).toEqual(["tel:09008844", "tel:08008115"]);
  });

  it("leave web addresses, years and other numbers alone", () => {
    expect(phones("Chatten kan op 113.nl. Sinds 2025.")).toEqual([]);
    expect(phones("Nummer 1130 of 21120.")).toEqual([]);
    expect(phones("Bel 0800-2000 24 uur per dag.")).toEqual(["tel:08002000"]);
  });

  it("keep the text around a number as it was", () => {
    expect(splitPhoneNumbers("Bel 112 nu.")).toEqual([
      { kind: "text", text: "Bel " },
      { kind: "phone", text: "112", href: "tel:112" },
      { kind: "text", text: " nu." },
    ]);
  });
});

describe("phone numbers in text follow the form's rule (issue 17.7)", () => {
  it("link a number written with +31, dashes or without spaces, and leave half numbers plain", () => {
    expect(phones("Bel +31 20 552 5000 of 0205525000.")).toEqual(["tel:0205525000", "tel:0205525000"]);
    expect(phones("Mobiel: 06-12345678.")).toEqual(["tel:0612345678"]);
    expect(phones("Niet: 020 540 49 of 06 1234.")).toEqual([]);
  });

  it("do not read dates, postcodes or amounts as numbers", () => {
    expect(phones("Op 01-02-2025 in 1012 AB, kosten 0,50 euro, 14 dagen, 9:00 tot 17:00.")).toEqual([]);
  });
});
