import { describe, expect, it } from "vitest";
import { computeIndex } from "./compute.ts";
import { NORMALISATION_METHODS } from "./config.ts";
import { sensitivity } from "./sensitivity.ts";
import { config, indicator, synthetic, values } from "./test-support.ts";

const c = config({ x: [indicator("p", "higher_is_better"), indicator("q", "higher_is_worse")], y: [indicator("r", "higher_is_better")] });
const v = values({ p: { A: 10, B: 20, C: 40 }, q: { A: 5, B: 3, C: 1 }, r: { A: 3, B: 1, C: 2 } });

function run(...args: Parameters<typeof sensitivity>) {
  const r = sensitivity(...args);
  if (!r.ok) throw new Error(`${r.error}: ${JSON.stringify(r.detail)}`);
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
        { withinDimensions: "geometric", acrossDimensions: "geometric" },
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

  it("refuses to draw distance_to_reference together with a geometric mean", () => {
    const withRef = config({ x: [indicator("p", "higher_is_better", { reference: 20 })] });
    const r = sensitivity(withRef, values({ p: { A: 1, B: 2 } }), {
      draws: 10,
      seed: 1,
      weightJitter: 0,
      methods: ["minmax", "distance_to_reference"],
      aggregations: [{ withinDimensions: "geometric", acrossDimensions: "arithmetic" }],
    });
    expect(r).toMatchObject({ ok: false, error: "invalid_options", detail: { "methods[1]": expect.stringContaining("no lower bound") } });
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
      detail: {
        draws: expect.any(String),
        seed: expect.any(String),
        weightJitter: expect.any(String),
        topK: expect.any(String),
        "dimensions[0].indicators[0].goalposts": expect.stringContaining('required by methods[0] "goalposts"'),
      },
    });
  });

  it("agrees with computeIndex draw by draw for every method (no jitter)", () => {
    const { config: sc, values: sv } = synthetic(14, 20, 5);
    for (const method of NORMALISATION_METHODS) {
      for (const agg of method === "distance_to_reference" ? (["arithmetic"] as const) : (["arithmetic", "geometric"] as const)) {
        const cc = { ...sc, normalisation: { method }, aggregation: { withinDimensions: agg, acrossDimensions: agg } };
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
