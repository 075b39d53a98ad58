/**
 * The samverka command line. Run it as `npx samverka …` from the project root (bin/samverka.js
 * starts this file on Node 24) or as `node src/cli/samverka.ts …` on Node 24.
 *
 * Exit codes: 0 done, 2 wrong use or wrong input (the message on stderr says what to fix),
 * 1 an unexpected failure.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { parseIndicatorCsv } from "#src/adapters/index-data/csv.ts";
import { csvWriter } from "#src/adapters/files/csv-writer.ts";
import { ADMIN_USAGE, readPasswordFromStdin, runAdmin } from "./admin.ts";
import {
  type AreaScore,
  type IndexConfig,
  type IndicatorValue,
  type JsonStatMapping,
  NORMALISATION_METHODS,
  type NormalisationMethod,
  checkValuesAgainstConfig,
  computeIndex,
  indicatorSpread,
  indicatorsOf,
  parseJsonStat,
  sensitivity,
  validateIndexConfig,
} from "../domain/area-index/index.ts";
import { describeIndexProblems } from "#src/text/index-problems.ts";
import { isLocale, type Locale } from "#src/text/locale.ts";

export const USAGE = `Usage:
  samverka index compute     --config CONFIG.json --data VALUES.csv [--format json|csv] [--year YYYY] [--explain]
  samverka index validate    --config CONFIG.json [--data VALUES.csv]
  samverka index spread      --config CONFIG.json --data VALUES.csv [--format json|csv] [--year YYYY]
  samverka index sensitivity --config CONFIG.json --data VALUES.csv [--draws 10000] [--seed 1]
                             [--jitter 0.25] [--methods minmax,zscore,rank] [--top 3] [--format json|csv] [--year YYYY]
${ADMIN_USAGE}

  --data     CSV (area_code,indicator,year,value[,count,denominator,sex,age_band,disability])
             or a JSON-stat 2.0 dataset (.json; area, year and indicator taken from role geo/time/metric)
  --jsonstat-mapping MAP.json  for a JSON-stat dataset: which dimension is what, and code renames, e.g.
             {"area":"Region","year":"Tid","indicator":"ContentsCode","indicators":{"BE0101N1":"valdeltagande"},
              "areas":{"1280":"MALMO"},"breakdowns":{"sex":"Kon"}}
  --year     use this data year for every indicator (default: each indicator's year, else its latest)
  --format   json (default) or csv
  --explain  (compute, json) add each indicator's normalised value, weight and contribution
  --lang     en (default) or sv: the language of the problem descriptions

Score: higher = better conditions. Rank 1 = lowest score = greatest need. Numbers are rounded to 6 decimals.
See README.md, "Area index (index för områdeslyft)".`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A problem the user can fix: printed to stderr with exit code 2. */
class UsageError extends Error {
  readonly details: Record<string, string>;
  readonly fix: string;
  constructor(message: string, details: Record<string, string> = {}, fix = "") {
    super(message);
    this.details = details;
    this.fix = fix;
  }
}

const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e6) / 1e6);

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read the ${what} file "${path}"${code === "ENOENT" ? ": no such file" : `: ${(e as Error).message}`}`);
  }
}

async function loadConfig(path: string | undefined, lang: Locale = "en"): Promise<IndexConfig> {
  if (!path) throw new UsageError("--config is required", {}, "give the index configuration, e.g. --config docs/index/example-config.json");
  let json: unknown;
  try {
    json = JSON.parse(await readText(path, "configuration"));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`the configuration "${path}" is not valid JSON: ${(e as Error).message}`);
  }
  const r = validateIndexConfig(json);
  if (!r.ok) throw new UsageError(`the configuration "${path}" is not valid:`, describeIndexProblems(r.problems, lang), "Fix these places in the configuration (see README.md for the format) and run again.");
  return r.value;
}

async function loadMapping(path: string | undefined): Promise<JsonStatMapping> {
  if (path === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(await readText(path, "JSON-stat mapping"));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`the JSON-stat mapping "${path}" is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new UsageError(`the JSON-stat mapping "${path}" must be a JSON object`);
  return json as JsonStatMapping;
}

