/**
 * The case lifecycle of an application (ansökan) from draft to decision, as an explicit state
 * machine. Pure: `transition` answers the next status or says why the step is refused; the
 * use cases persist the result and audit it.
 */
import { fail, ok, type Result } from "../result.ts";

export const CASE_STATUSES = [
  "utkast", // draft, only the applicant sees it
  "inskickat", // submitted, registered with a case number
  "under_bedomning", // the contact person assesses it
  "vantar_komplettering", // the applicant has been asked to complete it
  "kompletterad", // the applicant has answered the request to complete
  "klar_for_namnd", // ready for the committee: assessed, with a recommendation
  "overlamnat", // forwarded to another committee or the executive board, waiting to be taken up there
  "beslutat", // the committee has decided
  "avslutat", // closed (after the decision, or withdrawn)
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_EVENTS = [
  "submit",
  "startAssessment",
  "requestCompletion",
  "answerCompletion",
  "resumeAssessment",
  "markReadyForCommittee",
  "returnToAssessment",
  "forward",
  "takeUpForwarded",
  "recordDecision",
  "close",
  "withdraw",
] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

/** Facts the guards look at; the use case fills in what it knows. */
export interface TransitionFacts {
  applicationComplete?: boolean;
  assessmentComplete?: boolean;
  hasMessage?: boolean;
  targetCommitteeDiffers?: boolean;
  decisionRecorded?: boolean;
}

/** Why the state machine refuses a step (each has a sentence in the message catalogues, `refusal.*`). */
export const TRANSITION_REFUSALS = ["not_allowed_from_status", "application_incomplete", "assessment_incomplete", "message_required", "same_committee", "decision_missing"] as const;
export type TransitionRefusal = (typeof TRANSITION_REFUSALS)[number];

interface Rule {
  from: readonly CaseStatus[];
  to: CaseStatus;
  guard?: (f: TransitionFacts) => TransitionRefusal | null;
}

const RULES: Record<CaseEvent, Rule> = {
  submit: { from: ["utkast"], to: "inskickat", guard: (f) => (f.applicationComplete ? null : "application_incomplete") },
  startAssessment: { from: ["inskickat"], to: "under_bedomning" },
  requestCompletion: { from: ["under_bedomning", "kompletterad"], to: "vantar_komplettering", guard: (f) => (f.hasMessage ? null : "message_required") },
  answerCompletion: { from: ["vantar_komplettering"], to: "kompletterad", guard: (f) => (f.hasMessage ? null : "message_required") },
  resumeAssessment: { from: ["kompletterad"], to: "under_bedomning" },
  markReadyForCommittee: { from: ["under_bedomning", "kompletterad"], to: "klar_for_namnd", guard: (f) => (f.assessmentComplete ? null : "assessment_incomplete") },
  returnToAssessment: { from: ["klar_for_namnd"], to: "under_bedomning" },
  forward: { from: ["under_bedomning", "kompletterad", "klar_for_namnd", "beslutat"], to: "overlamnat", guard: (f) => (f.targetCommitteeDiffers ? null : "same_committee") },
  takeUpForwarded: { from: ["overlamnat"], to: "under_bedomning" },
  recordDecision: { from: ["klar_for_namnd"], to: "beslutat", guard: (f) => (f.decisionRecorded ? null : "decision_missing") },
  close: { from: ["beslutat"], to: "avslutat" },
  withdraw: { from: ["inskickat", "under_bedomning", "vantar_komplettering", "kompletterad"], to: "avslutat" },
};

export function transition(from: CaseStatus, event: CaseEvent, facts: TransitionFacts = {}): Result<CaseStatus, TransitionRefusal> {
  const rule = RULES[event];
  if (!rule.from.includes(from)) return fail("not_allowed_from_status", { from, event });
  const refusal = rule.guard?.(facts) ?? null;
  if (refusal) return fail(refusal, { from, event });
  return ok(rule.to);
}

/** The events that can be tried from a status (guards not yet evaluated): for offering buttons. */
export function eventsFrom(status: CaseStatus): CaseEvent[] {
  return CASE_EVENTS.filter((e) => RULES[e].from.includes(status));
}

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === "string" && (CASE_STATUSES as readonly string[]).includes(value);
}

/**
 * The status as the applicant reads it, in the words Swedish e-services use.
 * Internal steps the applicant need not follow are shown as "under behandling".
 */
export type ApplicantStatus = "utkast" | "inskickat" | "under_behandling" | "vantar_pa_komplettering" | "kompletterad" | "beslutat" | "avslutat";

export function applicantStatus(status: CaseStatus): ApplicantStatus {
  switch (status) {
    case "utkast":
      return "utkast";
    case "inskickat":
      return "inskickat";
    case "under_bedomning":
    case "klar_for_namnd":
    case "overlamnat":
      return "under_behandling";
    case "vantar_komplettering":
      return "vantar_pa_komplettering";
    case "kompletterad":
      return "kompletterad";
    case "beslutat":
      return "beslutat";
    case "avslutat":
      return "avslutat";
  }
}
