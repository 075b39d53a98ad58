/**
 * Reads a JSON-stat 2.0 dataset (what SCB's PxWeb API answers) into indicator values.
 *
 * The structure (https://json-stat.org/full/): `id` lists the dimensions in order, `size` their
 * category counts, `dimension[id].category.index` gives each category's position (an array of
 * codes, or an object code → position; left out when there is a single category, whose code is
 * then the only key of `label`), and `value` holds the cells in row-major order (the last
 * dimension varies fastest) as an array, or as an object keyed by the cell's position for sparse
 * data. `status` (a string for all cells, an array, or an object by position) marks e.g. ".."
 * for not available; such cells have value null (a number marked ".." is read as not available too).
 *
 * Dimensions are mapped to area, indicator, year and breakdowns; by default from `role`
 * (geo → area, time → year, metric → indicator). Every other dimension must have one category.
 */
import { ok } from "../result.ts";
import { BREAKDOWN_FIELDS, type Breakdown, type BreakdownField, type IndicatorValue } from "./values.ts";
import { type ProblemResult, ProblemCollector, oneProblem, refuse } from "./problems.ts";

export interface JsonStatMapping {
  /** Dimension id of the areas; default role.geo[0]. */
  area?: string;
  /** Dimension id of the years; default role.time[0]. Its codes must be years ("2022"). */
  year?: string;
  /** Dimension id of the indicators; default role.metric[0]. */
  indicator?: string;
  /** For a dataset with a single indicator and no indicator dimension: its key. */
  indicatorKey?: string;
  /** Indicator category code → indicator key. When given, codes not listed are left out. */
  indicators?: Record<string, string>;
  /** Area category code → area code (e.g. SCB's region code → the city's area code). */
  areas?: Record<string, string>;
  /** Breakdown field → dimension id, e.g. { sex: "Kon" }. */
  breakdowns?: Partial<Record<BreakdownField, string>>;
  /** Category codes that mean "all" in a breakdown dimension (case-insensitive). */
  totals?: string[];
}

export const DEFAULT_TOTAL_CODES = ["1+2", "t", "tot", "total", "totalt"];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

interface Dim {
  id: string;
  size: number;
  /** codes by position */
  codes: string[];
}

function readDimension(ds: Json, id: string, size: number, errors: ProblemCollector): Dim | undefined {
  const dims = ds.dimension as Json;
  const d = dims[id];
  const at = `dimension.${id}`;
  if (!isObject(d) || !isObject(d.category)) {
    errors.set(at, "js_dimension_missing");
    return undefined;
  }
  const cat = d.category;
  const codes = new Array<string>(size);
  if (cat.index === undefined) {
    const labels = isObject(cat.label) ? Object.keys(cat.label) : [];
    if (labels.length !== 1 || size !== 1) {
      errors.set(`${at}.category.index`, "js_index_missing");
      return undefined;
    }
    codes[0] = labels[0]!;
  } else if (Array.isArray(cat.index)) {
    if (cat.index.length !== size || !cat.index.every((c) => typeof c === "string")) {
      errors.set(`${at}.category.index`, "js_index_list", { size, got: cat.index.length });
      return undefined;
    }
    cat.index.forEach((c, k) => (codes[k] = c as string));
  } else if (isObject(cat.index)) {
    const entries = Object.entries(cat.index);
    if (entries.length !== size) {
      errors.set(`${at}.category.index`, "js_index_count", { size, got: entries.length });
      return undefined;
    }
    for (const [code, pos] of entries) {
      if (!Number.isInteger(pos) || (pos as number) < 0 || (pos as number) >= size || codes[pos as number] !== undefined) {
        errors.set(`${at}.category.index.${code}`, "js_index_position", { max: size - 1, found: JSON.stringify(pos) });
        return undefined;
      }
      codes[pos as number] = code;
    }
  } else {
    errors.set(`${at}.category.index`, "js_index_type");
    return undefined;
  }
  return { id, size, codes };
}

