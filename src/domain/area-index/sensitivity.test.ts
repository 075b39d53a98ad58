import { describe, expect, it } from "vitest";
import { computeIndex } from "./compute.ts";
import { type Aggregation, NORMALISATION_METHODS, allowsAggregation } from "./config.ts";
import { sensitivity } from "./sensitivity.ts";
import { config, indicator, synthetic, values } from "./test-support.ts";

const c = config({ x: [indicator("p", "higher_is_better"), indicator("q", "higher_is_worse")], y: [indicator("r", "higher_is_better")] });
const v = values({ p: { A: 10, B: 20, C: 40 }, q: { A: 5, B: 3, C: 1 }, r: { A: 3, B: 1, C: 2 } });

function run(...args: Parameters<typeof sensitivity>) {
  const r = sensitivity(...args);
  if (!r.ok) throw new Error(`${r.error}: ${JSON.stringify(r.problems)}`);
  return r.value;
}

describe("sensitivity", () => {
  it("without jitter and with one method every draw gives the configured ranks", () => {
    const r = run(c, v, { draws: 200, seed: 1, weightJitter: 0, topK: 1 });
    // configured ranks (hand-computed in compute.test.ts): B 1, A 2, C 3
    expect(r.areas).toEqual([
      { area: "B", rank: 1, rankMin: 1, rankMax: 1, rankMedian: 1, rankP5: 1, rankP95: 1, topKShare: 1 },
      { area: "A", rank: 2, rankMin: 2, rankMax: 2, rankMedian: 2, rankP5: 2, rankP95: 2, topKShare: 0 },
      { area: "C", rank: 3, rankMin: 3, rankMax: 3, rankMedian: 3, rankP5: 3, rankP95: 3, topKShare: 0 },
    ]);
  });

  it("when two areas swap depending on the weights, each leads about half the draws", () => {
    // A is best on p and worst on q, B the opposite: A's score is p's weight share, B's is q's.
    const swap = config({ x: [indicator("p", "higher_is_better"), indicator("q", "higher_is_better")] });
    const r = run(swap, values({ p: { A: 1, B: 0 }, q: { A: 0, B: 1 } }), { draws: 10_000, seed: 7, weightJitter: 0.5, topK: 1 });
    for (const a of r.areas) {
      expect(a).toMatchObject({ rankMin: 1, rankMax: 2, rankP5: 1, rankP95: 2 });
      expect(a.topKShare).toBeGreaterThan(0.47);
      expect(a.topKShare).toBeLessThan(0.53);
    }
    expect(r.areas[0]!.topKShare + r.areas[1]!.topKShare).toBeCloseTo(1, 12);
  });

  it("varies the normalisation method and the aggregation", () => {
    const r = run(c, v, {
      draws: 2000,
      seed: 3,
      weightJitter: 0.3,
      methods: ["minmax", "zscore", "rank"],
      aggregations: [
        { withinDimensions: "arithmetic", acrossDimensions: "arithmetic" },
        { withinDimensions: "geometric_shifted", acrossDimensions: "geometric_shifted" },
        { withinDimensions: "geometric", acrossDimensions: "geometric", floor: 0.05 },
      ],
    });
    expect(r.methods).toEqual(["minmax", "zscore", "rank"]);
    expect(r.areas.map((a) => a.area)).toEqual(["B", "A", "C"]);
    for (const a of r.areas) {
      expect(a.rankMin).toBeLessThanOrEqual(a.rankP5);
      expect(a.rankP5).toBeLessThanOrEqual(a.rankMedian);
      expect(a.rankMedian).toBeLessThanOrEqual(a.rankP95);
      expect(a.rankP95).toBeLessThanOrEqual(a.rankMax);
    }
  });

  it("refuses to draw distance_to_reference together with the shifted geometric mean", () => {
    const withRef = config({ x: [indicator("p", "higher_is_better", { reference: 20 })] });
    const r = sensitivity(withRef, values({ p: { A: 1, B: 2 } }), {
      draws: 10,
      seed: 1,
      weightJitter: 0,
      methods: ["minmax", "distance_to_reference"],
      aggregations: [{ withinDimensions: "geometric_shifted", acrossDimensions: "arithmetic" }],
    });
    expect(r).toEqual({ ok: false, error: "invalid_options", problems: { "methods[1]": [{ code: "geometric_draw", params: { method: "distance_to_reference", aggregation: 0 } }] } });
  });

  describe("with the geometric mean, no draw can meet a value ≤ 0", () => {
    const gp = { goalposts: { min: 0, max: 50 } };
    const c2 = config(
      { x: [indicator("p", "higher_is_better", gp), indicator("q", "higher_is_better", gp)], y: [indicator("r", "higher_is_better", gp)] },
      { normalisation: { method: "goalposts" }, aggregation: { withinDimensions: "geometric", acrossDimensions: "geometric" } },
    );
    const positive = values({ p: { A: 10, B: 20, C: 40 }, q: { A: 5, B: 30, C: 1 }, r: { A: 3, B: 1, C: 2 } });

    it("without a floor, methods that give 0 or negative values are refused before drawing", () => {
      const r = sensitivity(c2, positive, { draws: 10, seed: 1, weightJitter: 0.2, methods: ["goalposts", "minmax", "zscore", "rank"] });
      expect(r).toMatchObject({
        ok: false,
        error: "invalid_options",
        problems: {
          "methods[1]": [{ code: "geometric_draw_floor", params: { method: "minmax", aggregation: 0 } }],
          "methods[2]": [{ code: "geometric_draw_floor", params: { method: "zscore", aggregation: 0 } }],
          "methods[3]": [{ code: "geometric_draw_floor", params: { method: "rank", aggregation: 0 } }],
        },
      });
      expect(Object.keys(r.ok ? {} : r.problems)).not.toContain("methods[0]");
      expect(run(c2, positive, { draws: 50, seed: 1, weightJitter: 0.2, methods: ["goalposts"] }).areas).toHaveLength(3);
    });

    it("without a floor, goalposts with a value at the lower goalpost are refused naming area and indicator", () => {
      // The configured method is arithmetic, so the base computation works; a drawn geometric mean would meet B/q = 0.
      const arithmetic = { ...c2, aggregation: { withinDimensions: "arithmetic" as const, acrossDimensions: "arithmetic" as const } };
      const zero = values({ p: { A: 10, B: 20, C: 40 }, q: { A: 5, B: 0, C: 1 }, r: { A: 3, B: 1, C: 2 } });
      const r = sensitivity(arithmetic, zero, { draws: 10, seed: 1, weightJitter: 0.2, aggregations: [arithmetic.aggregation, { withinDimensions: "geometric", acrossDimensions: "arithmetic" }] });
      expect(r).toEqual({ ok: false, error: "invalid_options", problems: { "methods[0]": [{ code: "geometric_draw_value", params: { area: "B", where: "q", value: 0 } }] } });
      // Across dimensions only, B's dimension x is still > 0 under any weights (p is 0.4): accepted.
      expect(run(arithmetic, zero, { draws: 10, seed: 1, weightJitter: 0.2, aggregations: [{ withinDimensions: "arithmetic", acrossDimensions: "geometric" }] }).areas).toHaveLength(3);
      // A dimension whose values are all 0 is refused, naming the dimension.
      const allZero = values({ p: { A: 10, B: 0, C: 40 }, q: { A: 5, B: 0, C: 1 }, r: { A: 3, B: 1, C: 2 } });
      const across = sensitivity(arithmetic, allZero, { draws: 10, seed: 1, weightJitter: 0.2, aggregations: [{ withinDimensions: "arithmetic", acrossDimensions: "geometric" }] });
      expect(across).toEqual({ ok: false, error: "invalid_options", problems: { "methods[0]": [{ code: "geometric_draw_value", params: { area: "B", where: "x", value: 0 } }] } });
    });

    it("with a floor, every method can be drawn, and the floor is applied as computeIndex does", () => {
      const floored = { ...c2, aggregation: { ...c2.aggregation, floor: 0.01 } };
      const r = run(floored, positive, { draws: 400, seed: 2, weightJitter: 0.3, methods: ["goalposts", "minmax", "zscore", "rank"] });
      for (const a of r.areas) expect(a.rankMin).toBeGreaterThanOrEqual(1), expect(a.rankMax).toBeLessThanOrEqual(3);
      for (const method of ["minmax", "zscore", "rank"] as const) {
        const one = { ...floored, normalisation: { method } };
        const base = computeIndex(one, positive);
        if (!base.ok) throw new Error(base.error);
        const s = run(one, positive, { draws: 3, seed: 1, weightJitter: 0 });
        for (const a of s.areas) expect([a.rankMin, a.rankMax]).toEqual([a.rank, a.rank]);
        expect(s.areas.map((a) => [a.area, a.rank])).toEqual(base.value.areas.map((a) => [a.area, a.rank]));
      }
    });
  });

  it("is deterministic for a seed", () => {
    const opts = { draws: 500, seed: 99, weightJitter: 0.9, methods: ["minmax", "zscore"] as const };
    const a = run(c, v, { ...opts, methods: [...opts.methods] });
    const b = run(c, v, { ...opts, methods: [...opts.methods] });
    expect(a).toEqual(b);
  });

  it("refuses bad options, naming them", () => {
    const r = sensitivity(c, v, { draws: 0, seed: 1.5, weightJitter: 1, topK: 0, methods: ["goalposts"] });
    expect(r).toMatchObject({
      ok: false,
      error: "invalid_options",
      problems: {
        draws: [{ code: "draws_range", params: { found: 0 } }],
        seed: [{ code: "whole_number", params: { found: 1.5 } }],
        weightJitter: [{ code: "jitter_range", params: { found: 1 } }],
        topK: [{ code: "whole_number_positive", params: { found: 0 } }],
        "dimensions[0].indicators[0].goalposts": [{ code: "goalposts_required", params: { path: "methods[0]" } }],
      },
    });
  });

  it("agrees with computeIndex draw by draw for every method and aggregation (no jitter)", () => {
    const { config: sc, values: sv } = synthetic(14, 20, 5);
    const aggregations: Aggregation[] = [
      { withinDimensions: "arithmetic", acrossDimensions: "arithmetic" },
      { withinDimensions: "geometric", acrossDimensions: "geometric", floor: 0.02 },
      { withinDimensions: "geometric", acrossDimensions: "arithmetic", floor: 0.5 },
      { withinDimensions: "arithmetic", acrossDimensions: "geometric", floor: 0.3 },
      { withinDimensions: "geometric_shifted", acrossDimensions: "geometric_shifted" },
    ];
    for (const method of NORMALISATION_METHODS) {
      for (const aggregation of aggregations) {
        if (!allowsAggregation(method, aggregation)) continue;
        const cc = { ...sc, normalisation: { method }, aggregation };
        const base = computeIndex(cc, sv);
        if (!base.ok) throw new Error(base.error);
        const r = run(cc, sv, { draws: 3, seed: 1, weightJitter: 0 });
        for (const a of r.areas) {
          expect(a.rankMin).toBe(a.rank);
          expect(a.rankMax).toBe(a.rank);
        }
        expect(r.areas.map((a) => a.area)).toEqual(base.value.areas.map((a) => a.area));
      }
    }
  });
});
