// What a report may hold, counted as a person counts (decision 023). Pure.
import { describe, expect, test } from "vitest";
import { MAX_OPEN_REPORTS, POST_LIMITS, postRefusal, reportErrors, textLength } from "./report-rules";

describe("a report: what is wrong, and at most 500 characters counted by the server", () => {
  test("a kind must be chosen from the four", () => {
    expect(reportErrors({ kind: "", text: "" }).kind).toBe("errors.kindMissing");
    expect(reportErrors({ kind: "visitor", text: "x" }).kind).toBe("errors.kindMissing");
    expect(reportErrors({ kind: "phone", text: "" })).toEqual({});
  });

  test("500 characters pass, 501 do not; an emoji or an accent counts as one", () => {
    expect(reportErrors({ kind: "hours", text: "é".repeat(500) })).toEqual({});
    expect(reportErrors({ kind: "hours", text: "😀".repeat(500) })).toEqual({});
    expect(reportErrors({ kind: "hours", text: "a".repeat(501) }).text).toBe("errors.textTooLong");
    expect(textLength(`  ${"a".repeat(500)}  `)).toBe(500);
  });

  test("'something else' needs words", () => {
    expect(reportErrors({ kind: "other", text: "   " }).text).toBe("errors.textMissing");
    expect(reportErrors({ kind: "other", text: "Ze zijn verhuisd" })).toEqual({});
  });
});

describe("the limits of the public posts", () => {
  test("per address, overall, and a full queue", () => {
    const { perAddress, overall } = POST_LIMITS.report;
    expect(postRefusal("report", { fromAddress: perAddress - 1, overall: 0 })).toBeNull();
    expect(postRefusal("report", { fromAddress: perAddress, overall: 0 })).toBe("address");
    expect(postRefusal("report", { fromAddress: 0, overall })).toBe("overall");
    expect(postRefusal("report", { fromAddress: 0, overall: 0, openReports: MAX_OPEN_REPORTS })).toBe("queue-full");
    // A full queue does not stop "het klopte": it writes no report.
    expect(postRefusal("confirm", { fromAddress: 0, overall: 0, openReports: MAX_OPEN_REPORTS })).toBeNull();
  });
});
