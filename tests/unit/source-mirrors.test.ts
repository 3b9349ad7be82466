// Sources on document-mirror sites (issue 14 point 8): replaced by the publisher's page where one
// was found; the rest stay, but say on the page that they are a copy.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

type SourceEntry = { title: string; publisher: string; year: string; url: string };
const sources = parse(readFileSync("content/sources.yaml", "utf8")) as Record<string, SourceEntry>;
const MIRRORS = ["5dok.net", "docplayer", "adoc.pub", "fdocuments", "file-pdf.it"];

describe("sources on mirror sites", () => {
  it("say they are a copy", () => {
    const unmarked = Object.entries(sources)
      .filter(([, s]) => MIRRORS.some((host) => s.url.includes(host)))
      .filter(([, s]) => !/kopie/i.test(s.publisher))
      .map(([id, s]) => `${id}: ${s.publisher} ${s.url}`);
    expect(unmarked).toEqual([]);
  });

  it("the 2017 vroegsignalering guide points at its publisher, Kenniscentrum LVB", () => {
    expect(sources.s20).toMatchObject({ publisher: "Kenniscentrum LVB", year: "2017" });
    expect(new URL(sources.s20.url).hostname).toBe("www.kenniscentrumlvb.nl");
  });
});
