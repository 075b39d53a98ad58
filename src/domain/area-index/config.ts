/**
 * The configuration of an area index (index för områdeslyft): plain JSON, so it can be stored,
 * versioned and edited as a file. `validateIndexConfig` turns unknown JSON into an `IndexConfig`
 * or lists every problem by its path.
 *
 * How a configuration is read (the rules the engine in `compute.ts` follows):
 *
 * 1. **Selection.** For each indicator the value of one year is used: the year asked for, else
 *    the indicator's `year`, else the latest year that has any value for it. Only the total
 *    (no breakdown by sex, age band or disability) is used unless a breakdown is asked for.
 * 2. **Suppression.** A value whose `count` or `denominator` is below `suppression.minCount` is
 *    suppressed: treated as missing, and its value is never shown in any output.
 * 3. **Missing values** (missing or suppressed) follow `missing`: `"exclude"` leaves the indicator
 *    out for that area and spreads its weight over the dimension's other indicators (a dimension
 *    with no values is left out the same way across dimensions); `"mean"` replaces it by the mean
 *    of the other areas' transformed values for that indicator (before normalisation);
 *    `"fail"` refuses to compute and lists what is missing.
 * 4. **Transformation** per indicator, in this order: `cap` (values below `lower` become `lower`,
 *    above `upper` become `upper`), then `log`: ln(x + offset); a value with x + offset ≤ 0 is
 *    refused with an error naming area and indicator (choose an offset that makes all values
 *    positive, e.g. 1 for counts that may be 0).
 * 5. **Normalisation** (the same method for all indicators), always oriented so that a higher
 *    normalised value means better conditions (`higher_is_worse` indicators are turned round):
 *    - `zscore`: (x − mean) / sd (population sd over the areas); 0 for all if sd = 0.
 *    - `minmax`: (x − min) / (max − min), in [0, 1]; 0.5 for all if max = min.
 *      (For both, a spread below 1e-12 × the largest |x| counts as none: rounding noise.)
 *    - `goalposts`: (x − min) / (max − min) with each indicator's fixed `goalposts` (raw units,
 *      transformed like the values), clamped to [0, 1]. Comparable across years.
 *    - `rank`: (r − 1) / (n − 1) where r is the area's rank from worst (1) to best (n), ties
 *      sharing their average rank; 0.5 when n = 1.
 *    - `distance_to_reference`: (x − ref) / |ref|, ref = the `referenceArea`'s value, or each
 *      indicator's `reference` (raw units); 0 = as the reference, +0.1 = 10 % better.
 *    minmax, goalposts and rank are *bounded* (in [0, 1]); zscore and distance are not.
 * 6. **Weights** are relative: an indicator's `weight` within its dimension, a dimension's
 *    `weight` across dimensions; 1 when not given (equal weights). They are divided by their sum
 *    over what is present, so within each level the weights wᵢ used add up to 1.
 * 7. **Aggregation**, chosen separately `withinDimensions` and `acrossDimensions`:
 *    - `arithmetic` = Σ wᵢxᵢ.
 *    - `geometric` = Π xᵢ^wᵢ, the weighted geometric mean (OECD/JRC handbook; UNDP's HDI is
 *      (I_health · I_education · I_income)^(1/3), i.e. three inputs with wᵢ = 1/3). It lets a weak
 *      input pull the score down more than an arithmetic mean does (less compensation). It is
 *      defined for inputs > 0 only: an input ≤ 0 is refused with its area and indicator (or
 *      dimension), unless `aggregation.floor` (0 < floor < 1) is set, in which case every input
 *      below the floor is raised to it and the explanation marks it (`floored`). Only `goalposts`
 *      can give values > 0 without a floor (when every value lies above its lower goalpost): the
 *      other methods give the weakest area 0 (minmax, rank) or negative values (zscore,
 *      distance_to_reference), so validation refuses them with `geometric` unless a floor is set.
 *    - `geometric_shifted` = Π (xᵢ + s)^wᵢ − s, the geometric mean of the inputs shifted by a
 *      fixed s so that they are ≥ 1 (this was `geometric` before 2026): s = 1 for bounded methods
 *      (inputs in [0, 1] become [1, 2], and the result stays in [0, 1]); for zscore
 *      s = 1 + √(n − 1), n = the number of scored areas, since a population z-score is never below
 *      −√(n − 1). The shift does not depend on the values, so worsening a value can never raise a
 *      score. `distance_to_reference` has no lower bound and cannot be shifted.
  * 8. **Score and rank.** Score: higher = better conditions. Rank 1 = the lowest score = the
 *    greatest need, i.e. where support is directed first. Equal scores share the best rank
 *    (1, 2, 2, 4). An area with no values at all has no score and no rank.
 * 9. **Explanation.** Per indicator: its normalised value, its effective weight (the shares of
 *    all indicators add up to 1) and its contribution; the contributions add up to the score.
 *    Arithmetic: contribution = weight × normalised value. Geometric within a dimension: the
 *    dimension score is split in proportion to wᵢ·xᵢ (the weighted inputs after the floor).
 *    Shifted geometric within a dimension: split in proportion to wᵢ·ln(xᵢ + s). Geometric (either
 *    kind) across dimensions: each dimension's contribution is split likewise, and the difference
 *    from its weighted score is spread over its indicators by weight.
 */
