/**
 * What the committee's forms send (routing a case, the inbox's answers, meetings and their
 * agendas, the decision and its dates), as the web form and (later) the API read them. The
 * messages are keys of the message catalogues; a decision's problem keys are
 * `decision.error.<problem>` for the problems the domain names (`DecisionProblem`,
 * `DecisionDatesProblem`), which the use cases answer by field.
 *
 * The decision's rules are the domain's (src/domain/case/decision.ts): how the outcome and the
 * granted amount go together (`grantedAmountProblem`) and the order of the dates
 * (`checkDecisionDates`), asked by the schemas' refinements so that their problems show on their
 * fields beside every other. The use cases still ask the domain (`checkDecision`,
 * `checkDecisionDates`, which also knows the day of the decision), and what needs the database
 * stays with them: committees, meetings and cases that exist, the same committee.
 */
import { z } from "zod";
import { checkDecisionDates, DECISION_LIMITS, DECISION_OUTCOMES, grantedAmountProblem, type DecisionDates, type DecisionDatesProblem, type DecisionOutcome, type DecisionProblem } from "#src/domain/case/decision.ts";
import { anyText, FORM_ERROR, intents, isoDate, kronor, optionalIsoDate, optionalUuid, text, uuid, whenRead } from "../shared/schema.ts";

// ---- routing ----

/** Forwarding the case to another committee (överlämning), or a copy for its opinion (yttrande), with a note. */
export const routeSchema = z.object({
  kind: z.enum(["overlamning", "yttrande"], { error: "routing.error.kind" }),
  toCommitteeId: uuid("routing.error.committee"),
  note: text(5_000, "routing.error.noteTooLong"),
});
export type RouteInput = z.input<typeof routeSchema>;

// ---- the inbox ----

/** The receiving committee's answer to a request for an opinion (whether the request exists, the use case knows). */
export const referralAnswerSchema = z.object({
  referralId: anyText(),
  answer: text(20_000, "handling.error.answer", "handling.error.answer"),
});

/** The inbox's buttons: take up a forwarded case, or answer a request for an opinion. */
export const inboxActionSchema = intents("answer", [z.object({ intent: z.literal("takeUp"), caseId: uuid(FORM_ERROR) }), z.object({ intent: z.literal("answer"), ...referralAnswerSchema.shape })]);

// ---- meetings ----

/** A meeting of a committee or its working committee (arbetsutskott), on a day. */
export const meetingSchema = z.object({
  committeeId: uuid("meetings.error.committee"),
  body: z.enum(["arbetsutskott", "namnd"], { error: "meetings.error.body" }),
  meetsOn: isoDate("meetings.error.date"),
});
export type MeetingInput = z.input<typeof meetingSchema>;

/** A case put on a meeting's agenda. */
export const agendaItemSchema = z.object({ caseId: uuid(FORM_ERROR) });

// ---- the decision ----

const problem = (p: DecisionProblem | DecisionDatesProblem) => `decision.error.${p}`;

/** Who gets the decision: one per line as typed (or a list), trimmed, blank lines dropped; at most 50 of at most 300 characters. */
const recipients = z
  .union([z.string(), z.array(z.string())], { error: FORM_ERROR })
  .prefault([])
  .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((line) => line.trim()).filter(Boolean))
  .refine((lines) => lines.length <= DECISION_LIMITS.recipientsMax && lines.every((line) => line.length <= DECISION_LIMITS.recipientMax), problem("tooLong"));

const decisionFields = {
  /** "§ 278". */
  paragraph: text(DECISION_LIMITS.paragraphMax, problem("paragraph"), problem("paragraph")),
  /** The meeting it was taken at, or none (blank). */
  meetingId: optionalUuid(problem("meeting")),
  decidedOn: isoDate(problem("decidedOn")),
  outcome: z.enum(DECISION_OUTCOMES, { error: problem("outcome") }),
  /** Whole kronor as typed ("150 000"), or none (blank). */
  grantedAmountSek: kronor(problem("amount")),
  conditions: text(DECISION_LIMITS.conditionsMax, problem("tooLong")),
  recipients,
};

