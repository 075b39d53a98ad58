/**
 * The job queue's tables as the administrators' page reads them. The queue is pg-boss, in its
 * own schema `pgboss`, created by pg-boss when the server starts it (src/adapters/jobs/); before
 * its first start there is nothing to read. A retry is pg-boss's own, run in the use case's
 * transaction through `QueueHooks` (the server passes them; without them nothing can be retried).
 */
import { sql, type Kysely, type Transaction } from "kysely";
import type { FailedJob, JobRepository, QueueCounts } from "#src/application/jobs/index.ts";
import { failureMessage } from "#src/domain/jobs/queues.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** pg-boss's schema. */
export const QUEUE_SCHEMA = "pgboss";

/** What the running job queue does inside a transaction of the application's. */
export interface QueueHooks {
  /** Queues the delivery of a mail just written to the outbox, not before `at`; the job runs only if the transaction commits. */
  mailQueued(db: Executor, outboxId: string, at?: Date): Promise<void>;
  /** Puts a failed job back in its queue; false when there is no such failed job. */
  retry(db: Executor, queue: string, id: string): Promise<boolean>;
}

async function installed(db: Executor): Promise<boolean> {
  const { rows } = await sql<{ installed: boolean }>`select to_regclass(${`${QUEUE_SCHEMA}.job`}) is not null as installed`.execute(db);
  return rows[0]?.installed === true;
}

export function jobRepository(db: Executor, hooks: QueueHooks | undefined): JobRepository {
  return {
    async counts(doneSince) {
      if (!(await installed(db))) return [];
      const { rows } = await sql<QueueCounts>`
        select q.name as queue,
          count(j.id) filter (where j.state in ('created', 'retry')) as waiting,
          count(j.id) filter (where j.state = 'active') as active,
          count(j.id) filter (where j.state = 'failed') as failed,
          count(j.id) filter (where j.state = 'completed' and j.completed_on >= ${doneSince}) as "doneLately"
        from pgboss.queue q left join pgboss.job j on j.name = q.name
        group by q.name
        order by q.name`.execute(db);
      return rows.map((r) => ({ queue: r.queue, waiting: Number(r.waiting), active: Number(r.active), failed: Number(r.failed), doneLately: Number(r.doneLately) }));
    },
    async failed(limit) {
      if (!(await installed(db))) return [];
      const { rows } = await sql<{ queue: string; id: string; failed_at: Date | null; retry_count: number; message: string | null }>`
        select name as queue, id, completed_on as failed_at, retry_count, output->>'message' as message
        from pgboss.job
        where state = 'failed'
        order by completed_on desc nulls last, id
        limit ${limit}`.execute(db);
      return rows.map(
        (r): FailedJob => ({
          queue: r.queue,
          id: r.id,
          failedAt: r.failed_at === null ? null : new Date(r.failed_at),
          tries: Number(r.retry_count) + 1,
          message: failureMessage(r.message),
        }),
      );
    },
    async retry(queue, id) {
      if (!hooks) return false;
      return hooks.retry(db, queue, id);
    },
  };
}
