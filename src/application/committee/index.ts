/**
 * The committee side of a case: routing, the inbox and the case's next steps, meetings and agendas, decisions and their appeal period, the officer's report, the case's contact person.
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { COMMITTEE_ERRORS, formatSek, type CommitteeDeps, type CommitteeError } from "./common.ts";
export { ContactPersons, type AssignError, type ContactPersonMailText } from "./contact-person.ts";
export { Decisions, type AppealMailText, type DecisionExtractText, type DecisionForCase, type DecisionMailText } from "./decisions.ts";
export { EffortsDecisions, type EffortsDecisionError, type EffortsDecisionInput, type EffortsDecisionMailText, type EffortsDecisionView } from "./efforts-decision.ts";
export { Handling, type HandlingOverview } from "./handling.ts";
export { Meetings } from "./meetings.ts";
export { OfficerReports, type EffortsReportText, type OfficerReportText } from "./officer-report.ts";
export { CaseRouting } from "./routing.ts";
export { agendaEntrySchema, agendaItemSchema, decisionActionSchema, effortsDecisionActionSchema, effortsDecisionSchema, decisionDatesSchema, decisionSchema, inboxActionSchema, meetingSchema, referralAnswerSchema, routeSchema, type DecisionForm, type MeetingInput, type RouteInput } from "./schemas.ts";
export { createCommitteeServices, type CommitteeServices } from "./services.ts";
export type { DecisionInput } from "#src/domain/case/decision.ts";
export { type AgendaDecisionPoint, type AgendaItemRecord, type AssessmentRecord, type CommitteeCase, type CommitteeRepository, type CriterionAssessment, type DecisionExtract, type DecisionOutcome, type DecisionRecord, type MeetingRecord, type OfficerReport, type OfficerReportRenderer, type ReferralRecord } from "./ports.ts";