async function loadValues(path: string | undefined, mappingPath?: string, lang: Locale = "en"): Promise<IndicatorValue[]> {
  if (!path) throw new UsageError("--data is required", {}, "give the indicator values, e.g. --data docs/index/example-values.csv");
  const text = await readText(path, "data");
  if (extname(path).toLowerCase() === ".json") {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`the data "${path}" is not valid JSON: ${(e as Error).message}`);
    }
    const r = parseJsonStat(json, await loadMapping(mappingPath));
    if (!r.ok) throw new UsageError(`the data "${path}" is not a usable JSON-stat 2.0 dataset:`, describeIndexProblems(r.problems, lang), "Fix the dataset (or the PxWeb query) and run again.");
    return r.value;
  }
  const r = parseIndicatorCsv(text);
  if (!r.ok) throw new UsageError(`the data "${path}" has errors; nothing was read:`, describeIndexProblems(r.problems, lang), "Fix these lines and run again.");
  return r.value;
}

function warnAboutIndicators(config: IndexConfig, values: IndicatorValue[], io: Io): void {
  const { unknownIndicators, indicatorsWithoutValues } = checkValuesAgainstConfig(config, values);
  if (unknownIndicators.length > 0) io.err(`warning: rows for indicators that are not in the configuration were ignored: ${unknownIndicators.join(", ")}\n`);
  if (indicatorsWithoutValues.length > 0) io.err(`warning: configured indicators without any values: ${indicatorsWithoutValues.join(", ")}\n`);
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) throw new UsageError(`--year must be a year such as 2023, got "${text}"`);
  return Number(text);
}

function parseFormat(text: string | undefined): "json" | "csv" {
  const f = text ?? "json";
  if (f !== "json" && f !== "csv") throw new UsageError(`--format must be json or csv, got "${f}"`);
  return f;
}

/** The language of what the command says about the user's data (the area index's problems); its own wording is English. */
function parseLang(l: string | undefined): Locale {
  const lang = l ?? "en";
  if (!isLocale(lang)) throw new UsageError(`--lang must be en or sv, got "${lang}"`);
  return lang;
}

/** Rows as CSV through the one CSV writer: formula-looking text defused, numbers kept as numbers. */
const csv = (rows: (string | number | null)[][]) => csvWriter.write(rows);

function areaJson(a: AreaScore, explain: boolean) {
  const base = {
    area: a.area,
    rank: a.rank,
    score: round(a.score),
    dimensions: Object.fromEntries(a.dimensions.map((d) => [d.key, round(d.score)])),
  };
  if (!explain) return base;
  return {
    ...base,
    explanation: a.dimensions.map((d) => ({
      dimension: d.key,
      floored: d.floored,
      weight: round(d.weight),
      contribution: round(d.contribution),
      indicators: d.indicators.map((i) => ({ ...i, normalised: round(i.normalised), weight: round(i.weight), contribution: round(i.contribution) })),
    })),
  };
}

async function compute(args: string[], io: Io): Promise<void> {
  const { values: o } = parseArgs({ args, options: { config: { type: "string" }, data: { type: "string" }, "jsonstat-mapping": { type: "string" }, format: { type: "string" }, year: { type: "string" }, explain: { type: "boolean" }, lang: { type: "string" } } });
  const format = parseFormat(o.format);
  const year = parseYear(o.year);
  const lang = parseLang(o.lang);
  const config = await loadConfig(o.config, lang);
  const data = await loadValues(o.data, o["jsonstat-mapping"], lang);
  warnAboutIndicators(config, data, io);
  const r = computeIndex(config, data, year !== undefined ? { year } : {});
  if (!r.ok) throw new UsageError(`cannot compute the index (${r.error.replace("_", " ")}):`, describeIndexProblems(r.problems, lang), fixFor(r.error));
  const result = r.value;
  if (format === "csv") {
    const dims = config.dimensions.map((d) => d.key);
    io.out(csv([["area_code", "rank", "score", ...dims], ...result.areas.map((a) => [a.area, a.rank, round(a.score), ...a.dimensions.map((d) => round(d.score))])]));
    return;
  }
  io.out(
    JSON.stringify(
      {
        config: result.configId,
        normalisation: result.method,
        aggregation: result.aggregation,
        years: result.years,
        reading: "score: higher = better conditions; rank 1 = lowest score = greatest need",
        areas: result.areas.map((a) => areaJson(a, o.explain === true)),
      },
      null,
      2,
    ) + "\n",
  );
}

