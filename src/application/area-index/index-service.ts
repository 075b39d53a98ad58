/**
 * The area index (index för områdeslyft) for the city's staff: versioned configurations (saved
 * from JSON text, checked by `validateIndexConfig`, one of them active), indicator values
 * imported from CSV or JSON-stat (all rows or none), and the active configuration's results:
 * scores and ranks per year, the explanation per area, the Monte Carlo sensitivity of the
 * ranking and each area's time series.
 *
 * Reading needs "index.read" (the city's staff); changing needs "index.manage" (analysts and
 * administrators). Every change runs in one transaction with its audit entry.
 *
 * Suppression: the engine treats a value whose count or denominator is below the configuration's
 * `suppression.minCount` as missing and never returns it; the area's value list here applies the
 * same rule (`isSuppressed`) before anything leaves the service, so no page or export can show it.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import {
  type AreaScore,
  type IndexConfig,
  type IndexError,
  type IndexResult,
  type IndicatorSpread,
  type IndicatorValue,
  type JsonStatMapping,
  type NormalisationMethod,
  type SensitivityResult,
  NORMALISATION_METHODS,
  allowsAggregation,
  breakdownKey,
  checkValuesAgainstConfig,
  computeIndex,
  computeTimeSeries,
  DEFAULT_INDEX_CONFIG,
  indicatorSpread,
  isSuppressed,
  methodRequirement,
  minCountOf,
  oneProblem,
  type IndexProblems,
  type ProblemFailure,
  refuse,
  parseJsonStat,
  sensitivity,
  validateIndexConfig,
  chooseYear,
  yearsIn,
} from "#src/domain/area-index/index.ts";
import type { Breakdown } from "#src/domain/area-index/values.ts";
import type { AreaNeed } from "#src/domain/coordination/equity.ts";
import { fail, ok, type Failure, type Result } from "#src/domain/result.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type { IndexConfigurationRecord, IndexConfigurationSummary, IndexImportRecord, IndicatorCsvReader } from "./ports.ts";
import type { Clock, CsvCell, CsvWriter, Repositories, UnitOfWork } from "../shared/ports.ts";
import { resultsTable, spreadTable } from "./downloads.ts";
import { isUuid } from "#src/domain/ids.ts";
import type { z } from "zod";
import { configurationSchema } from "./schemas.ts";

/** The largest file the import reads (a CSV of 100 000 rows is about 5 MB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** The largest configuration text accepted. */
export const MAX_CONFIG_CHARS = 200_000;


export type NotAllowed = "not_allowed";
export type ConfigurationError = NotAllowed | "invalid_name" | "invalid_json" | "invalid_config";
export type ImportError = NotAllowed | "empty" | "too_large" | "invalid_mapping" | "invalid_file";
export type ComputeError = NotAllowed | "no_configuration" | "cannot_compute";

/**
 * Refusals that come with the problems found, by place (`{ code, params }`): the web pages word
 * them in the page's language from the catalogue (src/text/index-problems.ts).
 */
export type ConfigurationProblems = ProblemFailure<"invalid_json" | "invalid_config">;
export type ImportProblems = ProblemFailure<"invalid_mapping" | "invalid_file">;
/** No active configuration (problems: why a stored one no longer validates, or none). */
export type NoConfiguration = ProblemFailure<"no_configuration">;
/** The engine refused the active configuration with the stored values: why (`reason`) and where. */
export interface CannotCompute extends ProblemFailure<"cannot_compute"> {
  reason: IndexError;
}

export interface ActiveConfiguration {
  summary: IndexConfigurationSummary;
  config: IndexConfig;
}

export interface ResultsView {
  configuration: ActiveConfiguration;
  /** Years with data for a configured indicator, ascending. */
  years: number[];
  /** The year asked for; null = each indicator's configured year, else its latest. */
  year: number | null;
  result: IndexResult;
  /** Per indicator, for the same year(s): lowest and highest value with their areas, median, quartiles, standard deviation; suppressed values never count. */
  spread: IndicatorSpread[];
  areaNames: Record<string, string>;
  minCount: number;
  /** Configured indicators without any value, and imported indicators the configuration does not use. */
  indicatorsWithoutValues: string[];
  unknownIndicators: string[];
}

