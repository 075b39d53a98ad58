/** Ports of the collaboration feature: the running process after the first decision (issue 11). */
import type { Phase } from "#src/domain/case/phase.ts";
import type { PhaseChange, PhaseEvent } from "#src/domain/collaboration/process-phase.ts";
import type { BudgetForm, BudgetFunder, BudgetLine, EffortInput, Milestone, ProposalStatus } from "#src/domain/collaboration/proposal.ts";

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

// ---- the proposal of efforts (src/domain/collaboration/proposal.ts) ----

export interface BudgetLineRecord {
  id: string;
  funder: BudgetFunder;
  form: BudgetForm;
  contributor: string;
  description: string;
  amountSek: number | null;
}

export interface MilestoneRecord {
  id: string;
  title: string;
  dueOn: string;
}

export interface EffortRecord {
  id: string;
  title: string;
  description: string;
  responsible: string;
  startsOn: string;
  endsOn: string;
  /** The officer's recommendation (null: not assessed yet) and the city's contribution it proposes. */
  recommended: boolean | null;
  recommendedCitySek: number | null;
  /** The committee's verdict (null: not decided yet) and the city's contribution it grants. */
  approved: boolean | null;
  approvedCitySek: number | null;
  budgetLines: BudgetLineRecord[];
  milestones: MilestoneRecord[];
  /** The dialogue's themes the effort answers (accepted themes of the process). */
  themes: Array<{ id: string; name: string }>;
}

export interface ProposalRecord {
  caseId: string;
  status: ProposalStatus;
  sentAt: Date | null;
  returnedReason: string | null;
  assessment: string;
  childImpact: string;
  assessedAt: Date | null;
  efforts: EffortRecord[];
}

export interface ProposalRepository {
  /** The process's proposal with its efforts, their lines and milestones (a fixed number of queries); undefined when none is begun. */
  proposal(caseId: string): Promise<ProposalRecord | undefined>;
  /** The proposal's step alone (one small query), for pages that need no more; undefined when none is begun. */
  statusOf(caseId: string): Promise<ProposalStatus | undefined>;
  /** Begins the proposal (an utkast) if there is none; locks it for the transaction either way. */
  lockOrBegin(caseId: string, at: Date): Promise<ProposalRecord["status"]>;
  effortOf(caseId: string, effortId: string): Promise<{ id: string; startsOn: string; endsOn: string } | undefined>;
  effortBySubmissionKey(key: string): Promise<{ id: string; caseId: string } | undefined>;
  addEffort(caseId: string, e: EffortInput, by: string, at: Date, submissionKey: string | null): Promise<string>;
  updateEffort(effortId: string, e: EffortInput, at: Date): Promise<void>;
  removeEffort(effortId: string): Promise<void>;
  addBudgetLine(effortId: string, l: BudgetLine): Promise<string>;
  removeBudgetLine(effortId: string, lineId: string): Promise<boolean>;
  addMilestone(effortId: string, m: Milestone): Promise<string>;
  removeMilestone(effortId: string, milestoneId: string): Promise<boolean>;
  setStatus(caseId: string, status: ProposalRecord["status"], at: Date, extra?: { sentBy?: string; returnedReason?: string | null }): Promise<void>;
  saveAssessment(caseId: string, a: { assessment: string; childImpact: string; efforts: Array<{ effortId: string; recommended: boolean | null; citySek: number | null }> }, by: string, at: Date): Promise<void>;
  /** Sets the themes an effort answers (the ids are the process's accepted themes: the use case checks). */
  setEffortThemes(effortId: string, themeIds: readonly string[]): Promise<void>;
  /** The process's accepted themes, that an effort can answer. */
  acceptedThemes(caseId: string): Promise<Array<{ id: string; name: string }>>;
  recordVerdicts(caseId: string, verdicts: ReadonlyArray<{ effortId: string; approved: boolean; citySek: number | null }>, at: Date): Promise<void>;
}
/** The actor mapping's and the city's own processes' repository (`actors`): src/application/collaboration/actor-ports.ts. */
export type { ActorRepository } from "./actor-ports.ts";
