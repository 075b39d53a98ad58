/**
 * The index engine: from a configuration and indicator values to a score, a rank and an
 * explanation per area. The rules are documented in `config.ts`; in short, score: higher =
 * better conditions; rank 1 = lowest score = greatest need.
 */
import { ok } from "../result.ts";
import {
  type Aggregation,
  type AggregationMethod,
  type IndexConfig,
  type IndicatorConfig,
  type NormalisationMethod,
  indicatorsOf,
  isBounded,
  minCountOf,
  transformValue,
} from "./config.ts";
import { type Breakdown, type IndicatorValue, breakdownKey, isSuppressed, yearsIn } from "./values.ts";
import { type ProblemResult, ProblemCollector, oneProblem, refuse } from "./problems.ts";

export type IndexError = "invalid_values" | "missing_values" | "no_data" | "non_positive";

export interface ComputeOptions {
  /** Use this year for every indicator (otherwise each indicator's `year`, else its latest year). */
  year?: number;
  /** Areas to include even when they have no rows (they are then listed without score). */
  areas?: readonly string[];
  /** Compute for one breakdown (e.g. { sex: "K" }) instead of the totals. */
  breakdown?: Breakdown;
}

export type ValueStatus = "observed" | "missing" | "suppressed";
const STATUS: readonly ValueStatus[] = ["observed", "missing", "suppressed"];

export interface IndicatorExplanation {
  key: string;
  /** The data year used for this indicator (null when it has no values at all). */
  year: number | null;
  status: ValueStatus;
  /** true when a missing or suppressed value was replaced by the mean (missing rule "mean"). */
  imputed: boolean;
  /** The value as published; null unless observed (a suppressed value is never shown). */
  value: number | null;
  /** After transformation and normalisation: higher = better. null when left out. */
  normalised: number | null;
  /** true when the normalised value was below `aggregation.floor` and entered the geometric mean as the floor. */
  floored: boolean;
  /** The indicator's share of the score after re-weighting (all shares add up to 1); 0 when left out. */
  weight: number;
  /** Its part of the score: the contributions of all indicators add up to the score. */
  contribution: number;
}

export interface DimensionScore {
  key: string;
  score: number | null;
  /** true when the score was below `aggregation.floor` and entered the geometric mean across dimensions as the floor. */
  floored: boolean;
  weight: number;
  contribution: number;
  indicators: IndicatorExplanation[];
}

export interface AreaScore {
  area: string;
  /** Higher = better conditions. null when the area has no values. */
  score: number | null;
  /** 1 = lowest score = greatest need. null when not scored. */
  rank: number | null;
  dimensions: DimensionScore[];
}

export interface IndexResult {
  configId: string;
  method: NormalisationMethod;
  aggregation: Aggregation;
  /** The data year used per indicator. */
  years: Record<string, number | null>;
  /** Ordered by rank (greatest need first), areas without score last, then by area code. */
  areas: AreaScore[];
}

// ---------------------------------------------------------------------------------------------
// Preparation: selection, suppression, transformation, missing values. Shared with sensitivity.

const OBSERVED = 0;
const MISSING = 1;
const SUPPRESSED = 2;

export interface Prepared {
  config: IndexConfig;
  areas: string[];
  indicators: IndicatorConfig[];
  /** dimStart[d]..dimStart[d+1]-1 are the indicators of dimension d (flattened in config order). */
  dimStart: Int32Array;
  years: (number | null)[];
  /** A × I transformed values (after imputation); NaN = left out. */
  x: Float64Array;
  /** A × I published values, null unless observed. */
  shown: (number | null)[];
  status: Uint8Array;
  imputed: Uint8Array;
  /** 1 when the area has at least one observed value. */
  scored: Uint8Array;
}

/**
 * The data year per indicator: `year` when given, else the indicator's `year`, else the latest
 * year with a value (not null) among `rows` (which are already the chosen breakdown).
 */
export function selectYears(indicators: readonly IndicatorConfig[], rows: readonly IndicatorValue[], year: number | undefined): (number | null)[] {
  const index = new Map(indicators.map((ind, i) => [ind.key, i] as const));
  const latest = new Array<number | null>(indicators.length).fill(null);
  for (const r of rows) {
    const i = index.get(r.indicator);
    if (i !== undefined && r.value !== null && (latest[i] === null || r.year > latest[i]!)) latest[i] = r.year;
  }
  return indicators.map((ind, i) => year ?? ind.year ?? latest[i] ?? null);
}