function fixFor(error: string): string {
  switch (error) {
    case "missing_values":
      return 'Add the missing values, or set "missing" in the configuration to "exclude" or "mean".';
    case "no_data":
      return "Check that the data's indicator keys match the configuration (and --year).";
    case "non_positive":
      return 'A geometric mean needs values > 0: set "aggregation.floor" in the configuration (e.g. 0.01) to raise such values to it, or use "arithmetic".';
    default:
      return "Fix these values in the data and run again.";
  }
}

async function validate(args: string[], io: Io): Promise<void> {
  const { values: o } = parseArgs({ args, options: { config: { type: "string" }, data: { type: "string" }, "jsonstat-mapping": { type: "string" }, lang: { type: "string" } } });
  const lang = parseLang(o.lang);
  const config = await loadConfig(o.config, lang);
  const n = indicatorsOf(config).length;
  io.out(`ok: configuration "${config.id}" with ${config.dimensions.length} dimensions and ${n} indicators\n`);
  if (o.data !== undefined) {
    const data = await loadValues(o.data, o["jsonstat-mapping"], lang);
    warnAboutIndicators(config, data, io);
    const areas = new Set(data.map((v) => v.area)).size;
    io.out(`ok: data "${o.data}" with ${data.length} values for ${areas} areas\n`);
  }
}

async function runSensitivity(args: string[], io: Io): Promise<void> {
  const { values: o } = parseArgs({
    args,
    options: {
      config: { type: "string" },
      data: { type: "string" },
      "jsonstat-mapping": { type: "string" },
      format: { type: "string" },
      year: { type: "string" },
      draws: { type: "string" },
      seed: { type: "string" },
      jitter: { type: "string" },
      methods: { type: "string" },
      top: { type: "string" },
      lang: { type: "string" },
    },
  });
  const format = parseFormat(o.format);
  const year = parseYear(o.year);
  const lang = parseLang(o.lang);
  const config = await loadConfig(o.config, lang);
  const data = await loadValues(o.data, o["jsonstat-mapping"], lang);
  warnAboutIndicators(config, data, io);
  const methods = o.methods?.split(",").map((m) => m.trim()) as NormalisationMethod[] | undefined;
  const bad = methods?.filter((m) => !NORMALISATION_METHODS.includes(m));
  if (bad && bad.length > 0) throw new UsageError(`--methods: unknown method ${bad.join(", ")} (known: ${NORMALISATION_METHODS.join(", ")})`);
  const num = (text: string | undefined, fallback: number) => (text === undefined ? fallback : Number(text));
  const r = sensitivity(config, data, {
    draws: num(o.draws, 10_000),
    seed: num(o.seed, 1),
    weightJitter: num(o.jitter, 0.25),
    topK: num(o.top, 3),
    ...(methods && { methods }),
    ...(year !== undefined && { year }),
  });
  if (!r.ok) throw new UsageError(`cannot run the sensitivity analysis (${r.error.replace("_", " ")}):`, describeIndexProblems(r.problems, lang), r.error === "invalid_options" ? "Fix these options and run again." : fixFor(r.error));
  const s = r.value;
  if (format === "csv") {
    io.out(csv([["area_code", "rank", "rank_min", "rank_p5", "rank_median", "rank_p95", "rank_max", `share_top_${s.topK}`], ...s.areas.map((a) => [a.area, a.rank, a.rankMin, a.rankP5, a.rankMedian, a.rankP95, a.rankMax, round(a.topKShare)])]));
    return;
  }
  io.out(JSON.stringify({ ...s, areas: s.areas.map((a) => ({ ...a, topKShare: round(a.topKShare) })) }, null, 2) + "\n");
}

