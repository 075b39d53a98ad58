/** Ports for the city's side of a case: assessment, routing, meetings and decisions. */
import type { CriterionRating, Recommendation } from "#src/domain/process-type/definition.ts";
import type { DecisionOutcome } from "#src/domain/case/decision.ts";
import type { CaseStatus } from "#src/domain/case/lifecycle.ts";

export type { DecisionOutcome };

export interface CriterionAssessment {
  rating: CriterionRating | null;
  justification: string;
  evidence: string;
}

export interface AssessmentRecord {
  caseId: string;
  processTypeId: string;
  ratings: Record<string, CriterionAssessment>;
  recommendation: Recommendation | null;
  recommendationText: string;
  proposedAmountSek: number | null;
  assessedBy: string | null;
  updatedAt: Date;
}

export interface CommitteeInfo {
  id: string;
  code: string;
  nameSv: string;
  nameEn: string;
  themes: Array<{ theme: string; description: string }>;
}

export type ReferralKind = "overlamning" | "yttrande";

export interface ReferralRecord {
  id: string;
  caseId: string;
  caseNumber: string | null;
  caseTitle: string;
  caseStatus: CaseStatus;
  fromCommitteeCode: string;
  toCommitteeId: string;
  toCommitteeCode: string;
  kind: ReferralKind;
  note: string;
  referredAt: Date;
  answeredAt: Date | null;
  answer: string | null;
}

/** A case of a committee as its inbox and its meetings list them. */
export interface CommitteeCase {
  id: string;
  caseNumber: string | null;
  title: string;
  status: CaseStatus;
}

export type MeetingBody = "arbetsutskott" | "namnd";

/** The decisions a case can come before the committee for: its application, then its proposed efforts. */
export type AgendaDecisionPoint = "ansokan" | "insatser";

export interface MeetingRecord {
  id: string;
  committeeId: string;
  committeeCode: string;
  committeeName: string;
  body: MeetingBody;
  meetsOn: string;
  itemCount: number;
}

export interface AgendaItemRecord {
  id: string;
  meetingId: string;
  caseId: string;
  /** Which decision the item is for: the application's (ansokan) or the proposed efforts' (insatser). */
  decisionPoint: AgendaDecisionPoint;
  caseNumber: string | null;
  caseTitle: string;
  position: number;
}

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  role: "kontaktperson" | "handlaggare";
}

export interface DecisionRecord {
  id: string;
  caseId: string;
  meetingId: string | null;
  decisionPoint: string;
  paragraph: string;
  decidedOn: string;
  outcome: DecisionOutcome;
  grantedAmountSek: number | null;
  conditions: string;
  recipients: string[];
  minutesApprovedOn: string | null;
  postedOn: string | null;
  createdAt: Date;
}

export interface CommitteeRepository {
  assessment(caseId: string): Promise<AssessmentRecord | undefined>;
  saveAssessment(a: Omit<AssessmentRecord, "updatedAt">, at: Date): Promise<void>;

  committees(): Promise<CommitteeInfo[]>;
  /** The committees that take applications of a process type (administrators choose them). */
  committeesOffering(processTypeCode: string): Promise<Array<{ id: string; code: string; nameSv: string; nameEn: string }>>;
  committeeById(id: string): Promise<{ id: string; code: string; nameSv: string } | undefined>;
  setCaseCommittee(caseId: string, committeeId: string, at: Date): Promise<void>;

  addReferral(r: { caseId: string; fromCommitteeId: string; toCommitteeId: string; kind: ReferralKind; note: string; referredBy: string; at: Date }): Promise<string>;
  openReferral(caseId: string, toCommitteeId: string, kind: ReferralKind): Promise<ReferralRecord | undefined>;
  referral(id: string): Promise<ReferralRecord | undefined>;
  referralsForCase(caseId: string): Promise<ReferralRecord[]>;
  referralsTo(committeeId: string): Promise<ReferralRecord[]>;
  answerReferral(id: string, answer: string, at: Date): Promise<void>;
  casesOfCommittee(committeeId: string): Promise<CommitteeCase[]>;

