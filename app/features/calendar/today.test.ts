import { sameDayMonthsEarlier, todayInAmsterdam } from "./today";

describe("todayInAmsterdam", () => {
  it("is already tomorrow at 23:30 UTC, in winter (UTC+1) and in summer (UTC+2)", () => {
    expect(todayInAmsterdam(new Date("2026-11-25T23:30:00Z"))).toBe("2026-11-26");
    expect(todayInAmsterdam(new Date("2026-07-01T23:30:00Z"))).toBe("2026-07-02");
  });
  it("is still today just before midnight in Amsterdam", () => {
    expect(todayInAmsterdam(new Date("2026-11-25T22:59:00Z"))).toBe("2026-11-25");
    expect(todayInAmsterdam(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
  });
});

describe("sameDayMonthsEarlier", () => {
  it("goes back whole months and across the year", () => {
    expect(sameDayMonthsEarlier("2026-11-26", 12)).toBe("2025-11-26");
    expect(sameDayMonthsEarlier("2026-01-31", 2)).toBe("2025-11-30");
  });
  it("falls back to 28 February a year after 29 February", () => {
    expect(sameDayMonthsEarlier("2028-02-29", 12)).toBe("2027-02-28");
  });
});
