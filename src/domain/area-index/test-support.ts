/** Small builders shared by the area-index tests (not used by the engine). */
import type { Direction, IndexConfig, IndicatorConfig } from "./config.ts";
import { mulberry32 } from "./prng.ts";
import type { IndicatorValue } from "./values.ts";

export function indicator(key: string, direction: Direction, extra: Partial<IndicatorConfig> = {}): IndicatorConfig {
  return { key, name: { sv: key, en: key }, unit: "%", direction, source: "test", ...extra };
}

export function config(dimensions: Record<string, IndicatorConfig[]>, extra: Partial<IndexConfig> = {}): IndexConfig {
  return {
    id: "test",
    name: { sv: "Test", en: "Test" },
    dimensions: Object.entries(dimensions).map(([key, indicators]) => ({ key, name: { sv: key, en: key }, indicators })),
    normalisation: { method: "minmax" },
    aggregation: { withinDimensions: "arithmetic", acrossDimensions: "arithmetic" },
    missing: "exclude",
    suppression: { minCount: 5 },
    ...extra,
  };
}

/** values({ p: { A: 10, B: 20 } }, 2022) → one row per area and indicator. */
export function values(table: Record<string, Record<string, number | null>>, year = 2022): IndicatorValue[] {
  return Object.entries(table).flatMap(([ind, byArea]) => Object.entries(byArea).map(([area, value]) => ({ area, indicator: ind, year, value })));
}

/**
 * An invented index of `areaCount` areas and `indicatorCount` indicators in four dimensions, with
 * random values from a seeded PRNG: for benchmarks and the speed test.
 */
export function synthetic(areaCount: number, indicatorCount: number, seed = 1): { config: IndexConfig; values: IndicatorValue[] } {
  const random = mulberry32(seed);
  const dims: Record<string, IndicatorConfig[]> = { d1: [], d2: [], d3: [], d4: [] };
  const keys = Object.keys(dims);
  for (let i = 0; i < indicatorCount; i++)
    dims[keys[i % 4]!]!.push(indicator(`i${i}`, i % 3 === 0 ? "higher_is_worse" : "higher_is_better", { goalposts: { min: 0, max: 100 }, reference: 50 }));
  const rows: IndicatorValue[] = [];
  for (let a = 0; a < areaCount; a++)
    for (let i = 0; i < indicatorCount; i++) rows.push({ area: `O${String(a + 1).padStart(2, "0")}`, indicator: `i${i}`, year: 2024, value: Math.round(1000 * random() * 100) / 1000 });
  return { config: config(dims), values: rows };
}
