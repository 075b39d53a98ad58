/**
 * Collaboration: the running process after the first decision (samverkansprocessen, issue 11).
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { type BudgetLineRecord, type CollaborationRepository, type EffortRecord, type MilestoneRecord, type PhaseHistoryEntry, type ProposalRecord, type ProposalRepository } from "./ports.ts";
export { PhaseService, type PhaseChangeError, type ProcessPhases } from "./phase-service.ts";
export { budgetLineSchema, effortSchema, effortThemesSchema, type EffortThemesInput, milestoneSchema, phaseChangeSchema, proposalAssessmentSchema, proposalReturnSchema, type BudgetLineInput, type EffortFormInput, type MilestoneInput, type PhaseChangeInput, type ProposalAssessmentInput } from "./schemas.ts";
export { isAssessed, ProposalService, type EffortView, type ProposalError, type ProposalView } from "./proposals.ts";
export { WE_ASKED_QUOTES, WeAskedService, type WeAskedPage, type WeDo } from "./we-asked.ts";
export { type ActorFields, type ActorRepository, type NewCityProcess, type ProcessActorRecord, type RegisteredOrganisation } from "./actor-ports.ts";
export { ActorMapping, ACTOR_CSV_COLUMNS, normaliseLabel, type ActorChangeError, type ActorCsvColumn, type ActorCsvError, type ActorImportOutcome, type ActorMappingView, type CsvVocabulary } from "./actor-mapping.ts";
export { actorChangeSchema, actorFieldsSchema, cityProcessSchema, processInvitationSchema, type ActorChangeInput, type CityProcessInput, type ProcessInvitationInput } from "./actor-schemas.ts";
export { CityInitiatedProcesses, type CityInitiatedConfig, type InitiateError, type InitiateOptions, type InviteToProcessError, type ProcessPartiesView } from "./city-initiated.ts";
