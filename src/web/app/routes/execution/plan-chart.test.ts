import { describe, expect, it } from "vitest";
import { timelineScale } from "./plan-chart.tsx";

describe("the plan's timeline scale", () => {
  const width = { left: 100, right: 700 };

  it("runs from the first effort's month to the end of the last one's, with a tick per month within a year", () => {
    const s = timelineScale([{ startsOn: "2027-03-15", endsOn: "2027-08-10" }], "2027-05-01", "sv", width);
    expect(s.x("2027-03-01")).toBe(100);
    expect(s.x("2027-09-01")).toBe(700);
    expect(s.ticks).toHaveLength(6);
    expect(s.ticks[0]!.x).toBe(100);
    expect(s.showToday).toBe(true);
  });

  it("keeps dates outside the span at its edges, and ticks per quarter over a longer span", () => {
    const s = timelineScale([{ startsOn: "2027-01-01", endsOn: "2028-12-31" }], "2030-01-01", "en", width);
    expect(s.x("2020-01-01")).toBe(100);
    expect(s.x("2031-01-01")).toBe(700);
    expect(s.ticks).toHaveLength(8);
    expect(s.showToday).toBe(false);
  });
});
