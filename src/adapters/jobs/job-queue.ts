/**
 * The durable background work of the server process, on pg-boss (docs/decisions/0027-job-queue.md):
 *
 * - mail: one job per mail of the outbox, written in the transaction that writes the mail (so a
 *   rolled-back change sends nothing and a crash loses nothing), delivered by MailDelivery and
 *   retried with backoff by the queue; the job's id is the mail's id in the outbox.
 * - every feature's reminder sweep: its own queue, run once at start-up and every minute (a cron
 *   schedule), never two at once (the queue's policy `stately`: one waiting, one running).
 * - the mail's upkeep, every minute: expired secrets wiped, pending mail without a job given one.
 *
 * The queue's state is in the database (schema `pgboss`, which pg-boss creates and migrates at
 * start): a job survives a restart, and a job that was running when the process died runs again
 * when it expires. All of pg-boss's SQL goes through the application's own database handle: on
 * PGlite through Kysely's single connection and its mutex, so the queue's polling waits for an
 * open transaction instead of running inside it; on a server through the application's pool.
 */
import { CompiledQuery, sql } from "kysely";
import type { Logger } from "pino";
import { PgBoss, fromKysely, type Db as BossDb, type JobWithMetadata } from "pg-boss";
import { DeliveryFailed, type MailDelivery } from "#src/application/mail/index.ts";
import type { Clock, ReminderSweep } from "#src/application/shared/ports.ts";
import { MAIL_QUEUE, MAIL_UPKEEP_QUEUE, isLastTry, queueKind, retryPolicy, sweepQueue, type QueueKind, type RetryPolicy } from "#src/domain/jobs/queues.ts";
import type { DatabaseHandle } from "../db/connect.ts";
import { QUEUE_SCHEMA, type QueueHooks } from "../db/repositories/jobs.ts";

/** Every minute, on the minute (the sweeps and the mail's upkeep). */
export const EVERY_MINUTE = "* * * * *";

export interface JobQueueOptions {
  database: DatabaseHandle;
  log: Logger;
  /** False when no mail server is configured: mail stays in the outbox and no mail job is made or run. */
  deliversMail: boolean;
  /** How often an idle worker asks for work (default 2 s; pg-boss allows no less than 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Run the every-minute schedules (default true; tests that drive the sweeps by hand turn it off). */
  schedule?: boolean;
  /** The sweeps' `now` (default the system clock). */
  clock?: Clock;
  /** Changes every queue's retry policy (tests: no waits between tries). */
  retryOverride?: Partial<RetryPolicy>;
  /** How many times a mail is tried in all (MAIL_ATTEMPTS; default the domain's MAIL_ATTEMPTS, 8). */
  mailAttempts?: number;
}

export interface StartWork {
  mailDelivery: MailDelivery;
  sweeps: readonly ReminderSweep[];
}

interface MailJobData {
  outboxId: string;
}

/** pg-boss's statements on the application's database handle (see the file's comment). */
export function bossDatabase(handle: DatabaseHandle): BossDb {
  return {
    async executeSql(text, values) {
      // With parameters: one statement, through Kysely (and on PGlite its connection mutex).
      if (values?.length) return { rows: [...(await handle.db.executeQuery(CompiledQuery.raw(text, values))).rows] };
      // Without: possibly a script (pg-boss's schema, its BEGIN … COMMIT blocks with advisory locks).
      return { rows: await handle.runScript(text) };
    },
  };
}

export class JobQueue {
  readonly #boss: PgBoss;
  readonly #database: DatabaseHandle;
  readonly #log: Logger;
  readonly #deliversMail: boolean;
  readonly #polling: number;
  readonly #schedule: boolean;
  readonly #clock: Clock;
  readonly #retryOverride: Partial<RetryPolicy>;
  readonly #mailAttempts: number | undefined;
  #started = false;
  #mailWorker: string | null = null;
  /** The queues this instance made at start: pg-boss knows them without asking the database. */
  readonly #queues = new Set<string>();

  /** What the repositories do with the queue inside an application transaction (passed to createServices). */
  readonly hooks: QueueHooks;

