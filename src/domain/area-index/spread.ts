/**
 * Spread and extremes per indicator: the consultation answers ask that the index does not only
 * report each area's share but also "spridning samt högsta och lägsta värden" (seed 004,
 * gymnasie- och vuxenutbildningsnämnden). For each configured indicator, over the areas' values
 * as published (before any transformation) for the year the index uses:
 *
 * - the lowest and the highest value, each with the area or areas that have it;
 * - the median;
 * - the quartiles Q1 and Q3, whose distance (the interquartile range) is the spread of the middle
 *   half of the areas. Quartiles interpolate linearly between the sorted values, as a
 *   spreadsheet's QUARTILE.INC (KVARTIL.INK) does: the p-quantile of n sorted values
 *   x₀ … xₙ₋₁ is x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋₊₁ − x_⌊h⌋) with h = (n − 1)p;
 * - the standard deviation over the areas (population: divided by n, since the areas are all
 *   the city's areas, not a sample; the same as the z-score normalisation uses).
 *
 * Only totals are used (no breakdown unless one is asked for), and only observed values: a
 * missing value and a suppressed value (count or denominator below `suppression.minCount`)
 * never count and are never shown; only how many areas were left out for either reason is
 * given.
 */
import { type IndexConfig, indicatorsOf, minCountOf } from "./config.ts";
import { selectYears } from "./compute.ts";
import { type Breakdown, type IndicatorValue, breakdownKey, isSuppressed } from "./values.ts";

export interface Extreme {
  value: number;
  /** Every area with this value, sorted. */
  areas: string[];
}

export interface IndicatorSpread {
  key: string;
  /** The data year, chosen as the index chooses it (null: no values in any year). */
  year: number | null;
  /** Areas with an observed value that counts. */
  count: number;
  /** Areas whose value is suppressed (too few people behind it): neither counted nor shown. */
  suppressed: number;
  lowest: Extreme | null;
  highest: Extreme | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Population standard deviation over the areas. */
  sd: number | null;
}

export interface SpreadOptions {
  /** The year for every indicator (otherwise each indicator's `year`, else its latest). */
  year?: number;
  breakdown?: Breakdown;
}

/** The p-quantile (0 ≤ p ≤ 1) of ascending values, interpolated linearly (QUARTILE.INC). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Spread and extremes per configured indicator, in the configuration's order. */
export function indicatorSpread(config: IndexConfig, values: readonly IndicatorValue[], options: SpreadOptions = {}): IndicatorSpread[] {
  const indicators = indicatorsOf(config);
  const keys = new Set(indicators.map((i) => i.key));
  const wanted = breakdownKey(options.breakdown);
  const rows = values.filter((v) => keys.has(v.indicator) && breakdownKey(v.breakdown) === wanted);
  const years = selectYears(indicators, rows, options.year);
  const minCount = minCountOf(config);

  return indicators.map((ind, i): IndicatorSpread => {
    const year = years[i] ?? null;
    const byArea = new Map<string, number>();
    const suppressedAreas = new Set<string>();
    for (const r of rows) {
      if (r.indicator !== ind.key || r.year !== year || r.value === null || !Number.isFinite(r.value)) continue;
      if (isSuppressed(r, minCount)) suppressedAreas.add(r.area);
      // One value per area; a second one (which the index would refuse) is not counted twice.
      else if (!byArea.has(r.area)) byArea.set(r.area, r.value);
    }
    for (const a of suppressedAreas) byArea.delete(a);
    const entries = [...byArea.entries()].sort((u, v) => u[1] - v[1] || (u[0] < v[0] ? -1 : 1));
    const sorted = entries.map(([, v]) => v);
    const n = sorted.length;
    if (n === 0) return { key: ind.key, year, count: 0, suppressed: suppressedAreas.size, lowest: null, highest: null, median: null, q1: null, q3: null, sd: null };
    const lo = sorted[0]!;
    const hi = sorted[n - 1]!;
    const mean = sorted.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(sorted.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
    return {
      key: ind.key,
      year,
      count: n,
      suppressed: suppressedAreas.size,
      lowest: { value: lo, areas: entries.filter(([, v]) => v === lo).map(([a]) => a) },
      highest: { value: hi, areas: entries.filter(([, v]) => v === hi).map(([a]) => a) },
      median: quantile(sorted, 0.5),
      q1: quantile(sorted, 0.25),
      q3: quantile(sorted, 0.75),
      sd,
    };
  });
}
