import { describe, expect, it } from "vitest";
import { type AreaScore, type IndexResult, computeIndex, computeTimeSeries } from "./compute.ts";
import type { IndexConfig, IndicatorConfig } from "./config.ts";
import { config, indicator, values } from "./test-support.ts";
import type { IndicatorValue } from "./values.ts";

/*
 * The worked example used throughout (three areas, hand-computed):
 *   p (higher is better):  A 10, B 20, C 40
 *   q (higher is worse):   A 5,  B 3,  C 1
 *   r (higher is better):  A 3,  B 1,  C 2     (a second dimension in some tests)
 */
const P = { A: 10, B: 20, C: 40 };
const Q = { A: 5, B: 3, C: 1 };
const R = { A: 3, B: 1, C: 2 };
const oneDim = (extra: Partial<IndexConfig> = {}, p = indicator("p", "higher_is_better"), q = indicator("q", "higher_is_worse")) =>
  config({ x: [p, q] }, extra);
const twoDims = (extra: Partial<IndexConfig> = {}) =>
  config({ x: [indicator("p", "higher_is_better"), indicator("q", "higher_is_worse")], y: [indicator("r", "higher_is_better")] }, extra);

function run(c: IndexConfig, v: IndicatorValue[], opts = {}): IndexResult {
  const r = computeIndex(c, v, opts);
  if (!r.ok) throw new Error(`${r.error}: ${JSON.stringify(r.problems)}`);
  return r.value;
}
const area = (r: IndexResult, code: string): AreaScore => r.areas.find((a) => a.area === code)!;
const norm = (r: IndexResult, code: string, key: string) =>
  area(r, code)
    .dimensions.flatMap((d) => d.indicators)
    .find((i) => i.key === key)!.normalised;
const scores = (r: IndexResult) => Object.fromEntries(r.areas.map((a) => [a.area, a.score]));

