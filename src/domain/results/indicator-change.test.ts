import { describe, expect, it } from "vitest";
import { indicatorChange } from "./indicator-change.ts";

const series = [
  { year: 2022, value: 60 },
  { year: 2024, value: 62 },
  { year: 2025, value: null },
  { year: 2026, value: 66.5 },
];

describe("an indicator's change during a process", () => {
  it("compares the latest value with the value of the start year or the latest before it", () => {
    const c = indicatorChange(series, 2025, "higher_is_better");
    expect(c.start).toEqual({ year: 2024, value: 62 });
    expect(c.latest).toEqual({ year: 2026, value: 66.5 });
    expect(c.change).toBeCloseTo(4.5);
    expect(c.direction).toBe("battre");
  });

  it("reads a rise as worse when higher is worse, and says unknown without a polarity", () => {
    expect(indicatorChange(series, 2024, "higher_is_worse").direction).toBe("samre");
    expect(indicatorChange(series, 2024, null).direction).toBe("okand");
  });

  it("starts from the earliest value when there is none from before the start", () => {
    expect(indicatorChange(series, 2010, "higher_is_better").start).toEqual({ year: 2022, value: 60 });
  });

  it("has no change with a single year, and none at all without values", () => {
    expect(indicatorChange([{ year: 2026, value: 3 }], 2026, "higher_is_better")).toMatchObject({ change: null, direction: "okand" });
    expect(indicatorChange([], 2026, "higher_is_better")).toEqual({ start: null, latest: null, change: null, direction: "okand" });
    expect(indicatorChange([{ year: 2024, value: 5 }, { year: 2026, value: 5 }], 2024, "higher_is_better").direction).toBe("oforandrad");
  });
});