/**
 * Selects, suppresses, transforms and fills in the values. The areas are every area with a row
 * for a configured indicator (in any year and the chosen breakdown) plus `options.areas`.
 */
export function prepare(config: IndexConfig, values: readonly IndicatorValue[], options: ComputeOptions = {}): ProblemResult<Prepared, IndexError> {
  const indicators = indicatorsOf(config);
  const I = indicators.length;
  const index = new Map(indicators.map((ind, i) => [ind.key, i] as const));
  const wanted = breakdownKey(options.breakdown);
  const rows = values.filter((v) => index.has(v.indicator) && breakdownKey(v.breakdown) === wanted);

  const years = selectYears(indicators, rows, options.year);

  const areas = [...new Set([...(options.areas ?? []), ...rows.map((r) => r.area)])].sort();
  const A = areas.length;
  if (A === 0) return refuse("no_data", oneProblem("values", "no_values", { breakdown: wanted || undefined }));
  const areaIndex = new Map(areas.map((a, k) => [a, k] as const));

  const x = new Float64Array(A * I).fill(Number.NaN);
  const shown = new Array<number | null>(A * I).fill(null);
  const status = new Uint8Array(A * I).fill(MISSING);
  const imputed = new Uint8Array(A * I);
  const seen = new Uint8Array(A * I);
  const minCount = minCountOf(config);
  const errors = new ProblemCollector();

  for (const r of rows) {
    const i = index.get(r.indicator)!;
    if (r.year !== years[i]) continue;
    const a = areaIndex.get(r.area)!;
    const cell = a * I + i;
    const at = `${r.area}/${r.indicator}/${r.year}${wanted ? `/${wanted}` : ""}`;
    if (seen[cell]) {
      errors.set(at, "duplicate_value");
      continue;
    }
    seen[cell] = 1;
    if (r.value === null) continue;
    if (!Number.isFinite(r.value)) {
      errors.set(at, "value_not_finite", { value: r.value });
      continue;
    }
    if (isSuppressed(r, minCount)) {
      status[cell] = SUPPRESSED;
      continue;
    }
    const t = transformValue(r.value, indicators[i]!.transform);
    if (Number.isNaN(t)) {
      errors.set(at, "log_non_positive", { value: r.value, offset: indicators[i]!.transform?.log?.offset ?? 0, indicator: r.indicator, area: r.area });
      continue;
    }
    status[cell] = OBSERVED;
    shown[cell] = r.value;
    x[cell] = t;
  }
  if (!errors.empty) return refuse("invalid_values", errors.problems);

  const scored = new Uint8Array(A);
  for (let a = 0; a < A; a++) for (let i = 0; i < I; i++) if (status[a * I + i] === OBSERVED) scored[a] = 1;
  if (!scored.some((s) => s === 1)) return refuse("no_data", oneProblem("values", "no_usable_value", { year: options.year }));

  if (config.missing === "fail") {
    for (let a = 0; a < A; a++) {
      if (!scored[a]) {
        errors.set(areas[a]!, "area_no_values");
        continue;
      }
      for (let i = 0; i < I; i++) {
        const st = status[a * I + i];
        const at = `${areas[a]}/${indicators[i]!.key}`;
        if (st === MISSING) errors.set(at, years[i] === null ? "indicator_no_values_any_year" : "no_value_for_year", { year: years[i] ?? undefined });
        else if (st === SUPPRESSED) errors.set(at, "suppressed", { minCount });
      }
    }
    if (!errors.empty) return refuse("missing_values", errors.problems);
  } else if (config.missing === "mean") {
    for (let i = 0; i < I; i++) {
      let sum = 0;
      let n = 0;
      for (let a = 0; a < A; a++) if (status[a * I + i] === OBSERVED) (sum += x[a * I + i]!), n++;
      if (n === 0) {
        errors.set(indicators[i]!.key, "mean_impossible", { year: years[i] ?? undefined });
        continue;
      }
      for (let a = 0; a < A; a++)
        if (scored[a] && status[a * I + i] !== OBSERVED) {
          x[a * I + i] = sum / n;
          imputed[a * I + i] = 1;
        }
    }
    if (!errors.empty) return refuse("missing_values", errors.problems);
  }

  const dimStart = new Int32Array(config.dimensions.length + 1);
  config.dimensions.forEach((d, k) => (dimStart[k + 1] = dimStart[k]! + d.indicators.length));
  return ok({ config, areas, indicators, dimStart, years, x, shown, status, imputed, scored });
}

// ---------------------------------------------------------------------------------------------
// Normalisation