describe("normalisation (hand-computed)", () => {
  it("min–max: (x − min)/(max − min), turned round for higher-is-worse", () => {
    const r = run(oneDim(), values({ p: P, q: Q }));
    expect([norm(r, "A", "p"), norm(r, "B", "p"), norm(r, "C", "p")]).toEqual([0, 1 / 3, 1]);
    expect([norm(r, "A", "q"), norm(r, "B", "q"), norm(r, "C", "q")]).toEqual([0, 0.5, 1]);
    // arithmetic mean of the two
    expect(scores(r).A).toBe(0);
    expect(scores(r).B).toBeCloseTo(5 / 12, 12);
    expect(scores(r).C).toBe(1);
  });

  it("min–max gives 0.5 to all when every area has the same value", () => {
    const r = run(config({ x: [indicator("p", "higher_is_better")] }), values({ p: { A: 7, B: 7 } }));
    expect(scores(r)).toEqual({ A: 0.5, B: 0.5 });
  });

  it("z-score: (x − mean)/sd with the population sd", () => {
    const r = run(oneDim({ normalisation: { method: "zscore" } }), values({ p: P, q: Q }));
    // p: mean 70/3, sd = √(1400/9) = 10√14/3 → −4/√14, −1/√14, 5/√14
    expect(norm(r, "A", "p")).toBeCloseTo(-4 / Math.sqrt(14), 12);
    expect(norm(r, "B", "p")).toBeCloseTo(-1 / Math.sqrt(14), 12);
    expect(norm(r, "C", "p")).toBeCloseTo(5 / Math.sqrt(14), 12);
    // q turned round: −5, −3, −1 → mean −3, sd √(8/3) → −√1.5, 0, √1.5
    expect(norm(r, "A", "q")).toBeCloseTo(-Math.sqrt(1.5), 12);
    expect(norm(r, "B", "q")).toBeCloseTo(0, 12);
    expect(norm(r, "C", "q")).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(scores(r).B).toBeCloseTo((-1 / Math.sqrt(14) + 0) / 2, 12);
  });

  it("z-score is 0 for all when there is no spread", () => {
    const r = run(config({ x: [indicator("p", "higher_is_better")] }, { normalisation: { method: "zscore" } }), values({ p: { A: 3, B: 3, C: 3 } }));
    expect(scores(r)).toEqual({ A: 0, B: 0, C: 0 });
  });

  it("goalposts: fixed bounds, turned round for higher-is-worse, clamped to [0, 1]", () => {
    const c = oneDim(
      { normalisation: { method: "goalposts" } },
      indicator("p", "higher_is_better", { goalposts: { min: 0, max: 50 } }),
      indicator("q", "higher_is_worse", { goalposts: { min: 0, max: 10 } }),
    );
    const r = run(c, values({ p: P, q: Q }));
    expect([norm(r, "A", "p"), norm(r, "B", "p"), norm(r, "C", "p")]).toEqual([0.2, 0.4, 0.8]);
    expect([norm(r, "A", "q"), norm(r, "B", "q"), norm(r, "C", "q")]).toEqual([0.5, 0.7, 0.9]);
    expect(scores(r).A).toBeCloseTo(0.35, 12);
    const clamped = run(c, values({ p: { A: 60, B: -5 }, q: { A: 12, B: -1 } }));
    expect([norm(clamped, "A", "p"), norm(clamped, "B", "p"), norm(clamped, "A", "q"), norm(clamped, "B", "q")]).toEqual([1, 0, 0, 1]);
  });

  it("rank: (r − 1)/(n − 1) from worst to best, ties sharing their average rank", () => {
    const r = run(oneDim({ normalisation: { method: "rank" } }), values({ p: P, q: Q }));
    expect([norm(r, "A", "p"), norm(r, "B", "p"), norm(r, "C", "p")]).toEqual([0, 0.5, 1]);
    expect([norm(r, "A", "q"), norm(r, "B", "q"), norm(r, "C", "q")]).toEqual([0, 0.5, 1]);
    const ties = run(config({ x: [indicator("p", "higher_is_better")] }, { normalisation: { method: "rank" } }), values({ p: { A: 1, B: 1, C: 3, D: 0 } }));
    // D 0 → rank 1; A, B share ranks 2 and 3 → 2.5; C → 4; scaled (r − 1)/3
    expect(scores(ties)).toEqual({ A: 0.5, B: 0.5, C: 1, D: 0 });
  });

  it("distance to a reference value: (x − ref)/|ref|, turned round for higher-is-worse", () => {
    const c = oneDim(
      { normalisation: { method: "distance_to_reference" } },
      indicator("p", "higher_is_better", { reference: 20 }),
      indicator("q", "higher_is_worse", { reference: 2 }),
    );
    const r = run(c, values({ p: P, q: Q }));
    expect([norm(r, "A", "p"), norm(r, "B", "p"), norm(r, "C", "p")]).toEqual([-0.5, 0, 1]);
    expect([norm(r, "A", "q"), norm(r, "B", "q"), norm(r, "C", "q")]).toEqual([-1.5, -0.5, 0.5]);
  });

  it("distance to a reference area: that area's values are the reference", () => {
    const r = run(oneDim({ normalisation: { method: "distance_to_reference", referenceArea: "B" } }), values({ p: P, q: Q }));
    expect([norm(r, "A", "p"), norm(r, "B", "p"), norm(r, "C", "p")]).toEqual([-0.5, 0, 1]);
    expect(norm(r, "A", "q")).toBeCloseTo(-2 / 3, 12);
    expect(norm(r, "B", "q")).toBe(0);
    expect(norm(r, "C", "q")).toBeCloseTo(2 / 3, 12);
  });

  it("refuses a reference area without a value, and a zero reference", () => {
    const missingRef = computeIndex(oneDim({ normalisation: { method: "distance_to_reference", referenceArea: "B" } }), values({ p: P, q: { A: 5, C: 1 } }));
    expect(missingRef).toEqual({ ok: false, error: "missing_values", problems: { "B/q": [{ code: "reference_area_no_indicator_value" }] } });
    const zero = computeIndex(
      oneDim({ normalisation: { method: "distance_to_reference", referenceArea: "A" } }),
      values({ p: { A: 0, B: 1 }, q: { A: 1, B: 1 } }),
    );
    expect(zero).toEqual({ ok: false, error: "missing_values", problems: { p: [{ code: "reference_value_zero" }] } });
  });
});

