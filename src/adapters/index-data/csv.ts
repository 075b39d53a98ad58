/**
 * Reads indicator values from CSV (csv-parse's sync API). One row per area, indicator, year and
 * breakdown:
 *
 *   area_code,indicator,year,value[,count][,denominator][,sex][,age_band][,disability]
 *
 * Column names are case-insensitive and may come in any order; the delimiter is `,`, `;` or tab
 * (taken from the header line). A value may use a decimal comma ("12,5"); an empty value or ".."
 * (SCB's mark) means not available. count and denominator are whole numbers ≥ 0 (they drive the
 * suppression of small counts). Empty breakdown cells mean the total. Lines starting with # are
 * comments.
 *
 * All or nothing: either every row is read, or the result lists every problem by line number.
 */
import { parse } from "csv-parse/sync";
import { ok } from "#src/domain/result.ts";
import { BREAKDOWN_FIELDS, type IndicatorValue, breakdownKey } from "#src/domain/area-index/values.ts";
import { type IndexProblemCode, type ProblemParams, type ProblemResult, ProblemCollector, oneProblem, refuse } from "#src/domain/area-index/problems.ts";
import type { IndicatorCsvReader } from "#src/application/area-index/index.ts";

export const REQUIRED_COLUMNS = ["area_code", "indicator", "year", "value"] as const;
export const OPTIONAL_COLUMNS = ["count", "denominator", ...BREAKDOWN_FIELDS] as const;
const ALLOWED: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

function detectDelimiter(text: string): string {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/).find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
  const counts = [",", ";", "\t"].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function parseNumber(raw: string): number | null | "invalid" {
  const s = raw.trim();
  if (s === "" || s === "..") return null;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(s)) return "invalid";
  return Number(s.replace(",", "."));
}

/** Every problem is keyed by its place ("line 4" or "file"); the edges word it (src/text/index-problems.ts). */
export function parseIndicatorCsv(text: string): ProblemResult<IndicatorValue[], "invalid_csv"> {
  const errors = new ProblemCollector();
  const add = (line: number, code: IndexProblemCode, params?: ProblemParams) => errors.add(`line ${line}`, code, params);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, comment: "#", comment_no_infix: true, delimiter: detectDelimiter(text), info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    return refuse("invalid_csv", oneProblem(err.lines !== undefined ? `line ${err.lines}` : "file", "csv_unreadable", { message: err.message }));
  }
  if (records.length === 0) return refuse("invalid_csv", oneProblem("file", "csv_empty", { columns: REQUIRED_COLUMNS.join(", ") }));

  const [head, ...rows] = records;
  const columns = head!.record.map((c) => c.trim().toLowerCase());
  const headerLine = head!.info.lines;
  columns.forEach((c, k) => {
    if (!ALLOWED.includes(c)) add(headerLine, "csv_unknown_column", { column: head!.record[k], allowed: ALLOWED.join(", ") });
    else if (columns.indexOf(c) !== k) add(headerLine, "csv_column_twice", { column: c });
  });
  for (const c of REQUIRED_COLUMNS) if (!columns.includes(c)) add(headerLine, "csv_missing_column", { column: c });
  if (!errors.empty) return refuse("invalid_csv", errors.problems);
  const at = (c: string) => columns.indexOf(c);

  const out: IndicatorValue[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of rows) {
    const line = info.lines;
    if (record.length !== columns.length) {
      add(line, "csv_field_count", { got: record.length, expected: columns.length });
      continue;
    }
    const cell = (c: string) => (at(c) >= 0 ? record[at(c)]!.trim() : "");
    const area = cell("area_code");
    const indicator = cell("indicator");
    if (area === "") add(line, "csv_empty_cell", { column: "area_code" });
    if (indicator === "") add(line, "csv_empty_cell", { column: "indicator" });
    const yearText = cell("year");
    if (!/^\d{4}$/.test(yearText)) add(line, "csv_year", { found: yearText });
    const value = parseNumber(cell("value"));
    if (value === "invalid") add(line, "csv_value", { found: cell("value") });
    const row: IndicatorValue = { area, indicator, year: Number(yearText), value: value === "invalid" ? null : value };
    for (const c of ["count", "denominator"] as const) {
      const t = cell(c);
      if (t === "") continue;
      if (!/^\d+$/.test(t)) add(line, "csv_whole_number", { column: c, found: t });
      else row[c] = Number(t);
    }
    for (const f of BREAKDOWN_FIELDS) {
      const t = cell(f);
      if (t !== "") (row.breakdown ??= {})[f] = t;
    }
    const key = JSON.stringify([area, indicator, yearText, breakdownKey(row.breakdown)]);
    const previous = seen.get(key);
    if (previous !== undefined) add(line, "csv_duplicate_line", { line: previous });
    else seen.set(key, line);
    out.push(row);
  }
  if (!errors.empty) return refuse("invalid_csv", errors.problems);
  return ok(out);
}

/** The CSV reader as the application's port (IndexService imports through it). */
export const csvIndicatorReader: IndicatorCsvReader = { parse: parseIndicatorCsv };
