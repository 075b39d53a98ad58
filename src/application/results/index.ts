/**
 * The resultatfas and the yearly follow-up (issue 12): the result and effect report, the
 * indicators a process follows, the association's reports, the goals and their yearly follow-up,
 * and the committees' yearly report. The feature's public face.
 */
export type { AssociationReportKind, AssociationReportRecord, FollowUpCandidate, FollowUpRecord, GoalRecord, ResultReportRecord, ResultsRepository, YearlyReportProcess } from "./ports.ts";
export { associationReportSchema, decimal, followUpSchema, goalPlanSchema, goalSchema, indicatorChoiceSchema, reportAnswersSchema, reportReturnSchema, type FollowUpInput, type GoalInput, type ReportAnswersInput } from "./schemas.ts";
export { MAX_ASSOCIATION_REPORTS, reportFacts, ResultService, type AssociationReportsView, type AssociationUploadError, type IndicatorsView, type ReportFacts, type ReportMailText, type ResultError, type ResultReportView } from "./report-service.ts";
export { GoalService, type GoalError, type GoalsView } from "./goal-service.ts";
export { FOLLOW_UP_REMINDER_KIND, YearlyFollowUpSweep, type FollowUpReminderText } from "./follow-up-sweep.ts";
export { YearlyReportService, type PlainDocument, type PlainDocumentRenderer, type YearlyReportView } from "./yearly-report.ts";