/** The domain's rule for the outcome and the amount (avslag grants none, bifall more than 0), on the amount's field. */
function amountForTheOutcome(v: { outcome: DecisionOutcome; grantedAmountSek: number | null }, ctx: z.RefinementCtx) {
  const found = grantedAmountProblem(v.outcome, v.grantedAmountSek);
  if (found) ctx.addIssue({ code: "custom", message: problem(found), path: ["grantedAmountSek"] });
}

/** The domain's order of the dates (justering before anslag), each problem on its field. */
function datesInOrder(v: DecisionDates, ctx: z.RefinementCtx) {
  const checked = checkDecisionDates(v);
  if (!checked.ok) for (const [field, p] of Object.entries(checked.problems)) ctx.addIssue({ code: "custom", message: problem(p), path: [field] });
}

/** The committee's decision on the application: paragraph, meeting, day, outcome, granted amount, conditions and who gets it. */
export const decisionSchema = z.object(decisionFields).superRefine(amountForTheOutcome, whenRead("outcome", "grantedAmountSek"));
export type DecisionForm = z.input<typeof decisionSchema>;

const dateFields = {
  /** Justering: the day the minutes were approved, or not yet (blank). */
  minutesApprovedOn: optionalIsoDate(problem("minutesApprovedOn")),
  /** Anslag: the day the approved minutes were posted, or not yet (blank). */
  postedOn: optionalIsoDate(problem("postedOn")),
};

/** The days of justering and anslag, which start the appeal period (whether the minutes come after the decision, the use case knows). */
export const decisionDatesSchema = z.object(dateFields).superRefine(datesInOrder, whenRead("minutesApprovedOn", "postedOn"));

/** The decision page's forms: record the decision, or set its dates. */
export const decisionActionSchema = intents("record", [
  z.object({ intent: z.literal("record"), ...decisionFields }).superRefine(amountForTheOutcome, whenRead("outcome", "grantedAmountSek")),
  z.object({ intent: z.literal("dates"), ...dateFields }).superRefine(datesInOrder, whenRead("minutesApprovedOn", "postedOn")),
]);

// ---- the second decision: on the proposed efforts (decision point "insatser") ----

const { outcome: _outcome, grantedAmountSek: _amount, ...recordFields } = decisionFields;

/** The committee's word on each proposed effort: approved (ja) or not (nej), and the city's contribution. */
const verdicts = z.array(
  z.object({
    effortId: uuid(FORM_ERROR),
    approved: z.union([z.enum(["ja", "nej"]), z.boolean()], { error: "effortsDecision.error.verdict" }).transform((v) => v === true || v === "ja"),
    citySek: kronor("effortsDecision.error.amount"),
  }, { error: FORM_ERROR }),
  { error: FORM_ERROR },
);

/** The committee's decision on the efforts: paragraph, meeting, day, conditions, recipients, and a verdict per effort. */
export const effortsDecisionSchema = z.object({ ...recordFields, verdicts });
export type EffortsDecisionForm = z.input<typeof effortsDecisionSchema>;

/** The efforts decision page's forms: record the decision, or set its dates. */
export const effortsDecisionActionSchema = intents("record", [
  z.object({ intent: z.literal("record"), ...recordFields, verdicts }),
  z.object({ intent: z.literal("dates"), ...dateFields }).superRefine(datesInOrder, whenRead("minutesApprovedOn", "postedOn")),
]);

/** A case put on a meeting's agenda, for the decision on its application or on its efforts. */
export const agendaEntrySchema = z.object({ caseId: uuid(FORM_ERROR), decisionPoint: z.enum(["ansokan", "insatser"], { error: FORM_ERROR }).prefault("ansokan") });