/** Parses a JSON-stat 2.0 dataset; every problem is listed by its place in the document. */
export function parseJsonStat(input: unknown, mapping: JsonStatMapping = {}): ProblemResult<IndicatorValue[], "invalid_jsonstat"> {
  const errors = new ProblemCollector();
  if (!isObject(input)) return refuse("invalid_jsonstat", oneProblem("", "js_not_object"));
  if (input.class !== "dataset") return refuse("invalid_jsonstat", oneProblem("class", "js_class", { found: JSON.stringify(input.class) }));
  if (input.version !== undefined && input.version !== "2.0") errors.set("version", "js_version", { found: JSON.stringify(input.version) });
  const { id, size } = input;
  if (!Array.isArray(id) || !id.every((x) => typeof x === "string")) errors.set("id", "js_id");
  if (!Array.isArray(size) || !size.every((x) => Number.isInteger(x) && x >= 0)) errors.set("size", "js_size");
  if (!isObject(input.dimension)) errors.set("dimension", "js_dimension_object");
  if (!errors.empty) return refuse("invalid_jsonstat", errors.problems);
  const ids = id as string[];
  const sizes = size as number[];
  if (ids.length !== sizes.length) return refuse("invalid_jsonstat", oneProblem("size", "js_size_per_id", { ids: ids.length, got: sizes.length }));

  const dims = ids.map((d, k) => readDimension(input, d, sizes[k]!, errors));
  if (!errors.empty) return refuse("invalid_jsonstat", errors.problems);

  const role = isObject(input.role) ? input.role : {};
  const firstRole = (r: string): string | undefined => (Array.isArray(role[r]) && typeof role[r][0] === "string" ? (role[r][0] as string) : undefined);
  const areaDim = mapping.area ?? firstRole("geo");
  const yearDim = mapping.year ?? firstRole("time");
  const indicatorDim = mapping.indicatorKey !== undefined ? undefined : (mapping.indicator ?? firstRole("metric"));
  const needed: [string, string | undefined][] = [
    ["area", areaDim],
    ["year", yearDim],
  ];
  if (mapping.indicatorKey === undefined) needed.push(["indicator", indicatorDim]);
  for (const [what, dim] of needed) {
    if (dim === undefined) errors.set(`mapping.${what}`, "js_no_dimension", { what });
    else if (!ids.includes(dim)) errors.set(`mapping.${what}`, "js_not_a_dimension", { dim, ids: ids.join(", ") });
  }
  const breakdownDims = new Map<string, BreakdownField>();
  for (const f of BREAKDOWN_FIELDS) {
    const dim = mapping.breakdowns?.[f];
    if (dim === undefined) continue;
    if (!ids.includes(dim)) errors.set(`mapping.breakdowns.${f}`, "js_not_a_dimension", { dim, ids: ids.join(", ") });
    else breakdownDims.set(dim, f);
  }
  const used = new Set([areaDim, yearDim, indicatorDim, ...breakdownDims.keys()]);
  dims.forEach((d) => {
    if (!used.has(d!.id) && d!.size !== 1)
      errors.set(`dimension.${d!.id}`, "js_unmapped", { size: d!.size });
  });
  if (!errors.empty) return refuse("invalid_jsonstat", errors.problems);

  const yearPos = ids.indexOf(yearDim!);
  const years = dims[yearPos]!.codes.map((code) => {
    if (!/^\d{4}$/.test(code)) errors.set(`dimension.${yearDim}.category.index.${code}`, "js_year_category");
    return Number(code);
  });
  if (!errors.empty) return refuse("invalid_jsonstat", errors.problems);

  const total = sizes.reduce((p, s) => p * s, 1);
  const value = input.value;
  const status = input.status;
  let cell: (n: number) => number | null | undefined;
  if (Array.isArray(value)) {
    if (value.length !== total) return refuse("invalid_jsonstat", oneProblem("value", "js_cells", { total, got: value.length }));
    cell = (n) => value[n] as number | null;
  } else if (isObject(value)) {
    cell = (n) => (Object.hasOwn(value, String(n)) ? (value[String(n)] as number | null) : undefined);
  } else return refuse("invalid_jsonstat", oneProblem("value", "js_value_type"));
  const statusOf = (n: number): string | undefined =>
    typeof status === "string" ? status : Array.isArray(status) ? (status[n] as string | undefined) : isObject(status) ? (status[String(n)] as string | undefined) : undefined;

  const totals = new Set((mapping.totals ?? DEFAULT_TOTAL_CODES).map((t) => t.toLowerCase()));
  const strides = sizes.map((_, k) => sizes.slice(k + 1).reduce((p, s) => p * s, 1));
  const areaPos = ids.indexOf(areaDim!);
  const indPos = indicatorDim === undefined ? -1 : ids.indexOf(indicatorDim);
  const out: IndicatorValue[] = [];
  const seen = new Set<string>();
  for (let n = 0; n < total; n++) {
    const v = cell(n);
    if (v === undefined) continue; // absent from sparse data
    const pos = strides.map((s, k) => Math.floor(n / s) % sizes[k]!);
    const indCode = indPos >= 0 ? dims[indPos]!.codes[pos[indPos]!]! : mapping.indicatorKey!;
    const indicator = indPos >= 0 && mapping.indicators ? mapping.indicators[indCode] : indCode;
    if (indicator === undefined) continue;
    if (v !== null && (typeof v !== "number" || !Number.isFinite(v))) {
      errors.set(`value[${n}]`, "js_cell_number", { found: JSON.stringify(v) });
      continue;
    }
    const areaCode = dims[areaPos]!.codes[pos[areaPos]!]!;
    const breakdown: Breakdown = {};
    for (const [dimId, field] of breakdownDims) {
      const k = ids.indexOf(dimId);
      const code = dims[k]!.codes[pos[k]!]!;
      if (!totals.has(code.toLowerCase())) breakdown[field] = code;
    }
    const row: IndicatorValue = { area: mapping.areas?.[areaCode] ?? areaCode, indicator, year: years[pos[yearPos]!]!, value: v };
    if (Object.keys(breakdown).length > 0) row.breakdown = breakdown;
    const key = JSON.stringify([row.area, row.indicator, row.year, row.breakdown ?? {}]);
    if (seen.has(key)) {
      errors.set(`value[${n}]`, "js_duplicate", { area: row.area, indicator: row.indicator, year: row.year });
      continue;
    }
    seen.add(key);
    if (v !== null && statusOf(n) === "..") row.value = null;
    out.push(row);
  }
  if (!errors.empty) return refuse("invalid_jsonstat", errors.problems);
  return ok(out);
}
