/**
 * The area index's problems in Swedish and English: one entry per problem code of
 * `src/domain/area-index/problems.ts` (and a few per code where the sentence depends on what was
 * found: `.year`, `.breakdown` when given; `.dimension`/`.value`, `.area`/`.year`/`.indicator` by
 * kind). `{found}` is what was given (JSON text), or "ingenting"/"nothing". Every message says what
 * is wrong and, in Swedish, what to do.
 *
 * The web pages word the problems a use case returns in the page's language, the command line in
 * `--lang` (docs/decisions/0015-where-text-lives.md).
 */
import type { IndexProblem, IndexProblemCode, IndexProblems, ProblemParams } from "#src/domain/area-index/problems.ts";
import type { Locale } from "./locale.ts";
import { interpolate } from "./translate.ts";

export const sv = {
  // ----- configuration (src/domain/area-index/config.ts)
  "index.problem.config_not_object": "konfigurationen ska vara ett JSON-objekt { … }, men är {found}",
  "index.problem.unknown_key": "okänd egenskap: ta bort den eller rätta stavningen (tillåtna här: {allowed})",
  "index.problem.non_empty_string": "ska vara en text som inte är tom, men är {found}",
  "index.problem.localised_text": "ska ha en svensk och en engelsk text, { \"sv\": \"…\", \"en\": \"…\" }, men är {found}",
  "index.problem.positive_number": "ska vara ett tal större än 0, men är {found}",
  "index.problem.must_be_one_of": "ska vara ett av {allowed}, men är {found}",
  "index.problem.number": "ska vara ett tal, men är {found}",
  "index.problem.not_object": "ska vara ett objekt { … }, men är {found}",
  "index.problem.transform_object": "ska vara ett objekt med \"cap\" och/eller \"log\", men är {found}",
  "index.problem.cap_object": "ska vara { \"lower\"?: tal, \"upper\"?: tal }, men är {found}",
  "index.problem.cap_bound_missing": "ange \"lower\", \"upper\" eller båda",
  "index.problem.cap_order": "\"lower\" ({lower}) ska vara mindre än \"upper\" ({upper})",
  "index.problem.log_object": "ska vara { \"offset\"?: tal }, men är {found}",
  "index.problem.key_format": "ska börja med a–z och bara innehålla a–z, 0–9 och _ (inga versaler eller å, ä, ö), men är {found}",
  "index.problem.year": "ska vara ett årtal, till exempel 2023, men är {found}",
  "index.problem.goalposts_object": "ska vara { \"min\": tal, \"max\": tal }, men är {found}",
  "index.problem.goalposts_order": "\"min\" ({min}) ska vara mindre än \"max\" ({max})",
  "index.problem.goalposts_log": "transformationen går inte att använda på målvärdena (logaritmen av ett värde ≤ 0): höj \"min\" eller log-förskjutningen \"offset\"",
  "index.problem.goalposts_cap_coincide": "efter transformationen (cap) blir \"min\" och \"max\" lika: vidga taket (cap) eller målvärdena",
  "index.problem.reference_log": "transformationen går inte att använda på referensvärdet (logaritmen av ett värde ≤ 0): ändra referensvärdet eller log-förskjutningen \"offset\"",
  "index.problem.dimensions_list": "ska vara en lista med minst en dimension, men är {found}",
  "index.problem.indicators_list": "ska vara en lista med minst en indikator, men är {found}",
  "index.problem.normalisation_object": "ska vara { \"method\": … }, men är {found}",
  "index.problem.reference_area_unused": "används bara av metoden \"distance_to_reference\": ta bort den eller byt metod",
  "index.problem.aggregation_object": "ska vara { \"withinDimensions\": …, \"acrossDimensions\": … }, men är {found}",
  "index.problem.suppression_object": "ska vara { \"minCount\": ett heltal ≥ 0 }, men är {found}",
  "index.problem.duplicate_key": "\"{key}\" används redan av {other}: välj en annan nyckel",
  "index.problem.geometric_unbounded": "\"{method}\" har ingen nedre gräns och kan därför inte förskjutas för \"geometric_shifted\": välj \"geometric\" med \"aggregation.floor\", eller \"arithmetic\", eller normalisera med minmax, goalposts, rank eller zscore",
  "index.problem.geometric_needs_floor": "ett geometriskt medelvärde kräver värden större än 0, men \"{method}\" ger {gives}: ange ett golv \"aggregation.floor\" (till exempel 0.01) som lägre värden höjs till, normalisera med \"goalposts\" eller välj \"arithmetic\"",
  "index.problem.floor_range": "ska vara ett tal större än 0 och mindre än 1 (till exempel 0.01), men är {found}",
  "index.problem.floor_unused": "golvet används bara med \"geometric\": ta bort det, eller välj \"geometric\" för withinDimensions eller acrossDimensions",
  "index.problem.goalposts_required": "krävs av {path} \"goalposts\": ange { \"min\": …, \"max\": … } i indikatorns egen enhet",
  "index.problem.reference_required": "krävs av {path} \"distance_to_reference\" när normalisation.referenceArea inte är angiven: ange ett referensvärde i indikatorns egen enhet",
  "index.problem.reference_zero": "får inte vara 0 efter transformationen, eftersom avstånden räknas i förhållande till det: välj ett annat referensvärde",
  // ----- sensitivity options (sensitivity.ts)
  "index.problem.draws_range": "ska vara ett heltal från 1 till 10 000 000, men är {found}",
  "index.problem.whole_number": "ska vara ett heltal, men är {found}",
  "index.problem.jitter_range": "ska vara minst 0 och mindre än 1, men är {found}",
  "index.problem.whole_number_positive": "ska vara ett heltal ≥ 1, men är {found}",
  "index.problem.methods_empty": "välj minst en normaliseringsmetod",
  "index.problem.aggregations_empty": "välj minst ett sätt att väga samman (aggregering)",
  "index.problem.aggregation_methods": "withinDimensions och acrossDimensions ska vara \"arithmetic\", \"geometric\" eller \"geometric_shifted\"",
  "index.problem.geometric_draw": "\"{method}\" har ingen nedre gräns och kan inte lottas tillsammans med den förskjutna geometriska aggregations[{aggregation}]: välj bort den ena",
  "index.problem.geometric_draw_floor": "\"{method}\" ger {gives}, vilket det geometriska medelvärdet i aggregations[{aggregation}] inte klarar utan golvet \"aggregation.floor\": välj bort metoden eller ange ett golv",
  "index.problem.geometric_draw_value": "ger {area}/{where} värdet {value}, som det geometriska medelvärdet inte klarar (det kräver värden större än 0): välj bort metoden eller ange golvet \"aggregation.floor\"",
  // ----- computation (compute.ts)
  "index.problem.no_values": "det finns inga värden för konfigurationens indikatorer: importera data för dem",
  "index.problem.no_values.breakdown": "det finns inga värden för konfigurationens indikatorer med uppdelningen {breakdown}: importera data för dem",
  "index.problem.duplicate_value": "mer än ett värde för samma område, indikator, år och uppdelning: importera filen igen med ett värde per rad",
  "index.problem.value_not_finite": "värdet ska vara ett ändligt tal, men är {value}",
  "index.problem.log_non_positive": "logaritmen kräver att värde + förskjutning är större än 0 (värde {value}, förskjutning {offset}): ange transform.log.offset för \"{indicator}\" eller ta bort log-transformationen",
  "index.problem.no_usable_value": "inget område har ett användbart värde: importera data eller välj ett annat år",
  "index.problem.no_usable_value.year": "inget område har ett användbart värde för {year}: importera data eller välj ett annat år",
  "index.problem.area_no_values": "området saknar helt värden för valda år: importera data eller välj ett annat år",
  "index.problem.indicator_no_values_any_year": "indikatorn saknar värden för alla år: importera data för den",
  "index.problem.no_value_for_year": "värde saknas för {year}: importera det eller välj missing \"exclude\" eller \"mean\"",
  "index.problem.suppressed": "undertryckt (antal eller nämnare under {minCount}): välj missing \"exclude\" eller \"mean\"",
  "index.problem.mean_impossible": "inget område har ett värde, så inget medelvärde kan sättas in: lägg till data eller välj missing \"exclude\"",
  "index.problem.mean_impossible.year": "inget område har ett värde för {year}, så inget medelvärde kan sättas in: lägg till data eller välj missing \"exclude\"",
  "index.problem.geometric_non_positive.dimension": "dimensionens poäng är {value}, och ett geometriskt medelvärde kräver värden större än 0: ange ett golv \"aggregation.floor\" (till exempel 0.01) som sådana värden höjs till, eller välj \"arithmetic\"",
  "index.problem.geometric_non_positive.value": "det normaliserade värdet är {value}, och ett geometriskt medelvärde kräver värden större än 0: ange ett golv \"aggregation.floor\" (till exempel 0.01) som sådana värden höjs till, eller välj \"arithmetic\" (med \"goalposts\" ger ett värde vid eller under det nedre målvärdet 0)",
  "index.problem.reference_area_no_values": "referensområdet \"{area}\" har inga värden: importera data för det eller välj ett annat referensområde",
  "index.problem.reference_area_no_indicator_value": "referensområdet saknar värde för den här indikatorn: importera det eller välj ett annat referensområde",
  "index.problem.reference_value_zero": "referensvärdet är 0, och avstånden räknas i förhållande till det: välj en annan referens",
  // ----- JSON-stat (jsonstat.ts)
  "index.problem.js_not_object": "ska vara ett JSON-objekt (en JSON-stat 2.0-datamängd)",
  "index.problem.js_class": "ska vara \"dataset\" (JSON-stat 2.0), men är {found}",
  "index.problem.js_version": "ska vara \"2.0\", men är {found}",
  "index.problem.js_id": "ska vara en lista med dimensionernas id",
  "index.problem.js_size": "ska vara en lista med heltal",
  "index.problem.js_dimension_object": "ska vara ett objekt { … }",
  "index.problem.js_size_per_id": "ska ha ett värde per id ({ids}), men har {got}",
  "index.problem.js_dimension_missing": "saknas, eller saknar objektet category",
  "index.problem.js_index_missing": "saknas; det får bara utelämnas för en dimension med exakt en kategori (angiven i label)",
  "index.problem.js_index_list": "ska lista {size} kategorikoder (size), men har {got}",
  "index.problem.js_index_count": "ska ha {size} kategorier (size), men har {got}",
  "index.problem.js_index_position": "positionen ska vara ett eget heltal från 0 till {max}, men är {found}",
  "index.problem.js_index_type": "ska vara en lista med koder eller ett objekt kod → position",
  "index.problem.js_no_dimension.area": "ingen dimension för områden: ange områdenas dimensions-id i mapping.area (eller role.geo)",
  "index.problem.js_no_dimension.indicator": "ingen dimension för indikatorer: ange indikatorernas dimensions-id i mapping.indicator (eller role.metric, eller mapping.indicatorKey för en enda indikator)",
  "index.problem.js_no_dimension.year": "ingen dimension för år: ange årens dimensions-id i mapping.year (eller role.time)",
  "index.problem.js_not_a_dimension": "\"{dim}\" är ingen dimension i datamängden: välj en av {ids}",
  "index.problem.js_unmapped": "har {size} kategorier men är inte mappad: begränsa uttaget till en kategori eller mappa den som en uppdelning",
  "index.problem.js_year_category": "tidskategorierna ska vara årtal, till exempel \"2022\"",
  "index.problem.js_cells": "ska ha {total} celler (produkten av size), men har {got}",
  "index.problem.js_value_type": "ska vara en lista eller ett objekt (glesa celler)",
  "index.problem.js_cell_number": "ska vara ett tal eller null, men är {found}",
  "index.problem.js_duplicate": "ett andra värde för område {area}, indikator {indicator}, år {year}: kontrollera mapping.indicators och mapping.areas",
  // ----- files and text given to the application (index-service.ts)
  "index.problem.text_too_long": "är längre än {max} tecken: korta texten",
  "index.problem.json_invalid": "är inte giltig JSON; kontrollera klamrar, citattecken och kommatecken (tolkens besked: {message})",
  "index.problem.json_object": "ska vara ett JSON-objekt { … }",
  "index.problem.mapping_shape": "mappningen har fel form: kontrollera att varje fält har den typ som beskrivs i README.md (felet: {message})",
  // ----- CSV (src/adapters/index-data/csv.ts)
  "index.problem.csv_unreadable": "går inte att läsa som CSV; kontrollera citattecken och avgränsare (tolkens besked: {message})",
  "index.problem.csv_empty": "filen är tom: första raden ska ange kolumnerna ({columns})",
  "index.problem.csv_unknown_column": "okänd kolumn \"{column}\": ta bort den eller byt namn (tillåtna: {allowed})",
  "index.problem.csv_column_twice": "kolumnen \"{column}\" finns två gånger: ta bort den ena",
  "index.problem.csv_missing_column": "kolumnen \"{column}\" saknas: lägg till den i första raden",
  "index.problem.csv_field_count": "har {got} fält, men första raden har {expected} kolumner: rätta antalet avgränsare",
  "index.problem.csv_empty_cell": "{column} är tom: fyll i den",
  "index.problem.csv_year": "year ska vara ett årtal, till exempel 2023, men är \"{found}\"",
  "index.problem.csv_value": "value ska vara ett tal (med decimalpunkt eller decimalkomma; tomt eller \"..\" om värdet saknas), men är \"{found}\"",
  "index.problem.csv_whole_number": "{column} ska vara ett heltal ≥ 0, men är \"{found}\"",
  "index.problem.csv_duplicate_line": "samma område, indikator, år och uppdelning som rad {line}: ta bort den ena raden",
  // ----- parts of the sentences above
  "index.problem.gives.zero": "det svagaste området 0",
  "index.problem.gives.negative": "negativa värden",
  "index.problem.nothing": "ingenting",
};