describe("aggregation (hand-computed)", () => {
  // Goalposts keep every value > 0 here: p 0–50 → A 0.2, B 0.4, C 0.8; q 0–10 (worse) → A 0.5, B 0.7, C 0.9.
  const withGoalposts = (aggregation: IndexConfig["aggregation"], pExtra: Partial<IndicatorConfig> = {}) =>
    oneDim(
      { normalisation: { method: "goalposts" }, aggregation },
      indicator("p", "higher_is_better", { goalposts: { min: 0, max: 50 }, ...pExtra }),
      indicator("q", "higher_is_worse", { goalposts: { min: 0, max: 10 } }),
    );

  it("geometric is the weighted geometric mean Π xᵢ^wᵢ, with no shift", () => {
    const r = run(withGoalposts({ withinDimensions: "geometric", acrossDimensions: "arithmetic" }), values({ p: P, q: Q }));
    // A: √(0.2 · 0.5) = √0.1; B: √(0.4 · 0.7) = √0.28; C: √(0.8 · 0.9) = √0.72
    expect(scores(r).A).toBeCloseTo(Math.sqrt(0.1), 12);
    expect(scores(r).B).toBeCloseTo(Math.sqrt(0.28), 12);
    expect(scores(r).C).toBeCloseTo(Math.sqrt(0.72), 12);
    // The shifted mean would give B √(1.4 · 1.7) − 1 = 0.5427, not √0.28 = 0.5292.
    expect(scores(r).B).not.toBeCloseTo(Math.sqrt(1.4 * 1.7) - 1, 3);
  });

  it("geometric: the weights, normalised to add up to 1 within the level, are the exponents", () => {
    const r = run(withGoalposts({ withinDimensions: "geometric", acrossDimensions: "arithmetic" }, { weight: 3 }), values({ p: P, q: Q }));
    // p weight 3, q weight 1 → exponents 3/4 and 1/4
    expect(scores(r).B).toBeCloseTo(0.4 ** 0.75 * 0.7 ** 0.25, 12);
    expect(area(r, "B").dimensions[0]!.indicators.map((i) => i.weight)).toEqual([0.75, 0.25]);
  });

  it("geometric across dimensions: (x_d1 · x_d2)^(1/2) of the dimension scores", () => {
    const c = config(
      {
        x: [indicator("p", "higher_is_better", { goalposts: { min: 0, max: 50 } })],
        y: [indicator("q", "higher_is_worse", { goalposts: { min: 0, max: 10 } }), indicator("r", "higher_is_better", { goalposts: { min: 0, max: 4 } })],
      },
      { normalisation: { method: "goalposts" }, aggregation: { withinDimensions: "arithmetic", acrossDimensions: "geometric" } },
    );
    const r = run(c, values({ p: P, q: Q, r: R }));
    // B: x = 0.4; y = (0.7 + 0.25)/2 = 0.475 → √(0.4 · 0.475)
    expect(scores(r).B).toBeCloseTo(Math.sqrt(0.4 * 0.475), 12);
    expect(area(r, "B").dimensions.map((d) => d.floored)).toEqual([false, false]);
  });

  it("geometric refuses a value ≤ 0 without a floor, naming the area and the indicator", () => {
    // min–max gives A 0 on both indicators: the geometric mean is not defined there.
    const r = computeIndex(oneDim({ aggregation: { withinDimensions: "geometric", acrossDimensions: "arithmetic" } }), values({ p: P, q: Q }));
    expect(r).toMatchObject({ ok: false, error: "non_positive" });
    if (r.ok) return;
    expect(r.problems).toEqual({
      "A/p": [{ code: "geometric_non_positive", params: { what: "indicator", value: "0" } }],
      "A/q": [{ code: "geometric_non_positive", params: { what: "indicator", value: "0" } }],
    });
    // A value at the lower goalpost is 0 too.
    const atGoalpost = computeIndex(withGoalposts({ withinDimensions: "geometric", acrossDimensions: "arithmetic" }), values({ p: { A: 0, B: 20 }, q: Q }));
    expect(atGoalpost).toEqual({ ok: false, error: "non_positive", problems: { "A/p": [{ code: "geometric_non_positive", params: { what: "indicator", value: "0" } }] } });
  });

  it("geometric across dimensions refuses a dimension score ≤ 0, naming the area and the dimension", () => {
    const r = computeIndex(twoDims({ aggregation: { withinDimensions: "arithmetic", acrossDimensions: "geometric" } }), values({ p: P, q: Q, r: R }));
    // x: A 0 (lowest on p and q); y: B 0 (lowest on r)
    expect(r).toEqual({
      ok: false,
      error: "non_positive",
      problems: { "A/x": [{ code: "geometric_non_positive", params: { what: "dimension", value: "0" } }], "B/y": [{ code: "geometric_non_positive", params: { what: "dimension", value: "0" } }] },
    });
  });

  it("geometric with a floor raises values below it to the floor, and the explanation says so", () => {
    const r = run(oneDim({ aggregation: { withinDimensions: "geometric", acrossDimensions: "arithmetic", floor: 0.01 } }), values({ p: P, q: Q }));
    // min–max: A 0, 0 → 0.01, 0.01; B 1/3, 1/2; C 1, 1
    expect(scores(r).A).toBeCloseTo(0.01, 12);
    expect(scores(r).B).toBeCloseTo(Math.sqrt(1 / 6), 12);
    expect(scores(r).C).toBeCloseTo(1, 12);
    expect(area(r, "A").dimensions[0]!.indicators.map((i) => [i.normalised, i.floored])).toEqual([
      [0, true],
      [0, true],
    ]);
    expect(area(r, "B").dimensions[0]!.indicators.map((i) => i.floored)).toEqual([false, false]);
    expect(r.aggregation).toEqual({ withinDimensions: "geometric", acrossDimensions: "arithmetic", floor: 0.01 });
    // Across dimensions: y's score 0 for B is raised to the floor.
    const across = run(twoDims({ aggregation: { withinDimensions: "arithmetic", acrossDimensions: "geometric", floor: 0.05 } }), values({ p: P, q: Q, r: R }));
    expect(scores(across).B).toBeCloseTo(Math.sqrt((5 / 12) * 0.05), 12);
    expect(area(across, "B").dimensions.map((d) => [d.score, d.floored])).toEqual([
      [expect.closeTo(5 / 12, 12), false],
      [0, true],
    ]);
  });

  it("geometric_shifted (the former 'geometric') within dimensions, bounded method: Π(x + 1)^w − 1", () => {
    const r = run(oneDim({ aggregation: { withinDimensions: "geometric_shifted", acrossDimensions: "arithmetic" } }), values({ p: P, q: Q }));
    // B: √((1 + 1/3)(1 + 1/2)) − 1 = √2 − 1
    expect(scores(r).A).toBeCloseTo(0, 12);
    expect(scores(r).B).toBeCloseTo(Math.SQRT2 - 1, 12);
    expect(scores(r).C).toBeCloseTo(1, 12);
  });

  it("geometric_shifted with z-scores shifts by 1 + √(n − 1), n = 3 areas", () => {
    const r = run(
      oneDim({ normalisation: { method: "zscore" }, aggregation: { withinDimensions: "geometric_shifted", acrossDimensions: "arithmetic" } }),
      values({ p: P, q: Q }),
    );
    const s = 1 + Math.SQRT2; // no z-score of 3 areas is below −√2
    expect(scores(r).A).toBeCloseTo(Math.sqrt((-4 / Math.sqrt(14) + s) * (-Math.sqrt(1.5) + s)) - s, 12);
    expect(scores(r).B).toBeCloseTo(Math.sqrt((-1 / Math.sqrt(14) + s) * s) - s, 12);
    expect(scores(r).C).toBeCloseTo(Math.sqrt((5 / Math.sqrt(14) + s) * (Math.sqrt(1.5) + s)) - s, 12);
  });

  it("arithmetic across dimensions with equal weights", () => {
    const r = run(twoDims(), values({ p: P, q: Q, r: R }));
    // x: A 0, B 5/12, C 1;  y: A 1, B 0, C 0.5
    expect(scores(r).A).toBeCloseTo(0.5, 12);
    expect(scores(r).B).toBeCloseTo(5 / 24, 12);
    expect(scores(r).C).toBeCloseTo(0.75, 12);
    expect(r.areas.map((a) => [a.area, a.rank])).toEqual([
      ["B", 1],
      ["A", 2],
      ["C", 3],
    ]);
    expect(area(r, "B").dimensions.map((d) => d.key)).toEqual(["x", "y"]);
    expect(area(r, "B").dimensions[0]!.score).toBeCloseTo(5 / 12, 12);
    expect(area(r, "B").dimensions[1]!.score).toBe(0);
  });

  it("geometric_shifted across dimensions", () => {
    const r = run(twoDims({ aggregation: { withinDimensions: "arithmetic", acrossDimensions: "geometric_shifted" } }), values({ p: P, q: Q, r: R }));
    expect(scores(r).A).toBeCloseTo(Math.SQRT2 - 1, 12);
    expect(scores(r).B).toBeCloseTo(Math.sqrt(17 / 12) - 1, 12);
    expect(scores(r).C).toBeCloseTo(Math.sqrt(3) - 1, 12);
  });
});

