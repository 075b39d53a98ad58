/**
 * Förvaltningarnas åtaganden (issue 12, seed 001): which of the city's other departments or
 * companies contribute to a process, with what, when, and whom to ask. The group and the case
 * staff of the committee (`process.work`) record and update them; everyone who may read the case
 * sees them; the city's staff find every commitment that names their department across
 * processes (`register.read`).
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { checkCommitment } from "#src/domain/execution/commitment.ts";
import { hasExecutionPlan, isExecutionOpen } from "#src/domain/execution/plan.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { AuditMeta, Clock, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import { guarded, messages, readable } from "./guard.ts";
import type { CommitmentAcross, CommitmentRecord } from "./ports.ts";
import { commitmentFilterSchema, commitmentSchema, type CommitmentFormInput } from "./schemas.ts";

export type CommitmentError = "not_found" | "invalid" | "closed";

export interface CommitmentsView {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: Phase;
  started: boolean;
  commitments: CommitmentRecord[];
  may: { work: boolean };
}

/** At most this many rows in the list across processes. */
export const COMMITMENTS_LIST_LIMIT = 500;

export class CommitmentService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;

  constructor(deps: { uow: UnitOfWork; clock: Clock }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
  }

  async view(actor: Actor, caseId: string): Promise<CommitmentsView | undefined> {
    return this.#uow.read(async (r) => {
      const state = await readable(r, actor, caseId);
      if (!state) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const started = hasExecutionPlan(state.phase);
      return {
        caseId,
        title: found.title,
        caseNumber: state.caseNumber,
        phase: state.phase,
        started,
        commitments: started ? await r.execution.commitments(caseId) : [],
        may: { work: isExecutionOpen(state.phase) && can(actor, { action: "process.work", record: state }) },
      };
    });
  }

  async add(actor: Actor, caseId: string, input: CommitmentFormInput, meta: AuditMeta = {}): Promise<Result<{ commitmentId: string }, CommitmentError>> {
    const parsed = commitmentSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const checked = checkCommitment(parsed.data);
    if (!checked.ok) return fail("invalid", messages(checked.problems));
    const key = parsed.data.submissionKey;
    return guarded(this.#uow, actor, caseId, "process.work", meta, async (r) => {
      if (key) {
        const earlier = await r.execution.commitmentBySubmissionKey(key);
        if (earlier) return earlier.caseId === caseId ? ok({ commitmentId: earlier.id }) : fail("invalid", { form: "appl.error.form" });
      }
      const commitmentId = await r.execution.addCommitment(caseId, checked.value, actor.userId, this.#clock.now(), key);
      return ok({ commitmentId, audit: { action: "execution.commitment.add", after: { commitmentId, department: checked.value.department, status: checked.value.status } } });
    });
  }

  async update(actor: Actor, caseId: string, commitmentId: string, input: CommitmentFormInput, meta: AuditMeta = {}): Promise<Result<{ commitmentId: string }, CommitmentError>> {
    const parsed = commitmentSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const checked = checkCommitment(parsed.data);
    if (!checked.ok) return fail("invalid", messages(checked.problems));
    if (!isUuid(commitmentId)) return fail("not_found");
    return guarded(this.#uow, actor, caseId, "process.work", meta, async (r) => {
      if (!(await r.execution.updateCommitment(caseId, commitmentId, checked.value, this.#clock.now()))) return fail("not_found");
      return ok({ commitmentId, audit: { action: "execution.commitment.update", after: { commitmentId, department: checked.value.department, status: checked.value.status } } });
    });
  }

  /** Every commitment across processes, for the city's staff, optionally of one department. */
  async across(actor: Actor, query: Record<string, unknown>): Promise<{ department: string | null; departments: string[]; commitments: CommitmentAcross[] } | undefined> {
    if (!can(actor, { action: "register.read" })) return undefined;
    const parsed = commitmentFilterSchema.safeParse(query);
    const department = parsed.success ? parsed.data.forvaltning : null;
    return this.#uow.read(async (r) => ({ department, departments: await r.execution.departments(), commitments: await r.execution.commitmentsAcross(department, COMMITMENTS_LIST_LIMIT) }));
  }
}
