/**
 * Monte Carlo sensitivity of the ranking: how much does an area's rank depend on choices that
 * could reasonably have been made otherwise? Each draw picks a normalisation method and an
 * aggregation pair (uniformly from the ones given) and multiplies every indicator weight and
 * every dimension weight by an independent factor drawn uniformly from [1 − jitter, 1 + jitter]
 * (the weights are then normalised as usual). The ranks over all draws are summarised per area.
 *
 * A draw can never meet a value the aggregation cannot take: combinations that cannot work are
 * refused before drawing. A method without a lower bound is not drawn with the shifted geometric
 * mean; with the geometric mean and no `floor`, only goalposts may be drawn, and only when the
 * data give every value entering a geometric mean a value > 0 under any weights (checked once
 * per method, naming the area and indicator or dimension that fails). With a `floor`, the floor
 * is applied exactly as in `computeIndex`.
 *
 * Percentiles are nearest-rank: the p-th percentile is the smallest rank r such that at least
 * ⌈p/100 · draws⌉ draws gave a rank ≤ r; the median is the 50th percentile.
 *
 * Fast: normalised values (and their logarithms) are computed once per method; a draw only
 * re-weights, aggregates and sorts the areas in preallocated typed arrays.
 */
import { ok } from "../result.ts";
import { AGGREGATION_METHODS, type Aggregation, type IndexConfig, NORMALISATION_METHODS, type NormalisationMethod, aggregationProblem, methodRequirement } from "./config.ts";
import { type ComputeOptions, type IndexError, type Prepared, computePrepared, configuredWeights, geometricShift, normalise, prepare } from "./compute.ts";
import { type IndexProblems, type ProblemResult, ProblemCollector, refuse } from "./problems.ts";
import { mulberry32 } from "./prng.ts";
import type { IndicatorValue } from "./values.ts";

export interface SensitivityOptions extends ComputeOptions {
  /** Number of draws, e.g. 10 000. */
  draws: number;
  /** Seed of the PRNG: the same seed gives the same result. */
  seed: number;
  /** 0 ≤ jitter < 1: each weight is multiplied by a factor uniform in [1 − jitter, 1 + jitter]. */
  weightJitter: number;
  /** Normalisation methods to draw from; default: the configured one. */
  methods?: NormalisationMethod[];
  /** Aggregation pairs to draw from; default: the configured one. */
  aggregations?: Aggregation[];
  /** Report the share of draws in which the area is among the k areas of greatest need; default 3. */
  topK?: number;
}

export interface AreaSensitivity {
  area: string;
  /** The rank with the configuration as it is (1 = greatest need). */
  rank: number;
  rankMin: number;
  rankMax: number;
  rankMedian: number;
  rankP5: number;
  rankP95: number;
  /** Share of draws (0–1) in which the area's rank was ≤ topK. */
  topKShare: number;
}

export interface SensitivityResult {
  draws: number;
  seed: number;
  weightJitter: number;
  topK: number;
  methods: NormalisationMethod[];
  aggregations: Aggregation[];
  /** Scored areas, ordered by their rank with the configuration as it is. */
  areas: AreaSensitivity[];
}

export type SensitivityError = IndexError | "invalid_options";

function checkOptions(config: IndexConfig, o: SensitivityOptions, methods: NormalisationMethod[], aggregations: Aggregation[]): IndexProblems {
  const c = new ProblemCollector();
  const requirements: IndexProblems = {};
  if (!Number.isInteger(o.draws) || o.draws < 1 || o.draws > 10_000_000) c.set("draws", "draws_range", { found: o.draws });
  if (!Number.isInteger(o.seed)) c.set("seed", "whole_number", { found: o.seed });
  if (!(o.weightJitter >= 0 && o.weightJitter < 1)) c.set("weightJitter", "jitter_range", { found: o.weightJitter });
  if (o.topK !== undefined && (!Number.isInteger(o.topK) || o.topK < 1)) c.set("topK", "whole_number_positive", { found: o.topK });
  if (methods.length === 0) c.set("methods", "methods_empty");
  methods.forEach((m, k) => {
    if (!NORMALISATION_METHODS.includes(m)) c.set(`methods[${k}]`, "must_be_one_of", { allowed: NORMALISATION_METHODS.join(", "), found: JSON.stringify(m) });
    else Object.assign(requirements, methodRequirement(config, m, `methods[${k}]`));
  });
  if (aggregations.length === 0) c.set("aggregations", "aggregations_empty");
  aggregations.forEach((g, k) => {
    if (!AGGREGATION_METHODS.includes(g.withinDimensions) || !AGGREGATION_METHODS.includes(g.acrossDimensions))
      c.set(`aggregations[${k}]`, "aggregation_methods");
    else
      methods.forEach((m, j) => {
        const problem = NORMALISATION_METHODS.includes(m) ? aggregationProblem(m, g) : undefined;
        if (problem) c.set(`methods[${j}]`, problem === "geometric_unbounded" ? "geometric_draw" : "geometric_draw_floor", { method: m, aggregation: k });
      });
  });
  return { ...c.problems, ...requirements };
}