describe("weights", () => {
  it("dimension weights are relative: x 3, y 1 → 0.75 and 0.25", () => {
    const c = twoDims();
    c.dimensions[0]!.weight = 3;
    const r = run(c, values({ p: P, q: Q, r: R }));
    expect(scores(r).A).toBeCloseTo(0.25, 12);
    expect(scores(r).B).toBeCloseTo(0.3125, 12);
    expect(scores(r).C).toBeCloseTo(0.875, 12);
    expect(area(r, "A").dimensions.map((d) => d.weight)).toEqual([0.75, 0.25]);
  });

  it("indicator weights are relative within the dimension: p 3, q 1", () => {
    const r = run(oneDim({}, indicator("p", "higher_is_better", { weight: 3 }), indicator("q", "higher_is_worse")), values({ p: P, q: Q }));
    expect(scores(r).B).toBeCloseTo(0.75 * (1 / 3) + 0.25 * 0.5, 12);
  });

  it("a weighted shifted geometric mean uses the weights as exponents", () => {
    const r = run(
      oneDim({ aggregation: { withinDimensions: "geometric_shifted", acrossDimensions: "arithmetic" } }, indicator("p", "higher_is_better", { weight: 3 }), indicator("q", "higher_is_worse")),
      values({ p: P, q: Q }),
    );
    expect(scores(r).B).toBeCloseTo((4 / 3) ** 0.75 * 1.5 ** 0.25 - 1, 12);
  });
});

