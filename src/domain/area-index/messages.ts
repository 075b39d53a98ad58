/**
 * The area index's problem messages in Swedish and English. The domain records each problem as a
 * structured value `{ code, params }` (params: what was found, the allowed values, the area, the
 * indicator …) and renders it with `describeIndexProblem` in the reader's language at the edge of
 * each use case (`validateIndexConfig`, `parseJsonStat`, `computeIndex`, `sensitivity`, the CSV
 * reader), so the web shows Swedish officials Swedish text and the CLI keeps English by default.
 * Every message says what is wrong and what to do.
 */
export type IndexLocale = "sv" | "en";
export const INDEX_LOCALES: readonly IndexLocale[] = ["sv", "en"];

export type ProblemParams = Readonly<Record<string, string | number | undefined>>;

export interface IndexProblem {
  code: IndexProblemCode;
  params?: ProblemParams;
}

type Text = (p: ProblemParams) => string;
interface Entry {
  sv: Text;
  en: Text;
}

/** `found` holds JSON text, or is undefined when nothing was given. */
const found = (p: ProblemParams, locale: IndexLocale): string => (p.found === undefined ? (locale === "sv" ? "ingenting" : "nothing") : String(p.found));
const got = (p: ProblemParams) => found(p, "en");
const är = (p: ProblemParams) => found(p, "sv");
const opt = (v: string | number | undefined, text: (v: string | number) => string): string => (v === undefined || v === "" ? "" : text(v));