  meetings(filter: { committeeId?: string; from?: string }): Promise<MeetingRecord[]>;
  meeting(id: string): Promise<MeetingRecord | undefined>;
  findMeeting(committeeId: string, body: MeetingBody, meetsOn: string): Promise<string | undefined>;
  createMeeting(m: { committeeId: string; body: MeetingBody; meetsOn: string }): Promise<string>;
  agenda(meetingId: string): Promise<AgendaItemRecord[]>;
  agendaItem(meetingId: string, caseId: string, decisionPoint: AgendaDecisionPoint): Promise<string | undefined>;
  addAgendaItem(i: { meetingId: string; caseId: string; decisionPoint: AgendaDecisionPoint; addedBy: string; at: Date }): Promise<string>;
  /** The processes of the committee whose proposal of efforts is ready for its decision. */
  proposalsReadyOfCommittee(committeeId: string): Promise<CommitteeCase[]>;
  /** The meetings whose agenda holds the case (for the decision point, if given), earliest first. */
  meetingsForCase(caseId: string, decisionPoint?: AgendaDecisionPoint): Promise<MeetingRecord[]>;

  decision(caseId: string, decisionPoint: string): Promise<DecisionRecord | undefined>;
  addDecision(d: Omit<DecisionRecord, "id" | "createdAt" | "minutesApprovedOn" | "postedOn"> & { recordedBy: string; at: Date }): Promise<string>;
  setDecisionDates(id: string, dates: { minutesApprovedOn: string | null; postedOn: string | null }): Promise<void>;
  setCaseOutcome(caseId: string, args: { grantedAmountSek: number | null; at: Date }): Promise<void>;

  applicationAnswers(caseId: string): Promise<Record<string, unknown>>;

  /**
   * The city's people who work on the committee's cases (kontaktpersoner and handläggare):
   * whom a case's contact person can be. One place, so the committees a person works for can
   * later come from elsewhere.
   */
  caseStaff(committeeId: string): Promise<StaffMember[]>;
  setContactPerson(caseId: string, userId: string | null, at: Date): Promise<void>;
  applicantEmails(caseId: string): Promise<string[]>;
}

/** What the officer's report (tjänsteskrivelse) says; the document adapter lays it out. */
export interface OfficerReport {
  title: string;
  caseNumber: string;
  /** The city's diarium number (Platina); the case number when none is registered yet. */
  diariumNumber: string;
  /** The document's date (YYYY-MM-DD): the day it was made. */
  date: string;
  committeeName: string;
  /** The area: the city areas it touches and its boundary in words (how it was given, its size). */
  area: { names: string[]; boundary: string };
  summary: string;
  proposals: string[];
  basis: string[];
  planning: Array<{ label: string; date: string }>;
  recipients: string[];
  sections: Array<{ heading: string; text: string }>;
  criteria: Array<{ criterion: string; rating: string; justification: string }>;
  responsible: Array<{ name: string; title: string }>;
}

/** An extract of the minutes (protokollsutdrag) with one decision, for the applicant. */
export interface DecisionExtract {
  committeeName: string;
  /** The meeting's date, or the decision's date when it was not taken at a registered meeting. */
  meetingOn: string;
  paragraph: string;
  caseNumber: string;
  diariumNumber: string | null;
  title: string;
  applicant: string;
  decisionText: string;
  outcome: string;
  grantedAmount: string | null;
  conditions: string;
  minutesApprovedOn: string | null;
  postedOn: string | null;
  appealPeriodEnds: string | null;
  appealHow: string;
  /** The day the extract was made. */
  madeOn: string;
}

export interface OfficerReportRenderer {
  docx(report: OfficerReport): Promise<Uint8Array>;
  pdf(report: OfficerReport): Promise<Uint8Array>;
  decisionExtractPdf(extract: DecisionExtract): Promise<Uint8Array>;
}