describe("explanation", () => {
  it("contributions add up to the score and show what drove it (arithmetic)", () => {
    const r = run(twoDims(), values({ p: P, q: Q, r: R }));
    const b = area(r, "B");
    const inds = b.dimensions.flatMap((d) => d.indicators);
    expect(inds.map((i) => [i.key, i.weight])).toEqual([
      ["p", 0.25],
      ["q", 0.25],
      ["r", 0.5],
    ]);
    expect(inds.map((i) => i.contribution)).toEqual([0.25 / 3, 0.125, 0]);
    expect(inds.reduce((s, i) => s + i.contribution, 0)).toBeCloseTo(b.score!, 12);
    expect(b.dimensions[0]!.contribution).toBeCloseTo(0.5 * (5 / 12), 12);
    expect(b.dimensions[1]!.contribution).toBe(0);
    expect(inds[0]).toMatchObject({ status: "observed", value: 20, year: 2022, imputed: false, floored: false });
  });

  it("geometric: the score is split in proportion to w·x, so a weak indicator contributes little", () => {
    const c = oneDim(
      { normalisation: { method: "goalposts" }, aggregation: { withinDimensions: "geometric", acrossDimensions: "geometric" } },
      indicator("p", "higher_is_better", { goalposts: { min: 0, max: 50 } }),
      indicator("q", "higher_is_worse", { goalposts: { min: 0, max: 10 } }),
    );
    const b = area(run(c, values({ p: P, q: Q })), "B").dimensions[0]!.indicators;
    // B: p 0.4, q 0.7, score √0.28, split 0.4 : 0.7
    expect(b[0]!.contribution).toBeCloseTo(Math.sqrt(0.28) * (0.4 / 1.1), 12);
    expect(b[1]!.contribution).toBeCloseTo(Math.sqrt(0.28) * (0.7 / 1.1), 12);
  });

  it("geometric_shifted: the score is split in proportion to w·ln(x + s)", () => {
    const r = run(oneDim({ aggregation: { withinDimensions: "geometric_shifted", acrossDimensions: "geometric_shifted" } }), values({ p: P, q: Q }));
    const b = area(r, "B").dimensions[0]!.indicators;
    const lp = 0.5 * Math.log(4 / 3);
    const lq = 0.5 * Math.log(1.5);
    expect(b[0]!.contribution).toBeCloseTo((Math.SQRT2 - 1) * (lp / (lp + lq)), 12);
    expect(b[1]!.contribution).toBeCloseTo((Math.SQRT2 - 1) * (lq / (lp + lq)), 12);
  });
});