/** A × I normalised values (higher = better); NaN where the value is left out. */
export function normalise(p: Prepared, method: NormalisationMethod): ProblemResult<Float64Array, IndexError> {
  const A = p.areas.length;
  const I = p.indicators.length;
  const out = new Float64Array(A * I).fill(Number.NaN);
  const col = new Float64Array(A);
  const rows = new Int32Array(A);
  const errors = new ProblemCollector();
  let refRow = -1;
  if (method === "distance_to_reference" && p.config.normalisation.referenceArea !== undefined) {
    refRow = p.areas.indexOf(p.config.normalisation.referenceArea);
    if (refRow < 0) return refuse("missing_values", oneProblem("normalisation.referenceArea", "reference_area_no_values", { area: p.config.normalisation.referenceArea }));
  }
  for (let i = 0; i < I; i++) {
    const ind = p.indicators[i]!;
    const sign = ind.direction === "higher_is_better" ? 1 : -1;
    let n = 0;
    for (let a = 0; a < A; a++) {
      const v = p.x[a * I + i]!;
      if (v === v && p.scored[a]) {
        col[n] = sign * v;
        rows[n++] = a;
      }
    }
    if (n === 0) continue;
    const put = (k: number, v: number) => (out[rows[k]! * I + i] = v);
    // Spread below this counts as none: rounding noise must not be blown up to ±1.
    let scale = 1;
    for (let k = 0; k < n; k++) scale = Math.max(scale, Math.abs(col[k]!));
    const noSpread = 1e-12 * scale;
    switch (method) {
      case "zscore": {
        let mean = 0;
        for (let k = 0; k < n; k++) mean += col[k]!;
        mean /= n;
        let ss = 0;
        for (let k = 0; k < n; k++) ss += (col[k]! - mean) ** 2;
        const sd = Math.sqrt(ss / n);
        for (let k = 0; k < n; k++) put(k, sd > noSpread ? (col[k]! - mean) / sd : 0);
        break;
      }
      case "minmax": {
        let lo = Infinity;
        let hi = -Infinity;
        for (let k = 0; k < n; k++) (lo = Math.min(lo, col[k]!)), (hi = Math.max(hi, col[k]!));
        for (let k = 0; k < n; k++) put(k, hi - lo > noSpread ? (col[k]! - lo) / (hi - lo) : 0.5);
        break;
      }
      case "goalposts": {
        const g = ind.goalposts!;
        const lo = transformValue(g.min, ind.transform);
        const hi = transformValue(g.max, ind.transform);
        for (let k = 0; k < n; k++) {
          const v = sign * col[k]!;
          const r = sign > 0 ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo);
          put(k, Math.min(1, Math.max(0, r)));
        }
        break;
      }
      case "rank": {
        const order = Array.from({ length: n }, (_, k) => k).sort((u, w) => col[u]! - col[w]!);
        for (let s = 0; s < n; ) {
          let e = s;
          while (e + 1 < n && col[order[e + 1]!] === col[order[s]!]) e++;
          const avg = (s + e) / 2; // 0-based average rank of the tie group
          for (let t = s; t <= e; t++) put(order[t]!, n > 1 ? avg / (n - 1) : 0.5);
          s = e + 1;
        }
        break;
      }
      case "distance_to_reference": {
        let ref: number;
        if (refRow >= 0) {
          ref = p.x[refRow * I + i]!;
          if (!(ref === ref)) {
            errors.set(`${p.areas[refRow]}/${ind.key}`, "reference_area_no_indicator_value");
            continue;
          }
        } else ref = transformValue(ind.reference!, ind.transform);
        if (ref === 0) {
          errors.set(`${ind.key}`, "reference_value_zero");
          continue;
        }
        for (let k = 0; k < n; k++) put(k, (col[k]! - sign * ref) / Math.abs(ref));
        break;
      }
    }
  }
  if (!errors.empty) return refuse("missing_values", errors.problems);
  return ok(out);
}

/**
 * The shift s of the shifted geometric mean, fixed so that every input + s ≥ 1: 1 for bounded
 * methods; 1 + √(n − 1) for z-scores of n areas (a population z-score is ≥ −√(n − 1)). Not used
 * for distance_to_reference, which has no lower bound (validation refuses that combination).
 */
export function geometricShift(method: NormalisationMethod, scoredAreas: number): number {
  return isBounded(method) ? 1 : 1 + Math.sqrt(Math.max(0, scoredAreas - 1));
}

// ---------------------------------------------------------------------------------------------
// Aggregation with explanation

