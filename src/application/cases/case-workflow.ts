/**
 * Moves a case through its lifecycle inside the caller's transaction: locks the case row,
 * asks the domain's state machine, writes the new status and the audit entry. Every use case
 * that changes a case's status goes through here, so no transition escapes the rules or the log.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { transition, type CaseEvent, type CaseStatus, type TransitionFacts, type TransitionRefusal } from "#src/domain/case/lifecycle.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { Repositories } from "../shared/ports.ts";
import type { CaseState } from "./ports.ts";

import type { AuditMeta } from "../shared/ports.ts";

export async function applyCaseEvent(
  r: Repositories,
  args: { actor: Actor | null; caseId: string; event: CaseEvent; facts?: TransitionFacts; at: Date; meta?: AuditMeta; details?: Record<string, unknown> },
): Promise<Result<{ from: CaseStatus; to: CaseStatus; case: CaseState }, TransitionRefusal | "not_found">> {
  const state = await r.cases.state(args.caseId, { forUpdate: true });
  if (!state) return fail("not_found");
  const next = transition(state.status, args.event, args.facts);
  if (!next.ok) return next;
  await r.cases.setStatus(args.caseId, next.value, args.at);
  await r.audit.append({
    actor: args.actor,
    action: `case.${args.event}`,
    entityType: "case",
    entityId: args.caseId,
    organisationId: state.applicantOrganisationId,
    before: { status: state.status },
    after: { status: next.value, ...args.details },
    ip: args.meta?.ip ?? null,
    requestId: args.meta?.requestId ?? null,
  });
  return ok({ from: state.status, to: next.value, case: { ...state, status: next.value } });
}
