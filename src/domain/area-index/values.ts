/**
 * Indicator values as they come from a CSV file or a JSON-stat dataset: one value per area,
 * indicator, year and breakdown (sex, age band, disability). A value without breakdown fields is
 * the total for the area.
 */
import type { IndexConfig } from "./config.ts";
import { indicatorsOf } from "./config.ts";

export const BREAKDOWN_FIELDS = ["sex", "age_band", "disability"] as const;
export type BreakdownField = (typeof BREAKDOWN_FIELDS)[number];
export type Breakdown = Partial<Record<BreakdownField, string>>;

export interface IndicatorValue {
  area: string;
  indicator: string;
  year: number;
  /** null = not available (an empty cell, or ".." in SCB's tables). */
  value: number | null;
  /** The number of people/cases behind the value, when it is a share or a rate. */
  count?: number;
  /** The population the share or rate is computed on. */
  denominator?: number;
  breakdown?: Breakdown;
}

/** The breakdown as a stable string: "" for the total, "sex=K|age_band=16-24" otherwise. */
export function breakdownKey(b: Breakdown | undefined): string {
  if (!b) return "";
  return BREAKDOWN_FIELDS.filter((f) => b[f] !== undefined && b[f] !== "")
    .map((f) => `${f}=${b[f]}`)
    .join("|");
}

export const isSuppressed = (v: IndicatorValue, minCount: number): boolean =>
  (v.count !== undefined && v.count < minCount) || (v.denominator !== undefined && v.denominator < minCount);

/** Rows whose indicator is not in the configuration, and configured indicators with no rows. */
export function checkValuesAgainstConfig(config: IndexConfig, values: readonly IndicatorValue[]): { unknownIndicators: string[]; indicatorsWithoutValues: string[] } {
  const configured = new Set(indicatorsOf(config).map((i) => i.key));
  const seen = new Set(values.map((v) => v.indicator));
  return {
    unknownIndicators: [...seen].filter((k) => !configured.has(k)).sort(),
    indicatorsWithoutValues: [...configured].filter((k) => !seen.has(k)),
  };
}

/**
 * The year an index page computes for, from the years that have values (`yearsIn`): a year
 * asked for that has values; "latest" is the latest year with values (the equity view opens on
 * it, so its index columns are never empty while there is data); otherwise null, which means
 * each indicator's configured or latest year (the index pages' default, "Senaste värden").
 */
export function chooseYear(years: readonly number[], asked: number | "latest" | undefined): number | null {
  if (asked === "latest") return years.at(-1) ?? null;
  return asked !== undefined && years.includes(asked) ? asked : null;
}

/** The years that have at least one value for a configured indicator, ascending. */
export function yearsIn(config: IndexConfig, values: readonly IndicatorValue[]): number[] {
  const configured = new Set(indicatorsOf(config).map((i) => i.key));
  return [...new Set(values.filter((v) => configured.has(v.indicator)).map((v) => v.year))].sort((a, b) => a - b);
}