/** The areas' need by the active index (see IndexService.areaNeeds). Serialisable. */
export interface AreaNeedsView {
  /** Area code → rank (1 = greatest need, null when not ranked), score and the area's name. */
  byArea: Record<string, { rank: number | null; score: number | null; name: string }>;
  /** How many areas are ranked. */
  ranked: number;
  /** The year the ranks are for; null = each indicator's configured or latest year. */
  year: number | null;
  /** Years with index values. */
  years: number[];
}

/** Where another feature gets the areas' need from (IndexService is one). */
export interface AreaNeedsSource {
  areaNeeds(actor: Actor, year?: number | "latest"): Promise<AreaNeedsView | null>;
}

/** The needs by area code, for `needOf` and `byNeed` (src/domain/coordination/equity.ts); none without a view. */
export function needsMap(view: AreaNeedsView | null): Map<string, AreaNeed> {
  return new Map(Object.entries(view?.byArea ?? {}));
}

/** A CSV download: its file name and its text (with a byte-order mark and CRLF line ends). */
export interface CsvFile {
  fileName: string;
  text: string;
}

export interface SpreadView {
  configuration: ActiveConfiguration;
  years: number[];
  year: number | null;
  spread: IndicatorSpread[];
  areaNames: Record<string, string>;
}

export interface AreaValue {
  indicator: string;
  year: number;
  breakdown: Breakdown;
  /** null when not available or suppressed. */
  value: number | null;
  status: "observed" | "missing" | "suppressed";
  source: string;
}

export interface TimeSeriesPoint {
  year: number;
  score: number | null;
  rank: number | null;
  /** How many areas were scored that year. */
  of: number;
}

export interface AreaView {
  code: string;
  name: string | null;
  configuration: ActiveConfiguration;
  years: number[];
  year: number | null;
  /** The area's score with its explanation; null when the index cannot be computed or the area has no values. */
  score: AreaScore | null;
  /** The data year used per indicator. */
  indicatorYears: Record<string, number | null>;
  /** All areas' spread per indicator for the same year(s), to read the area's values against. */
  spread: IndicatorSpread[];
  scoredAreas: number;
  timeSeries: TimeSeriesPoint[];
  /** Totals and breakdowns as imported, suppressed values blanked. */
  values: AreaValue[];
  hasBreakdowns: boolean;
  minCount: number;
}

export interface SensitivityRequest {
  year?: number | undefined;
  draws: number;
  seed: number;
  weightJitter: number;
  methods?: NormalisationMethod[] | undefined;
}

export interface SensitivityView {
  configuration: ActiveConfiguration;
  years: number[];
  year: number | null;
  /** Methods this configuration can be drawn with (all indicators have what the method needs). */
  possibleMethods: NormalisationMethod[];
  result: SensitivityResult;
  areaNames: Record<string, string>;
}

export interface ImportInput {
  fileName: string;
  text: string;
  /** Optional JSON-stat mapping (JSON text), as the command line's --jsonstat-mapping. */
  mapping?: string | undefined;
  /** Who publishes the figures; default the file name. */
  source?: string | undefined;
}

export interface ImportSummary {
  importId: string;
  format: "csv" | "jsonstat";
  rows: number;
  replaced: number;
  areas: number;
  years: number[];
  suppressed: number;
  /** Indicators in the file that the active configuration does not use (stored anyway). */
  unknownIndicators: string[];
}

const issue = (e: unknown) => (e instanceof Error ? e.message : String(e));

function isJsonStat(fileName: string, text: string): boolean {
  return /\.json$/i.test(fileName.trim()) || text.trimStart().startsWith("{");
}