export function sensitivity(config: IndexConfig, values: readonly IndicatorValue[], options: SensitivityOptions): ProblemResult<SensitivityResult, SensitivityError> {
  const methods = options.methods ?? [config.normalisation.method];
  const aggregations = options.aggregations ?? [config.aggregation];
  const problems = checkOptions(config, options, methods, aggregations);
  if (Object.keys(problems).length > 0) return refuse("invalid_options", problems);

  const prepared = prepare(config, values, options);
  if (!prepared.ok) return prepared;
  const p = prepared.value;
  const base = computePrepared(p, config.normalisation.method, config.aggregation);
  if (!base.ok) return base;

  // Scored areas only, compacted.
  const rowsOf: number[] = [];
  for (let a = 0; a < p.areas.length; a++) if (p.scored[a]) rowsOf.push(a);
  const A = rowsOf.length;
  const I = p.indicators.length;
  const D = p.config.dimensions.length;
  const topK = Math.min(options.topK ?? 3, A);

  // Per method: normalised values, their shifted logarithms, and the shift; per method and
  // aggregation with a geometric mean within dimensions, the logarithms of the floored values.
  const M = methods.length;
  const G = aggregations.length;
  const N: Float64Array[] = [];
  const LS: Float64Array[] = [];
  const LG: (Float64Array | null)[][] = [];
  const shift = new Float64Array(M);
  for (let m = 0; m < M; m++) {
    const full = normalise(p, methods[m]!);
    if (!full.ok) return full;
    const n = new Float64Array(A * I);
    for (let k = 0; k < A; k++) for (let i = 0; i < I; i++) n[k * I + i] = full.value[rowsOf[k]! * I + i]!;
    const refused = nonPositiveProblem(p, rowsOf, n, aggregations, `methods[${m}]`);
    if (refused) return refuse("invalid_options", refused);
    const s = geometricShift(methods[m]!, A);
    const ls = new Float64Array(A * I);
    for (let c = 0; c < A * I; c++) ls[c] = Math.log(n[c]! + s); // NaN stays NaN
    N.push(n);
    LS.push(ls);
    LG.push(
      aggregations.map((g) => {
        if (g.withinDimensions !== "geometric") return null;
        const f = g.floor ?? 0;
        const lg = new Float64Array(A * I);
        for (let c = 0; c < A * I; c++) lg[c] = Math.log(Math.max(n[c]!, f)); // NaN stays NaN; > 0 checked above
        return lg;
      }),
    );
    shift[m] = s;
  }
  // 0 arithmetic, 1 geometric, 2 shifted geometric.
  const kind = (a: Aggregation["withinDimensions"]) => (a === "geometric" ? 1 : a === "geometric_shifted" ? 2 : 0);
  const within = new Uint8Array(aggregations.map((g) => kind(g.withinDimensions)));
  const across = new Uint8Array(aggregations.map((g) => kind(g.acrossDimensions)));
  const floors = new Float64Array(aggregations.map((g) => g.floor ?? 0));

  const baseWeights = configuredWeights(p.config);
  const wi = new Float64Array(I);
  const wd = new Float64Array(D);
  const dimStart = p.dimStart;
  const dimScore = new Float64Array(A * D);
  const score = new Float64Array(A);
  const order = new Int32Array(A);
  const hist = new Int32Array(A * A); // hist[area * A + rank - 1]
  const jitter = options.weightJitter;
  const random = mulberry32(options.seed);

  for (let draw = 0; draw < options.draws; draw++) {
    const m = M > 1 ? Math.floor(random() * M) : 0;
    const g = G > 1 ? Math.floor(random() * G) : 0;
    for (let i = 0; i < I; i++) wi[i] = baseWeights.indicator[i]! * (1 + jitter * (2 * random() - 1));
    for (let d = 0; d < D; d++) wd[d] = baseWeights.dimension[d]! * (1 + jitter * (2 * random() - 1));
    const kw = within[g]!;
    const values = kw === 1 ? LG[m]![g]! : kw === 2 ? LS[m]! : N[m]!;
    const sm = shift[m]!;
    const floor = floors[g]!;
    for (let a = 0; a < A; a++) {
      const row = a * I;
      for (let d = 0; d < D; d++) {
        let acc = 0;
        let sw = 0;
        for (let i = dimStart[d]!; i < dimStart[d + 1]!; i++) {
          const v = values[row + i]!;
          if (v === v) {
            acc += wi[i]! * v;
            sw += wi[i]!;
          }
        }
        dimScore[a * D + d] = sw > 0 ? (kw === 1 ? Math.exp(acc / sw) : kw === 2 ? Math.exp(acc / sw) - sm : acc / sw) : Number.NaN;
      }
    }
    const ka = across[g]!;
    for (let a = 0; a < A; a++) {
      let acc = 0;
      let sw = 0;
      for (let d = 0; d < D; d++) {
        const v = dimScore[a * D + d]!;
        if (v === v) {
          acc += wd[d]! * (ka === 1 ? Math.log(Math.max(v, floor)) : ka === 2 ? Math.log(v + sm) : v);
          sw += wd[d]!;
        }
      }
      score[a] = ka === 1 ? Math.exp(acc / sw) : ka === 2 ? Math.exp(acc / sw) - sm : acc / sw;
    }

    // Sort areas by score (insertion sort: few areas), then ranks with ties sharing the best.
    for (let a = 0; a < A; a++) {
      const s = score[a]!;
      let k = a - 1;
      while (k >= 0 && score[order[k]!]! > s) {
        order[k + 1] = order[k]!;
        k--;
      }
      order[k + 1] = a;
    }
    let rank = 1;
    for (let k = 0; k < A; k++) {
      const a = order[k]!;
      if (k > 0 && score[a]! !== score[order[k - 1]!]!) rank = k + 1;
      hist[a * A + rank - 1]!++;
    }
  }

  const draws = options.draws;
  const percentile = (a: number, pct: number): number => {
    const target = Math.max(1, Math.ceil((pct / 100) * draws));
    let cum = 0;
    for (let r = 0; r < A; r++) {
      cum += hist[a * A + r]!;
      if (cum >= target) return r + 1;
    }
    return A;
  };
  const baseRank = new Map(base.value.areas.map((x) => [x.area, x.rank] as const));
  const areas: AreaSensitivity[] = rowsOf.map((row, a) => {
    let min = 0;
    let max = 0;
    let top = 0;
    for (let r = 0; r < A; r++) {
      const c = hist[a * A + r]!;
      if (c > 0) {
        if (min === 0) min = r + 1;
        max = r + 1;
      }
      if (r < topK) top += c;
    }
    return {
      area: p.areas[row]!,
      rank: baseRank.get(p.areas[row]!)!,
      rankMin: min,
      rankMax: max,
      rankMedian: percentile(a, 50),
      rankP5: percentile(a, 5),
      rankP95: percentile(a, 95),
      topKShare: top / draws,
    };
  });
  areas.sort((u, v) => u.rank - v.rank || (u.area < v.area ? -1 : u.area > v.area ? 1 : 0));
  return ok({ draws, seed: options.seed, weightJitter: jitter, topK, methods, aggregations, areas });
}