  constructor(opts: JobQueueOptions) {
    this.#log = opts.log;
    this.#database = opts.database;
    this.#deliversMail = opts.deliversMail;
    this.#polling = opts.pollingIntervalSeconds ?? 2;
    this.#schedule = opts.schedule ?? true;
    this.#clock = opts.clock ?? { now: () => new Date() };
    this.#retryOverride = opts.retryOverride ?? {};
    this.#mailAttempts = opts.mailAttempts;
    this.#boss = new PgBoss({
      db: bossDatabase(opts.database),
      // PGlite is PostgreSQL; "pglite" says that there is one connection and one process.
      backend: opts.database.kind === "pglite" ? "pglite" : "postgres",
      schema: QUEUE_SCHEMA,
      schedule: this.#schedule,
      // Nothing here reads pg-boss's registry of instances; its heartbeat would be a write every 30 s for nothing.
      registerInstance: false,
    });
    this.#boss.on("error", (error) => this.#log.error({ err: error }, "job queue error"));
    this.#boss.on("warning", (warning) => this.#log.warn({ warning }, "job queue warning"));
    const mailPolicy = this.#policy("mail");
    this.hooks = {
      mailQueued: async (db, outboxId, at) => {
        // Not running (before start, after stop): the mail's upkeep gives the mail its job at the next start.
        if (!this.#deliversMail || !this.#started) return;
        // A mail due later (`at`, the use case's clock) waits for its time; one due now or before goes at once.
        const later = at && at.getTime() > Date.now() ? { startAfter: at } : {};
        await this.#boss.send(MAIL_QUEUE, { outboxId } satisfies MailJobData, { id: outboxId, ...mailPolicy, ...later, db: fromKysely(db) });
      },
      retry: async (db, queue, id) => {
        // A queue pg-boss has not cached would be looked up outside this transaction: on PGlite that waits for the transaction itself.
        if (!this.#started || !this.#queues.has(queue)) return false;
        const failed = await this.#boss.findJobs(queue, { id, db: fromKysely(db) });
        if (!failed.some((j) => j.state === "failed")) return false;
        const result = await this.#boss.retry(queue, id, { db: fromKysely(db) });
        // pg-boss types the answer as an empty interface; it says { jobs, requested, affected }.
        return ((result as { affected?: number }).affected ?? 0) > 0;
      },
    };
  }

  /**
   * Creates or migrates the queue's schema, makes the queues, starts the workers and the
   * schedules, queues every pending mail that has no job (written while the queue did not run),
   * and runs every sweep once.
   */
  async start(work: StartWork): Promise<void> {
    const boss = this.#boss;
    await boss.start();
    this.#started = true;
    const sweepQueues = new Map<string, ReminderSweep>();
    for (const sweep of work.sweeps) {
      const queue = sweepQueue(sweep.name);
      if (sweepQueues.has(queue)) throw new Error(`Two reminder sweeps have the same queue ${queue}: give them different names`);
      sweepQueues.set(queue, sweep);
    }
    await this.#queue(MAIL_QUEUE, { kind: "mail" });
    await this.#queue(MAIL_UPKEEP_QUEUE, { kind: "mailUpkeep" });
    for (const queue of sweepQueues.keys()) await this.#queue(queue, { kind: "sweep", sweep: queue });

    if (this.#deliversMail) {
      this.#mailWorker = await boss.work<MailJobData>(MAIL_QUEUE, { pollingIntervalSeconds: this.#polling, batchSize: 1, includeMetadata: true }, async (jobs) => {
        const job = jobs[0] as JobWithMetadata<MailJobData> | undefined;
        if (!job) return;
        const outcome = await this.#deliver(work.mailDelivery, job);
        return { outcome };
      });
      await this.adoptPendingMail();
    }
    await boss.work(MAIL_UPKEEP_QUEUE, { pollingIntervalSeconds: this.#polling, batchSize: 1 }, async () => {
      const wiped = await work.mailDelivery.wipeExpiredSecrets();
      if (wiped) this.#log.info({ wiped }, "expired mail secrets wiped");
      const adopted = await this.adoptPendingMail();
      return { wiped, adopted };
    });
    for (const [queue, sweep] of sweepQueues) {
      await boss.work(queue, { pollingIntervalSeconds: this.#polling, batchSize: 1 }, async () => {
        const written = await sweep.sweep(this.#clock.now());
        if (written) this.#log.info({ sweep: sweep.name, written }, "reminders written");
        return { written };
      });
    }

    // Every minute, and once now: a reminder that fell due while the server was down goes out now.
    const everyMinute = [MAIL_UPKEEP_QUEUE, ...sweepQueues.keys()];
    if (this.#schedule) {
      for (const queue of everyMinute) await boss.schedule(queue, EVERY_MINUTE, null, { tz: "Europe/Stockholm" });
      // A sweep that is gone from the code leaves no schedule behind.
      for (const s of await boss.getSchedules()) {
        const kind = queueKind(s.name);
        if (kind?.kind === "sweep" && !sweepQueues.has(s.name)) await boss.unschedule(s.name, s.key);
      }
    }
    for (const queue of everyMinute) await boss.send(queue, null);
  }

  /** Mail that is pending in the outbox without a job (written while the queue did not run) gets one; a mail with a job keeps it. */
  async adoptPendingMail(): Promise<number> {
    if (!this.#deliversMail || !this.#started) return 0;
    // Only mail with no job of this id (a mail's job is kept for days after it finished).
    const pending = await this.#database.db
      .selectFrom("mail_outbox as o")
      .select(["o.id", "o.next_attempt_at"])
      .where("o.status", "=", "pending")
      .where(({ not, exists }) => not(exists(sql<number>`(select 1 from ${sql.table(`${QUEUE_SCHEMA}.job`)} j where j.name = ${MAIL_QUEUE} and j.id = o.id)`)))
      .orderBy("o.created_at")
      .limit(1000)
      .execute();
    let adopted = 0;
    // A mail that has a job already is skipped: the job's id is the mail's, and a second insert of it does nothing.
    for (const { id, next_attempt_at: due } of pending) {
      const later = due.getTime() > Date.now() ? { startAfter: due } : {};
      if (await this.#boss.send(MAIL_QUEUE, { outboxId: id } satisfies MailJobData, { id, ...this.#policy("mail"), ...later })) adopted++;
    }
    if (adopted) this.#log.info({ adopted }, "pending mail without a job queued");
    return adopted;
  }

  /** Puts a job in a queue now, as its every-minute schedule does (a sweep's queue keeps one waiting at most). */
  async trigger(queue: string): Promise<void> {
    await this.#boss.send(queue, null);
  }

  /** Wakes the mail worker at once (a mail was just written) instead of at its next poll. */
  nudgeMail(): void {
    if (this.#mailWorker) this.#boss.notifyWorker(this.#mailWorker);
  }

  /** Stops taking jobs and waits (up to `timeoutMs`) for the running ones to finish; an unfinished one runs again after a restart. */
  async stop(timeoutMs = 8000): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    this.#mailWorker = null;
    this.#queues.clear();
    await this.#boss.stop({ graceful: true, timeout: timeoutMs, close: false });
  }

  async #queue(name: string, kind: QueueKind): Promise<void> {
    const policy = this.#policy(kind.kind);
    const options = { ...policy, ...(kind.kind === "mail" ? {} : { policy: "stately" as const }) };
    if (await this.#boss.getQueue(name)) {
      const { policy: _policy, ...changeable } = options as typeof options & { policy?: string };
      await this.#boss.updateQueue(name, changeable);
    } else {
      await this.#boss.createQueue(name, options);
    }
    this.#queues.add(name);
  }

  #policy(kind: QueueKind["kind"]): RetryPolicy {
    const { retryDelayMax, ...policy } = { ...retryPolicy(kind), ...this.#retryOverride, ...(kind === "mail" && this.#mailAttempts ? { retryLimit: this.#mailAttempts - 1 } : {}) };
    // pg-boss takes a longest wait only with backoff.
    return policy.retryBackoff && retryDelayMax !== undefined ? { ...policy, retryDelayMax } : policy;
  }

  async #deliver(delivery: MailDelivery, job: JobWithMetadata<MailJobData>) {
    try {
      const outcome = await delivery.deliverOne(job.data.outboxId, { lastTry: isLastTry(job.retryCount, job.retryLimit) });
      this.#log.info({ outboxId: job.data.outboxId, outcome }, "mail job done");
      return outcome;
    } catch (error) {
      if (error instanceof DeliveryFailed) this.#log.warn({ outboxId: job.data.outboxId, try: job.retryCount + 1 }, "mail delivery failed; the queue tries again");
      throw error;
    }
  }
}
