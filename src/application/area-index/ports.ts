/** Ports for the area index (index för områdeslyft): stored configurations, imports and values. */
import type { IndicatorValue } from "#src/domain/area-index/values.ts";
import type { ProblemResult } from "#src/domain/area-index/problems.ts";

export interface IndexConfigurationSummary {
  id: string;
  version: number;
  name: string;
  active: boolean;
  isDemo: boolean;
  createdAt: Date;
  createdByName: string | null;
}

export interface IndexConfigurationRecord extends IndexConfigurationSummary {
  /** The stored JSON, as `validateIndexConfig` accepted it when it was saved. */
  definition: unknown;
}

export interface IndexImportRecord {
  id: string;
  fileName: string;
  format: "csv" | "jsonstat";
  source: string;
  rowCount: number;
  isDemo: boolean;
  importedAt: Date;
  importedByName: string | null;
}

export interface IndexRepository {
  configurations(): Promise<IndexConfigurationSummary[]>;
  configuration(id: string): Promise<IndexConfigurationRecord | undefined>;
  activeConfiguration(): Promise<IndexConfigurationRecord | undefined>;
  /** Stores a new version (the next number), not active. */
  addConfiguration(c: { name: string; definition: unknown; createdBy: string; at: Date }): Promise<{ id: string; version: number }>;
  /** Makes this version the only active one (locks the table's active row until the transaction ends). */
  activate(id: string): Promise<void>;
  /** Every stored value (totals and breakdowns). */
  values(): Promise<IndicatorValue[]>;
  /** The values of one area (totals and breakdowns), with their source. */
  valuesForArea(areaCode: string): Promise<Array<IndicatorValue & { source: string }>>;
  addImport(i: { fileName: string; format: "csv" | "jsonstat"; source: string; rowCount: number; importedBy: string; at: Date }): Promise<string>;
  /** Inserts the values; a value with the same area, indicator, year and breakdown is replaced. Returns how many replaced one. */
  storeValues(importId: string, source: string, at: Date, values: readonly IndicatorValue[]): Promise<{ replaced: number }>;
  imports(limit: number): Promise<IndexImportRecord[]>;
  /** The city's areas by code, for labels (current and former). */
  areaNames(): Promise<Record<string, string>>;
}

/** Reads indicator values from CSV text: every row, or every problem by line ("line 4": …). */
export interface IndicatorCsvReader {
  parse(text: string): ProblemResult<IndicatorValue[], "invalid_csv">;
}
