/**
 * Collaboration: the running process after the first decision (samverkansprocessen, issue 11).
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { type CollaborationRepository, type PhaseHistoryEntry } from "./ports.ts";
export { PhaseService, type PhaseChangeError, type ProcessPhases } from "./phase-service.ts";
export { phaseChangeSchema, type PhaseChangeInput } from "./schemas.ts";
