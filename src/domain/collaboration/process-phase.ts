/**
 * Samverkansprocessens faser: the running collaboration process after the first decision
 * (seed 002). A case granted samverkansstöd becomes a process in the samarbetsfas; the second
 * decision (the committee's decision on the proposed efforts, decision point "insatser") opens
 * the utförandefas; the resultatfas follows the execution; the process is then closed
 * (avslutad), read-only with its history.
 *
 * Phases change only through these events, each with its guard:
 * - `samarbete_inleds`: from the initieringsfas, once the first decision granted support;
 * - `utforande_inleds`: from the samarbetsfas, once the efforts decision approved some or all
 *   efforts and its minutes are approved (justerade): before that the decision may not be acted on;
 * - `resultat_inleds`: from the utförandefas;
 * - `avslutas`: from the resultatfas; from the samarbetsfas or the utförandefas only with a
 *   reason (a process that ends early: its efforts were refused, the group dissolved);
 * - `stadsinitierad_start`: from the initieringsfas straight to the samarbetsfas, for a process
 *   the city started itself ("Staden kan också själv initiera en process", seed 002): there is no
 *   application and no first decision; the contact person invites the actors into it.
 *
 * Pure: the use case gathers the facts, asks `phaseChange`, and records the event in the
 * process's phase history with the audit log. How a phase reads in the register (running or
 * ended) is the register's rule: src/domain/coordination/register-status.ts.
 */
import type { DecisionOutcome } from "../case/decision.ts";
import type { Phase } from "../case/phase.ts";
import { fail, ok, type Result } from "../result.ts";

/** The phases of a running process, in order. */
export const PROCESS_PHASES = ["samarbete", "utforande", "resultat", "avslutad"] as const satisfies readonly Phase[];
export type ProcessPhase = (typeof PROCESS_PHASES)[number];

export const PHASE_EVENTS = ["samarbete_inleds", "utforande_inleds", "resultat_inleds", "avslutas", "stadsinitierad_start"] as const;
export type PhaseEvent = (typeof PHASE_EVENTS)[number];

export function isPhaseEvent(value: unknown): value is PhaseEvent {
  return typeof value === "string" && (PHASE_EVENTS as readonly string[]).includes(value);
}

/** A decision as the phase rules read it. */
export interface DecisionFacts {
  outcome: DecisionOutcome;
  /** The minutes with the decision are approved (justerade). */
  adjusted: boolean;
}

export interface PhaseFacts {
  phase: Phase;
  /** The first decision (decision point "ansokan"), if made. */
  applicationDecision: DecisionFacts | null;
  /** The second decision (decision point "insatser"), if made. */
  effortsDecision: DecisionFacts | null;
  /** The city started the process itself (no application); only such a process may begin with `stadsinitierad_start`. */
  cityInitiated?: boolean;
}

export type PhaseRefusal =
  /** The event does not lead anywhere from the process's phase. */
  | "wrong_phase"
  /** Support has not been granted (the first decision is missing or refused). */
  | "not_granted"
  /** The efforts decision is missing, refused, or its minutes are not yet approved. */
  | "efforts_not_decided"
  /** Closing before the resultatfas needs a reason. */
  | "reason_required"
  /** `stadsinitierad_start` is for a process the city started itself. */
  | "not_city_initiated";

export interface PhaseChange {
  event: PhaseEvent;
  from: Phase;
  to: ProcessPhase;
  /** Given when the process ends early; null otherwise. */
  reason: string | null;
}

const grants = (d: DecisionFacts | null) => d !== null && d.outcome !== "avslag";

/** The whole way through, one event a step (closing may also come earlier: `avslutas` below). */
export const PHASE_PATH = [
  { event: "samarbete_inleds", from: "initiering", to: "samarbete" },
  { event: "utforande_inleds", from: "samarbete", to: "utforande" },
  { event: "resultat_inleds", from: "utforande", to: "resultat" },
  { event: "avslutas", from: "resultat", to: "avslutad" },
] as const satisfies ReadonlyArray<{ event: PhaseEvent; from: Phase; to: ProcessPhase }>;

/** The city's own start: beside the path, since it replaces its first step. */
const CITY_START = { event: "stadsinitierad_start", from: "initiering", to: "samarbete" } as const;

const step = (event: PhaseEvent) => (event === CITY_START.event ? CITY_START : PHASE_PATH.find((s) => s.event === event)!);

/** The phases an event may happen in: its step on the path; closing from any working phase. */
const fromPhases = (event: PhaseEvent): readonly Phase[] => (event === "avslutas" ? ["samarbete", "utforande", "resultat"] : [step(event).from]);

/** Whether the event may happen now, and to which phase it leads. */
export function phaseChange(facts: PhaseFacts, event: PhaseEvent, reason?: string | null): Result<PhaseChange, PhaseRefusal> {
  if (!fromPhases(event).includes(facts.phase)) return fail("wrong_phase");
  const why = reason?.trim() ? reason.trim() : null;
  switch (event) {
    case "samarbete_inleds":
      if (!grants(facts.applicationDecision)) return fail("not_granted");
      break;
    case "utforande_inleds":
      if (!grants(facts.effortsDecision) || !facts.effortsDecision!.adjusted) return fail("efforts_not_decided");
      break;
    case "resultat_inleds":
      break;
    case "stadsinitierad_start":
      if (facts.cityInitiated !== true) return fail("not_city_initiated");
      break;
    case "avslutas":
      if (facts.phase !== "resultat" && why === null) return fail("reason_required");
      break;
  }
  return ok({ event, from: facts.phase, to: step(event).to, reason: event === "avslutas" ? why : null });
}

/** The events that may happen now (for the page's buttons): those `phaseChange` allows, a reason given where one is needed. */
export function possibleEvents(facts: PhaseFacts): PhaseEvent[] {
  return PHASE_EVENTS.filter((e) => {
    const r = phaseChange(facts, e, "—");
    return r.ok;
  });
}