export class IndexService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #csv: IndicatorCsvReader;
  readonly #csvWriter: CsvWriter;

  constructor(deps: { uow: UnitOfWork; clock: Clock; csv: IndicatorCsvReader; csvWriter: CsvWriter }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#csv = deps.csv;
    this.#csvWriter = deps.csvWriter;
  }

  permissions(actor: Actor): { read: boolean; manage: boolean } {
    return { read: can(actor, { action: "index.read" }), manage: can(actor, { action: "index.manage" }) };
  }

  /** The city's 2023 draft, as JSON text to start a new configuration from. */
  defaultConfigurationText(): string {
    return JSON.stringify(DEFAULT_INDEX_CONFIG, null, 2);
  }

  async configurations(actor: Actor): Promise<Result<{ versions: IndexConfigurationSummary[]; active: IndexConfigurationRecord | null }, NotAllowed>> {
    if (!can(actor, { action: "index.read" })) return fail("not_allowed");
    return this.#uow.read(async (r) => ok({ versions: await r.index.configurations(), active: (await r.index.activeConfiguration()) ?? null }));
  }

  async configuration(actor: Actor, id: string): Promise<Result<IndexConfigurationRecord, NotAllowed | "not_found">> {
    if (!can(actor, { action: "index.read" })) return fail("not_allowed");
    if (!isUuid(id)) return fail("not_found");
    const found = await this.#uow.read((r) => r.index.configuration(id));
    return found ? ok(found) : fail("not_found");
  }

  /**
   * Saves a new version from JSON text. Problems come back by where they are: `name`, `json`
   * (not JSON at all) or each path in the configuration (`dimensions[0].indicators[1].direction`).
   */
  async createConfiguration(
    actor: Actor,
    request: z.input<typeof configurationSchema>,
    meta: AuditMeta = {},
  ): Promise<Result<{ id: string; version: number }, NotAllowed> | Failure<"invalid_name"> | ConfigurationProblems> {
    if (!can(actor, { action: "index.manage" })) return fail("not_allowed");
    const read = configurationSchema.safeParse(request);
    if (!read.success) return refuse("invalid_json", oneProblem("json", "json_invalid", { message: read.error.issues[0]?.message ?? "" }));
    const input = read.data;
    if (input.text.length > MAX_CONFIG_CHARS) return refuse("invalid_json", oneProblem("json", "text_too_long", { max: MAX_CONFIG_CHARS }));
    let json: unknown;
    try {
      json = JSON.parse(input.text);
    } catch (e) {
      return refuse("invalid_json", oneProblem("json", "json_invalid", { message: issue(e) }));
    }
    const checked = validateIndexConfig(json);
    if (!checked.ok) return checked;
    const config = checked.value;
    const name = (input.name || config.name.sv).slice(0, 200);
    if (name.length === 0) return fail("invalid_name");
    const at = this.#clock.now();
    return this.#uow.transaction(async (r) => {
      const previous = input.activate ? await r.index.activeConfiguration() : undefined;
      const created = await r.index.addConfiguration({ name, definition: config, createdBy: actor.userId, at });
      await r.audit.append({
        actor,
        action: "index.configuration.created",
        entityType: "index_configuration",
        entityId: created.id,
        after: { version: created.version, name, configId: config.id, dimensions: config.dimensions.length, indicators: config.dimensions.reduce((n, d) => n + d.indicators.length, 0) },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      if (input.activate) await this.#activate(r, actor, created.id, created.version, previous, meta);
      return ok(created);
    });
  }

  async activate(actor: Actor, id: string, meta: AuditMeta = {}): Promise<Result<{ version: number }, NotAllowed | "not_found">> {
    if (!can(actor, { action: "index.manage" })) return fail("not_allowed");
    if (!isUuid(id)) return fail("not_found");
    return this.#uow.transaction(async (r) => {
      const target = await r.index.configuration(id);
      if (!target) return fail("not_found");
      const previous = await r.index.activeConfiguration();
      if (previous?.id !== id) await this.#activate(r, actor, id, target.version, previous, meta);
      return ok({ version: target.version });
    });
  }

  async #activate(r: Repositories, actor: Actor, id: string, version: number, previous: IndexConfigurationSummary | undefined, meta: AuditMeta): Promise<void> {
    await r.index.activate(id);
    await r.audit.append({
      actor,
      action: "index.configuration.activated",
      entityType: "index_configuration",
      entityId: id,
      before: previous ? { activeVersion: previous.version } : null,
      after: { activeVersion: version },
      ip: meta.ip ?? null,
      requestId: meta.requestId ?? null,
    });
  }

  async imports(actor: Actor, limit = 20): Promise<Result<IndexImportRecord[], NotAllowed>> {
    if (!can(actor, { action: "index.read" })) return fail("not_allowed");
    return ok(await this.#uow.read((r) => r.index.imports(limit)));
  }

  /**
   * Imports indicator values from a CSV file or a JSON-stat 2.0 dataset. All or nothing: when
   * any row is wrong nothing is stored and the problems come back by line (CSV) or by place in
   * the dataset (JSON-stat). A value for an area, indicator, year and breakdown already stored
   * is replaced.
   */
  async importValues(actor: Actor, input: ImportInput, meta: AuditMeta = {}): Promise<Result<ImportSummary, NotAllowed | "empty" | "too_large"> | ImportProblems> {
    if (!can(actor, { action: "index.manage" })) return fail("not_allowed");
    if (input.text.trim() === "") return fail("empty");
    if (input.text.length > MAX_IMPORT_BYTES) return fail("too_large");
    const fileName = input.fileName.trim().slice(0, 255) || "data";
    const format = isJsonStat(fileName, input.text) ? "jsonstat" : "csv";

    let values: IndicatorValue[];
    if (format === "jsonstat") {
      let mapping: JsonStatMapping = {};
      if (input.mapping !== undefined && input.mapping.trim() !== "") {
        let m: unknown;
        try {
          m = JSON.parse(input.mapping);
        } catch (e) {
          return refuse("invalid_mapping", oneProblem("mapping", "json_invalid", { message: issue(e) }));
        }
        if (typeof m !== "object" || m === null || Array.isArray(m)) return refuse("invalid_mapping", oneProblem("mapping", "json_object"));
        mapping = m as JsonStatMapping;
      }
      let json: unknown;
      try {
        json = JSON.parse(input.text);
      } catch (e) {
        return refuse("invalid_file", oneProblem("file", "json_invalid", { message: issue(e) }));
      }
      let parsed: ReturnType<typeof parseJsonStat>;
      try {
        parsed = parseJsonStat(json, mapping);
      } catch (e) {
        // A mapping of the wrong shape (e.g. a number where codes are expected) is the user's to fix.
        return refuse("invalid_mapping", oneProblem("mapping", "mapping_shape", { message: issue(e) }));
      }
      if (!parsed.ok) return refuse("invalid_file", parsed.problems);
      values = parsed.value;
      const seen = new Set<string>();
      const dupes: IndexProblems = {};
      for (const v of values) {
        const key = `${v.area}/${v.indicator}/${v.year}${v.breakdown ? `/${breakdownKey(v.breakdown)}` : ""}`;
        if (seen.has(key)) Object.assign(dupes, oneProblem(key, "duplicate_value"));
        seen.add(key);
      }
      if (Object.keys(dupes).length > 0) return refuse("invalid_file", dupes);
    } else {
      const parsed = this.#csv.parse(input.text);
      if (!parsed.ok) return refuse("invalid_file", parsed.problems);
      values = parsed.value;
    }
    if (values.length === 0) return fail("empty");

    const source = (input.source?.trim() || fileName).slice(0, 300);
    const at = this.#clock.now();
    return this.#uow.transaction(async (r) => {
      const active = await r.index.activeConfiguration();
      const config = active ? validateIndexConfig(active.definition) : undefined;
      const importId = await r.index.addImport({ fileName, format, source, rowCount: values.length, importedBy: actor.userId, at });
      const { replaced } = await r.index.storeValues(importId, source, at, values);
      const minCount = config?.ok ? minCountOf(config.value) : DEFAULT_MIN_COUNT_FALLBACK;
      const summary: ImportSummary = {
        importId,
        format,
        rows: values.length,
        replaced,
        areas: new Set(values.map((v) => v.area)).size,
        years: [...new Set(values.map((v) => v.year))].sort((a, b) => a - b),
        suppressed: values.filter((v) => isSuppressed(v, minCount)).length,
        unknownIndicators: config?.ok ? checkValuesAgainstConfig(config.value, values).unknownIndicators : [],
      };
      await r.audit.append({
        actor,
        action: "index.values.imported",
        entityType: "index_import",
        entityId: importId,
        after: { fileName, format, source, rows: summary.rows, replaced, areas: summary.areas, years: summary.years },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok(summary);
    });
  }

  /** Scores and ranks every area for a year (see chooseYear: a year with values, "latest", or else each indicator's configured or latest year). */
  async results(actor: Actor, opts: { year?: number | "latest" | undefined } = {}): Promise<Result<ResultsView, NotAllowed> | NoConfiguration | CannotCompute> {
    if (!can(actor, { action: "index.read" })) return fail("not_allowed");
    const loaded = await this.#load();
    if (!loaded.ok) return loaded;
    const { configuration, values, areaNames } = loaded.value;
    const config = configuration.config;
    const years = yearsIn(config, values);
    const year = chooseYear(years, opts.year);
    const computed = computeIndex(config, values, year !== null ? { year } : {});
    if (!computed.ok) return cannotCompute(computed);
    const check = checkValuesAgainstConfig(config, values);
    return ok({
      configuration,
      years,
      year,
      result: computed.value,
      spread: indicatorSpread(config, values, year !== null ? { year } : {}),
      areaNames,
      minCount: minCountOf(config),
      indicatorsWithoutValues: check.indicatorsWithoutValues,
      unknownIndicators: check.unknownIndicators,
    });
  }

  /**
   * The areas' need from the active index, for showing need beside cases and processes and
   * ordering by it (rank 1 = greatest need): per area its rank, score and name. `year`: a year,
   * "latest" (the latest year with values) or none (each indicator's latest year, as /index
   * shows). Null for those who may not read the index, and when it cannot be computed.
   */
  async areaNeeds(actor: Actor, year?: number | "latest"): Promise<AreaNeedsView | null> {
    const results = await this.results(actor, year === undefined ? {} : { year });
    if (!results.ok) return null;
    const { result, areaNames } = results.value;
    const byArea: AreaNeedsView["byArea"] = {};
    for (const a of result.areas) byArea[a.area] = { rank: a.rank, score: a.score, name: areaNames[a.area] ?? a.area };
    return { byArea, ranked: result.areas.filter((a) => a.rank !== null).length, year: results.value.year, years: results.value.years };
  }

  /**
   * Spread and extremes per indicator for a year (null: each indicator's configured or latest
   * year), as on /index; needs no computable index. Suppressed values never count.
   */
  async spread(actor: Actor, opts: { year?: number | undefined } = {}): Promise<Result<SpreadView, NotAllowed> | NoConfiguration> {
    if (!can(actor, { action: "index.read" })) return fail("not_allowed");
    const loaded = await this.#load();
    if (!loaded.ok) return loaded;
    const { configuration, values, areaNames } = loaded.value;
    const config = configuration.config;
    const years = yearsIn(config, values);
    const year = opts.year !== undefined && years.includes(opts.year) ? opts.year : null;
    return ok({ configuration, years, year, spread: indicatorSpread(config, values, year !== null ? { year } : {}), areaNames });
  }

  /** /index/resultat.csv: the ranking of `results` as a CSV file for spreadsheets (same year choice). */
  async resultsCsv(actor: Actor, opts: { year?: number | undefined } = {}): Promise<Result<CsvFile, ComputeError>> {
    const r = await this.results(actor, opts);
    return r.ok ? ok(this.#file(resultsTable(r.value))) : r;
  }

  /** /index/spridning.csv: the spread of `spread` as a CSV file for spreadsheets (same year choice). */
  async spreadCsv(actor: Actor, opts: { year?: number | undefined } = {}): Promise<Result<CsvFile, NotAllowed | "no_configuration">> {
    const r = await this.spread(actor, opts);
    return r.ok ? ok(this.#file(spreadTable(r.value))) : r;
  }

  #file(table: { fileName: string; rows: CsvCell[][] }): CsvFile {
    return { fileName: table.fileName, text: this.#csvWriter.write(table.rows, { forSpreadsheets: true }) };
  }

  /** One area: its score explained, its time series, and its values (suppressed ones blanked). */
  async area(actor: Actor, code: string, opts: { year?: number | undefined } = {}): Promise<Result<AreaView, NotAllowed> | Failure<"not_found"> | NoConfiguration> {
    if (!can(actor, { action: "index.read" })) return fail("not_allowed");
    const loaded = await this.#load(code);
    if (!loaded.ok) return loaded;
    const { configuration, values, areaNames, areaValues } = loaded.value;
    if (areaValues.length === 0 && areaNames[code] === undefined) return fail("not_found");
    const config = configuration.config;
    const minCount = minCountOf(config);
    const years = yearsIn(config, values);
    const year = chooseYear(years, opts.year);
    const computed = values.length > 0 ? computeIndex(config, values, year !== null ? { year } : {}) : undefined;
    const score = computed?.ok ? (computed.value.areas.find((a) => a.area === code && a.score !== null) ?? null) : null;
    const timeSeries = computeTimeSeries(config, values).map(({ year: y, result }): TimeSeriesPoint => {
      if (!result.ok) return { year: y, score: null, rank: null, of: 0 };
      const a = result.value.areas.find((x) => x.area === code);
      return { year: y, score: a?.score ?? null, rank: a?.rank ?? null, of: result.value.areas.filter((x) => x.score !== null).length };
    });
    const shown: AreaValue[] = areaValues.map((v) => {
      const suppressed = isSuppressed(v, minCount);
      return {
        indicator: v.indicator,
        year: v.year,
        breakdown: v.breakdown ?? {},
        value: suppressed ? null : v.value,
        status: suppressed ? "suppressed" : v.value === null ? "missing" : "observed",
        source: v.source,
      };
    });
    return ok({
      code,
      name: areaNames[code] ?? null,
      configuration,
      years,
      year,
      score,
      indicatorYears: computed?.ok ? computed.value.years : {},
      spread: indicatorSpread(config, values, year !== null ? { year } : {}),
      scoredAreas: computed?.ok ? computed.value.areas.filter((a) => a.score !== null).length : 0,
      timeSeries,
      values: shown,
      hasBreakdowns: shown.some((v) => Object.keys(v.breakdown).length > 0),
      minCount,
    });
  }

  /**
   * The methods a sensitivity analysis of this configuration may draw from: those whose needs the
   * indicators meet (goalposts, references) and that the aggregation can take (with a geometric
   * mean and no floor only goalposts; never distance_to_reference with the shifted one).
   */
  static possibleMethods(config: IndexConfig): NormalisationMethod[] {
    return NORMALISATION_METHODS.filter((m) => Object.keys(methodRequirement(config, m)).length === 0 && allowsAggregation(m, config.aggregation));
  }

  /** Monte Carlo sensitivity of the ranking (rank interval per area); seeded, so repeatable. */
  async sensitivity(actor: Actor, request: SensitivityRequest): Promise<Result<SensitivityView, NotAllowed> | NoConfiguration | CannotCompute | ProblemFailure<"invalid_options">> {
    if (!can(actor, { action: "index.read" })) return fail("not_allowed");
    const loaded = await this.#load();
    if (!loaded.ok) return loaded;
    const { configuration, values, areaNames } = loaded.value;
    const config = configuration.config;
    const years = yearsIn(config, values);
    const year = chooseYear(years, request.year);
    const possibleMethods = IndexService.possibleMethods(config);
    const methods = request.methods && request.methods.length > 0 ? request.methods : possibleMethods;
    const r = sensitivity(config, values, {
      draws: request.draws,
      seed: request.seed,
      weightJitter: request.weightJitter,
      methods,
      ...(year !== null && { year }),
    });
    if (!r.ok) return r.error === "invalid_options" ? refuse("invalid_options", r.problems) : cannotCompute({ error: r.error, problems: r.problems });
    return ok({ configuration, years, year, possibleMethods, result: r.value, areaNames });
  }

  async #load(
    areaCode?: string,
  ): Promise<Result<{ configuration: ActiveConfiguration; values: IndicatorValue[]; areaNames: Record<string, string>; areaValues: Array<IndicatorValue & { source: string }> }, never> | NoConfiguration> {
    return this.#uow.read(async (r) => {
      const active = await r.index.activeConfiguration();
      if (!active) return refuse("no_configuration", {});
      const checked = validateIndexConfig(active.definition);
      // Stored configurations were valid when saved; one that no longer is (after an engine change) is shown as missing.
      if (!checked.ok) return refuse("no_configuration", checked.problems);
      const { definition: _definition, ...summary } = active;
      return ok({
        configuration: { summary, config: checked.value },
        values: await r.index.values(),
        areaNames: await r.index.areaNames(),
        areaValues: areaCode === undefined ? [] : await r.index.valuesForArea(areaCode),
      });
    });
  }
}

const DEFAULT_MIN_COUNT_FALLBACK = minCountOf(DEFAULT_INDEX_CONFIG);

function cannotCompute(refused: { error: IndexError; problems: IndexProblems }): CannotCompute {
  return { ok: false, error: "cannot_compute", reason: refused.error, problems: refused.problems };
}