export const en: Record<keyof typeof sv, string> = {
  // ----- configuration (src/domain/area-index/config.ts)
  "index.problem.config_not_object": "the configuration must be a JSON object, got {found}",
  "index.problem.unknown_key": "unknown property (allowed here: {allowed})",
  "index.problem.non_empty_string": "must be a non-empty string, got {found}",
  "index.problem.localised_text": "must be { \"sv\": \"…\", \"en\": \"…\" }, got {found}",
  "index.problem.positive_number": "must be a number greater than 0, got {found}",
  "index.problem.must_be_one_of": "must be one of {allowed}, got {found}",
  "index.problem.number": "must be a number, got {found}",
  "index.problem.not_object": "must be an object, got {found}",
  "index.problem.transform_object": "must be an object with \"cap\" and/or \"log\", got {found}",
  "index.problem.cap_object": "must be { \"lower\"?: number, \"upper\"?: number }, got {found}",
  "index.problem.cap_bound_missing": "give \"lower\", \"upper\" or both",
  "index.problem.cap_order": "\"lower\" ({lower}) must be less than \"upper\" ({upper})",
  "index.problem.log_object": "must be { \"offset\"?: number }, got {found}",
  "index.problem.key_format": "must start with a-z and use only a-z, 0-9 and _, got {found}",
  "index.problem.year": "must be a year such as 2023, got {found}",
  "index.problem.goalposts_object": "must be { \"min\": number, \"max\": number }, got {found}",
  "index.problem.goalposts_order": "\"min\" ({min}) must be less than \"max\" ({max})",
  "index.problem.goalposts_log": "the transformation cannot be applied to the goalposts (logarithm of a value ≤ 0): raise \"min\" or the log offset",
  "index.problem.goalposts_cap_coincide": "after the transformation (cap) \"min\" and \"max\" coincide; widen the cap or the goalposts",
  "index.problem.reference_log": "the transformation cannot be applied to the reference (logarithm of a value ≤ 0)",
  "index.problem.dimensions_list": "must be a non-empty list of dimensions, got {found}",
  "index.problem.indicators_list": "must be a non-empty list of indicators, got {found}",
  "index.problem.normalisation_object": "must be { \"method\": … }, got {found}",
  "index.problem.reference_area_unused": "is only used by \"distance_to_reference\"",
  "index.problem.aggregation_object": "must be { \"withinDimensions\": …, \"acrossDimensions\": … }, got {found}",
  "index.problem.suppression_object": "must be { \"minCount\": a whole number ≥ 0 }, got {found}",
  "index.problem.duplicate_key": "\"{key}\" is already used by {other}",
  "index.problem.geometric_unbounded": "\"{method}\" has no lower bound, so it cannot be shifted for \"geometric_shifted\": use \"geometric\" with \"aggregation.floor\", or \"arithmetic\", or normalise with minmax, goalposts, rank or zscore",
  "index.problem.geometric_needs_floor": "a geometric mean needs values > 0, but \"{method}\" gives {gives}: set \"aggregation.floor\" (e.g. 0.01) to raise values to it, normalise with \"goalposts\", or use \"arithmetic\"",
  "index.problem.floor_range": "must be a number greater than 0 and less than 1 (e.g. 0.01), got {found}",
  "index.problem.floor_unused": "a floor is only used with \"geometric\": remove it, or set withinDimensions or acrossDimensions to \"geometric\"",
  "index.problem.goalposts_required": "required by {path} \"goalposts\": give { \"min\": …, \"max\": … } in the indicator's raw unit",
  "index.problem.reference_required": "required by {path} \"distance_to_reference\" when normalisation.referenceArea is not set: give a reference value in the indicator's raw unit",
  "index.problem.reference_zero": "must not be 0 after the transformation: distances are relative to it",
  // ----- sensitivity options (sensitivity.ts)
  "index.problem.draws_range": "must be a whole number from 1 to 10 000 000, got {found}",
  "index.problem.whole_number": "must be a whole number, got {found}",
  "index.problem.jitter_range": "must be at least 0 and less than 1, got {found}",
  "index.problem.whole_number_positive": "must be a whole number ≥ 1, got {found}",
  "index.problem.methods_empty": "give at least one normalisation method",
  "index.problem.aggregations_empty": "give at least one aggregation",
  "index.problem.aggregation_methods": "withinDimensions and acrossDimensions must each be \"arithmetic\", \"geometric\" or \"geometric_shifted\"",
  "index.problem.geometric_draw": "\"{method}\" has no lower bound and cannot be drawn together with the shifted geometric aggregations[{aggregation}]",
  "index.problem.geometric_draw_floor": "\"{method}\" gives {gives}, which the geometric mean of aggregations[{aggregation}] cannot take without \"aggregation.floor\": leave the method out or set a floor",
  "index.problem.geometric_draw_value": "gives {area}/{where} the value {value}, which the geometric mean cannot take (it needs values > 0): leave the method out or set \"aggregation.floor\"",
  // ----- computation (compute.ts)
  "index.problem.no_values": "there are no values for the configured indicators",
  "index.problem.no_values.breakdown": "there are no values for the configured indicators with breakdown {breakdown}",
  "index.problem.duplicate_value": "more than one value for the same area, indicator, year and breakdown",
  "index.problem.value_not_finite": "the value must be a finite number, got {value}",
  "index.problem.log_non_positive": "the logarithm needs value + offset > 0 (value {value}, offset {offset}): set transform.log.offset for \"{indicator}\" or remove the log transformation",
  "index.problem.no_usable_value": "no area has a usable value",
  "index.problem.no_usable_value.year": "no area has a usable value for {year}",
  "index.problem.area_no_values": "no values at all for the selected year(s)",
  "index.problem.indicator_no_values_any_year": "the indicator has no values in any year",
  "index.problem.no_value_for_year": "no value for {year}",
  "index.problem.suppressed": "suppressed (count or denominator below {minCount})",
  "index.problem.mean_impossible": "no area has a value, so no mean can be imputed: add data or choose missing \"exclude\"",
  "index.problem.mean_impossible.year": "no area has a value for {year}, so no mean can be imputed: add data or choose missing \"exclude\"",
  "index.problem.geometric_non_positive.dimension": "the dimension score is {value}, and a geometric mean needs values > 0: set \"aggregation.floor\" (e.g. 0.01) to raise such values to it, or use \"arithmetic\"",
  "index.problem.geometric_non_positive.value": "the normalised value is {value}, and a geometric mean needs values > 0: set \"aggregation.floor\" (e.g. 0.01) to raise such values to it, or use \"arithmetic\" (with \"goalposts\", a value at or below the lower goalpost gives 0)",
  "index.problem.reference_area_no_values": "the reference area \"{area}\" has no values",
  "index.problem.reference_area_no_indicator_value": "the reference area has no value for this indicator",
  "index.problem.reference_value_zero": "the reference value is 0; distances are relative to it, so choose another reference",
  // ----- JSON-stat (jsonstat.ts)
  "index.problem.js_not_object": "must be a JSON object (a JSON-stat 2.0 dataset)",
  "index.problem.js_class": "must be \"dataset\" (JSON-stat 2.0), got {found}",
  "index.problem.js_version": "must be \"2.0\", got {found}",
  "index.problem.js_id": "must be an array of dimension ids",
  "index.problem.js_size": "must be an array of whole numbers",
  "index.problem.js_dimension_object": "must be an object",
  "index.problem.js_size_per_id": "must have one entry per id ({ids}), got {got}",
  "index.problem.js_dimension_missing": "missing, or without a category object",
  "index.problem.js_index_missing": "missing; it may only be left out for a dimension with exactly one category (given in label)",
  "index.problem.js_index_list": "must list {size} category codes (size), got {got}",
  "index.problem.js_index_count": "must have {size} categories (size), got {got}",
  "index.problem.js_index_position": "position must be a distinct whole number from 0 to {max}, got {found}",
  "index.problem.js_index_type": "must be an array of codes or an object code → position",
  "index.problem.js_no_dimension.area": "no area dimension: set mapping.area to the dimension id of the areas (or give role.geo)",
  "index.problem.js_no_dimension.indicator": "no indicator dimension: set mapping.indicator to the dimension id of the indicators (or give role.metric, or mapping.indicatorKey for a single indicator)",
  "index.problem.js_no_dimension.year": "no year dimension: set mapping.year to the dimension id of the years (or give role.time)",
  "index.problem.js_not_a_dimension": "\"{dim}\" is not a dimension of the dataset ({ids})",
  "index.problem.js_unmapped": "has {size} categories but is not mapped: filter the query to one category or map it as a breakdown",
  "index.problem.js_year_category": "the time categories must be years such as \"2022\"",
  "index.problem.js_cells": "must have {total} cells (the product of size), got {got}",
  "index.problem.js_value_type": "must be an array or an object (sparse cells)",
  "index.problem.js_cell_number": "must be a number or null, got {found}",
  "index.problem.js_duplicate": "a second value for area {area}, indicator {indicator}, year {year}: check mapping.indicators / mapping.areas",
  // ----- files and text given to the application (index-service.ts)
  "index.problem.text_too_long": "longer than {max} characters",
  "index.problem.json_invalid": "not valid JSON: {message}",
  "index.problem.json_object": "must be a JSON object",
  "index.problem.mapping_shape": "{message}",
  // ----- CSV (src/adapters/index-data/csv.ts)
  "index.problem.csv_unreadable": "not readable as CSV: {message}",
  "index.problem.csv_empty": "empty: the first line must name the columns ({columns})",
  "index.problem.csv_unknown_column": "unknown column \"{column}\" (allowed: {allowed})",
  "index.problem.csv_column_twice": "column \"{column}\" appears twice",
  "index.problem.csv_missing_column": "missing column \"{column}\"",
  "index.problem.csv_field_count": "has {got} fields, the header has {expected}",
  "index.problem.csv_empty_cell": "{column} is empty",
  "index.problem.csv_year": "year must be a year such as 2023, got \"{found}\"",
  "index.problem.csv_value": "value must be a number (decimal point or comma; empty or \"..\" if not available), got \"{found}\"",
  "index.problem.csv_whole_number": "{column} must be a whole number ≥ 0, got \"{found}\"",
  "index.problem.csv_duplicate_line": "the same area, indicator, year and breakdown as line {line}",
  // ----- parts of the sentences above
  "index.problem.gives.zero": "the weakest area 0",
  "index.problem.gives.negative": "negative values",
  "index.problem.nothing": "nothing",
};