/** Spread and extremes per indicator: lowest and highest with their areas, quartiles, median, population sd. */
async function spread(args: string[], io: Io): Promise<void> {
  const { values: o } = parseArgs({ args, options: { config: { type: "string" }, data: { type: "string" }, "jsonstat-mapping": { type: "string" }, format: { type: "string" }, year: { type: "string" }, lang: { type: "string" } } });
  const format = parseFormat(o.format);
  const year = parseYear(o.year);
  const lang = parseLang(o.lang);
  const config = await loadConfig(o.config, lang);
  const data = await loadValues(o.data, o["jsonstat-mapping"], lang);
  warnAboutIndicators(config, data, io);
  const rows = indicatorSpread(config, data, year !== undefined ? { year } : {});
  if (format === "csv") {
    const header = ["indicator", "year", "areas", "suppressed", "lowest", "lowest_areas", "q1", "median", "q3", "highest", "highest_areas", "sd"];
    io.out(csv([header, ...rows.map((r) => [r.key, r.year, r.count, r.suppressed, round(r.lowest?.value ?? null), (r.lowest?.areas ?? []).join(";"), round(r.q1), round(r.median), round(r.q3), round(r.highest?.value ?? null), (r.highest?.areas ?? []).join(";"), round(r.sd)])]));
    return;
  }
  const json = rows.map((r) => ({ ...r, median: round(r.median), q1: round(r.q1), q3: round(r.q3), sd: round(r.sd) }));
  io.out(JSON.stringify({ config: config.id, reading: "values as published; suppressed values never count; sd = population standard deviation; quartiles as QUARTILE.INC", indicators: json }, null, 2) + "\n");
}

/** Runs the command line; returns the exit code. */
export async function run(argv: string[], io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }): Promise<number> {
  const [group, command, ...rest] = argv;
  if (group === undefined) {
    io.err(USAGE + "\n");
    return 2;
  }
  if (group === "--help" || group === "-h" || command === "--help" || command === "-h") {
    io.out(USAGE + "\n");
    return 0;
  }
  if (group === "admin") return runAdmin(command === undefined ? [] : [command, ...rest], { ...io, env: process.env, readPassword: readPasswordFromStdin });
  try {
    if (group !== "index") throw new UsageError(`unknown command "${group}"`, {}, USAGE);
    if (command === "compute") await compute(rest, io);
    else if (command === "validate") await validate(rest, io);
    else if (command === "sensitivity") await runSensitivity(rest, io);
    else if (command === "spread") await spread(rest, io);
    else throw new UsageError(command === undefined ? "say what to do: compute, validate, sensitivity or spread" : `unknown command "index ${command}"`, {}, USAGE);
    return 0;
  } catch (e) {
    const err = e as Error & { code?: string };
    if (e instanceof UsageError || err.code?.startsWith("ERR_PARSE_ARGS")) {
      const where = command ? `samverka index ${command}` : "samverka";
      const details = e instanceof UsageError ? Object.entries(e.details) : [];
      const shown = details.slice(0, 50).map(([k, v]) => `  ${k ? `${k}: ` : ""}${v}\n`);
      if (details.length > 50) shown.push(`  … and ${details.length - 50} more\n`);
      const fix = e instanceof UsageError ? e.fix : USAGE;
      io.err(`${where}: ${err.message}\n${shown.join("")}${fix ? `${fix}\n` : ""}`);
      return 2;
    }
    io.err(`samverka: unexpected failure: ${err.stack ?? err.message}\n`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
