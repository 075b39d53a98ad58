/**
 * The area index (index för områdeslyft): configurations, imports of indicator values, results, explanations, sensitivity, spread.
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { IndexService, MAX_IMPORT_BYTES, needsMap, type AreaNeedsSource, type AreaNeedsView, type AreaValue, type CannotCompute, type CsvFile, type AreaView, type ResultsView, type SensitivityView } from "./index-service.ts";
export { configurationActionSchema, configurationSchema, MAX_DRAWS, SENSITIVITY_DEFAULTS, sensitivityQuerySchema, valuesImportSchema, yearQuerySchema } from "./schemas.ts";
export { type IndexConfigurationRecord, type IndexConfigurationSummary, type IndexRepository, type IndicatorCsvReader } from "./ports.ts";