/**
 * With a geometric mean and no floor, a method's values must let every geometric mean stay
 * defined under any weights: within dimensions every value > 0; across dimensions every
 * dimension score > 0, which holds when its values are all > 0, or all ≥ 0 with one > 0 (the
 * weights are never 0). Returns the first problem, or undefined.
 */
function nonPositiveProblem(p: Prepared, rowsOf: readonly number[], n: Float64Array, aggregations: readonly Aggregation[], where: string): IndexProblems | undefined {
  const I = p.indicators.length;
  for (const g of aggregations) {
    if (g.floor !== undefined) continue;
    const geoWithin = g.withinDimensions === "geometric";
    if (!geoWithin && g.acrossDimensions !== "geometric") continue;
    for (let k = 0; k < rowsOf.length; k++) {
      for (let d = 0; d < p.config.dimensions.length; d++) {
        let positive = 0;
        let negative = -1;
        let zero = -1;
        for (let i = p.dimStart[d]!; i < p.dimStart[d + 1]!; i++) {
          const v = n[k * I + i]!;
          if (!(v === v)) continue;
          if (v > 0) positive++;
          else if (v < 0 && negative < 0) negative = i;
          else if (v === 0 && zero < 0) zero = i;
        }
        // Within: any value ≤ 0 fails. Across (after an arithmetic or shifted mean): a negative
        // value may make the dimension score ≤ 0 under some weights; all zeros make it 0.
        const bad = negative >= 0 ? negative : geoWithin ? zero : -1;
        const allZero = !geoWithin && negative < 0 && positive === 0 && zero >= 0;
        if (bad >= 0 || allZero) {
          const c = new ProblemCollector();
          const place = bad >= 0 ? p.indicators[bad]!.key : p.config.dimensions[d]!.key;
          const value = bad >= 0 ? Math.round(n[k * I + bad]! * 1e6) / 1e6 : 0;
          c.set(where, "geometric_draw_value", { area: p.areas[rowsOf[k]!]!, where: place, value });
          return c.problems;
        }
      }
    }
  }
  return undefined;
}