const CATALOGUE = {
  // ----- configuration (config.ts)
  config_not_object: { en: (p) => `the configuration must be a JSON object, got ${got(p)}`, sv: (p) => `konfigurationen ska vara ett JSON-objekt { … }, men är ${är(p)}` },
  unknown_key: {
    en: (p) => `unknown property (allowed here: ${p.allowed})`,
    sv: (p) => `okänd egenskap: ta bort den eller rätta stavningen (tillåtna här: ${p.allowed})`,
  },
  non_empty_string: { en: (p) => `must be a non-empty string, got ${got(p)}`, sv: (p) => `ska vara en text som inte är tom, men är ${är(p)}` },
  localised_text: {
    en: (p) => `must be { "sv": "…", "en": "…" }, got ${got(p)}`,
    sv: (p) => `ska ha en svensk och en engelsk text, { "sv": "…", "en": "…" }, men är ${är(p)}`,
  },
  positive_number: { en: (p) => `must be a number greater than 0, got ${got(p)}`, sv: (p) => `ska vara ett tal större än 0, men är ${är(p)}` },
  must_be_one_of: { en: (p) => `must be one of ${p.allowed}, got ${got(p)}`, sv: (p) => `ska vara ett av ${p.allowed}, men är ${är(p)}` },
  number: { en: (p) => `must be a number, got ${got(p)}`, sv: (p) => `ska vara ett tal, men är ${är(p)}` },
  not_object: { en: (p) => `must be an object, got ${got(p)}`, sv: (p) => `ska vara ett objekt { … }, men är ${är(p)}` },
  transform_object: {
    en: (p) => `must be an object with "cap" and/or "log", got ${got(p)}`,
    sv: (p) => `ska vara ett objekt med "cap" och/eller "log", men är ${är(p)}`,
  },
  cap_object: {
    en: (p) => `must be { "lower"?: number, "upper"?: number }, got ${got(p)}`,
    sv: (p) => `ska vara { "lower"?: tal, "upper"?: tal }, men är ${är(p)}`,
  },
  cap_bound_missing: { en: () => `give "lower", "upper" or both`, sv: () => `ange "lower", "upper" eller båda` },
  cap_order: {
    en: (p) => `"lower" (${p.lower}) must be less than "upper" (${p.upper})`,
    sv: (p) => `"lower" (${p.lower}) ska vara mindre än "upper" (${p.upper})`,
  },
  log_object: { en: (p) => `must be { "offset"?: number }, got ${got(p)}`, sv: (p) => `ska vara { "offset"?: tal }, men är ${är(p)}` },
  key_format: {
    en: (p) => `must start with a-z and use only a-z, 0-9 and _, got ${got(p)}`,
    sv: (p) => `ska börja med a–z och bara innehålla a–z, 0–9 och _ (inga versaler eller å, ä, ö), men är ${är(p)}`,
  },
  year: { en: (p) => `must be a year such as 2023, got ${got(p)}`, sv: (p) => `ska vara ett årtal, till exempel 2023, men är ${är(p)}` },
  goalposts_object: {
    en: (p) => `must be { "min": number, "max": number }, got ${got(p)}`,
    sv: (p) => `ska vara { "min": tal, "max": tal }, men är ${är(p)}`,
  },
  goalposts_order: { en: (p) => `"min" (${p.min}) must be less than "max" (${p.max})`, sv: (p) => `"min" (${p.min}) ska vara mindre än "max" (${p.max})` },
  goalposts_log: {
    en: () => `the transformation cannot be applied to the goalposts (logarithm of a value ≤ 0): raise "min" or the log offset`,
    sv: () => `transformationen går inte att använda på målvärdena (logaritmen av ett värde ≤ 0): höj "min" eller log-förskjutningen "offset"`,
  },
  goalposts_cap_coincide: {
    en: () => `after the transformation (cap) "min" and "max" coincide; widen the cap or the goalposts`,
    sv: () => `efter transformationen (cap) blir "min" och "max" lika: vidga taket (cap) eller målvärdena`,
  },
  reference_log: {
    en: () => `the transformation cannot be applied to the reference (logarithm of a value ≤ 0)`,
    sv: () => `transformationen går inte att använda på referensvärdet (logaritmen av ett värde ≤ 0): ändra referensvärdet eller log-förskjutningen "offset"`,
  },
  dimensions_list: {
    en: (p) => `must be a non-empty list of dimensions, got ${got(p)}`,
    sv: (p) => `ska vara en lista med minst en dimension, men är ${är(p)}`,
  },
  indicators_list: {
    en: (p) => `must be a non-empty list of indicators, got ${got(p)}`,
    sv: (p) => `ska vara en lista med minst en indikator, men är ${är(p)}`,
  },
  normalisation_object: { en: (p) => `must be { "method": … }, got ${got(p)}`, sv: (p) => `ska vara { "method": … }, men är ${är(p)}` },
  reference_area_unused: {
    en: () => `is only used by "distance_to_reference"`,
    sv: () => `används bara av metoden "distance_to_reference": ta bort den eller byt metod`,
  },
  aggregation_object: {
    en: (p) => `must be { "withinDimensions": …, "acrossDimensions": … }, got ${got(p)}`,
    sv: (p) => `ska vara { "withinDimensions": …, "acrossDimensions": … }, men är ${är(p)}`,
  },
  suppression_object: {
    en: (p) => `must be { "minCount": a whole number ≥ 0 }, got ${got(p)}`,
    sv: (p) => `ska vara { "minCount": ett heltal ≥ 0 }, men är ${är(p)}`,
  },
  duplicate_key: {
    en: (p) => `"${p.key}" is already used by ${p.other}`,
    sv: (p) => `"${p.key}" används redan av ${p.other}: välj en annan nyckel`,
  },
  geometric_unbounded: {
    en: (p) => `"${p.method}" has no lower bound, so it cannot be shifted for "geometric_shifted": use "geometric" with "aggregation.floor", or "arithmetic", or normalise with minmax, goalposts, rank or zscore`,
    sv: (p) =>
      `"${p.method}" har ingen nedre gräns och kan därför inte förskjutas för "geometric_shifted": välj "geometric" med "aggregation.floor", eller "arithmetic", eller normalisera med minmax, goalposts, rank eller zscore`,
  },
  geometric_needs_floor: {
    en: (p) =>
      `a geometric mean needs values > 0, but "${p.method}" gives ${p.method === "minmax" || p.method === "rank" ? "the weakest area 0" : "negative values"}: set "aggregation.floor" (e.g. 0.01) to raise values to it, normalise with "goalposts", or use "arithmetic"`,
    sv: (p) =>
      `ett geometriskt medelvärde kräver värden större än 0, men "${p.method}" ger ${p.method === "minmax" || p.method === "rank" ? "det svagaste området 0" : "negativa värden"}: ange ett golv "aggregation.floor" (till exempel 0.01) som lägre värden höjs till, normalisera med "goalposts" eller välj "arithmetic"`,
  },
  floor_range: {
    en: (p) => `must be a number greater than 0 and less than 1 (e.g. 0.01), got ${got(p)}`,
    sv: (p) => `ska vara ett tal större än 0 och mindre än 1 (till exempel 0.01), men är ${är(p)}`,
  },
  floor_unused: {
    en: () => `a floor is only used with "geometric": remove it, or set withinDimensions or acrossDimensions to "geometric"`,
    sv: () => `golvet används bara med "geometric": ta bort det, eller välj "geometric" för withinDimensions eller acrossDimensions`,
  },
  goalposts_required: {
    en: (p) => `required by ${p.path} "goalposts": give { "min": …, "max": … } in the indicator's raw unit`,
    sv: (p) => `krävs av ${p.path} "goalposts": ange { "min": …, "max": … } i indikatorns egen enhet`,
  },
  reference_required: {
    en: (p) => `required by ${p.path} "distance_to_reference" when normalisation.referenceArea is not set: give a reference value in the indicator's raw unit`,
    sv: (p) => `krävs av ${p.path} "distance_to_reference" när normalisation.referenceArea inte är angiven: ange ett referensvärde i indikatorns egen enhet`,
  },
  reference_zero: {
    en: () => `must not be 0 after the transformation: distances are relative to it`,
    sv: () => `får inte vara 0 efter transformationen, eftersom avstånden räknas i förhållande till det: välj ett annat referensvärde`,
  },

  // ----- sensitivity options (sensitivity.ts)
  draws_range: { en: (p) => `must be a whole number from 1 to 10 000 000, got ${p.found}`, sv: (p) => `ska vara ett heltal från 1 till 10 000 000, men är ${p.found}` },
  whole_number: { en: (p) => `must be a whole number, got ${p.found}`, sv: (p) => `ska vara ett heltal, men är ${p.found}` },
  jitter_range: { en: (p) => `must be at least 0 and less than 1, got ${p.found}`, sv: (p) => `ska vara minst 0 och mindre än 1, men är ${p.found}` },
  whole_number_positive: { en: (p) => `must be a whole number ≥ 1, got ${p.found}`, sv: (p) => `ska vara ett heltal ≥ 1, men är ${p.found}` },
  methods_empty: { en: () => "give at least one normalisation method", sv: () => "välj minst en normaliseringsmetod" },
  aggregations_empty: { en: () => "give at least one aggregation", sv: () => "välj minst ett sätt att väga samman (aggregering)" },
  aggregation_methods: {
    en: () => `withinDimensions and acrossDimensions must each be "arithmetic", "geometric" or "geometric_shifted"`,
    sv: () => `withinDimensions och acrossDimensions ska vara "arithmetic", "geometric" eller "geometric_shifted"`,
  },
  geometric_draw: {
    en: (p) => `"${p.method}" has no lower bound and cannot be drawn together with the shifted geometric aggregations[${p.aggregation}]`,
    sv: (p) => `"${p.method}" har ingen nedre gräns och kan inte lottas tillsammans med den förskjutna geometriska aggregations[${p.aggregation}]: välj bort den ena`,
  },
  geometric_draw_floor: {
    en: (p) =>
      `"${p.method}" gives ${p.method === "minmax" || p.method === "rank" ? "the weakest area 0" : "negative values"}, which the geometric mean of aggregations[${p.aggregation}] cannot take without "aggregation.floor": leave the method out or set a floor`,
    sv: (p) =>
      `"${p.method}" ger ${p.method === "minmax" || p.method === "rank" ? "det svagaste området 0" : "negativa värden"}, vilket det geometriska medelvärdet i aggregations[${p.aggregation}] inte klarar utan golvet "aggregation.floor": välj bort metoden eller ange ett golv`,
  },
  geometric_draw_value: {
    en: (p) => `gives ${p.area}/${p.where} the value ${p.value}, which the geometric mean cannot take (it needs values > 0): leave the method out or set "aggregation.floor"`,
    sv: (p) => `ger ${p.area}/${p.where} värdet ${p.value}, som det geometriska medelvärdet inte klarar (det kräver värden större än 0): välj bort metoden eller ange golvet "aggregation.floor"`,
  },

  // ----- computation (compute.ts)
  no_values: {
    en: (p) => "there are no values for the configured indicators" + opt(p.breakdown, (b) => ` with breakdown ${b}`),
    sv: (p) => "det finns inga värden för konfigurationens indikatorer" + opt(p.breakdown, (b) => ` med uppdelningen ${b}`) + ": importera data för dem",
  },
  duplicate_value: {
    en: () => "more than one value for the same area, indicator, year and breakdown",
    sv: () => "mer än ett värde för samma område, indikator, år och uppdelning: importera filen igen med ett värde per rad",
  },
  value_not_finite: { en: (p) => `the value must be a finite number, got ${p.value}`, sv: (p) => `värdet ska vara ett ändligt tal, men är ${p.value}` },
  log_non_positive: {
    en: (p) => `the logarithm needs value + offset > 0 (value ${p.value}, offset ${p.offset}): set transform.log.offset for "${p.indicator}" or remove the log transformation`,
    sv: (p) =>
      `logaritmen kräver att värde + förskjutning är större än 0 (värde ${p.value}, förskjutning ${p.offset}): ange transform.log.offset för "${p.indicator}" eller ta bort log-transformationen`,
  },
  no_usable_value: {
    en: (p) => `no area has a usable value${opt(p.year, (y) => ` for ${y}`)}`,
    sv: (p) => `inget område har ett användbart värde${opt(p.year, (y) => ` för ${y}`)}: importera data eller välj ett annat år`,
  },
  area_no_values: { en: () => "no values at all for the selected year(s)", sv: () => "området saknar helt värden för valda år: importera data eller välj ett annat år" },
  indicator_no_values_any_year: { en: () => "the indicator has no values in any year", sv: () => "indikatorn saknar värden för alla år: importera data för den" },
  no_value_for_year: { en: (p) => `no value for ${p.year}`, sv: (p) => `värde saknas för ${p.year}: importera det eller välj missing "exclude" eller "mean"` },
  suppressed: {
    en: (p) => `suppressed (count or denominator below ${p.minCount})`,
    sv: (p) => `undertryckt (antal eller nämnare under ${p.minCount}): välj missing "exclude" eller "mean"`,
  },
  mean_impossible: {
    en: (p) => `no area has a value${opt(p.year, (y) => ` for ${y}`)}, so no mean can be imputed: add data or choose missing "exclude"`,
    sv: (p) => `inget område har ett värde${opt(p.year, (y) => ` för ${y}`)}, så inget medelvärde kan sättas in: lägg till data eller välj missing "exclude"`,
  },
  geometric_non_positive: {
    en: (p) =>
      `${p.what === "dimension" ? "the dimension score" : "the normalised value"} is ${p.value}, and a geometric mean needs values > 0: set "aggregation.floor" (e.g. 0.01) to raise such values to it, or use "arithmetic"${p.what === "dimension" ? "" : ' (with "goalposts", a value at or below the lower goalpost gives 0)'}`,
    sv: (p) =>
      `${p.what === "dimension" ? "dimensionens poäng" : "det normaliserade värdet"} är ${p.value}, och ett geometriskt medelvärde kräver värden större än 0: ange ett golv "aggregation.floor" (till exempel 0.01) som sådana värden höjs till, eller välj "arithmetic"${p.what === "dimension" ? "" : ' (med "goalposts" ger ett värde vid eller under det nedre målvärdet 0)'}`,
  },
  reference_area_no_values: {
    en: (p) => `the reference area "${p.area}" has no values`,
    sv: (p) => `referensområdet "${p.area}" har inga värden: importera data för det eller välj ett annat referensområde`,
  },
  reference_area_no_indicator_value: {
    en: () => "the reference area has no value for this indicator",
    sv: () => "referensområdet saknar värde för den här indikatorn: importera det eller välj ett annat referensområde",
  },
  reference_value_zero: {
    en: () => "the reference value is 0; distances are relative to it, so choose another reference",
    sv: () => "referensvärdet är 0, och avstånden räknas i förhållande till det: välj en annan referens",
  },

  // ----- JSON-stat (jsonstat.ts)
  js_not_object: { en: () => "must be a JSON object (a JSON-stat 2.0 dataset)", sv: () => "ska vara ett JSON-objekt (en JSON-stat 2.0-datamängd)" },
  js_class: { en: (p) => `must be "dataset" (JSON-stat 2.0), got ${got(p)}`, sv: (p) => `ska vara "dataset" (JSON-stat 2.0), men är ${är(p)}` },
  js_version: { en: (p) => `must be "2.0", got ${got(p)}`, sv: (p) => `ska vara "2.0", men är ${är(p)}` },
  js_id: { en: () => "must be an array of dimension ids", sv: () => "ska vara en lista med dimensionernas id" },
  js_size: { en: () => "must be an array of whole numbers", sv: () => "ska vara en lista med heltal" },
  js_dimension_object: { en: () => "must be an object", sv: () => "ska vara ett objekt { … }" },
  js_size_per_id: { en: (p) => `must have one entry per id (${p.ids}), got ${p.got}`, sv: (p) => `ska ha ett värde per id (${p.ids}), men har ${p.got}` },
  js_dimension_missing: { en: () => "missing, or without a category object", sv: () => "saknas, eller saknar objektet category" },
  js_index_missing: {
    en: () => "missing; it may only be left out for a dimension with exactly one category (given in label)",
    sv: () => "saknas; det får bara utelämnas för en dimension med exakt en kategori (angiven i label)",
  },
  js_index_list: { en: (p) => `must list ${p.size} category codes (size), got ${p.got}`, sv: (p) => `ska lista ${p.size} kategorikoder (size), men har ${p.got}` },
  js_index_count: { en: (p) => `must have ${p.size} categories (size), got ${p.got}`, sv: (p) => `ska ha ${p.size} kategorier (size), men har ${p.got}` },
  js_index_position: {
    en: (p) => `position must be a distinct whole number from 0 to ${p.max}, got ${got(p)}`,
    sv: (p) => `positionen ska vara ett eget heltal från 0 till ${p.max}, men är ${är(p)}`,
  },
  js_index_type: { en: () => "must be an array of codes or an object code → position", sv: () => "ska vara en lista med koder eller ett objekt kod → position" },
  js_no_dimension: {
    en: (p) =>
      `no ${p.what} dimension: ` +
      (p.what === "area"
        ? "set mapping.area to the dimension id of the areas (or give role.geo)"
        : p.what === "year"
          ? "set mapping.year to the dimension id of the years (or give role.time)"
          : "set mapping.indicator to the dimension id of the indicators (or give role.metric, or mapping.indicatorKey for a single indicator)"),
    sv: (p) =>
      p.what === "area"
        ? "ingen dimension för områden: ange områdenas dimensions-id i mapping.area (eller role.geo)"
        : p.what === "year"
          ? "ingen dimension för år: ange årens dimensions-id i mapping.year (eller role.time)"
          : "ingen dimension för indikatorer: ange indikatorernas dimensions-id i mapping.indicator (eller role.metric, eller mapping.indicatorKey för en enda indikator)",
  },
  js_not_a_dimension: {
    en: (p) => `"${p.dim}" is not a dimension of the dataset (${p.ids})`,
    sv: (p) => `"${p.dim}" är ingen dimension i datamängden: välj en av ${p.ids}`,
  },
  js_unmapped: {
    en: (p) => `has ${p.size} categories but is not mapped: filter the query to one category or map it as a breakdown`,
    sv: (p) => `har ${p.size} kategorier men är inte mappad: begränsa uttaget till en kategori eller mappa den som en uppdelning`,
  },
  js_year_category: { en: () => 'the time categories must be years such as "2022"', sv: () => 'tidskategorierna ska vara årtal, till exempel "2022"' },
  js_cells: { en: (p) => `must have ${p.total} cells (the product of size), got ${p.got}`, sv: (p) => `ska ha ${p.total} celler (produkten av size), men har ${p.got}` },
  js_value_type: { en: () => "must be an array or an object (sparse cells)", sv: () => "ska vara en lista eller ett objekt (glesa celler)" },
  js_cell_number: { en: (p) => `must be a number or null, got ${got(p)}`, sv: (p) => `ska vara ett tal eller null, men är ${är(p)}` },
  js_duplicate: {
    en: (p) => `a second value for area ${p.area}, indicator ${p.indicator}, year ${p.year}: check mapping.indicators / mapping.areas`,
    sv: (p) => `ett andra värde för område ${p.area}, indikator ${p.indicator}, år ${p.year}: kontrollera mapping.indicators och mapping.areas`,
  },

  // ----- files and text given to the application (index-service.ts)
  text_too_long: { en: (p) => `longer than ${p.max} characters`, sv: (p) => `är längre än ${p.max} tecken: korta texten` },
  json_invalid: {
    en: (p) => `not valid JSON: ${p.message}`,
    sv: (p) => `är inte giltig JSON; kontrollera klamrar, citattecken och kommatecken (tolkens besked: ${p.message})`,
  },
  json_object: { en: () => "must be a JSON object", sv: () => "ska vara ett JSON-objekt { … }" },
  mapping_shape: {
    en: (p) => `${p.message}`,
    sv: (p) => `mappningen har fel form: kontrollera att varje fält har den typ som beskrivs i README.md (felet: ${p.message})`,
  },

  // ----- CSV (src/adapters/index-data/csv.ts)
  csv_unreadable: {
    en: (p) => `not readable as CSV: ${p.message}`,
    sv: (p) => `går inte att läsa som CSV; kontrollera citattecken och avgränsare (tolkens besked: ${p.message})`,
  },
  csv_empty: {
    en: (p) => `empty: the first line must name the columns (${p.columns})`,
    sv: (p) => `filen är tom: första raden ska ange kolumnerna (${p.columns})`,
  },
  csv_unknown_column: {
    en: (p) => `unknown column "${p.column}" (allowed: ${p.allowed})`,
    sv: (p) => `okänd kolumn "${p.column}": ta bort den eller byt namn (tillåtna: ${p.allowed})`,
  },
  csv_column_twice: { en: (p) => `column "${p.column}" appears twice`, sv: (p) => `kolumnen "${p.column}" finns två gånger: ta bort den ena` },
  csv_missing_column: { en: (p) => `missing column "${p.column}"`, sv: (p) => `kolumnen "${p.column}" saknas: lägg till den i första raden` },
  csv_field_count: {
    en: (p) => `has ${p.got} fields, the header has ${p.expected}`,
    sv: (p) => `har ${p.got} fält, men första raden har ${p.expected} kolumner: rätta antalet avgränsare`,
  },
  csv_empty_cell: { en: (p) => `${p.column} is empty`, sv: (p) => `${p.column} är tom: fyll i den` },
  csv_year: { en: (p) => `year must be a year such as 2023, got "${p.found}"`, sv: (p) => `year ska vara ett årtal, till exempel 2023, men är "${p.found}"` },
  csv_value: {
    en: (p) => `value must be a number (decimal point or comma; empty or ".." if not available), got "${p.found}"`,
    sv: (p) => `value ska vara ett tal (med decimalpunkt eller decimalkomma; tomt eller ".." om värdet saknas), men är "${p.found}"`,
  },
  csv_whole_number: {
    en: (p) => `${p.column} must be a whole number ≥ 0, got "${p.found}"`,
    sv: (p) => `${p.column} ska vara ett heltal ≥ 0, men är "${p.found}"`,
  },
  csv_duplicate_line: {
    en: (p) => `the same area, indicator, year and breakdown as line ${p.line}`,
    sv: (p) => `samma område, indikator, år och uppdelning som rad ${p.line}: ta bort den ena raden`,
  },
} satisfies Record<string, Entry>;

