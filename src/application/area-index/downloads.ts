/**
 * The area index's CSV downloads as tables (header row first), from the same views as the
 * pages: /index/resultat.csv (the ranking) and /index/spridning.csv (the spread per indicator).
 * Written by the one CSV writer (the CsvWriter port), which defuses formula-looking text.
 * Numbers are rounded to 6 decimals and stay numbers.
 */
import type { IndexConfig, IndexResult, IndicatorSpread } from "#src/domain/area-index/index.ts";
import type { CsvCell } from "../shared/ports.ts";

/** What a download is made of: the parts of ResultsView and SpreadView it reads. */
interface Source {
  configuration: { summary: { version: number }; config: IndexConfig };
  year: number | null;
  areaNames: Record<string, string>;
}

const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e6) / 1e6);

/** A download: its file name and its rows. */
export interface CsvTable {
  fileName: string;
  rows: CsvCell[][];
}

/** The ranking as on /index: ranks and scores only, no indicator values, so nothing suppressed can be in it. */
export function resultsTable(v: Source & { result: IndexResult }): CsvTable {
  const dims = v.configuration.config.dimensions.map((d) => d.key);
  const rows: CsvCell[][] = [["area_code", "area_name", "rank", "score", ...dims]];
  for (const a of v.result.areas) rows.push([a.area, v.areaNames[a.area] ?? "", a.rank, round(a.score), ...a.dimensions.map((d) => round(d.score))]);
  return { fileName: `omradesindex-v${v.configuration.summary.version}-${v.year ?? "senaste"}.csv`, rows };
}

/**
 * The spread and extremes per indicator as on /index: lowest and highest value with their
 * areas (several joined by "; "), median, quartiles, population standard deviation, and how
 * many areas counted and how many were suppressed. Suppressed values are never in it.
 */
export function spreadTable(v: Source & { spread: IndicatorSpread[] }): CsvTable {
  const indicators = new Map(v.configuration.config.dimensions.flatMap((d) => d.indicators.map((i) => [i.key, i] as const)));
  const rows: CsvCell[][] = [["indicator", "indicator_name", "unit", "year", "areas", "suppressed", "lowest", "lowest_areas", "q1", "median", "q3", "highest", "highest_areas", "sd"]];
  const names = (codes: string[] | undefined) => (codes ?? []).map((c) => (v.areaNames[c] ? `${v.areaNames[c]} (${c})` : c)).join("; ");
  for (const s of v.spread) {
    const ind = indicators.get(s.key);
    rows.push([s.key, ind?.name.sv ?? "", ind?.unit ?? "", s.year, s.count, s.suppressed, round(s.lowest?.value ?? null), names(s.lowest?.areas), round(s.q1), round(s.median), round(s.q3), round(s.highest?.value ?? null), names(s.highest?.areas), round(s.sd)]);
  }
  return { fileName: `omradesindex-spridning-v${v.configuration.summary.version}-${v.year ?? "senaste"}.csv`, rows };
}