describe("missing values", () => {
  const withoutBq = values({ p: P, q: { A: 5, B: null, C: 1 } });

  it("exclude: the indicator is left out and the weight goes to the others", () => {
    const r = run(oneDim(), withoutBq);
    expect(scores(r).B).toBeCloseTo(1 / 3, 12); // p alone; q is min–maxed over A and C
    const q = area(r, "B").dimensions[0]!.indicators[1]!;
    expect(q).toMatchObject({ status: "missing", normalised: null, weight: 0, contribution: 0, value: null });
    expect(area(r, "B").dimensions[0]!.indicators[0]!.weight).toBe(1);
  });

  it("exclude: a dimension without values is left out across dimensions", () => {
    const r = run(twoDims(), values({ p: P, q: Q, r: { A: 3, C: 2 } }));
    // r over A and C: A 1, C 0; B has only dimension x
    expect(scores(r).B).toBeCloseTo(5 / 12, 12);
    expect(area(r, "B").dimensions[1]).toMatchObject({ score: null, weight: 0 });
    expect(scores(r).A).toBeCloseTo(0.5, 12);
  });

  it("mean: the mean of the other areas' values is imputed before normalisation", () => {
    const r = run(oneDim({ missing: "mean" }), withoutBq);
    // mean(5, 1) = 3, B's real value: the same result as with complete data
    expect(scores(r).B).toBeCloseTo(5 / 12, 12);
    expect(area(r, "B").dimensions[0]!.indicators[1]).toMatchObject({ status: "missing", imputed: true, value: null, normalised: 0.5 });
  });

  it("mean is impossible when no area has the indicator", () => {
    const r = computeIndex(oneDim({ missing: "mean" }), values({ p: P }));
    expect(r).toMatchObject({ ok: false, error: "missing_values", problems: { q: [{ code: "mean_impossible" }] } });
  });

  it("fail: refuses and lists what is missing", () => {
    const r = computeIndex(oneDim({ missing: "fail" }), withoutBq);
    expect(r).toEqual({ ok: false, error: "missing_values", problems: { "B/q": [{ code: "no_value_for_year", params: { year: 2022 } }] } });
  });

  it("an area with no values at all gets no score and no rank and comes last", () => {
    const r = run(oneDim(), values({ p: P, q: Q }), { areas: ["D"] });
    expect(r.areas.at(-1)).toMatchObject({ area: "D", score: null, rank: null });
    expect(run(oneDim({ missing: "mean" }), values({ p: P, q: Q }), { areas: ["D"] }).areas.at(-1)).toMatchObject({ area: "D", score: null });
    expect(computeIndex(oneDim({ missing: "fail" }), values({ p: P, q: Q }), { areas: ["D"] })).toMatchObject({ ok: false, problems: { D: [{ code: "area_no_values" }] } });
  });

  it("no data at all", () => {
    expect(computeIndex(oneDim(), [])).toMatchObject({ ok: false, error: "no_data" });
  });
});

