/**
 * The committee's decision on an application, as pure rules: what a decision must say (its
 * paragraph, date and outcome), how the outcome and the granted amount go together, the limits
 * of its texts, and the order of the dates that follow it: the minutes are approved (justering)
 * on or after the day of the decision, and posted on the notice board (anslag) only once they
 * are approved, on or after that day. The appeal period runs from the anslag (./appeal.ts).
 *
 * The database mirrors two of these rules as check constraints on the `decision` table
 * (migration 0002_intake): `minutes_approved_on >= decided_on`, and `posted_on` only with
 * `minutes_approved_on` and not before it. The service checks here first, so that a person gets
 * a sentence rather than a constraint error; the constraints keep any other writer honest.
 */
import { isIsoDate } from "../dates.ts";
import { isUuid } from "../ids.ts";
import { appealPeriodEnds } from "./appeal.ts";

export const DECISION_OUTCOMES = ["bifall", "delvis_bifall", "avslag"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export function isDecisionOutcome(value: unknown): value is DecisionOutcome {
  return typeof value === "string" && (DECISION_OUTCOMES as readonly string[]).includes(value);
}

/** The decision point of the application (ansökan) in the samverkansstöd process type. */
export const APPLICATION_DECISION_POINT = "ansokan";
/** The committee's second decision, on the proposed efforts (insatser), which opens the utförandefas. */
export const EFFORTS_DECISION_POINT = "insatser";

/** The court that hears an appeal (laglighetsprövning) of the City of Malmö's decisions. */
export const APPEAL_COURT = "Förvaltningsrätten i Malmö";

export const DECISION_LIMITS = {
  /** "§ 278": at least one character, at most 40. */
  paragraphMax: 40,
  conditionsMax: 20_000,
  recipientsMax: 50,
  recipientMax: 300,
  /** Whole kronor, 0 to one thousand million. */
  amountMax: 1_000_000_000,
} as const;

export interface DecisionInput {
  paragraph: string;
  meetingId: string | null;
  decidedOn: string;
  outcome: DecisionOutcome;
  grantedAmountSek: number | null;
  conditions: string;
  recipients: string[];
}

/** Why a field of a decision is refused; the application turns each into a sentence. */
export type DecisionProblem = "paragraph" | "meeting" | "decidedOn" | "outcome" | "amount" | "amountOnAvslag" | "amountRequired" | "tooLong";

export type Checked<T, F extends string, P extends string> = { ok: true; value: T } | { ok: false; problems: Partial<Record<F, P>> };

/** A whole number of kronor within the bounds. */
export function isWholeKronor(amount: number): boolean {
  return Number.isSafeInteger(amount) && amount >= 0 && amount <= DECISION_LIMITS.amountMax;
}

/**
 * What is wrong with the granted amount for the outcome, if anything: an amount is whole kronor;
 * avslag grants none (empty or 0); bifall and delvis bifall grant more than 0.
 */
export function grantedAmountProblem(outcome: DecisionOutcome, amount: number | null): "amount" | "amountOnAvslag" | "amountRequired" | null {
  if (amount !== null && !isWholeKronor(amount)) return "amount";
  if (outcome === "avslag" && amount !== null && amount !== 0) return "amountOnAvslag";
  if ((outcome === "bifall" || outcome === "delvis_bifall") && (amount === null || amount <= 0)) return "amountRequired";
  return null;
}

/**
 * Checks a decision as recorded: a paragraph, a real date, one of the outcomes; avslag grants no
 * amount (empty or 0), bifall and delvis bifall grant a whole amount above 0; texts within their
 * limits. The decision it returns is trimmed, and an avslag carries no amount (null).
 */
export function checkDecision(input: DecisionInput): Checked<DecisionInput, keyof DecisionInput, DecisionProblem> {
  const record = checkDecisionRecord(input);
  const problems: Partial<Record<keyof DecisionInput, DecisionProblem>> = record.ok ? {} : { ...record.problems };
  if (!isDecisionOutcome(input.outcome)) problems.outcome = "outcome";
  const amount = input.grantedAmountSek;
  const amountProblem = grantedAmountProblem(input.outcome, amount);
  if (amountProblem) problems.grantedAmountSek = amountProblem;
  if (!record.ok || Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, value: { ...record.value, outcome: input.outcome, grantedAmountSek: input.outcome === "avslag" ? null : amount } };
}

/** What every decision of the committee records, whatever it decides on: its paragraph, meeting, day, conditions and recipients. */
export type DecisionRecordInput = Pick<DecisionInput, "paragraph" | "meetingId" | "decidedOn" | "conditions" | "recipients">;

/**
 * Checks the parts every decision has (the application's and the efforts' alike): a paragraph,
 * a real date, the meeting's id if any, texts within their limits; trimmed.
 */
export function checkDecisionRecord(input: DecisionRecordInput): Checked<DecisionRecordInput, keyof DecisionRecordInput, DecisionProblem> {
  const problems: Partial<Record<keyof DecisionRecordInput, DecisionProblem>> = {};
  const paragraph = typeof input.paragraph === "string" ? input.paragraph.trim() : "";
  if (paragraph.length < 1 || paragraph.length > DECISION_LIMITS.paragraphMax) problems.paragraph = "paragraph";
  if (input.meetingId !== null && !isUuid(input.meetingId)) problems.meetingId = "meeting";
  if (!isIsoDate(input.decidedOn)) problems.decidedOn = "decidedOn";
  const conditions = typeof input.conditions === "string" ? input.conditions.trim() : "";
  if (conditions.length > DECISION_LIMITS.conditionsMax) problems.conditions = "tooLong";
  const recipients = Array.isArray(input.recipients) ? input.recipients.map((r) => String(r).trim()).filter(Boolean) : [];
  if (recipients.length > DECISION_LIMITS.recipientsMax || recipients.some((r) => r.length > DECISION_LIMITS.recipientMax)) problems.recipients = "tooLong";
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, value: { paragraph, meetingId: input.meetingId, decidedOn: input.decidedOn, conditions, recipients } };
}

