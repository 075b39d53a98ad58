/** Property tests: invariants that must hold for any data and any method. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type IndexResult, computeIndex } from "./compute.ts";
import {
  AGGREGATION_METHODS,
  type Aggregation,
  type AggregationMethod,
  type IndexConfig,
  MISSING_RULES,
  NORMALISATION_METHODS,
  type NormalisationMethod,
  isBounded,
  usesGeometric,
  validateIndexConfig,
} from "./config.ts";
import { config, indicator } from "./test-support.ts";
import type { IndicatorValue } from "./values.ts";

const AREAS = ["A", "B", "C", "D", "E", "F", "G"];

interface Case {
  config: IndexConfig;
  values: IndicatorValue[];
}

/** Two or three dimensions of one to three indicators, 2–7 areas, values in [1, 100] (some missing). */
const arbCase = (opts: { method?: NormalisationMethod; missing?: boolean } = {}) =>
  fc
    .record({
      dims: fc.array(fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 3 }),
      areaCount: fc.integer({ min: 2, max: AREAS.length }),
      method: opts.method ? fc.constant(opts.method) : fc.constantFrom(...NORMALISATION_METHODS),
      within: fc.constantFrom(...AGGREGATION_METHODS),
      across: fc.constantFrom(...AGGREGATION_METHODS),
      weights: fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), { minLength: 12, maxLength: 12 }),
      cells: fc.array(fc.option(fc.double({ min: 1, max: 100, noNaN: true }), { freq: opts.missing ? 6 : 1_000_000, nil: null }), { minLength: 63, maxLength: 63 }),
      floor: fc.option(fc.double({ min: 0.001, max: 0.5, noNaN: true }), { nil: undefined }),
    })
    .map(({ dims, areaCount, method, within, across, weights, cells, floor }): Case => {
      let k = 0;
      const table: Record<string, ReturnType<typeof indicator>[]> = {};
      dims.forEach((inds, d) => {
        table[`d${d}`] = inds.map((better) => {
          const key = `i${k}`;
          return indicator(key, better ? "higher_is_better" : "higher_is_worse", { weight: weights[k++]!, goalposts: { min: 0, max: 120 }, reference: 40 });
        });
      });
      // What validation allows: distance_to_reference has no lower bound, so it is never shifted;
      // the geometric mean needs a floor except with goalposts (every cell ≥ 1 lies above 0 here).
      const level = (m: AggregationMethod): AggregationMethod => (method === "distance_to_reference" && m === "geometric_shifted" ? "arithmetic" : m);
      const aggregation: Aggregation = { withinDimensions: level(within), acrossDimensions: level(across) };
      if (usesGeometric(aggregation) && (floor !== undefined || method !== "goalposts")) aggregation.floor = floor ?? 0.01;
      const c = config(table, { normalisation: { method }, aggregation, missing: "exclude" });
      c.dimensions.forEach((d, i) => (d.weight = weights[11 - i]!));
      const values: IndicatorValue[] = [];
      for (let a = 0; a < areaCount; a++)
        for (let i = 0; i < k; i++) values.push({ area: AREAS[a]!, indicator: `i${i}`, year: 2022, value: cells[a * 9 + i]! });
      // At least one observed value: with none, computing rightly refuses (no_data), which compute.test.ts covers.
      if (values.every((v) => v.value === null)) values[0] = { ...values[0]!, value: 50 };
      return { config: c, values };
    });

function compute(c: IndexConfig, v: IndicatorValue[]): IndexResult {
  const r = computeIndex(c, v);
  if (!r.ok) throw new Error(`${r.error}: ${JSON.stringify(r.problems)}`);
  return r.value;
}
const scoreOf = (r: IndexResult, area: string) => r.areas.find((a) => a.area === area)!.score;