describe("suppression", () => {
  const secret = 3.14159;
  const rows = (count: number | undefined, denominator?: number): IndicatorValue[] => [
    ...values({ p: P, q: { A: 5, C: 1 } }),
    { area: "B", indicator: "q", year: 2022, value: secret, ...(count !== undefined && { count }), ...(denominator !== undefined && { denominator }) },
  ];

  it("a value with a count below the threshold is treated as missing and never shown", () => {
    const r = run(oneDim(), rows(4));
    expect(scores(r).B).toBeCloseTo(1 / 3, 12);
    expect(area(r, "B").dimensions[0]!.indicators[1]).toMatchObject({ status: "suppressed", value: null, normalised: null });
    expect(JSON.stringify(r)).not.toContain("3.14159");
  });

  it("a small denominator suppresses too; at the threshold the value is used", () => {
    expect(area(run(oneDim(), rows(undefined, 4)), "B").dimensions[0]!.indicators[1]!.status).toBe("suppressed");
    expect(area(run(oneDim(), rows(5, 100)), "B").dimensions[0]!.indicators[1]).toMatchObject({ status: "observed", value: secret });
  });

  it("suppressed values are imputed under 'mean' and refused under 'fail', without revealing them", () => {
    const mean = run(oneDim({ missing: "mean" }), rows(2));
    expect(area(mean, "B").dimensions[0]!.indicators[1]).toMatchObject({ status: "suppressed", imputed: true, value: null, normalised: 0.5 });
    expect(JSON.stringify(mean)).not.toContain("3.14159");
    const failed = computeIndex(oneDim({ missing: "fail" }), rows(2));
    expect(failed).toEqual({ ok: false, error: "missing_values", problems: { "B/q": [{ code: "suppressed", params: { minCount: 5 } }] } });
    expect(JSON.stringify(failed)).not.toContain("3.14159");
  });

  it("minCount 0 turns suppression off; the default is 5", () => {
    expect(area(run(oneDim({ suppression: { minCount: 0 } }), rows(0)), "B").dimensions[0]!.indicators[1]!.status).toBe("observed");
    const c = oneDim();
    delete c.suppression;
    expect(area(run(c, rows(4)), "B").dimensions[0]!.indicators[1]!.status).toBe("suppressed");
  });
});

describe("transformations", () => {
  const single = (extra: Parameters<typeof indicator>[2], method: IndexConfig["normalisation"]["method"] = "minmax") =>
    config({ x: [indicator("p", "higher_is_better", extra)] }, { normalisation: { method } });

  it("log: ln(x) then min–max — 1, 10, 100 → 0, 0.5, 1", () => {
    const r = run(single({ transform: { log: {} } }), values({ p: { A: 1, B: 10, C: 100 } }));
    expect(scores(r).B).toBeCloseTo(0.5, 12);
  });

  it("log with an offset: ln(x + 1) — 0, 9, 99 → 0, 0.5, 1", () => {
    const r = run(single({ transform: { log: { offset: 1 } } }), values({ p: { A: 0, B: 9, C: 99 } }));
    expect(scores(r).B).toBeCloseTo(0.5, 12);
    expect(area(r, "A").dimensions[0]!.indicators[0]!.value).toBe(0); // the published value is shown, not ln
  });

  it("log of a value ≤ 0 without a sufficient offset is refused, naming area and indicator", () => {
    const r = computeIndex(single({ transform: { log: {} } }), values({ p: { A: 0, B: 9 } }));
    expect(r).toEqual({ ok: false, error: "invalid_values", problems: { "A/p/2022": [{ code: "log_non_positive", params: { value: 0, offset: 0, indicator: "p", area: "A" } }] } });
  });

  it("cap: values outside the bounds are set to the bound — 10, 20, 400 capped at 40", () => {
    const r = run(single({ transform: { cap: { upper: 40 } } }), values({ p: { A: 10, B: 20, C: 400 } }));
    expect(scores(r).B).toBeCloseTo(1 / 3, 12);
    const lower = run(single({ transform: { cap: { lower: 10 } } }), values({ p: { A: -100, B: 20, C: 30 } }));
    expect(scores(lower).B).toBeCloseTo(0.5, 12);
  });

  it("cap comes before log: 0.5 capped at 1, then ln — 0.5, 10, 100 → 0, 0.5, 1", () => {
    const r = run(single({ transform: { cap: { lower: 1 }, log: {} } }), values({ p: { A: 0.5, B: 10, C: 100 } }));
    expect(scores(r)).toMatchObject({ A: 0, C: 1 });
    expect(scores(r).B).toBeCloseTo(0.5, 12);
  });

  it("goalposts are transformed like the values: ln(10) between ln(1) and ln(100) is 0.5", () => {
    const r = run(single({ transform: { log: {} }, goalposts: { min: 1, max: 100 } }, "goalposts"), values({ p: { A: 10 } }));
    expect(scores(r).A).toBeCloseTo(0.5, 12);
  });
});

