/**
 * Ports of the resultatfas and the yearly follow-up (issue 12): the repository `results`
 * (src/adapters/db/repositories/results.ts).
 */
import type { ReportStatus, ResultQuestion } from "#src/domain/results/report.ts";

export interface ResultReportRecord {
  caseId: string;
  status: ReportStatus;
  answers: Record<ResultQuestion, string>;
  returnedReason: string | null;
  sentAt: Date | null;
  approvedAt: Date | null;
  approvedByName: string | null;
  updatedAt: Date;
}

export type AssociationReportKind = "verksamhetsberattelse" | "ekonomisk_berattelse";

export interface AssociationReportRecord {
  id: string;
  year: number;
  kind: AssociationReportKind;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  uploadedByName: string | null;
  uploadedAt: Date;
}

export interface GoalRecord {
  id: string;
  goal: string;
  measure: string;
  unit: string;
  baseline: number;
  target: number;
  targetYear: number;
}

export interface FollowUpRecord {
  id: string;
  year: number;
  summary: string;
  learned: string;
  submittedByName: string | null;
  submittedAt: Date;
  /** The value reached per goal (goal id → value; null when not measured that year). */
  values: Record<string, number | null>;
}

/** A running process as the yearly follow-up's reminders read it. */
export interface FollowUpCandidate {
  caseId: string;
  title: string;
  caseNumber: string | null;
  efforts: Array<{ startsOn: string; endsOn: string }>;
  multiYearSet: boolean | null;
  done: number[];
}

/** One process in a committee's yearly report. */
export interface YearlyReportProcess {
  caseId: string;
  caseNumber: string | null;
  title: string;
  committeeName: string;
  phase: string;
  areas: string[];
  efforts: Array<{ title: string; startsOn: string; endsOn: string; approvedCitySek: number }>;
  reportStatus: ReportStatus | null;
  /** Answer 1 (the outcome) of an approved report; empty otherwise. */
  outcome: string;
  goals: Array<{ goal: string; unit: string; baseline: number; target: number; targetYear: number; value: number | null }>;
}

export interface ResultsRepository {
  report(caseId: string): Promise<ResultReportRecord | undefined>;
  /** Begins the report (an utkast) if there is none, and locks it for the transaction. */
  lockOrBegin(caseId: string, at: Date): Promise<ResultReportRecord>;
  saveAnswers(caseId: string, answers: Partial<Record<ResultQuestion, string>>, by: string, at: Date): Promise<void>;
  setStatus(caseId: string, status: ReportStatus, at: Date, extra: { by: string; returnedReason?: string | null }): Promise<void>;
  /**
   * The city's payments made to the process (utbetalningar, recorded in the budget follow-up), in
   * kronor; 0 when none yet. Null would mean they cannot be known.
   */
  paidSek(caseId: string): Promise<number | null>;

  /** The indicators the process follows, with when they were chosen. */
  indicators(caseId: string): Promise<Array<{ key: string; chosenAt: Date }>>;
  chooseIndicator(caseId: string, key: string, by: string, at: Date): Promise<boolean>;
  removeIndicator(caseId: string, key: string): Promise<boolean>;
  /** The process's areas (code and name). */
  areas(caseId: string): Promise<Array<{ code: string; name: string }>>;
  /** The indicators' totals (no breakdown) for the areas, every year. */
  indicatorValues(areaCodes: readonly string[], keys: readonly string[]): Promise<Array<{ area: string; indicator: string; year: number; value: number | null }>>;

  associationReports(caseId: string): Promise<AssociationReportRecord[]>;
  addAssociationReport(r: { caseId: string; year: number; kind: AssociationReportKind; filename: string; mediaType: string; bytes: Uint8Array; sha256: string; by: string; at: Date; submissionKey: string }): Promise<{ id: string; created: boolean; caseId: string }>;
  associationReportContent(caseId: string, reportId: string): Promise<{ filename: string; mediaType: string; bytes: Uint8Array } | undefined>;

  goalPlan(caseId: string): Promise<boolean | null>;
  setGoalPlan(caseId: string, multiYear: boolean, by: string, at: Date): Promise<void>;
  goals(caseId: string): Promise<GoalRecord[]>;
  addGoal(caseId: string, g: Omit<GoalRecord, "id">, by: string, at: Date, submissionKey: string | null): Promise<{ id: string; created: boolean; caseId: string }>;
  /** Removes a goal that has no follow-up values; false when it has, or is not the process's. */
  removeGoal(caseId: string, goalId: string): Promise<"removed" | "in_use" | "not_found">;
  followUps(caseId: string): Promise<FollowUpRecord[]>;
  /** Records a year's follow-up; `created` false when the year was already followed up. */
  addFollowUp(caseId: string, f: { year: number; summary: string; learned: string; values: Record<string, number | null> }, by: string, at: Date): Promise<{ id: string; created: boolean }>;

  /** Processes in the utförande- or resultatfas, with what the yearly schedule needs (a fixed number of queries). */
  followUpCandidates(): Promise<FollowUpCandidate[]>;
  /** Who reviews the process's report: its contact person, or (none chosen) the committee's active contact persons. */
  reviewRecipients(caseId: string): Promise<Array<{ email: string; name: string }>>;
  /** The active users of each process's party organisations, to remind. */
  groupRecipients(caseIds: readonly string[]): Promise<Array<{ caseId: string; email: string; name: string }>>;

  /** The processes of the committees (all when null) with approved efforts running in the year. */
  yearlyReport(committeeIds: readonly string[] | null, year: number): Promise<YearlyReportProcess[]>;
  committees(): Promise<Array<{ id: string; code: string; name: string }>>;
}
