/** What the committee's use cases share: their errors, their dependencies, and small helpers. */
import { TRANSITION_REFUSALS } from "#src/domain/case/lifecycle.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import type { OfficerReportRenderer } from "./ports.ts";

/** Why a committee use case refuses: its own reasons and the lifecycle's (each has a sentence, `refusal.*`). */
export const COMMITTEE_ERRORS = ["not_found", "invalid", "not_ready", "wrong_committee", "already_answered", "decided_earlier", ...TRANSITION_REFUSALS] as const;
export type CommitteeError = (typeof COMMITTEE_ERRORS)[number];

/** What the committee's services are built from (the composition root and the tests give it). */
export interface CommitteeDeps {
  uow: UnitOfWork;
  clock: Clock;
  /** The address users reach, for the links in mail. */
  publicUrl: string;
  /** Wakes the mail delivery after a transaction that queued mail. */
  nudgeMail?: () => void;
  /** Lays out the officer's report and the extract of the minutes (needed by those two only). */
  renderer?: OfficerReportRenderer;
}

/** The domain's problems as message keys, field by field ("decision.error.amountOnAvslag"). */
export function problemKeys(prefix: string, problems: Partial<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, `${prefix}${problem}`]));
}

/** The case's page, as a link in mail. */
export function caseLink(publicUrl: string, caseId: string): string {
  return new URL(`arenden/${caseId}`, publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`).toString();
}


/** "150 000 kr": whole kronor as the city's documents and mail write them. */
export function formatSek(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")} kr`;
}
