/**
 * What the administrators' page of the job queue reads and does (/admin/jobb). The queue is
 * pg-boss (src/adapters/jobs/); the repository reads its tables and asks it to retry a job in
 * the transaction of the use case, so the retry and its audit entry are kept or lost together.
 */

/** A queue's jobs by state. */
export interface QueueCounts {
  queue: string;
  /** Created or waiting for a retry, also those whose time has not come. */
  waiting: number;
  active: number;
  /** Failed for good (all tries used); kept by the queue for 14 days. */
  failed: number;
  /** Completed since the time asked for. */
  doneLately: number;
}

/**
 * A job that failed for good. Only what cannot hold a secret or personal data: the queue, the
 * job's id (for a mail: the id of the mail in the outbox), when and after how many tries, and
 * the message of the last failure (the mail server's answer, at most one line).
 */
export interface FailedJob {
  queue: string;
  id: string;
  failedAt: Date | null;
  tries: number;
  message: string | null;
}

export interface JobRepository {
  /** Counts per queue; empty when the queue has never run (its tables do not exist yet). */
  counts(doneSince: Date): Promise<QueueCounts[]>;
  /** The latest failed jobs, newest first. */
  failed(limit: number): Promise<FailedJob[]>;
  /** Puts a failed job back in its queue for another try; false when there is no such failed job. */
  retry(queue: string, id: string): Promise<boolean>;
}
