import { describe, expect, it } from "vitest";
import { computeIndex } from "./compute.ts";
import { indicatorSpread, quantile } from "./spread.ts";
import { config, indicator, values } from "./test-support.ts";
import type { IndicatorValue } from "./values.ts";

const c = config({ x: [indicator("p", "higher_is_better"), indicator("q", "higher_is_worse", { transform: { log: { offset: 1 } } })] });

describe("spread and extremes per indicator (hand-computed)", () => {
  it("lowest and highest with their areas, median, quartiles and standard deviation", () => {
    // p: 10, 20, 30, 40, 100 → median 30; Q1 20, Q3 40 (h = 1 and 3); mean 40, sd = √((900 + 400 + 100 + 0 + 3600)/5) = √1000
    const [p] = indicatorSpread(c, values({ p: { A: 30, B: 10, C: 100, D: 20, E: 40 } }));
    expect(p).toEqual({
      key: "p",
      year: 2022,
      count: 5,
      suppressed: 0,
      lowest: { value: 10, areas: ["B"] },
      highest: { value: 100, areas: ["C"] },
      median: 30,
      q1: 20,
      q3: 40,
      sd: expect.closeTo(Math.sqrt(1000), 12),
    });
  });

  it("interpolates quartiles between values as QUARTILE.INC does; an even count has the mean of the middle two as median", () => {
    // 1, 2, 4, 8: median (2 + 4)/2 = 3; Q1 at h = 0.75 → 1 + 0.75 = 1.75; Q3 at h = 2.25 → 4 + 0.25·4 = 5
    const [p] = indicatorSpread(c, values({ p: { A: 8, B: 1, C: 4, D: 2 } }));
    expect([p!.median, p!.q1, p!.q3]).toEqual([3, 1.75, 5]);
    expect(quantile([7], 0.25)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it("lists every area that shares the lowest or the highest value; one area has spread 0", () => {
    const [p] = indicatorSpread(c, values({ p: { C: 5, A: 5, B: 9, D: 9 } }));
    expect(p!.lowest).toEqual({ value: 5, areas: ["A", "C"] });
    expect(p!.highest).toEqual({ value: 9, areas: ["B", "D"] });
    const [one] = indicatorSpread(c, values({ p: { A: 3 } }));
    expect(one).toMatchObject({ count: 1, lowest: { value: 3, areas: ["A"] }, highest: { value: 3, areas: ["A"] }, median: 3, q1: 3, q3: 3, sd: 0 });
  });

  it("uses the values as published, not transformed, for the year the index uses", () => {
    const rows = [...values({ p: { A: 1, B: 2 }, q: { A: 0, B: 99 } }, 2021), ...values({ p: { A: 50, B: 70 } }, 2022)];
    const [p, q] = indicatorSpread(c, rows);
    expect(p).toMatchObject({ year: 2022, lowest: { value: 50 }, highest: { value: 70 } });
    expect(q).toMatchObject({ year: 2021, lowest: { value: 0 }, highest: { value: 99 }, median: 49.5 });
    const index = computeIndex(c, rows);
    if (!index.ok) throw new Error(index.error);
    expect(index.value.years).toEqual({ p: p!.year, q: q!.year });
    expect(indicatorSpread(c, rows, { year: 2021 })[0]).toMatchObject({ year: 2021, lowest: { value: 1 } });
  });

  it("never counts nor shows a suppressed or missing value", () => {
    const secret = 0.123456;
    const rows: IndicatorValue[] = [
      ...values({ p: { A: 10, B: 20, C: null } }),
      { area: "D", indicator: "p", year: 2022, value: secret, count: 2, denominator: 40 },
      { area: "E", indicator: "p", year: 2022, value: 99.5, count: 30, denominator: 3 },
    ];
    const [p] = indicatorSpread(c, rows);
    expect(p).toMatchObject({ count: 2, suppressed: 2, lowest: { value: 10, areas: ["A"] }, highest: { value: 20, areas: ["B"] }, median: 15 });
    expect(JSON.stringify(p)).not.toContain("0.123456");
    expect(JSON.stringify(p)).not.toContain("99.5");
    // With suppression off they count.
    const [open] = indicatorSpread({ ...c, suppression: { minCount: 0 } }, rows);
    expect(open).toMatchObject({ count: 4, suppressed: 0, lowest: { value: secret, areas: ["D"] } });
  });

  it("uses totals unless a breakdown is asked for; an indicator without values has no figures", () => {
    const rows: IndicatorValue[] = [...values({ p: { A: 1, B: 2 } }), { area: "A", indicator: "p", year: 2022, value: 9, breakdown: { sex: "K" } }];
    expect(indicatorSpread(c, rows)[0]).toMatchObject({ count: 2, highest: { value: 2 } });
    expect(indicatorSpread(c, rows, { breakdown: { sex: "K" } })[0]).toMatchObject({ count: 1, highest: { value: 9 } });
    expect(indicatorSpread(c, rows)[1]).toEqual({ key: "q", year: null, count: 0, suppressed: 0, lowest: null, highest: null, median: null, q1: null, q3: null, sd: null });
  });
});
