/**
 * Ändringar i genomförandeplanen: the group asks to change an effort's city contribution or a
 * date (an effort's start and end, a milestone's date), saying why. The city's contact person
 * approves or refuses; above the process type's thresholds the change needs a new decision of
 * the committee instead: the contact person cannot approve it, the request waits for the
 * committee, and the case officer records the committee's decision (its reference and date).
 *
 *   begard ──approve──▶ godkand            (within the thresholds)
 *     │ ──refuse───▶ avslagen
 *     └─(above the thresholds: kraver_beslut)──decide──▶ beslutad_bifall | beslutad_avslag
 *
 * The amount is measured against the committee's decided amount (so many small changes cannot
 * add up past it without the committee); a date against its current value. The reasons:
 * docs/decisions/0028-execution-plan-changes-and-payments.md.
 */
import { isIsoDate } from "../dates.ts";
import { isWholeKronor } from "../case/decision.ts";
import type { ChangeThresholds } from "../process-type/definition.ts";
import { fail, ok, type Result } from "../result.ts";
import { PLAN_LIMITS } from "./plan.ts";

/** Shipped with a process type that names none (an older stored version). */
export const DEFAULT_CHANGE_THRESHOLDS: ChangeThresholds = { cityAmountPercent: 10, cityAmountSek: 50_000, dateMonths: 3 };

export const CHANGE_KINDS = ["belopp", "datum", "milstolpe"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_STATUSES = ["begard", "kraver_beslut", "godkand", "avslagen", "beslutad_bifall", "beslutad_avslag"] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/** What the change is: the new city contribution, the new start and end, or a milestone's new date. */
export type ChangeProposal = { kind: "belopp"; toSek: number } | { kind: "datum"; toStartsOn: string; toEndsOn: string } | { kind: "milstolpe"; milestoneId: string; toDueOn: string };

/** What is in force now, that the change moves from. */
export interface ChangeBaseline {
  /** The committee's decided city contribution (approved_city_sek). */
  decidedSek: number;
  /** The contribution in force (the decided one, or the last approved change). */
  currentSek: number;
  startsOn: string;
  endsOn: string;
  /** The milestone's current date, when the change is a milestone's. */
  milestoneDueOn?: string;
}

export type ChangeProblem = "amount" | "sameAmount" | "startsOn" | "endsOn" | "endsBeforeStart" | "sameDates" | "dueOn" | "outsideEffort" | "reason" | "reasonTooLong";

/** Adds months to a date (the 31st in a shorter month becomes its last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/** Whether a date moved further than the months allowed (either way). */
export function movedBeyond(from: string, to: string, months: number): boolean {
  return to > addMonths(from, months) || to < addMonths(from, -months);
}

/** Whether a city contribution of `toSek` is beyond what the contact person may approve. */
export function amountNeedsDecision(decidedSek: number, toSek: number, t: ChangeThresholds): boolean {
  const change = Math.abs(toSek - decidedSek);
  return change > t.cityAmountSek || change * 100 > decidedSek * t.cityAmountPercent;
}

/** Checks a requested change; returns whether it needs the committee's decision. */
export function checkChange(
  change: ChangeProposal,
  reason: string,
  baseline: ChangeBaseline,
  thresholds: ChangeThresholds,
): { ok: true; needsDecision: boolean; reason: string } | { ok: false; problems: Partial<Record<string, ChangeProblem>> } {
  const problems: Partial<Record<string, ChangeProblem>> = {};
  const why = reason.trim();
  if (!why) problems.reason = "reason";
  else if (why.length > PLAN_LIMITS.reasonMax) problems.reason = "reasonTooLong";
  let needsDecision = false;
  switch (change.kind) {
    case "belopp":
      if (!isWholeKronor(change.toSek)) problems.toSek = "amount";
      else if (change.toSek === baseline.currentSek) problems.toSek = "sameAmount";
      else needsDecision = amountNeedsDecision(baseline.decidedSek, change.toSek, thresholds);
      break;
    case "datum":
      if (!isIsoDate(change.toStartsOn)) problems.toStartsOn = "startsOn";
      if (!isIsoDate(change.toEndsOn)) problems.toEndsOn = "endsOn";
      else if (!problems.toStartsOn && change.toEndsOn < change.toStartsOn) problems.toEndsOn = "endsBeforeStart";
      else if (!problems.toStartsOn && change.toStartsOn === baseline.startsOn && change.toEndsOn === baseline.endsOn) problems.toStartsOn = "sameDates";
      if (!problems.toStartsOn && !problems.toEndsOn) needsDecision = movedBeyond(baseline.startsOn, change.toStartsOn, thresholds.dateMonths) || movedBeyond(baseline.endsOn, change.toEndsOn, thresholds.dateMonths);
      break;
    case "milstolpe":
      if (!isIsoDate(change.toDueOn)) problems.toDueOn = "dueOn";
      else if (change.toDueOn < baseline.startsOn || change.toDueOn > baseline.endsOn) problems.toDueOn = "outsideEffort";
      else if (change.toDueOn === baseline.milestoneDueOn) problems.toDueOn = "sameDates";
      else needsDecision = baseline.milestoneDueOn !== undefined && movedBeyond(baseline.milestoneDueOn, change.toDueOn, thresholds.dateMonths);
      break;
  }
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, needsDecision, reason: why };
}

export type ChangeStep = "approve" | "refuse" | "decide_bifall" | "decide_avslag";
export type ChangeRefusal = "closed" | "wrong_status" | "needs_decision" | "note_required";

/**
 * The status a step leads to. The contact person approves or refuses a request within the
 * thresholds (a refusal says why); one above them waits for the committee, whose decision the
 * case officer records.
 */
export function changeStep(status: ChangeStatus, step: ChangeStep, facts: { phase: string; note: string }): Result<ChangeStatus, ChangeRefusal> {
  if (facts.phase !== "utforande" && facts.phase !== "resultat") return fail("closed");
  switch (step) {
    case "approve":
      if (status === "kraver_beslut") return fail("needs_decision");
      if (status !== "begard") return fail("wrong_status");
      return ok("godkand");
    case "refuse":
      if (status !== "begard" && status !== "kraver_beslut") return fail("wrong_status");
      if (!facts.note.trim()) return fail("note_required");
      return ok("avslagen");
    case "decide_bifall":
    case "decide_avslag":
      if (status !== "kraver_beslut") return fail("wrong_status");
      return ok(step === "decide_bifall" ? "beslutad_bifall" : "beslutad_avslag");
  }
}

/** Whether a change in this status is in force (it changed the plan). */
export function isApplied(status: ChangeStatus): boolean {
  return status === "godkand" || status === "beslutad_bifall";
}

/** Whether a change in this status still waits for someone. */
export function isOpen(status: ChangeStatus): boolean {
  return status === "begard" || status === "kraver_beslut";
}