export interface DecisionDates {
  /** Justering: the day the minutes with the decision were approved. */
  minutesApprovedOn: string | null;
  /** Anslag: the day the approved minutes were posted on the city's notice board. */
  postedOn: string | null;
}

export type DecisionDatesProblem = "minutesApprovedOn" | "postedOn" | "minutesFirst" | "postedBeforeMinutes" | "minutesBeforeDecision";

/**
 * Checks the justering and anslag dates: real dates; an anslag needs a justering and is not
 * before it; and, once the decision's own date is known (`decidedOn`), no justering before it.
 */
export function checkDecisionDates(dates: DecisionDates, decidedOn?: string): Checked<DecisionDates, keyof DecisionDates, DecisionDatesProblem> {
  const problems: Partial<Record<keyof DecisionDates, DecisionDatesProblem>> = {};
  const { minutesApprovedOn, postedOn } = dates;
  if (minutesApprovedOn !== null && !isIsoDate(minutesApprovedOn)) problems.minutesApprovedOn = "minutesApprovedOn";
  if (postedOn !== null && !isIsoDate(postedOn)) problems.postedOn = "postedOn";
  if (!problems.postedOn && postedOn && !minutesApprovedOn) problems.minutesApprovedOn = "minutesFirst";
  if (!problems.postedOn && !problems.minutesApprovedOn && postedOn && minutesApprovedOn && postedOn < minutesApprovedOn) problems.postedOn = "postedBeforeMinutes";
  if (Object.keys(problems).length) return { ok: false, problems };
  if (decidedOn !== undefined && minutesApprovedOn && minutesApprovedOn < decidedOn) return { ok: false, problems: { minutesApprovedOn: "minutesBeforeDecision" } };
  return { ok: true, value: { minutesApprovedOn, postedOn } };
}

/** A decision with its appeal: the last day to appeal once the minutes are posted (else null), and the court. */
export function withAppeal<D extends { postedOn: string | null }>(decision: D): { decision: D; appealPeriodEnds: string | null; appealTo: string } {
  return { decision, appealPeriodEnds: decision.postedOn ? appealPeriodEnds(decision.postedOn) : null, appealTo: APPEAL_COURT };
}
