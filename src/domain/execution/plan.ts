/**
 * Genomförandeplanen: the committee's approved efforts (the second decision) are the execution
 * plan of the utförandefas. Each effort has a status and a progress (a percent and a short note)
 * that the group keeps up to date; its milestones are marked done.
 *
 *   planerad ──▶ pågående ──▶ klar
 *      │  ╲         ▲ │
 *      │   ╲        │ ▼
 *      │    ╲──▶ försenad ──▶ klar
 *      ▼              │
 *   inställd ◀────────┘   (from any open status)
 *
 * Klar and inställd are final for the group: only the city's contact person (or case officer)
 * reopens them, to pågående. The plan changes while the process is in utförande or resultat;
 * a closed process (avslutad) is read-only.
 *
 * Pure: the use cases gather the facts and record what these rules allow.
 */
import { fail, ok, type Result } from "../result.ts";

export const EFFORT_STATUSES = ["planerad", "pagaende", "klar", "forsenad", "installd"] as const;
export type EffortStatus = (typeof EFFORT_STATUSES)[number];

export const FINAL_STATUSES: readonly EffortStatus[] = ["klar", "installd"];

export const PLAN_LIMITS = { noteMax: 1_000, reasonMax: 2_000 } as const;

/** The phases in which the plan, its follow-up and its changes are worked on. */
export function isExecutionOpen(phase: string): boolean {
  return phase === "utforande" || phase === "resultat";
}

/** Whether a process in this phase shows the plan at all (read-only when avslutad). */
export function hasExecutionPlan(phase: string): boolean {
  return isExecutionOpen(phase) || phase === "avslutad";
}

const NEXT: Record<EffortStatus, readonly EffortStatus[]> = {
  planerad: ["planerad", "pagaende", "forsenad", "klar", "installd"],
  pagaende: ["pagaende", "forsenad", "klar", "installd"],
  forsenad: ["forsenad", "pagaende", "klar", "installd"],
  klar: ["klar"],
  installd: ["installd"],
};

/** The statuses an effort may take next; `reopen` for the city's contact person (klar/inställd → pågående). */
export function allowedStatuses(from: EffortStatus, by: { mayReopen: boolean }): EffortStatus[] {
  const next = [...NEXT[from]];
  if (by.mayReopen && FINAL_STATUSES.includes(from)) next.push("pagaende");
  return next;
}

export type ProgressRefusal = "closed" | "transition" | "percent" | "noteTooLong";

export interface ProgressUpdate {
  status: EffortStatus;
  percent: number;
  note: string;
}

/**
 * Checks a progress update against the effort's current status. A percent is a whole number
 * 0–100; klar means 100 % (set so); the note is short. Returns the update to record.
 */
export function checkProgress(current: EffortStatus, update: ProgressUpdate, facts: { phase: string; mayReopen: boolean }): Result<ProgressUpdate, ProgressRefusal> {
  if (!isExecutionOpen(facts.phase)) return fail("closed");
  if (!allowedStatuses(current, { mayReopen: facts.mayReopen }).includes(update.status)) return fail("transition");
  if (!Number.isInteger(update.percent) || update.percent < 0 || update.percent > 100) return fail("percent");
  const note = update.note.trim();
  if (note.length > PLAN_LIMITS.noteMax) return fail("noteTooLong");
  return ok({ status: update.status, percent: update.status === "klar" ? 100 : update.percent, note });
}

/** Whether an effort is behind: not final, and its end has passed (on `today`), or its status says so. */
export function isBehind(effort: { status: EffortStatus; endsOn: string }, today: string): boolean {
  if (FINAL_STATUSES.includes(effort.status)) return false;
  return effort.status === "forsenad" || effort.endsOn < today;
}