import { ok } from "../result.ts";
import { type IndexProblems, type ProblemResult, ProblemCollector, oneProblem, refuse } from "./problems.ts";

export type Direction = "higher_is_better" | "higher_is_worse";
export type NormalisationMethod = "zscore" | "minmax" | "goalposts" | "rank" | "distance_to_reference";
export type AggregationMethod = "arithmetic" | "geometric" | "geometric_shifted";
export type MissingRule = "exclude" | "mean" | "fail";

export const DIRECTIONS: readonly Direction[] = ["higher_is_better", "higher_is_worse"];
export const NORMALISATION_METHODS: readonly NormalisationMethod[] = ["zscore", "minmax", "goalposts", "rank", "distance_to_reference"];
export const AGGREGATION_METHODS: readonly AggregationMethod[] = ["arithmetic", "geometric", "geometric_shifted"];
export const MISSING_RULES: readonly MissingRule[] = ["exclude", "mean", "fail"];

/** Methods whose values lie in [0, 1]; the shifted geometric mean then shifts by 1. */
export const isBounded = (method: NormalisationMethod): boolean => method === "minmax" || method === "goalposts" || method === "rank";

/** Whether a method can be combined with the shifted geometric mean (its values have a lower bound). */
export const allowsShiftedGeometric = (method: NormalisationMethod): boolean => method !== "distance_to_reference";

/**
 * Whether a method can give values > 0 for every area without a floor, as the (true) geometric
 * mean needs: only goalposts. minmax and rank give the weakest area 0; zscore and
 * distance_to_reference give negative values.
 */
export const positiveWithoutFloor = (method: NormalisationMethod): boolean => method === "goalposts";

/** Whether either level uses the (true) geometric mean. */
export const usesGeometric = (a: Aggregation): boolean => a.withinDimensions === "geometric" || a.acrossDimensions === "geometric";
/** Whether either level uses the shifted geometric mean. */
export const usesShiftedGeometric = (a: Aggregation): boolean => a.withinDimensions === "geometric_shifted" || a.acrossDimensions === "geometric_shifted";

/**
 * Whether a normalisation method can be combined with an aggregation, and if not, why: the
 * problem code (`problems.ts`). Shared by validation and the sensitivity analysis.
 */
export function aggregationProblem(method: NormalisationMethod, a: Aggregation): "geometric_unbounded" | "geometric_needs_floor" | undefined {
  if (usesShiftedGeometric(a) && !allowsShiftedGeometric(method)) return "geometric_unbounded";
  if (usesGeometric(a) && a.floor === undefined && !positiveWithoutFloor(method)) return "geometric_needs_floor";
  return undefined;
}

/** Whether a method can be used with the configuration's aggregation (see `aggregationProblem`). */
export const allowsAggregation = (method: NormalisationMethod, a: Aggregation): boolean => aggregationProblem(method, a) === undefined;

export interface LocalisedText {
  sv: string;
  en: string;
}

