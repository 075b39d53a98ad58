/**
 * What the execution feature's forms send (the rules: src/domain/execution/). The messages are
 * keys of the message catalogues (src/text/execution.ts).
 */
import { z } from "zod";
import { CHANGE_KINDS } from "#src/domain/execution/change-request.ts";
import { BUDGET_LIMITS } from "#src/domain/execution/budget.ts";
import { COMMITMENT_LIMITS, COMMITMENT_STATUSES } from "#src/domain/execution/commitment.ts";
import { EFFORT_STATUSES, PLAN_LIMITS } from "#src/domain/execution/plan.ts";
import { FORM_ERROR, isoDate, kronor, optionalIsoDate, optionalText, optionalUuid, text, uuid } from "../shared/schema.ts";

/** A whole percent 0–100 as typed ("40", "40 %"). */
const percent = z
  .union([z.number(), z.string()], { error: "execution.error.percent" })
  .prefault("")
  .transform((v, ctx) => {
    if (typeof v === "number") return v;
    const digits = v.replace(/\s|%/g, "");
    if (/^\d{1,3}$/.test(digits)) return Number(digits);
    ctx.addIssue({ code: "custom", message: "execution.error.percent" });
    return z.NEVER;
  })
  .refine((n) => Number.isInteger(n) && n >= 0 && n <= 100, "execution.error.percent");

/** The group's progress on an effort: its status, a percent and a short note. */
export const progressSchema = z.object({
  status: z.enum(EFFORT_STATUSES, { error: "execution.error.status" }),
  percent,
  note: text(PLAN_LIMITS.noteMax, "execution.error.noteTooLong"),
});
export type ProgressInput = z.input<typeof progressSchema>;

/** A milestone marked done (on a date, today when blank) or not done. */
export const milestoneDoneSchema = z.object({ milestoneId: uuid(FORM_ERROR), done: z.enum(["ja", "nej"], { error: FORM_ERROR }), doneOn: optionalIsoDate("execution.error.doneOn") });
export type MilestoneDoneInput = z.input<typeof milestoneDoneSchema>;

/** A change the group asks for: what kind, the new values for it, and why. */
export const changeRequestSchema = z.object({
  effortId: uuid("execution.error.effort"),
  kind: z.enum(CHANGE_KINDS, { error: "execution.error.kind" }),
  toSek: kronor("execution.error.amount"),
  toStartsOn: optionalIsoDate("execution.error.startsOn"),
  toEndsOn: optionalIsoDate("execution.error.endsOn"),
  milestoneId: optionalUuid("execution.error.milestone"),
  toDueOn: optionalIsoDate("execution.error.dueOn"),
  reason: text(PLAN_LIMITS.reasonMax, "execution.error.reasonTooLong", "execution.error.reason"),
  submissionKey: optionalUuid(FORM_ERROR),
});
export type ChangeRequestInput = z.input<typeof changeRequestSchema>;

/** The contact person's answer to a request: approve, or refuse with a reason. */
export const changeAnswerSchema = z.object({
  changeId: uuid(FORM_ERROR),
  answer: z.enum(["approve", "refuse"], { error: FORM_ERROR }),
  note: text(PLAN_LIMITS.reasonMax, "execution.error.reasonTooLong"),
});
export type ChangeAnswerInput = z.input<typeof changeAnswerSchema>;

/** The committee's decision on a request above the thresholds, as the case officer records it. */
export const changeDecisionSchema = z.object({
  changeId: uuid(FORM_ERROR),
  outcome: z.enum(["bifall", "avslag"], { error: "execution.error.outcome" }),
  reference: text(100, "execution.error.referenceTooLong", "execution.error.reference"),
  decidedOn: isoDate("execution.error.decidedOn"),
  note: text(PLAN_LIMITS.reasonMax, "execution.error.reasonTooLong"),
});
export type ChangeDecisionInput = z.input<typeof changeDecisionSchema>;

/** An actual cost (or valued resource) against a budget line. */
export const actualSchema = z.object({
  budgetLineId: uuid("execution.error.line"),
  amountSek: kronor("execution.error.amount"),
  spentOn: isoDate("execution.error.spentOn"),
  description: text(BUDGET_LIMITS.descriptionMax, "execution.error.descriptionTooLong", "execution.error.description"),
  submissionKey: optionalUuid(FORM_ERROR),
});
export type ActualInput = z.input<typeof actualSchema>;

/** A payment by the city to an effort, against the efforts decision. */
export const paymentSchema = z.object({
  effortId: uuid("execution.error.effort"),
  amountSek: kronor("execution.error.amount"),
  paidOn: isoDate("execution.error.paidOn"),
  note: text(500, "execution.error.paymentNoteTooLong"),
  submissionKey: optionalUuid(FORM_ERROR),
});
export type PaymentInput = z.input<typeof paymentSchema>;

/** What describes an uploaded receipt (the file itself is read apart). */
export const receiptSchema = z.object({
  budgetLineId: optionalUuid("execution.error.line"),
  description: text(BUDGET_LIMITS.descriptionMax, "execution.error.descriptionTooLong"),
  submissionKey: uuid(FORM_ERROR),
});
export type ReceiptInput = z.input<typeof receiptSchema>;

/** Another department's or a city company's commitment to the process. */
export const commitmentSchema = z.object({
  department: text(COMMITMENT_LIMITS.departmentMax, "execution.error.departmentTooLong", "execution.error.department"),
  contribution: text(COMMITMENT_LIMITS.contributionMax, "execution.error.contributionTooLong", "execution.error.contribution"),
  contactName: text(COMMITMENT_LIMITS.contactNameMax, "execution.error.contactNameTooLong"),
  contactEmail: optionalText(COMMITMENT_LIMITS.contactEmailMax, "execution.error.contactEmail")
    .refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "execution.error.contactEmail")
    .transform((v) => (v ?? "").toLowerCase()),
  startsOn: isoDate("execution.error.startsOn"),
  endsOn: isoDate("execution.error.endsOn"),
  status: z.enum(COMMITMENT_STATUSES, { error: "execution.error.commitmentStatus" }).prefault("planerat"),
  submissionKey: optionalUuid(FORM_ERROR),
});
export type CommitmentFormInput = z.input<typeof commitmentSchema>;

/** The staff's list of commitments across processes: a department to filter by. */
export const commitmentFilterSchema = z.object({ forvaltning: optionalText(200, FORM_ERROR) });
