import { describe, expect, it } from "vitest";
import { appealPeriodEnds, isWorkingDay, swedishHolidays } from "./appeal.ts";

describe("appeal period (laglighetsprövning: three weeks from the anslag date)", () => {
  it("ends three weeks later on an ordinary working day", () => {
    expect(appealPeriodEnds("2026-03-02")).toBe("2026-03-23"); // Monday → Monday
  });
  it("moves past Christmas and a Sunday to the next working day", () => {
    // 2026-12-25 and 26 are holidays, 27 is a Sunday.
    expect(appealPeriodEnds("2026-12-04")).toBe("2026-12-28");
  });
  it("moves past Easter: Good Friday, the weekend and Easter Monday", () => {
    expect(appealPeriodEnds("2026-03-13")).toBe("2026-04-07"); // 3 April is Good Friday
    expect(appealPeriodEnds("2026-03-16")).toBe("2026-04-07"); // 6 April is Easter Monday
  });
  it("moves past midsummer eve and the weekend", () => {
    expect(appealPeriodEnds("2026-05-29")).toBe("2026-06-22"); // 19 June is midsommarafton
  });
  it("moves past Ascension Day", () => {
    expect(appealPeriodEnds("2026-04-23")).toBe("2026-05-15"); // 14 May is Kristi himmelfärdsdag
  });
  it("moves past a Saturday", () => {
    expect(appealPeriodEnds("2026-01-10")).toBe("2026-02-02"); // 31 Jan is a Saturday
  });
  it("knows the year's holidays", () => {
    const h = swedishHolidays(2026);
    for (const d of ["2026-01-01", "2026-01-06", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-24", "2026-06-06", "2026-06-19", "2026-06-20", "2026-10-31", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31"])
      expect(h.has(d), d).toBe(true);
    expect(isWorkingDay("2026-11-23")).toBe(true);
    expect(isWorkingDay("2026-11-22")).toBe(false);
  });
});