export interface Transformation {
  /** Applied first: values outside [lower, upper] are set to the bound. Either may be left out. */
  cap?: { lower?: number; upper?: number };
  /** Applied after capping: ln(x + offset). x + offset ≤ 0 is an error. offset defaults to 0. */
  log?: { offset?: number };
}

export interface IndicatorConfig {
  /** Stable key, also the `indicator` column of the data: lower case, digits and _. */
  key: string;
  name: LocalisedText;
  /** e.g. "%", "per 1 000 invånare", "kr". */
  unit: string;
  direction: Direction;
  /** Who publishes the data (data owner / statistics source). */
  source: string;
  /** The data year to use when none is asked for; without it, the latest year in the data. */
  year?: number;
  /** Relative weight within the dimension; default 1. */
  weight?: number;
  transform?: Transformation;
  /** Fixed bounds in raw units for the `goalposts` method. */
  goalposts?: { min: number; max: number };
  /** Reference value in raw units for `distance_to_reference` when no `referenceArea` is set. */
  reference?: number;
  /** Free text: definition, provenance, caveats. */
  note?: string;
}

export interface DimensionConfig {
  key: string;
  name: LocalisedText;
  /** Relative weight across dimensions; default 1. */
  weight?: number;
  indicators: IndicatorConfig[];
}

export interface Aggregation {
  withinDimensions: AggregationMethod;
  acrossDimensions: AggregationMethod;
  /**
   * Only with `geometric`: inputs below this (0 < floor < 1) are raised to it before the
   * geometric mean, so that 0 and negative values can enter it. Without it they are refused.
   */
  floor?: number;
}

export interface IndexConfig {
  id: string;
  name: LocalisedText;
  note?: string;
  dimensions: DimensionConfig[];
  normalisation: { method: NormalisationMethod; referenceArea?: string };
  aggregation: Aggregation;
  missing: MissingRule;
  /** Values with a count or denominator below minCount are suppressed. Default { minCount: 5 }; 0 turns it off. */
  suppression?: { minCount: number };
}

export const DEFAULT_MIN_COUNT = 5;
export const minCountOf = (config: IndexConfig): number => config.suppression?.minCount ?? DEFAULT_MIN_COUNT;
export const indicatorsOf = (config: IndexConfig): IndicatorConfig[] => config.dimensions.flatMap((d) => d.indicators);

/** Applies cap then log. Returns NaN for a non-positive logarithm argument (the caller reports it). */
export function transformValue(x: number, t: Transformation | undefined): number {
  if (!t) return x;
  let v = x;
  if (t.cap) {
    if (t.cap.lower !== undefined && v < t.cap.lower) v = t.cap.lower;
    if (t.cap.upper !== undefined && v > t.cap.upper) v = t.cap.upper;
  }
  if (t.log) {
    const arg = v + (t.log.offset ?? 0);
    return arg > 0 ? Math.log(arg) : Number.NaN;
  }
  return v;
}

/** What a normalisation method needs per indicator: problems keyed by path (empty when all is there). */
export function methodRequirement(config: IndexConfig, method: NormalisationMethod, path = "normalisation.method"): IndexProblems {
  const c = new ProblemCollector();
  config.dimensions.forEach((d, di) =>
    d.indicators.forEach((ind, ii) => {
      const at = `dimensions[${di}].indicators[${ii}]`;
      if (method === "goalposts" && !ind.goalposts) c.add(`${at}.goalposts`, "goalposts_required", { path });
      if (method === "distance_to_reference" && config.normalisation.referenceArea === undefined && ind.reference === undefined)
        c.add(`${at}.reference`, "reference_required", { path });
      else if (method === "distance_to_reference" && config.normalisation.referenceArea === undefined && transformValue(ind.reference!, ind.transform) === 0)
        c.add(`${at}.reference`, "reference_zero");
    }),
  );
  return c.problems;
}

// ---------------------------------------------------------------------------------------------
// Validation