describe("ranks, years and breakdowns", () => {
  it("rank 1 is the lowest score (greatest need); equal scores share the best rank", () => {
    const r = run(config({ x: [indicator("p", "higher_is_better")] }), values({ p: { A: 1, B: 1, C: 3, D: 0 } }));
    expect(r.areas.map((a) => [a.area, a.rank])).toEqual([
      ["D", 1],
      ["A", 2],
      ["B", 2],
      ["C", 4],
    ]);
  });

  const twoYears = [...values({ p: { A: 1, B: 2 }, q: { A: 1, B: 2 } }, 2021), ...values({ p: { A: 2, B: 1 } }, 2022)];

  it("uses each indicator's latest year unless a year is asked for or configured", () => {
    const latest = run(oneDim(), twoYears);
    expect(latest.years).toEqual({ p: 2022, q: 2021 });
    const asked = run(oneDim(), twoYears, { year: 2021 });
    expect(asked.years).toEqual({ p: 2021, q: 2021 });
    const configured = run(oneDim({}, indicator("p", "higher_is_better", { year: 2021 })), twoYears);
    expect(configured.years).toEqual({ p: 2021, q: 2021 });
  });

  it("a time series computes each year on its own", () => {
    const series = computeTimeSeries(oneDim(), twoYears);
    expect(series.map((y) => y.year)).toEqual([2021, 2022]);
    const y2021 = series[0]!.result;
    const y2022 = series[1]!.result;
    if (!y2021.ok || !y2022.ok) throw new Error("expected results");
    // 2021: p A 0, B 1; q (worse) A 1, B 0 → both 0.5.  2022: only p, A 1, B 0.
    expect(scores(y2021.value)).toEqual({ A: 0.5, B: 0.5 });
    expect(scores(y2022.value)).toEqual({ A: 1, B: 0 });
    expect(y2022.value.years).toEqual({ p: 2022, q: 2022 });
  });

  it("uses totals unless a breakdown is asked for; duplicates are refused", () => {
    const rows: IndicatorValue[] = [
      ...values({ p: { A: 1, B: 2 } }),
      { area: "A", indicator: "p", year: 2022, value: 9, breakdown: { sex: "K" } },
      { area: "B", indicator: "p", year: 2022, value: 3, breakdown: { sex: "K" } },
    ];
    const c = config({ x: [indicator("p", "higher_is_better")] });
    expect(scores(run(c, rows))).toEqual({ A: 0, B: 1 });
    expect(scores(run(c, rows, { breakdown: { sex: "K" } }))).toEqual({ A: 1, B: 0 });
    const dup = computeIndex(c, [...rows, { area: "A", indicator: "p", year: 2022, value: 5 }]);
    expect(dup).toEqual({ ok: false, error: "invalid_values", problems: { "A/p/2022": [{ code: "duplicate_value" }] } });
  });

  it("ignores values of indicators that are not configured", () => {
    const r = run(config({ x: [indicator("p", "higher_is_better")] }), [...values({ p: { A: 1, B: 2 } }), { area: "Z", indicator: "other", year: 2022, value: 1 }]);
    expect(r.areas.map((a) => a.area)).toEqual(["A", "B"]);
  });
});