/** Weights normalised within each dimension (indicators) and across dimensions. */
export function configuredWeights(config: IndexConfig): { indicator: Float64Array; dimension: Float64Array } {
  const indicator = new Float64Array(indicatorsOf(config).map((i) => i.weight ?? 1));
  const dimension = new Float64Array(config.dimensions.map((d) => d.weight ?? 1));
  return { indicator, dimension };
}

interface Level {
  value: number;
  /** Parts of value, one per input (NaN inputs get 0), adding up to value. */
  parts: number[];
  /** Normalised weights actually used (0 for left-out inputs); they add up to 1. */
  weights: number[];
  /** Inputs raised to the floor (geometric only). */
  floored: boolean[];
  /** The inputs ≤ 0 that a geometric mean without a floor cannot take (by position). */
  nonPositive: number[];
}

/**
 * Aggregates the present inputs (NaN = left out) with weights normalised to add up to 1 over
 * them; NaN when none is present.
 * - arithmetic: Σ wᵢxᵢ, split as wᵢxᵢ.
 * - geometric: Π yᵢ^wᵢ with yᵢ = max(xᵢ, floor) (no floor: every xᵢ must be > 0, else
 *   `nonPositive` lists those that are not), split in proportion to wᵢyᵢ.
 * - geometric_shifted: Π(xᵢ + s)^wᵢ − s, split in proportion to wᵢ·ln(xᵢ + s).
 */
function aggregateLevel(inputs: number[], rawWeights: ArrayLike<number>, how: AggregationMethod, shift: number, floor: number | undefined): Level {
  let sw = 0;
  for (let k = 0; k < inputs.length; k++) if (inputs[k]! === inputs[k]!) sw += rawWeights[k]!;
  const weights = inputs.map((v, k) => (v === v && sw > 0 ? rawWeights[k]! / sw : 0));
  const floored = inputs.map(() => false);
  if (sw === 0) return { value: Number.NaN, parts: inputs.map(() => 0), weights, floored, nonPositive: [] };
  if (how === "arithmetic") {
    const parts = inputs.map((v, k) => (weights[k]! > 0 ? weights[k]! * v : 0));
    return { value: parts.reduce((s, v) => s + v, 0), parts, weights, floored, nonPositive: [] };
  }
  if (how === "geometric") {
    const used = inputs.map((v, k) => {
      if (!(weights[k]! > 0)) return 0;
      if (floor !== undefined && v < floor) {
        floored[k] = true;
        return floor;
      }
      return v;
    });
    const nonPositive = used.flatMap((y, k) => (weights[k]! > 0 && !(y > 0) ? [k] : []));
    if (nonPositive.length > 0) return { value: Number.NaN, parts: inputs.map(() => 0), weights, floored, nonPositive };
    let logSum = 0;
    let linear = 0;
    for (let k = 0; k < used.length; k++)
      if (weights[k]! > 0) {
        logSum += weights[k]! * Math.log(used[k]!);
        linear += weights[k]! * used[k]!;
      }
    const value = Math.exp(logSum);
    const parts = used.map((y, k) => (weights[k]! > 0 ? value * ((weights[k]! * y) / linear) : 0));
    return { value, parts, weights, floored, nonPositive: [] };
  }
  const logs = inputs.map((v, k) => (weights[k]! > 0 ? weights[k]! * Math.log(v + shift) : 0));
  const total = logs.reduce((s, v) => s + v, 0);
  const value = Math.exp(total) - shift;
  const parts = logs.map((l, k) => (total > 0 ? value * (l / total) : value * weights[k]!));
  return { value, parts, weights, floored, nonPositive: [] };
}

/** A value for a problem message: up to 6 decimals, without trailing zeros. */
const shortNumber = (x: number): string => String(Math.round(x * 1e6) / 1e6);

