/**
 * Coordination: the register of local processes, overlaps, coordination on a case, the equity view, area imports.
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { CoordinationService, type AreaOption, type CaseCoordinationPage, type EquityPage, type EquityView, type ProcessPage, type RegisterPage, type AreaProblem, type CsvRowError, type ScoredOverlap } from "./coordination-service.ts";
export { areaImportSchema, coordinationRecordSchema, processRegistrationSchema, processSchema, type ProcessFormInput } from "./schemas.ts";
export { type CoordinationRepository, type OverlapCandidate, type ProcessFilter, type ProcessRecord, type RegisterKind, type TableReader } from "./ports.ts";
