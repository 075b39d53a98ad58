/**
 * The administrators' view of the background work: per queue how many jobs wait, run, failed
 * and were done in the last day, the failed jobs, and "Försök igen" for one of them. Only
 * administrators; a retry is audited in the same transaction. A mail's job is tried again with
 * its outbox row made pending again: a mail whose link has been wiped is then not sent (the
 * delivery marks it so), since the recipient would get a hidden link.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { MAIL_QUEUE, queueKind } from "#src/domain/jobs/queues.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import type { FailedJob, QueueCounts } from "./ports.ts";
import { retryJobSchema, type RetryJobInput } from "./schemas.ts";

/** How far back "done lately" counts. */
export const DONE_LATELY_HOURS = 24;
/** How many failed jobs the page lists. */
export const FAILED_SHOWN = 100;

export interface JobOverview {
  queues: QueueCounts[];
  failed: FailedJob[];
  doneSince: Date;
}

type Meta = { ip?: string | null; requestId?: string | null };

export class JobAdministration {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  constructor(deps: { uow: UnitOfWork; clock: Clock }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
  }

  async overview(actor: Actor): Promise<Result<JobOverview, "forbidden">> {
    if (!can(actor, { action: "jobs.manage" })) return fail("forbidden");
    const doneSince = new Date(this.#clock.now().getTime() - DONE_LATELY_HOURS * 3600_000);
    return ok(
      await this.#uow.read(async (r) => {
        const [queues, failed] = await Promise.all([r.jobs.counts(doneSince), r.jobs.failed(FAILED_SHOWN)]);
        return { queues: queues.filter((q) => queueKind(q.queue)), failed: failed.filter((j) => queueKind(j.queue)), doneSince };
      }),
    );
  }

  /** "Försök igen": a failed job back in its queue. `not_found` when there is no such failed job (or it was already tried again). */
  async retry(actor: Actor, input: RetryJobInput, meta: Meta = {}): Promise<Result<{ queue: string; id: string }, "forbidden" | "invalid" | "not_found">> {
    if (!can(actor, { action: "jobs.manage" })) return fail("forbidden");
    const parsed = retryJobSchema.safeParse(input);
    if (!parsed.success) return fail("invalid");
    const { queue, jobId } = parsed.data;
    return this.#uow.transaction(async (r) => {
      if (!(await r.jobs.retry(queue, jobId))) return fail("not_found");
      const reopened = queue === MAIL_QUEUE ? await r.outbox.reopen(jobId) : false;
      await r.audit.append({
        actor,
        action: "job.retry",
        entityType: "job",
        entityId: jobId,
        after: { queue, ...(queue === MAIL_QUEUE ? { mailReopened: reopened } : {}) },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ queue, id: jobId });
    });
  }
}