export function computePrepared(p: Prepared, method: NormalisationMethod, aggregation: Aggregation): ProblemResult<IndexResult, IndexError> {
  const normalised = normalise(p, method);
  if (!normalised.ok) return normalised;
  const N = normalised.value;
  const A = p.areas.length;
  const I = p.indicators.length;
  const D = p.config.dimensions.length;
  const w = configuredWeights(p.config);
  const floor = aggregation.floor;
  const errors = new ProblemCollector();

  let scoredAreas = 0;
  for (let a = 0; a < A; a++) scoredAreas += p.scored[a]!;
  const shift = geometricShift(method, scoredAreas);

  const dims: Level[][] = [];
  for (let a = 0; a < A; a++) {
    const row: Level[] = [];
    for (let d = 0; d < D; d++) {
      const inputs: number[] = [];
      for (let i = p.dimStart[d]!; i < p.dimStart[d + 1]!; i++) inputs.push(N[a * I + i]!);
      const level = aggregateLevel(inputs, w.indicator.subarray(p.dimStart[d]!, p.dimStart[d + 1]!), aggregation.withinDimensions, shift, floor);
      for (const k of level.nonPositive)
        errors.set(`${p.areas[a]}/${p.indicators[p.dimStart[d]! + k]!.key}`, "geometric_non_positive", { what: "indicator", value: shortNumber(inputs[k]!) });
      row.push(level);
    }
    dims.push(row);
  }
  if (!errors.empty) return refuse("non_positive", errors.problems);

  const areas: AreaScore[] = [];
  for (let a = 0; a < A; a++) {
    const row = dims[a]!;
    const top = aggregateLevel(
      row.map((l) => l.value),
      w.dimension,
      aggregation.acrossDimensions,
      shift,
      floor,
    );
    if (top.nonPositive.length > 0) {
      for (const d of top.nonPositive) errors.set(`${p.areas[a]}/${p.config.dimensions[d]!.key}`, "geometric_non_positive", { what: "dimension", value: shortNumber(row[d]!.value) });
      continue;
    }
    const scored = top.value === top.value;
    areas.push({
      area: p.areas[a]!,
      score: scored ? top.value : null,
      rank: null,
      dimensions: p.config.dimensions.map((dim, d) => {
        const l = row[d]!;
        const dimContribution = scored ? top.parts[d]! : 0;
        const dimWeight = scored ? top.weights[d]! : 0;
        return {
          key: dim.key,
          score: l.value === l.value ? l.value : null,
          floored: top.floored[d]!,
          weight: dimWeight,
          contribution: dimContribution,
          indicators: dim.indicators.map((ind, j) => {
            const i = p.dimStart[d]! + j;
            const cell = a * I + i;
            // The dimension weight × the indicator's part of the dimension score; with a geometric
            // mean across dimensions, the difference between the dimension's contribution and its
            // weighted score is spread over its indicators by weight (so everything adds up).
            const contribution = scored && l.value === l.value ? dimWeight * l.parts[j]! + l.weights[j]! * (dimContribution - dimWeight * l.value) : 0;
            const nv = N[cell]!;
            return {
              key: ind.key,
              year: p.years[i]!,
              status: STATUS[p.status[cell]!]!,
              imputed: p.imputed[cell] === 1,
              value: p.shown[cell]!,
              normalised: nv === nv ? nv : null,
              floored: l.floored[j]!,
              weight: dimWeight * l.weights[j]!,
              contribution,
            };
          }),
        };
      }),
    });
  }
  if (!errors.empty) return refuse("non_positive", errors.problems);
  assignRanks(areas);
  return ok({
    configId: p.config.id,
    method,
    aggregation,
    years: Object.fromEntries(p.indicators.map((ind, i) => [ind.key, p.years[i]!])),
    areas: areas.sort((u, v) => (u.rank ?? Infinity) - (v.rank ?? Infinity) || (u.area < v.area ? -1 : u.area > v.area ? 1 : 0)),
  });
}

/** Rank 1 = the lowest score (greatest need); equal scores share the best rank. */
function assignRanks(areas: AreaScore[]): void {
  const scores = areas.filter((a) => a.score !== null).map((a) => a.score!);
  for (const a of areas) if (a.score !== null) a.rank = 1 + scores.filter((s) => s < a.score!).length;
}

/** Scores, ranks and explains every area for one year (see ComputeOptions). */
export function computeIndex(config: IndexConfig, values: readonly IndicatorValue[], options: ComputeOptions = {}): ProblemResult<IndexResult, IndexError> {
  const p = prepare(config, values, options);
  if (!p.ok) return p;
  return computePrepared(p.value, config.normalisation.method, config.aggregation);
}

export interface YearResult {
  year: number;
  result: ProblemResult<IndexResult, IndexError>;
}

/**
 * The index per year: every year that has a value for a configured indicator, each computed
 * with that year for all indicators; an area with values in some other year is listed without
 * score. Relative methods (zscore, minmax, rank) compare the areas
 * within each year; use goalposts or a fixed reference to compare levels across years.
 */
export function computeTimeSeries(config: IndexConfig, values: readonly IndicatorValue[], options: Omit<ComputeOptions, "year"> = {}): YearResult[] {
  return yearsIn(config, values).map((year) => ({ year, result: computeIndex(config, values, { ...options, year }) }));
}
