/**
 * Who may do what, in one place. Pure rules: the services load the record, ask `can`, and
 * answer "not found" when the answer is no, so that a guessed id reveals nothing.
 */
import { isStaff } from "../roles.ts";
import type { CaseStatus } from "../case/lifecycle.ts";
import type { Actor } from "./actor.ts";

export interface CaseFacts {
  /** The lead applicant's organisation. */
  applicantOrganisationId: string | null;
  /** Every organisation that is a party to the application (lead and co-applicants). */
  partyOrganisationIds?: readonly string[];
  committeeId: string;
  status?: CaseStatus;
}

export type Permission =
  | { action: "case.read"; record: CaseFacts }
  | { action: "case.readAudit"; record: CaseFacts }
  /** See the city's side of a case: its internal status, the next steps, the event log (the city's staff). */
  | { action: "case.readInternal"; record: CaseFacts }
  | { action: "case.list" }
  /** Edit the application's answers, areas and attachments (applicant parties, while a draft). */
  | { action: "application.edit"; record: CaseFacts }
  /** Submit the application (the lead applicant). */
  | { action: "application.submit"; record: CaseFacts }
  /** Invite co-applicant organisations (the lead applicant). */
  | { action: "application.invite"; record: CaseFacts }
  /** Write in the case's message thread (its parties and the city's case staff). */
  | { action: "case.message"; record: CaseFacts }
  /** Answer a request to complete the application (the applicant parties). */
  | { action: "case.answerCompletion"; record: CaseFacts }
  /** Assess criteria, ask for completion, write meeting notes. */
  | { action: "case.assess"; record: CaseFacts }
  /** Forward a case, or send a copy for an opinion, to another committee. */
  | { action: "case.route"; record: CaseFacts }
  /** Register a case: enter the diarium number. */
  | { action: "case.register"; record: CaseFacts }
  /** Put on an agenda, write the officer's report, record decisions. */
  | { action: "committee.handle"; record: CaseFacts }
  /** Move a running process to its next phase, or close it (the city's case staff of its committee). */
  | { action: "process.phase"; record: CaseFacts }
  /**
   * Work in a running process's content: actor mapping, dialogue activities, viewpoints and their
   * moderation, themes, the proposal. The applicant group (every party organisation's users) and
   * the city's case staff of its committee work in it together. Whether the process's phase
   * allows the change is the feature's rule, not the policy's.
   */
  | { action: "process.work"; record: CaseFacts }
  /**
   * Start a process on the city's own initiative (seed 002), for a committee one works for: the
   * contact persons and case officers of that committee. Without a record: for any of them (the menu).
   */
  | { action: "process.initiate"; record?: { committeeId: string } }
  /** Invite organisations into a process the city started: the city's case staff of its committee. */
  | { action: "process.invite"; record: CaseFacts }
  /** Answer a request for an opinion (yttrande) sent to a committee: the receiving committee's own part. */
  | { action: "referral.answer"; record: { toCommitteeId: string } }
  /** See the committees' meetings and agendas. */
  | { action: "meeting.manage" }
  /** Create a meeting of a committee and set its agenda. */
  | { action: "meeting.plan"; record: { committeeId: string } }
  /** Committees: names, codes, working committee, areas of responsibility, the process types they offer. */
  | { action: "committees.manage" }
  /** Staff accounts: invitations, roles, the committees they work for, deactivation. */
  | { action: "staff.manage" }
  /** The city's goals that proposals serve. */
  | { action: "goals.manage" }
  | { action: "contactRequest.handle" }
  | { action: "processType.manage" }
  | { action: "audit.readAll" }
  | { action: "users.manage" }
  | { action: "outbox.read" }
  /** The job queue's page: the queues' counts, the failed jobs and "Försök igen". */
  | { action: "jobs.manage" }
  /** The resident languages' page: each catalogue's review status and missing text (issue 13). */
  | { action: "languages.read" }
  | { action: "areas.read" }
  /** See the register of local processes and the coordination report. */
  | { action: "register.read" }
  /** Register and import local processes. */
  | { action: "register.manage" }
  | { action: "areas.manage" }
  /** Read the area index: results, explanations, sensitivity, configurations (the city's staff). */
  | { action: "index.read" }
  /** Change the area index: save and activate configurations, import indicator values. */
  | { action: "index.manage" }
  /** The handling inbox: the cases of one's own committee and what other committees sent to it. */
  | { action: "handling.inbox" }
  /** One's own actor organisation: its members, and inviting new ones. */
  | { action: "organisation.manage" }
  /** Search and read the library of lessons across every process (the city's staff). */
  | { action: "lessons.read" }
  /** Write a lesson on a process by hand: the contact persons and case officers of its committee. */
  | { action: "lesson.add"; record: CaseFacts }
  /** Compare processes side by side: cost, duration, participation, outcomes (the city's staff). */
  | { action: "comparison.read" }
  /** The network of actors and its meetings, with the actors' contact details: contact persons and case officers. */
  | { action: "network.manage" };

