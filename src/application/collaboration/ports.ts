/** Ports of the collaboration feature: the running process after the first decision (issue 11). */
import type { Phase } from "#src/domain/case/phase.ts";
import type { PhaseChange, PhaseEvent } from "#src/domain/collaboration/process-phase.ts";

/** One change in a process's phase history. */
export interface PhaseHistoryEntry {
  event: PhaseEvent;
  from: Phase;
  to: Phase;
  reason: string | null;
  recordedByName: string | null;
  at: Date;
}

export interface CollaborationRepository {
  /** Moves the case to the change's phase and adds the change to its history. */
  recordPhaseChange(caseId: string, change: PhaseChange, recordedBy: string | null, at: Date): Promise<void>;
  /** The case's phase history, oldest first. */
  phaseHistory(caseId: string): Promise<PhaseHistoryEntry[]>;
}

/** The actor mapping's and the city's own processes' repository (`actors`): src/application/collaboration/actor-ports.ts. */
export type { ActorRepository } from "./actor-ports.ts";