const KEY = /^[a-z][a-z0-9_]*$/;
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
/** What was found, as JSON text (undefined: nothing was given). */
const show = (v: unknown): string | undefined => (v === undefined ? undefined : JSON.stringify(v));
const quoted = (allowed: readonly string[]): string => allowed.map((a) => `"${a}"`).join(", ");

class Collector extends ProblemCollector {
  unknownKeys(obj: Json, path: string, allowed: readonly string[]): void {
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) this.add(path ? `${path}.${k}` : k, "unknown_key", { key: k, allowed: allowed.join(", ") });
  }
  string(obj: Json, key: string, path: string, optional = false): string | undefined {
    const v = obj[key];
    if (v === undefined && optional) return undefined;
    if (typeof v !== "string" || v.trim() === "") {
      this.add(`${path}.${key}`.replace(/^\./, ""), "non_empty_string", { found: show(v) });
      return undefined;
    }
    return v;
  }
  text(obj: Json, key: string, path: string): LocalisedText | undefined {
    const at = `${path}.${key}`.replace(/^\./, "");
    const v = obj[key];
    if (!isObject(v)) {
      this.add(at, "localised_text", { found: show(v) });
      return undefined;
    }
    this.unknownKeys(v, at, ["sv", "en"]);
    const sv = this.string(v, "sv", at);
    const en = this.string(v, "en", at);
    return sv !== undefined && en !== undefined ? { sv, en } : undefined;
  }
  positive(obj: Json, key: string, path: string): number | undefined {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (!isFiniteNumber(v) || v <= 0) this.add(`${path}.${key}`, "positive_number", { found: show(v) });
    return v as number;
  }
  oneOf<T extends string>(obj: Json, key: string, path: string, allowed: readonly T[]): T | undefined {
    const v = obj[key];
    if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) {
      this.add(`${path}.${key}`.replace(/^\./, ""), "must_be_one_of", { allowed: quoted(allowed), found: show(v) });
      return undefined;
    }
    return v as T;
  }
}

function readTransformation(c: Collector, v: unknown, at: string): Transformation | undefined {
  if (!isObject(v)) {
    c.add(at, "transform_object", { found: show(v) });
    return undefined;
  }
  c.unknownKeys(v, at, ["cap", "log"]);
  const t: Transformation = {};
  if (v.cap !== undefined) {
    const cap = v.cap;
    if (!isObject(cap)) c.add(`${at}.cap`, "cap_object", { found: show(cap) });
    else {
      c.unknownKeys(cap, `${at}.cap`, ["lower", "upper"]);
      const { lower, upper } = cap;
      if (lower !== undefined && !isFiniteNumber(lower)) c.add(`${at}.cap.lower`, "number", { found: show(lower) });
      if (upper !== undefined && !isFiniteNumber(upper)) c.add(`${at}.cap.upper`, "number", { found: show(upper) });
      if (lower === undefined && upper === undefined) c.add(`${at}.cap`, "cap_bound_missing");
      if (isFiniteNumber(lower) && isFiniteNumber(upper) && lower >= upper) c.add(`${at}.cap`, "cap_order", { lower, upper });
      t.cap = {};
      if (isFiniteNumber(lower)) t.cap.lower = lower;
      if (isFiniteNumber(upper)) t.cap.upper = upper;
    }
  }
  if (v.log !== undefined) {
    const log = v.log;
    if (!isObject(log)) c.add(`${at}.log`, "log_object", { found: show(log) });
    else {
      c.unknownKeys(log, `${at}.log`, ["offset"]);
      if (log.offset !== undefined && !isFiniteNumber(log.offset)) c.add(`${at}.log.offset`, "number", { found: show(log.offset) });
      t.log = isFiniteNumber(log.offset) ? { offset: log.offset } : {};
    }
  }
  return t;
}

const INDICATOR_KEYS = ["key", "name", "unit", "direction", "source", "year", "weight", "transform", "goalposts", "reference", "note"] as const;