describe("area index properties", () => {
  it("the generated configurations are ones validation accepts", () => {
    fc.assert(
      fc.property(arbCase(), (k) => {
        expect(validateIndexConfig(JSON.parse(JSON.stringify(k.config)))).toMatchObject({ ok: true });
      }),
      { numRuns: 200 },
    );
  });

  it("a geometric mean with a floor is never below the floor, and never above the largest input", () => {
    fc.assert(
      fc.property(arbCase({ missing: true }), (k) => {
        const agg = k.config.aggregation;
        if (agg.withinDimensions !== "geometric" || agg.floor === undefined) return;
        const r = compute(k.config, k.values);
        for (const a of r.areas)
          for (const d of a.dimensions) {
            if (d.score === null) continue;
            const used = d.indicators.filter((i) => i.normalised !== null).map((i) => Math.max(i.normalised!, agg.floor!));
            expect(d.score).toBeGreaterThanOrEqual(agg.floor - 1e-12);
            expect(d.score).toBeLessThanOrEqual(Math.max(...used) + 1e-12);
          }
      }),
      { numRuns: 200 },
    );
  });

  it("worsening a higher-is-worse indicator (or lowering a higher-is-better one) never improves the area's score", () => {
    fc.assert(
      fc.property(arbCase(), fc.nat(), fc.double({ min: 0.01, max: 50, noNaN: true }), (k, pick, delta) => {
        const i = pick % k.values.length;
        const row = k.values[i]!;
        if (row.value === null) return;
        const worse = k.config.dimensions.flatMap((d) => d.indicators).find((x) => x.key === row.indicator)!.direction === "higher_is_worse";
        const changed = k.values.map((v, j) => (j === i ? { ...v, value: v.value! + (worse ? delta : -delta) } : v));
        const before = scoreOf(compute(k.config, k.values), row.area)!;
        const refused = computeIndex(k.config, changed);
        if (!refused.ok) {
          // Only goalposts without a floor may be refused, when the change takes the value to the lower goalpost.
          const dimension = k.config.dimensions.find((d) => d.indicators.some((x) => x.key === row.indicator))!.key;
          expect(refused.error).toBe("non_positive");
          expect(Object.keys(refused.problems)).toEqual([expect.stringMatching(new RegExp(`^${row.area}/(${row.indicator}|${dimension})$`))]);
          expect(k.config.aggregation.floor).toBeUndefined();
          return;
        }
        const after = scoreOf(refused.value, row.area)!;
        expect(after).toBeLessThanOrEqual(before + 1e-9 * Math.max(1, Math.abs(before)));
      }),
      { numRuns: 400 },
    );
  });

  it("the order of areas and rows does not change the result", () => {
    fc.assert(
      fc.property(arbCase({ missing: true }), fc.array(fc.nat(), { minLength: 63, maxLength: 63 }), (k, keys) => {
        const shuffled = k.values
          .map((v, j) => ({ v, key: keys[j % keys.length]! * 100 + j }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.v);
        expect(compute(k.config, shuffled)).toEqual(compute(k.config, k.values));
      }),
      { numRuns: 200 },
    );
  });

  it("bounded methods (min–max, goalposts, rank) give scores and dimension scores in [0, 1]", () => {
    fc.assert(
      fc.property(arbCase({ missing: true }), fc.constantFrom<NormalisationMethod>("minmax", "goalposts", "rank"), (k, method) => {
        const aggregation = usesGeometric(k.config.aggregation) && method !== "goalposts" ? { floor: 0.01, ...k.config.aggregation } : k.config.aggregation;
        const r = compute({ ...k.config, normalisation: { method }, aggregation }, k.values);
        expect(isBounded(method)).toBe(true);
        for (const a of r.areas) {
          if (a.score === null) continue;
          expect(a.score).toBeGreaterThanOrEqual(-1e-12);
          expect(a.score).toBeLessThanOrEqual(1 + 1e-12);
          for (const d of a.dimensions) if (d.score !== null) expect(d.score).toBeGreaterThanOrEqual(-1e-12), expect(d.score).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("contributions add up to the score and weights to 1, for every method and aggregation", () => {
    fc.assert(
      fc.property(arbCase({ missing: true }), (k) => {
        const r = compute(k.config, k.values);
        for (const a of r.areas) {
          if (a.score === null) continue;
          const inds = a.dimensions.flatMap((d) => d.indicators);
          const sum = inds.reduce((s, i) => s + i.contribution, 0);
          expect(sum).toBeCloseTo(a.score, 9);
          expect(inds.reduce((s, i) => s + i.weight, 0)).toBeCloseTo(1, 12);
          expect(a.dimensions.reduce((s, d) => s + d.contribution, 0)).toBeCloseTo(a.score, 9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("ranks run from 1 (lowest score) upwards and follow the scores", () => {
    fc.assert(
      fc.property(arbCase({ missing: true }), fc.constantFrom(...MISSING_RULES.filter((m) => m !== "fail")), (k, missing) => {
        const r = computeIndex({ ...k.config, missing }, k.values);
        if (!r.ok) return; // "mean" with an indicator no area has
        const scored = r.value.areas.filter((a) => a.score !== null);
        if (scored.length === 0) return;
        expect(Math.min(...scored.map((a) => a.rank!))).toBe(1);
        for (const a of scored) for (const b of scored) if (a.score! < b.score!) expect(a.rank!).toBeLessThan(b.rank!);
      }),
      { numRuns: 200 },
    );
  });
});
