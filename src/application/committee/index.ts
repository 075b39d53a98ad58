/**
 * The committee side of a case: routing, meetings and agendas, the officer's report, decisions and their appeal period.
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { COMMITTEE_ERRORS, CommitteeService, type CommitteeError, type HandlingOverview, type RouteInput } from "./committee-service.ts";
export { type AgendaItemRecord, type AssessmentRecord, type CommitteeCase, type CommitteeRepository, type CriterionAssessment, type DecisionExtract, type DecisionOutcome, type DecisionRecord, type MeetingRecord, type OfficerReport, type OfficerReportRenderer, type ReferralRecord } from "./ports.ts";
