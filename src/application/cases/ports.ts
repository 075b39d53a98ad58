/** Ports of the cases feature: a case as lists and pages read it, its state for the rules, its messages. */
import type { CaseFacts } from "#src/domain/access/policy.ts";
import type { CaseStatus } from "#src/domain/case/lifecycle.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import type { PageWindow } from "../shared/paging.ts";

export interface CaseSummary {
  id: string;
  caseNumber: string | null;
  title: string;
  phase: Phase;
  status: CaseStatus;
  applicantOrganisationId: string | null;
  applicantOrganisationName: string | null;
  committeeId: string;
  committeeCode: string;
  updatedAt: Date;
  /** Codes of the city areas the case touches (for its area's need). */
  areaCodes: string[];
}

export interface CaseDetail extends CaseSummary {
  summary: string;
  contactPersonName: string | null;
  /** The case's contact person at the city (who to reach, and who is told of the applicant's messages). */
  contactPersonId: string | null;
  contactPersonEmail: string | null;
  grantedAmountSek: number | null;
  startedOn: string | null;
  areaNames: string[];
  geometry: unknown | null;
  isDemo: boolean;
}

/** What the access rules and the lifecycle need to know about a case. */

export interface CaseState extends CaseFacts {
  id: string;
  status: CaseStatus;
  phase: Phase;
  partyOrganisationIds: string[];
  committeeCode: string;
  caseNumber: string | null;
  processTypeId: string | null;
}

export interface CaseFilter {
  status?: CaseStatus;
  phase?: Phase;
  /** Any of these phases (e.g. the contact person's queue). */
  phases?: readonly Phase[];
  committeeCode?: string;
  limit?: number;
}

/**
 * How a page of cases is ordered: by default the latest change first; `byNeed` orders by the
 * area need (the lowest index rank among a case's areas, rank 1 first, unranked cases last),
 * then the latest change. It mirrors `byNeed`/`needOf` in src/domain/coordination/equity.ts in
 * SQL, so that the database orders before it pages; a test checks that both agree.
 */

export interface CaseOrder {
  byNeed?: ReadonlyArray<{ areaCode: string; rank: number }>;
}

export interface CaseRepository {
  listAll(filter?: CaseFilter): Promise<CaseSummary[]>;
  /** Cases the organisation is a party to (lead or co-applicant). */
  listForOrganisation(organisationId: string): Promise<CaseSummary[]>;
  /** One page of every case matching the filter (ties broken by id, so pages never overlap). */
  pageAll(filter: CaseFilter, window: PageWindow, order?: CaseOrder): Promise<CaseSummary[]>;
  countAll(filter: CaseFilter): Promise<number>;
  /** One page of the cases the organisation is a party to, latest change first. */
  pageForOrganisation(organisationId: string, window: PageWindow): Promise<CaseSummary[]>;
  countForOrganisation(organisationId: string): Promise<number>;
  find(id: string): Promise<CaseDetail | undefined>;
  /** The case's access facts and status; `forUpdate` locks the row until the transaction ends. */
  state(id: string, opts?: { forUpdate?: boolean }): Promise<CaseState | undefined>;
  /** Also records the day (in Stockholm) a case is closed or withdrawn, when the status becomes avslutat. */
  setStatus(id: string, status: CaseStatus, at: Date): Promise<void>;
  committeeCodes(): Promise<string[]>;
}

export type CaseMessageKind = "meddelande" | "begaran_om_komplettering" | "komplettering";

export interface CaseMessage {
  id: string;
  kind: CaseMessageKind;
  body: string;
  createdAt: Date;
  authorName: string;
  authorIsStaff: boolean;
  organisationName: string;
}

export interface MessageRepository {
  forCase(caseId: string): Promise<CaseMessage[]>;
  findBySubmissionKey(key: string): Promise<{ id: string; caseId: string } | undefined>;
  add(message: { caseId: string; authorUserId: string; kind: CaseMessageKind; body: string; submissionKey: string; at: Date }): Promise<string>;
  /** Who is told about news on the case: the applicant parties' users and the contact person. */
  recipientsForCase(caseId: string): Promise<{ applicantEmails: string[]; contactPersonEmail: string | null }>;
}