export type IndexProblemCode = keyof typeof CATALOGUE;

/** One problem as a sentence in the reader's language. */
export function describeIndexProblem(problem: IndexProblem, locale: IndexLocale): string {
  const entry: Entry = CATALOGUE[problem.code];
  return entry[locale](problem.params ?? {});
}

/** Problems keyed by place → messages keyed by place (several at one place joined by "; "). */
export function describeIndexProblems(problems: Readonly<Record<string, readonly IndexProblem[]>>, locale: IndexLocale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [where, list] of Object.entries(problems)) out[where] = list.map((p) => describeIndexProblem(p, locale)).join("; ");
  return out;
}

/** Collects problems by place, in order. */
export class ProblemCollector {
  readonly problems: Record<string, IndexProblem[]> = {};
  add(where: string, code: IndexProblemCode, params?: ProblemParams): void {
    const p: IndexProblem = params ? { code, params } : { code };
    (this.problems[where] ??= []).push(p);
  }
  set(where: string, code: IndexProblemCode, params?: ProblemParams): void {
    this.problems[where] = [];
    this.add(where, code, params);
  }
  get empty(): boolean {
    return Object.keys(this.problems).length === 0;
  }
  describe(locale: IndexLocale): Record<string, string> {
    return describeIndexProblems(this.problems, locale);
  }
}

/** A single problem as a described detail. */
export const oneProblem = (where: string, locale: IndexLocale, code: IndexProblemCode, params?: ProblemParams): Record<string, string> => ({
  [where]: describeIndexProblem(params ? { code, params } : { code }, locale),
});
