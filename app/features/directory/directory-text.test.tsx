// Issue 17.7: every phone number in a directory text is a tel: link, by the same rule as the form.
import { renderToStaticMarkup } from "react-dom/server";
import { DirectoryText } from "./DirectoryText";

describe("phone numbers in directory text", () => {
  test("a good number is a tel: link; a half number and word markup stay plain text", () => {
    const html = renderToStaticMarkup(<DirectoryText text="Bel 14 020 of 0800-0113. Niet 020 540 49. [[lvb]]" />);
    expect(html).toBe(
      'Bel <a href="tel:14020" class="phone-link">14 020</a> of <a href="tel:08000113" class="phone-link">0800-0113</a>. Niet 020 540 49. [[lvb]]',
    );
  });
});
