/**
 * How an entry reads in the register of local processes: its status (planerad, pågående,
 * avslutad) and its end date. Pure; the one home of the rule. The register is a database view
 * (`process_register`), so PostgreSQL mirrors these functions for speed (`register_process_status`,
 * `register_case_status` and `register_case_ends_on`, migration 0010), and
 * tests/integration/register-status.test.ts runs the same cases through both.
 *
 * - A local process keeps the status its owner gave it, except that a process whose end date
 *   has passed has ended, whatever it was marked.
 * - A samverkansstöd case follows its phase once approved: samarbete, utförande and resultat
 *   are pågående, the phase avslutad is avslutad. A closed or withdrawn case (status avslutat)
 *   has ended, and so has a rejected one (the latest decision says avslag before the case ever
 *   ran). Anything else is still planerad: applied for, not yet decided.
 * - A case's end date is the day it was closed when that is recorded, else for a rejected case
 *   the day of the decision; otherwise it is not known. "Tills vidare" is said only of a running
 *   entry without an end date (see `periodReading`).
 */
import type { CaseStatus } from "../case/lifecycle.ts";
import type { Phase } from "../case/phase.ts";
import type { ProcessStatus } from "./process.ts";

export type DecisionOutcome = "bifall" | "delvis_bifall" | "avslag";

/** The phases in which an approved case is a running process. */
export const RUNNING_PHASES: readonly Phase[] = ["samarbete", "utforande", "resultat"];

/** A local process's status on `today` (ISO dates compare as strings). */
export function processRegisterStatus(p: { status: ProcessStatus; endsOn: string | null }, today: string): ProcessStatus {
  if (p.status === "avslutad") return "avslutad";
  if (p.endsOn !== null && p.endsOn < today) return "avslutad";
  return p.status;
}

export interface CaseRegisterFacts {
  status: CaseStatus;
  phase: Phase;
  /** The case's latest decision (by decision date), if any. */
  lastDecision: { outcome: DecisionOutcome; decidedOn: string } | null;
  /** The day the case was closed or withdrawn, when recorded. */
  endedOn: string | null;
}

export function caseRegisterStatus(c: CaseRegisterFacts): ProcessStatus {
  if (c.status === "avslutat" || c.phase === "avslutad") return "avslutad";
  if (RUNNING_PHASES.includes(c.phase)) return "pagaende";
  if (c.status === "beslutat" && c.lastDecision?.outcome === "avslag") return "avslutad";
  return "planerad";
}

export function caseRegisterEndsOn(c: CaseRegisterFacts): string | null {
  if (c.endedOn !== null) return c.endedOn;
  if (caseRegisterStatus(c) === "avslutad" && c.lastDecision?.outcome === "avslag") return c.lastDecision.decidedOn;
  return null;
}

/**
 * How an entry's period reads: from–to when the end is known; otherwise "tills vidare" for a
 * running entry, "från" for a planned one, and "end date not known" for one that has ended.
 */
export type PeriodReading = "range" | "until_further_notice" | "from" | "end_unknown";

export function periodReading(endsOn: string | null, status: string): PeriodReading {
  if (endsOn !== null) return "range";
  if (status === "pagaende") return "until_further_notice";
  if (status === "planerad") return "from";
  return "end_unknown";
}
