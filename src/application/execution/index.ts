/**
 * Execution: the utförandefas's plan, changes, budget follow-up and other departments'
 * commitments (issue 12). The feature's public face: the web layer and the adapters import from here only.
 */
export { type ActualRecord, type BudgetLineFollowUp, type ChangeRecord, type CommitmentAcross, type CommitmentRecord, type ExecutionRepository, type NewChange, type PaymentRecord, type PlanEffort, type PlanMilestone, type ReceiptRecord } from "./ports.ts";
export { ExecutionPlanService, thresholdsOf, type PlanEffortView, type PlanError, type PlanView } from "./plan.ts";
export { BudgetFollowUpService, MAX_RECEIPT_BYTES, MAX_RECEIPTS_PER_PROCESS, RECEIPT_TYPES, type BudgetCsvVocabulary, type BudgetError, type BudgetView, type EffortPayments, type ReceiptError } from "./budget.ts";
export { CommitmentService, COMMITMENTS_LIST_LIMIT, type CommitmentError, type CommitmentsView } from "./commitments.ts";
export { actualSchema, changeAnswerSchema, changeDecisionSchema, changeRequestSchema, commitmentFilterSchema, commitmentSchema, milestoneDoneSchema, paymentSchema, progressSchema, receiptSchema, type ActualInput, type ChangeAnswerInput, type ChangeDecisionInput, type ChangeRequestInput, type CommitmentFormInput, type MilestoneDoneInput, type PaymentInput, type ProgressInput, type ReceiptInput } from "./schemas.ts";
