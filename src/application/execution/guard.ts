/**
 * The execution feature's one way into a change: the case is loaded (locked), the actor checked
 * per object with the policy (a no is "not_found", so a guessed id reveals nothing), the phase
 * checked (utförande or resultat; a closed process is read-only), and the change recorded with
 * its audit entry in one transaction.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { isExecutionOpen } from "#src/domain/execution/plan.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { CaseState } from "../cases/index.ts";
import type { AuditMeta, Repositories, UnitOfWork } from "../shared/ports.ts";

export type GuardedAction = "process.work" | "case.assess" | "committee.handle";
export type Audited<T> = T & { audit?: { action: string; after: Record<string, unknown> } };

export async function guarded<T extends object, E extends string>(
  uow: UnitOfWork,
  actor: Actor,
  caseId: string,
  action: GuardedAction,
  meta: AuditMeta,
  change: (r: Repositories, state: CaseState) => Promise<Result<Audited<T>, E>>,
): Promise<Result<T, E | "not_found" | "closed">> {
  if (!isUuid(caseId)) return fail("not_found");
  return uow.transaction(async (r) => {
    const state = await r.cases.state(caseId, { forUpdate: true });
    if (!state || !can(actor, { action, record: state }) || !isProcessPhase(state.phase)) return fail("not_found");
    if (!isExecutionOpen(state.phase)) return fail("closed");
    const done = await change(r, state);
    if (!done.ok) return done;
    const { audit, ...value } = done.value;
    if (audit) await r.audit.append({ actor, action: audit.action, entityType: "case", entityId: caseId, organisationId: state.applicantOrganisationId, after: audit.after, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
    return ok(value as T);
  });
}

/** A case that has become a process (after the first decision). */
export function isProcessPhase(phase: string): boolean {
  return phase === "samarbete" || phase === "utforande" || phase === "resultat" || phase === "avslutad";
}

/** The case for reading: undefined unless the actor may read it and it is a process. */
export async function readable(r: Repositories, actor: Actor, caseId: string): Promise<CaseState | undefined> {
  if (!isUuid(caseId)) return undefined;
  const state = await r.cases.state(caseId);
  if (!state || !can(actor, { action: "case.read", record: state }) || !isProcessPhase(state.phase)) return undefined;
  return state;
}

/** The domain's problems as message keys by field. */
export function messages(problems: Partial<Record<string, string>>, fieldOf: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, p]) => [fieldOf[field] ?? field, `execution.error.${p}`]));
}