function readIndicator(c: Collector, v: unknown, at: string): IndicatorConfig | undefined {
  if (!isObject(v)) {
    c.add(at, "not_object", { found: show(v) });
    return undefined;
  }
  c.unknownKeys(v, at, INDICATOR_KEYS);
  const key = c.string(v, "key", at);
  if (key !== undefined && !KEY.test(key)) c.add(`${at}.key`, "key_format", { found: show(key) });
  const name = c.text(v, "name", at);
  const unit = c.string(v, "unit", at);
  const direction = c.oneOf(v, "direction", at, DIRECTIONS);
  const source = c.string(v, "source", at);
  const note = c.string(v, "note", at, true);
  const weight = c.positive(v, "weight", at);
  if (v.year !== undefined && !(Number.isInteger(v.year) && (v.year as number) >= 1900 && (v.year as number) <= 2200))
    c.add(`${at}.year`, "year", { found: show(v.year) });
  if (v.reference !== undefined && !isFiniteNumber(v.reference)) c.add(`${at}.reference`, "number", { found: show(v.reference) });
  const transform = v.transform === undefined ? undefined : readTransformation(c, v.transform, `${at}.transform`);
  let goalposts: IndicatorConfig["goalposts"];
  if (v.goalposts !== undefined) {
    const g = v.goalposts;
    if (!isObject(g) || !isFiniteNumber(g.min) || !isFiniteNumber(g.max)) c.add(`${at}.goalposts`, "goalposts_object", { found: show(g) });
    else {
      c.unknownKeys(g, `${at}.goalposts`, ["min", "max"]);
      goalposts = { min: g.min, max: g.max };
      if (g.min >= g.max) c.add(`${at}.goalposts`, "goalposts_order", { min: g.min, max: g.max });
      else if (transform) {
        const lo = transformValue(g.min, transform);
        const hi = transformValue(g.max, transform);
        if (!Number.isFinite(lo) || !Number.isFinite(hi)) c.add(`${at}.goalposts`, "goalposts_log");
        else if (lo >= hi) c.add(`${at}.goalposts`, "goalposts_cap_coincide");
      }
    }
  }
  if (isFiniteNumber(v.reference) && transform && !Number.isFinite(transformValue(v.reference, transform)))
    c.add(`${at}.reference`, "reference_log");
  if (key === undefined || name === undefined || unit === undefined || direction === undefined || source === undefined) return undefined;
  const out: IndicatorConfig = { key, name, unit, direction, source };
  if (v.year !== undefined) out.year = v.year as number;
  if (weight !== undefined) out.weight = weight;
  if (transform) out.transform = transform;
  if (goalposts) out.goalposts = goalposts;
  if (isFiniteNumber(v.reference)) out.reference = v.reference;
  if (note !== undefined) out.note = note;
  return out;
}

function readDimension(c: Collector, v: unknown, at: string): DimensionConfig | undefined {
  if (!isObject(v)) {
    c.add(at, "not_object", { found: show(v) });
    return undefined;
  }
  c.unknownKeys(v, at, ["key", "name", "weight", "indicators"]);
  const key = c.string(v, "key", at);
  if (key !== undefined && !KEY.test(key)) c.add(`${at}.key`, "key_format", { found: show(key) });
  const name = c.text(v, "name", at);
  const weight = c.positive(v, "weight", at);
  if (!Array.isArray(v.indicators) || v.indicators.length === 0) {
    c.add(`${at}.indicators`, "indicators_list", { found: show(v.indicators) });
    return undefined;
  }
  const indicators = v.indicators.map((ind, i) => readIndicator(c, ind, `${at}.indicators[${i}]`));
  if (key === undefined || name === undefined || indicators.some((i) => i === undefined)) return undefined;
  const out: DimensionConfig = { key, name, indicators: indicators as IndicatorConfig[] };
  if (weight !== undefined) out.weight = weight;
  return out;
}

