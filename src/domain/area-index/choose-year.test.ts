import { describe, expect, it } from "vitest";
import { chooseYear } from "./values.ts";

describe("chooseYear", () => {
  const years = [2022, 2023, 2024];

  it("opens on the latest year with values when asked for the latest", () => {
    expect(chooseYear(years, "latest")).toBe(2024);
    expect(chooseYear([], "latest")).toBeNull();
  });

  it("takes a year asked for only when it has values", () => {
    expect(chooseYear(years, 2023)).toBe(2023);
    expect(chooseYear(years, 2026)).toBeNull();
  });

  it("without a year, leaves it to each indicator's configured or latest year (null)", () => {
    expect(chooseYear(years, undefined)).toBeNull();
  });
});
