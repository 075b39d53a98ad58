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
import { fail, ok, type Result } from "../../domain/result.ts";
import { BREAKDOWN_FIELDS, type IndicatorValue, breakdownKey } from "../../domain/area-index/values.ts";
import type { IndicatorCsvReader } from "../../application/index-ports.ts";

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

export function parseIndicatorCsv(text: string): Result<IndicatorValue[], "invalid_csv"> {
  const errors: Record<string, string> = {};
  const add = (line: number, message: string) => {
    const key = `line ${line}`;
    errors[key] = errors[key] ? `${errors[key]}; ${message}` : message;
  };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, comment: "#", comment_no_infix: true, delimiter: detectDelimiter(text), info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    return fail("invalid_csv", { [err.lines !== undefined ? `line ${err.lines}` : "file"]: `not readable as CSV: ${err.message}` });
  }
  if (records.length === 0) return fail("invalid_csv", { file: `empty: the first line must name the columns (${REQUIRED_COLUMNS.join(", ")})` });

  const [head, ...rows] = records;
  const columns = head!.record.map((c) => c.trim().toLowerCase());
  const headerLine = head!.info.lines;
  columns.forEach((c, k) => {
    if (!ALLOWED.includes(c)) add(headerLine, `unknown column "${head!.record[k]}" (allowed: ${ALLOWED.join(", ")})`);
    else if (columns.indexOf(c) !== k) add(headerLine, `column "${c}" appears twice`);
  });
  for (const c of REQUIRED_COLUMNS) if (!columns.includes(c)) add(headerLine, `missing column "${c}"`);
  if (Object.keys(errors).length > 0) return fail("invalid_csv", errors);
  const at = (c: string) => columns.indexOf(c);

  const out: IndicatorValue[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of rows) {
    const line = info.lines;
    if (record.length !== columns.length) {
      add(line, `has ${record.length} fields, the header has ${columns.length}`);
      continue;
    }
    const cell = (c: string) => (at(c) >= 0 ? record[at(c)]!.trim() : "");
    const area = cell("area_code");
    const indicator = cell("indicator");
    if (area === "") add(line, "area_code is empty");
    if (indicator === "") add(line, "indicator is empty");
    const yearText = cell("year");
    if (!/^\d{4}$/.test(yearText)) add(line, `year must be a year such as 2023, got "${yearText}"`);
    const value = parseNumber(cell("value"));
    if (value === "invalid") add(line, `value must be a number (decimal point or comma; empty or ".." if not available), got "${cell("value")}"`);
    const row: IndicatorValue = { area, indicator, year: Number(yearText), value: value === "invalid" ? null : value };
    for (const c of ["count", "denominator"] as const) {
      const t = cell(c);
      if (t === "") continue;
      if (!/^\d+$/.test(t)) add(line, `${c} must be a whole number ≥ 0, got "${t}"`);
      else row[c] = Number(t);
    }
    for (const f of BREAKDOWN_FIELDS) {
      const t = cell(f);
      if (t !== "") (row.breakdown ??= {})[f] = t;
    }
    const key = JSON.stringify([area, indicator, yearText, breakdownKey(row.breakdown)]);
    const previous = seen.get(key);
    if (previous !== undefined) add(line, `the same area, indicator, year and breakdown as line ${previous}`);
    else seen.set(key, line);
    out.push(row);
  }
  if (Object.keys(errors).length > 0) return fail("invalid_csv", errors);
  return ok(out);
}

/** The CSV reader as the application's port (IndexService imports through it). */
export const csvIndicatorReader: IndicatorCsvReader = { parse: parseIndicatorCsv };