/** Checks unknown JSON and returns a typed configuration, or every problem keyed by its path. */
export function validateIndexConfig(input: unknown): ProblemResult<IndexConfig, "invalid_config"> {
  const c = new Collector();
  if (!isObject(input)) return refuse("invalid_config", oneProblem("", "config_not_object", { found: show(input) }));
  c.unknownKeys(input, "", ["$schema", "id", "name", "note", "dimensions", "normalisation", "aggregation", "missing", "suppression"]);
  const id = c.string(input, "id", "");
  const name = c.text(input, "name", "");
  const note = c.string(input, "note", "", true);

  let dimensions: (DimensionConfig | undefined)[] = [];
  if (!Array.isArray(input.dimensions) || input.dimensions.length === 0) c.add("dimensions", "dimensions_list", { found: show(input.dimensions) });
  else dimensions = input.dimensions.map((d, i) => readDimension(c, d, `dimensions[${i}]`));

  let normalisation: IndexConfig["normalisation"] | undefined;
  if (!isObject(input.normalisation)) c.add("normalisation", "normalisation_object", { found: show(input.normalisation) });
  else {
    c.unknownKeys(input.normalisation, "normalisation", ["method", "referenceArea"]);
    const method = c.oneOf(input.normalisation, "method", "normalisation", NORMALISATION_METHODS);
    const referenceArea = c.string(input.normalisation, "referenceArea", "normalisation", true);
    if (referenceArea !== undefined && method !== undefined && method !== "distance_to_reference")
      c.add("normalisation.referenceArea", "reference_area_unused");
    if (method) normalisation = referenceArea === undefined ? { method } : { method, referenceArea };
  }

  let aggregation: IndexConfig["aggregation"] | undefined;
  if (!isObject(input.aggregation)) c.add("aggregation", "aggregation_object", { found: show(input.aggregation) });
  else {
    c.unknownKeys(input.aggregation, "aggregation", ["withinDimensions", "acrossDimensions", "floor"]);
    const within = c.oneOf(input.aggregation, "withinDimensions", "aggregation", AGGREGATION_METHODS);
    const across = c.oneOf(input.aggregation, "acrossDimensions", "aggregation", AGGREGATION_METHODS);
    const floor = input.aggregation.floor;
    if (floor !== undefined && !(isFiniteNumber(floor) && floor > 0 && floor < 1)) c.add("aggregation.floor", "floor_range", { found: show(floor) });
    else if (floor !== undefined && within && across && within !== "geometric" && across !== "geometric") c.add("aggregation.floor", "floor_unused");
    if (within && across) aggregation = isFiniteNumber(floor) ? { withinDimensions: within, acrossDimensions: across, floor } : { withinDimensions: within, acrossDimensions: across };
  }

  const missing = c.oneOf(input, "missing", "", MISSING_RULES);

  let suppression: IndexConfig["suppression"];
  if (input.suppression !== undefined) {
    const s = input.suppression;
    if (!isObject(s) || !Number.isInteger(s.minCount) || (s.minCount as number) < 0) c.add("suppression", "suppression_object", { found: show(s) });
    else {
      c.unknownKeys(s, "suppression", ["minCount"]);
      suppression = { minCount: s.minCount as number };
    }
  }

  // Keys unique across the whole configuration.
  const seenDims = new Map<string, number>();
  const seenInds = new Map<string, string>();
  dimensions.forEach((d, di) => {
    if (!d) return;
    const prev = seenDims.get(d.key);
    if (prev !== undefined) c.add(`dimensions[${di}].key`, "duplicate_key", { key: d.key, other: `dimensions[${prev}]` });
    else seenDims.set(d.key, di);
    d.indicators.forEach((ind, ii) => {
      const at = `dimensions[${di}].indicators[${ii}]`;
      const p = seenInds.get(ind.key);
      if (p !== undefined) c.add(`${at}.key`, "duplicate_key", { key: ind.key, other: p });
      else seenInds.set(ind.key, at);
    });
  });

  if (!c.empty || !id || !name || !normalisation || !aggregation || !missing) return refuse("invalid_config", c.problems);
  const config: IndexConfig = { id, name, dimensions: dimensions as DimensionConfig[], normalisation, aggregation, missing };
  if (note !== undefined) config.note = note;
  if (suppression) config.suppression = suppression;
  const combination = aggregationProblem(normalisation.method, aggregation);
  if (combination) return refuse("invalid_config", oneProblem("aggregation", combination, { method: normalisation.method }));
  const needs = methodRequirement(config, normalisation.method, "normalisation.method");
  if (Object.keys(needs).length > 0) return refuse("invalid_config", needs);
  return ok(config);
}
