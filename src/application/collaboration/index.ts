/**
 * Collaboration: the running process after the first decision (samverkansprocessen, issue 11).
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { type CollaborationRepository, type PhaseHistoryEntry } from "./ports.ts";
export { PhaseService, type PhaseChangeError, type ProcessPhases } from "./phase-service.ts";
export { phaseChangeSchema, type PhaseChangeInput } from "./schemas.ts";
export { type ActorFields, type ActorRepository, type NewCityProcess, type ProcessActorRecord, type RegisteredOrganisation } from "./actor-ports.ts";
export { ActorMapping, ACTOR_CSV_COLUMNS, normaliseLabel, type ActorChangeError, type ActorCsvColumn, type ActorCsvError, type ActorImportOutcome, type ActorMappingView, type CsvVocabulary } from "./actor-mapping.ts";
export { actorChangeSchema, actorFieldsSchema, cityProcessSchema, processInvitationSchema, type ActorChangeInput, type CityProcessInput, type ProcessInvitationInput } from "./actor-schemas.ts";
export { CityInitiatedProcesses, type CityInitiatedConfig, type InitiateError, type InitiateOptions, type InviteToProcessError, type ProcessPartiesView } from "./city-initiated.ts";