/**
 * Who is a party to a case: a user of the lead applicant's organisation or of a co-applicant
 * organisation. SQL mirrors it once (src/adapters/db/repositories/case-parties.ts), checked
 * against this by tests/integration/case-parties.test.ts.
 */
export function isParty(actor: Actor, record: CaseFacts): boolean {
  if (actor.role !== "aktor") return false;
  if (record.applicantOrganisationId !== null && record.applicantOrganisationId === actor.organisationId) return true;
  return (record.partyOrganisationIds ?? []).includes(actor.organisationId);
}

const CASE_STAFF = ["kontaktperson", "handlaggare", "administrator"] as const;
const isCaseStaff = (actor: Actor) => (CASE_STAFF as readonly string[]).includes(actor.role);

/**
 * Staff change only cases of the committees they work for. A forwarded case belongs to the
 * receiving committee (its committee changes); an opinion request gives the receiving
 * committee its own part (`referral.answer`), not the case.
 */
const worksFor = (actor: Actor, committeeId: string) => actor.role !== "aktor" && actor.committeeIds.includes(committeeId);

export function can(actor: Actor, permission: Permission): boolean {
  switch (permission.action) {
    case "case.read":
      // An applicant sees only cases its organisation is a party to; the city's staff see all cases.
      return actor.role === "aktor" ? isParty(actor, permission.record) : isStaff(actor.role);
    case "case.readAudit":
    case "case.readInternal":
      return isStaff(actor.role);
    case "case.list":
      return true;
    case "application.edit":
      return isParty(actor, permission.record) && (permission.record.status === undefined || permission.record.status === "utkast");
    case "application.submit":
    case "application.invite":
      return (
        actor.role === "aktor" &&
        permission.record.applicantOrganisationId === actor.organisationId &&
        (permission.record.status === undefined || permission.record.status === "utkast")
      );
    case "case.message":
      return isParty(actor, permission.record) || (isCaseStaff(actor) && worksFor(actor, permission.record.committeeId));
    case "case.answerCompletion":
      return isParty(actor, permission.record);
    case "case.assess":
    case "case.route":
    case "process.phase":
      return (actor.role === "kontaktperson" || actor.role === "handlaggare") && worksFor(actor, permission.record.committeeId);
    case "process.work":
      return isParty(actor, permission.record) || ((actor.role === "kontaktperson" || actor.role === "handlaggare") && worksFor(actor, permission.record.committeeId));
    case "process.initiate":
      return (actor.role === "kontaktperson" || actor.role === "handlaggare") && (permission.record ? worksFor(actor, permission.record.committeeId) : actor.committeeIds.length > 0);
    case "process.invite":
      return (actor.role === "kontaktperson" || actor.role === "handlaggare") && worksFor(actor, permission.record.committeeId);
    case "case.register":
    case "committee.handle":
      return actor.role === "handlaggare" && worksFor(actor, permission.record.committeeId);
    case "referral.answer":
      return (actor.role === "kontaktperson" || actor.role === "handlaggare") && worksFor(actor, permission.record.toCommitteeId);
    case "meeting.manage":
      return actor.role === "handlaggare" || actor.role === "administrator";
    case "meeting.plan":
      return actor.role === "administrator" || (actor.role === "handlaggare" && worksFor(actor, permission.record.committeeId));
    case "committees.manage":
    case "staff.manage":
    case "goals.manage":
      return actor.role === "administrator";
    case "contactRequest.handle":
      return actor.role === "kontaktperson" || actor.role === "handlaggare";
    case "processType.manage":
      return actor.role === "administrator";
    case "audit.readAll":
    case "users.manage":
      return actor.role === "administrator";
    case "languages.read":
      // Which catalogues a translator has reviewed: the administrators' to see to.
      return actor.role === "administrator";
    case "jobs.manage":
      // The server's background work, across every committee: an operator's tool.
      return actor.role === "administrator";
    case "outbox.read":
      // Every mail to everyone, across committees: an operator's view for administrators, not
      // a handläggare's tool (their mail is on each case). Secrets are hidden there anyway.
      return actor.role === "administrator";
    case "areas.read":
    case "register.read":
      return isStaff(actor.role);
    case "register.manage":
      return actor.role === "kontaktperson" || actor.role === "handlaggare" || actor.role === "analytiker" || actor.role === "administrator";
    case "areas.manage":
      return actor.role === "analytiker" || actor.role === "administrator";
    case "index.read":
      return isStaff(actor.role);
    case "index.manage":
      return actor.role === "analytiker" || actor.role === "administrator";
    case "handling.inbox":
      return actor.role === "kontaktperson" || actor.role === "handlaggare";
    case "organisation.manage":
      return actor.role === "aktor";
    case "lessons.read":
    case "comparison.read":
      return isStaff(actor.role);
    case "lesson.add":
      return (actor.role === "kontaktperson" || actor.role === "handlaggare") && worksFor(actor, permission.record.committeeId);
    case "network.manage":
      return actor.role === "kontaktperson" || actor.role === "handlaggare";
  }
}