type Key = keyof typeof sv;
const catalogues: Record<Locale, Record<Key, string>> = { sv, en };

const given = (v: string | number | undefined): boolean => v !== undefined && v !== "";

/** The entry that words a problem: one per code, or one of a few where the sentence depends on what was found. */
export function indexProblemKey(code: IndexProblemCode, p: ProblemParams = {}): Key {
  switch (code) {
    case "no_values":
      return given(p.breakdown) ? "index.problem.no_values.breakdown" : "index.problem.no_values";
    case "no_usable_value":
      return given(p.year) ? "index.problem.no_usable_value.year" : "index.problem.no_usable_value";
    case "mean_impossible":
      return given(p.year) ? "index.problem.mean_impossible.year" : "index.problem.mean_impossible";
    case "geometric_non_positive":
      return p.what === "dimension" ? "index.problem.geometric_non_positive.dimension" : "index.problem.geometric_non_positive.value";
    case "js_no_dimension":
      return p.what === "area" ? "index.problem.js_no_dimension.area" : p.what === "year" ? "index.problem.js_no_dimension.year" : "index.problem.js_no_dimension.indicator";
    default:
      return `index.problem.${code}` as Key;
  }
}

/** One problem as a sentence in the reader's language. */
export function describeIndexProblem(problem: IndexProblem, locale: Locale): string {
  const text = catalogues[locale];
  const p = problem.params ?? {};
  const key = indexProblemKey(problem.code, p);
  const entry = text[key];
  if (entry === undefined) throw new Error(`No text for the area index's problem ${problem.code} (${key})`);
  return interpolate(entry, {
    ...p,
    found: p.found === undefined ? text["index.problem.nothing"] : p.found,
    gives: text[p.method === "minmax" || p.method === "rank" ? "index.problem.gives.zero" : "index.problem.gives.negative"],
  });
}

/** Problems by place → sentences by place (several at one place joined by "; "). */
export function describeIndexProblems(problems: Readonly<IndexProblems>, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [where, list] of Object.entries(problems)) out[where] = list.map((p) => describeIndexProblem(p, locale)).join("; ");
  return out;
}
