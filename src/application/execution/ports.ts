/** Ports of the execution feature: the utförandefas's plan, changes, budget follow-up and commitments (issue 12). */
import type { BudgetForm, BudgetFunder } from "#src/domain/collaboration/proposal.ts";
import type { ChangeKind, ChangeStatus } from "#src/domain/execution/change-request.ts";
import type { CommitmentInput, CommitmentStatus } from "#src/domain/execution/commitment.ts";
import type { EffortStatus } from "#src/domain/execution/plan.ts";

export interface PlanMilestone {
  id: string;
  title: string;
  dueOn: string;
  doneOn: string | null;
}

/** An approved effort of the plan, with its status and progress. */
export interface PlanEffort {
  id: string;
  title: string;
  responsible: string;
  startsOn: string;
  endsOn: string;
  /** The committee's decided city contribution. */
  decidedCitySek: number;
  /** The contribution in force: the decided one, or an approved change of it. */
  citySek: number;
  status: EffortStatus;
  percent: number;
  note: string;
  updatedAt: Date | null;
  updatedByName: string | null;
  milestones: PlanMilestone[];
}

/**
 * A requested change: for an amount `fromSek`/`toSek`; for an effort's dates the start and end
 * fields; for a milestone its date from and to in `fromStartsOn`/`toStartsOn`.
 */
export interface ChangeRecord {
  id: string;
  effortId: string;
  effortTitle: string;
  milestoneId: string | null;
  milestoneTitle: string | null;
  kind: ChangeKind;
  fromSek: number | null;
  toSek: number | null;
  fromStartsOn: string | null;
  toStartsOn: string | null;
  fromEndsOn: string | null;
  toEndsOn: string | null;
  reason: string;
  status: ChangeStatus;
  requestedByName: string | null;
  requestedAt: Date;
  settledByName: string | null;
  settledAt: Date | null;
  settledNote: string;
  decisionReference: string | null;
  decisionOn: string | null;
}

export interface NewChange {
  caseId: string;
  effortId: string;
  milestoneId: string | null;
  kind: ChangeKind;
  fromSek: number | null;
  toSek: number | null;
  fromStartsOn: string | null;
  toStartsOn: string | null;
  fromEndsOn: string | null;
  toEndsOn: string | null;
  reason: string;
  status: ChangeStatus;
  requestedBy: string;
  at: Date;
  submissionKey: string | null;
}

export interface BudgetLineFollowUp {
  id: string;
  effortId: string;
  effortTitle: string;
  effortStartsOn: string;
  effortEndsOn: string;
  funder: BudgetFunder;
  form: BudgetForm;
  contributor: string;
  description: string;
  plannedSek: number | null;
}

export interface ActualRecord {
  id: string;
  budgetLineId: string;
  amountSek: number;
  spentOn: string;
  description: string;
  recordedByName: string | null;
}

export interface PaymentRecord {
  id: string;
  effortId: string;
  decisionId: string;
  decisionParagraph: string;
  decisionOn: string;
  amountSek: number;
  paidOn: string;
  note: string;
  recordedByName: string | null;
}

export interface ReceiptRecord {
  id: string;
  budgetLineId: string | null;
  description: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: Date;
  uploadedByName: string | null;
}

export interface CommitmentRecord extends CommitmentInput {
  id: string;
  caseId: string;
  updatedAt: Date;
}

export interface CommitmentAcross extends CommitmentRecord {
  caseTitle: string;
  caseNumber: string | null;
  phase: string;
}

export interface ExecutionRepository {
  /** The approved efforts with status, progress and milestones (a fixed number of queries). */
  plan(caseId: string): Promise<PlanEffort[]>;
  /** The efforts decision (decision point "insatser") of the process, if recorded. */
  effortsDecision(caseId: string): Promise<{ id: string; paragraph: string; decidedOn: string } | undefined>;
  saveProgress(effortId: string, p: { status: EffortStatus; percent: number; note: string }, by: string, at: Date): Promise<void>;
  markMilestone(milestoneId: string, doneOn: string | null, by: string, at: Date): Promise<void>;
  /** Requests of the process, newest first, with names. */
  changes(caseId: string): Promise<ChangeRecord[]>;
  changeBySubmissionKey(key: string): Promise<{ id: string; caseId: string; status: ChangeStatus } | undefined>;
  addChange(c: NewChange): Promise<string>;
  /** One request of the process, locked for the transaction. */
  changeForUpdate(caseId: string, changeId: string): Promise<ChangeRecord | undefined>;
  settleChange(changeId: string, s: { status: ChangeStatus; by: string; at: Date; note: string; decisionReference: string | null; decisionOn: string | null }): Promise<void>;
  setCityInForce(effortId: string, sek: number, by: string, at: Date): Promise<void>;
  setEffortDates(effortId: string, startsOn: string, endsOn: string, at: Date): Promise<void>;
  setMilestoneDate(milestoneId: string, dueOn: string): Promise<void>;

  budgetLines(caseId: string): Promise<BudgetLineFollowUp[]>;
  actuals(caseId: string): Promise<ActualRecord[]>;
  payments(caseId: string): Promise<PaymentRecord[]>;
  receipts(caseId: string): Promise<ReceiptRecord[]>;
  actualBySubmissionKey(key: string): Promise<{ id: string; caseId: string } | undefined>;
  addActual(a: { caseId: string; budgetLineId: string; amountSek: number; spentOn: string; description: string; by: string; at: Date; submissionKey: string | null }): Promise<string>;
  paymentBySubmissionKey(key: string): Promise<{ id: string; caseId: string } | undefined>;
  /** The sum paid to an effort so far. */
  paidTo(effortId: string): Promise<number>;
  addPayment(p: { caseId: string; effortId: string; decisionId: string; amountSek: number; paidOn: string; note: string; by: string; at: Date; submissionKey: string | null }): Promise<string>;
  receiptBySubmissionKey(key: string): Promise<{ id: string; caseId: string } | undefined>;
  addReceipt(f: { caseId: string; budgetLineId: string | null; description: string; filename: string; mediaType: string; bytes: Uint8Array; sha256: string; by: string; at: Date; submissionKey: string | null }): Promise<string>;
  receiptCount(caseId: string): Promise<number>;
  receiptContent(caseId: string, receiptId: string): Promise<{ filename: string; mediaType: string; bytes: Uint8Array } | undefined>;

  commitments(caseId: string): Promise<CommitmentRecord[]>;
  commitmentBySubmissionKey(key: string): Promise<{ id: string; caseId: string } | undefined>;
  addCommitment(caseId: string, c: CommitmentInput, by: string, at: Date, submissionKey: string | null): Promise<string>;
  /** Changes a commitment of the process; false when it is not the process's. */
  updateCommitment(caseId: string, commitmentId: string, c: CommitmentInput, at: Date): Promise<boolean>;
  /** Commitments across processes, optionally of one department (case-insensitive, part of the name), newest period first. */
  commitmentsAcross(department: string | null, limit: number): Promise<CommitmentAcross[]>;
  /** The departments named, for the filter. */
  departments(): Promise<string[]>;
}

export type { CommitmentStatus };
