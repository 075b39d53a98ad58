/**
 * The area index's problems as data. The engine records each problem as a structured value
 * `{ code, params }` (params: what was found, the allowed values, the area, the indicator …),
 * keyed by where it is ("dimensions[0].weight", "line 4", "A/p/2022"), and returns them as they
 * are. It writes no sentences: the words for every code live in the message catalogue
 * (`src/text/index-problems.ts`, Swedish and English), and the edges word them in the reader's
 * language: the web pages in the page's language, the command line in `--lang`
 * (docs/decisions/0015-where-text-lives.md).
 */
import type { Success } from "../result.ts";

export const INDEX_PROBLEM_CODES = [
  // ----- configuration (config.ts)
  "config_not_object",
  "unknown_key",
  "non_empty_string",
  "localised_text",
  "positive_number",
  "must_be_one_of",
  "number",
  "not_object",
  "transform_object",
  "cap_object",
  "cap_bound_missing",
  "cap_order",
  "log_object",
  "key_format",
  "year",
  "goalposts_object",
  "goalposts_order",
  "goalposts_log",
  "goalposts_cap_coincide",
  "reference_log",
  "dimensions_list",
  "indicators_list",
  "normalisation_object",
  "reference_area_unused",
  "aggregation_object",
  "suppression_object",
  "duplicate_key",
  "geometric_unbounded",
  "geometric_needs_floor",
  "floor_range",
  "floor_unused",
  "goalposts_required",
  "reference_required",
  "reference_zero",
  // ----- sensitivity options (sensitivity.ts)
  "draws_range",
  "whole_number",
  "jitter_range",
  "whole_number_positive",
  "methods_empty",
  "aggregations_empty",
  "aggregation_methods",
  "geometric_draw",
  "geometric_draw_floor",
  "geometric_draw_value",
  // ----- computation (compute.ts)
  "no_values",
  "duplicate_value",
  "value_not_finite",
  "log_non_positive",
  "no_usable_value",
  "area_no_values",
  "indicator_no_values_any_year",
  "no_value_for_year",
  "suppressed",
  "mean_impossible",
  "geometric_non_positive",
  "reference_area_no_values",
  "reference_area_no_indicator_value",
  "reference_value_zero",
  // ----- JSON-stat (jsonstat.ts)
  "js_not_object",
  "js_class",
  "js_version",
  "js_id",
  "js_size",
  "js_dimension_object",
  "js_size_per_id",
  "js_dimension_missing",
  "js_index_missing",
  "js_index_list",
  "js_index_count",
  "js_index_position",
  "js_index_type",
  "js_no_dimension",
  "js_not_a_dimension",
  "js_unmapped",
  "js_year_category",
  "js_cells",
  "js_value_type",
  "js_cell_number",
  "js_duplicate",
  // ----- files and text given to the application (src/application/area-index/index-service.ts)
  "text_too_long",
  "json_invalid",
  "json_object",
  "mapping_shape",
  // ----- CSV (src/adapters/index-data/csv.ts)
  "csv_unreadable",
  "csv_empty",
  "csv_unknown_column",
  "csv_column_twice",
  "csv_missing_column",
  "csv_field_count",
  "csv_empty_cell",
  "csv_year",
  "csv_value",
  "csv_whole_number",
  "csv_duplicate_line",
] as const;

export type IndexProblemCode = (typeof INDEX_PROBLEM_CODES)[number];

/** `found` holds JSON text (or the value as given), and is left out when nothing was given. */
export type ProblemParams = Readonly<Record<string, string | number | undefined>>;

export interface IndexProblem {
  code: IndexProblemCode;
  params?: ProblemParams;
}

/** Problems by place, each place's in the order found. */
export type IndexProblems = Record<string, IndexProblem[]>;

/** A refusal with the problems that caused it (nothing was done). */
export interface ProblemFailure<K extends string> {
  ok: false;
  error: K;
  problems: IndexProblems;
}
export type ProblemResult<T, K extends string> = Success<T> | ProblemFailure<K>;

export const refuse = <K extends string>(error: K, problems: IndexProblems): ProblemFailure<K> => ({ ok: false, error, problems });

/** Collects problems by place, in order. */
export class ProblemCollector {
  readonly problems: IndexProblems = {};
  add(where: string, code: IndexProblemCode, params?: ProblemParams): void {
    (this.problems[where] ??= []).push(problem(code, params));
  }
  set(where: string, code: IndexProblemCode, params?: ProblemParams): void {
    this.problems[where] = [];
    this.add(where, code, params);
  }
  get empty(): boolean {
    return Object.keys(this.problems).length === 0;
  }
}

const problem = (code: IndexProblemCode, params?: ProblemParams): IndexProblem => (params ? { code, params } : { code });

/** A single problem at one place. */
export const oneProblem = (where: string, code: IndexProblemCode, params?: ProblemParams): IndexProblems => ({ [where]: [problem(code, params)] });
