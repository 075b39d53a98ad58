import { describe, expect, it } from "vitest";
import { isIsoDate, swedishDay, swedishYear } from "./dates.ts";

describe("a calendar date", () => {
  it("is a real date written YYYY-MM-DD", () => {
    expect(["2026-02-28", "2024-02-29"].every(isIsoDate)).toBe(true);
    expect(["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", "", null].some(isIsoDate)).toBe(false);
  });
});

describe("the day and year in Sweden", () => {
  it("follows Swedish time, not UTC, across midnight and the new year, in winter and in summer", () => {
    expect(swedishDay(new Date("2026-12-31T22:59:00Z"))).toBe("2026-12-31");
    expect(swedishDay(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(swedishYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(swedishDay(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(swedishYear(new Date("2026-06-30T21:30:00Z"))).toBe(2026);
  });
});
