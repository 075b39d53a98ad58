/**
 * Server-side form parsing with the features' zod schemas (`src/application/<feature>/schemas.ts`,
 * reached through the feature's index): one call per route. On failure the action returns the
 * errors (as message keys, translated when rendered) together with what was typed, so nothing
 * is lost; password fields are never sent back.
 */
import type { z } from "zod";
import type { MessageKey } from "#src/text/index.ts";

export type FieldErrors = Record<string, MessageKey>;

export interface FormFailure {
  ok: false;
  errors: FieldErrors;
  /** What was typed, by the form's field names (a field sent several times: its last value). */
  values: Record<string, string>;
  /** Every value of each field, for checkbox lists. */
  lists?: Record<string, string[]>;
  /** Values for a message's placeholders, by field (what a schema's refinement found, e.g. the entries refused). */
  vars?: Record<string, Record<string, string>>;
}

/** A form's fields by name, as the browser sent them (a query string reads the same). */
export interface FormFields {
  /** The field's value (its last, when sent several times); undefined when not sent. */
  value(name: string): string | undefined;
  /** Every value of the field, in order. */
  list(name: string): string[];
  /** The names sent, each once. */
  names(): string[];
}

type Source = FormData | URLSearchParams;

export function formFields(source: Source, omit: readonly string[] = ["_csrf"]): FormFields {
  const entries = [...source.entries()].filter((e): e is [string, string] => typeof e[1] === "string" && !omit.includes(e[0]));
  return {
    value: (name) => entries.findLast(([k]) => k === name)?.[1],
    list: (name) => entries.filter(([k]) => k === name).map(([, v]) => v),
    names: () => [...new Set(entries.map(([k]) => k))],
  };
}

export function formValues(formData: Source, omit: string[] = ["_csrf"]): Record<string, string> {
  const fields = formFields(formData, omit);
  return Object.fromEntries(fields.names().map((name) => [name, fields.value(name)!]));
}

function formLists(fields: FormFields, omit: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(fields.names().filter((name) => !omit.includes(name)).map((name) => [name, fields.list(name)]));
}

export interface ParseOptions {
  /** Fields never sent back with the errors: passwords. */
  keepOut?: readonly string[];
  /** The form's name of a field of the schema, where the two differ (`{ submissionKey: "submission_key" }`). Errors land on the form's name. */
  names?: Readonly<Record<string, string>>;
  /**
   * The schema's input, where the form spreads one value over several fields (rows of fields).
   * By default a field sent once is a string and a field sent several times a list.
   */
  read?: (fields: FormFields) => Record<string, unknown>;
}

/** The schema's input from the form: every field by name (renamed where the schema's name differs). */
function inputOf(fields: FormFields, options: ParseOptions): Record<string, unknown> {
  if (options.read) return options.read(fields);
  const input: Record<string, unknown> = {};
  for (const name of fields.names()) {
    const all = fields.list(name);
    input[name] = all.length === 1 ? all[0] : all;
  }
  for (const [schemaName, formName] of Object.entries(options.names ?? {})) {
    if (schemaName === formName) continue;
    input[schemaName] = input[formName];
    delete input[formName];
  }
  return input;
}

/** The form field an issue belongs to: the path's first part by the form's name, the rest joined with "_" (`resp_2_theme`); "form" for the whole. */
function fieldOf(path: readonly PropertyKey[], names: Readonly<Record<string, string>> = {}): string {
  if (path.length === 0) return "form";
  const [first, ...rest] = path.map(String);
  return [names[first!] ?? first, ...rest].join("_");
}

function errorsOf(error: z.ZodError, names: Readonly<Record<string, string>> | undefined): { errors: FieldErrors; vars: Record<string, Record<string, string>> } {
  const errors: FieldErrors = {};
  const vars: Record<string, Record<string, string>> = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path, names);
    if (errors[field]) continue;
    errors[field] = issue.message as MessageKey;
    if (issue.code === "custom" && issue.params) vars[field] = Object.fromEntries(Object.entries(issue.params).map(([k, v]) => [k, String(v)]));
  }
  return { errors, vars };
}

/**
 * Parses a form (or a query string) with a feature's schema: the typed input for the use case,
 * or the errors by field with what was typed. `options` may be the fields to keep out (as before).
 */
export function parseForm<S extends z.ZodType>(schema: S, source: Source, options: ParseOptions | readonly string[] = {}): { ok: true; data: z.output<S> } | FormFailure {
  const opts: ParseOptions = Array.isArray(options) ? { keepOut: options } : (options as ParseOptions);
  const fields = formFields(source);
  const result = schema.safeParse(inputOf(fields, opts));
  if (result.success) return { ok: true, data: result.data };
  const keepOut = opts.keepOut ?? [];
  const values = formValues(source, ["_csrf", ...keepOut]);
  const { errors, vars } = errorsOf(result.error, opts.names);
  return { ok: false, errors, values, lists: formLists(fields, keepOut), vars };
}

/**
 * Parses the query of a page whose results show even when some of it is wrong (a GET form): a
 * field with a problem reads as if it were not given (its default), and the problem is reported.
 */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams, options: Pick<ParseOptions, "names"> = {}): { data: z.output<S>; errors: FieldErrors; values: Record<string, string> } {
  const fields = formFields(params, []);
  const input = inputOf(fields, options);
  const values = formValues(params, []);
  const first = schema.safeParse(input);
  if (first.success) return { data: first.data, errors: {}, values };
  const { errors } = errorsOf(first.error, options.names);
  for (const issue of first.error.issues) if (issue.path.length > 0) delete input[String(issue.path[0])];
  return { data: schema.parse(input), errors, values };
}
