/**
 * The durable background work (pg-boss, src/adapters/jobs/job-queue.ts) end to end: a job sent
 * in a transaction that rolls back never runs; a job survives a stop and start and runs after;
 * a failing job is retried, then shows as failed on the administrators' overview, and their
 * "Försök igen" runs it again (audited; only administrators); the reminder sweeps run at start-up
 * and on their every-minute schedule, never two at once, and a sweep that throws is a failed job;
 * and on PGlite an application transaction is never interleaved with the queue's polling.
 * Runs on PGlite, or on the server named by DATABASE_URL.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import pino from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { EVERY_MINUTE, JobQueue } from "#src/adapters/jobs/job-queue.ts";
import { smtpTransport } from "#src/adapters/mail/transports.ts";
import type { MailTransport, ReminderSweep, UnitOfWork } from "#src/application/shared/ports.ts";
import { MAIL_QUEUE, MAIL_UPKEEP_QUEUE, sweepQueue } from "#src/domain/jobs/queues.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { createServices, keepInOutbox } from "#src/web/server/services.ts";
import { Fixtures } from "../support/fixtures.ts";
import { startSmtpServer, testMailSecrets, type TestSmtpServer } from "../support/mail.ts";
import { createTestDatabase, testDatabaseKind } from "../support/test-db.ts";

const BASE = "https://samverka.test";
const log = pino({ level: "silent" });
const meta = { ip: "203.0.113.7", requestId: "job-queue" };

describe("the job queue", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let smtp: TestSmtpServer;
  let transport: ReturnType<typeof smtpTransport>;
  const running: JobQueue[] = [];

  beforeAll(async () => {
    [handle, smtp] = await Promise.all([createTestDatabase(), startSmtpServer()]);
    fx = new Fixtures(handle.db);
    transport = smtpTransport(smtp.url, "Samverka <noreply@samverka.invalid>");
  });
  beforeEach(() => {
    smtp.received.length = 0;
    smtp.refuse.clear();
    smtp.dataDelayMs = 0;
  });
  afterEach(async () => {
    for (const q of running.splice(0)) await q.stop();
  });
  afterAll(async () => {
    transport?.close();
    await Promise.all([smtp?.close(), handle?.close()]);
  });

  /** The server's wiring: a queue, the services writing mail as its jobs, then the queue started. */
  async function server(opts: { sweeps?: ReminderSweep[]; polling?: number; retryLimit?: number; schedule?: boolean; mail?: MailTransport } = {}) {
    const mail = opts.mail ?? transport;
    const queue = new JobQueue({
      database: handle,
      log,
      deliversMail: mail.delivers,
      pollingIntervalSeconds: opts.polling ?? 0.5,
      schedule: opts.schedule ?? false,
      retryOverride: { retryLimit: opts.retryLimit ?? 1, retryDelay: 0, retryBackoff: false },
    });
    const services = createServices({ db: handle.db, hasher: argon2idHasher, transport: mail, mailSecrets: testMailSecrets(), publicUrl: BASE, queue: queue.hooks, nudgeMail: () => queue.nudgeMail() });
    for (const sweep of opts.sweeps ?? []) services.reminderSweeps.push(sweep);
    await queue.start({ mailDelivery: services.mailDelivery, sweeps: services.reminderSweeps });
    running.push(queue);
    // The unit of work as createServices makes it: mail written in a transaction becomes a job in it.
    return { queue, services, uow: new KyselyUnitOfWork(handle.db, { queue: queue.hooks }) };
  }
  /** Writes a mail to the outbox as every feature does, in a transaction (rolled back when asked). */
  async function outboxThrough(uow: UnitOfWork, to: string, subject: string, rollback = false): Promise<string> {
    let id = "";
    await uow
      .transaction(async (r) => {
        id = await r.outbox.enqueue({ to, subject, text: `Hej!\n\n${subject}.` });
        if (rollback) throw new Error("roll back");
      })
      .catch((error: unknown) => {
        if (!rollback) throw error;
      });
    return id;
  }
  const address = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}@test.invalid`;
  const statusOf = async (id: string) => (await handle.db.selectFrom("mail_outbox").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;
  const jobState = async (queue: string, id: string) => {
    const { rows } = await sql<{ state: string; retry_count: number }>`select state, retry_count from pgboss.job where name = ${queue} and id = ${id}`.execute(handle.db);
    return rows[0];
  };

  it("never runs a job sent in a transaction that rolled back; runs the one that committed", async () => {
    const { uow } = await server();
    const kept = await outboxThrough(uow, address("kept"), "Behålls");
    const lost = await outboxThrough(uow, address("lost"), "Rullas tillbaka", true);
    await vi.waitFor(async () => expect(await statusOf(kept)).toBe("sent"), { timeout: 10_000, interval: 50 });
    await sleep(1000);
    expect(smtp.received.map((m) => m.subject)).toEqual(["Behålls"]);
    expect(await jobState(MAIL_QUEUE, lost)).toBeUndefined();
    expect(await handle.db.selectFrom("mail_outbox").select("id").where("id", "=", lost).executeTakeFirst()).toBeUndefined();
    expect(await jobState(MAIL_QUEUE, kept)).toMatchObject({ state: "completed" });
  });

  it("keeps a job over a stop and start (a restart) and runs it after", async () => {
    const first = await server({ polling: 60 });
    await sleep(300); // the worker looked once at start; its next look is a minute away
    const id = await outboxThrough(first.uow, address("restart"), "Överlever omstart");
    await first.queue.stop();
    running.splice(running.indexOf(first.queue), 1);
    expect(await jobState(MAIL_QUEUE, id)).toMatchObject({ state: "created" });
    // Written while the queue is stopped (a request finishing during shut-down): no job yet, the next start gives it one.
    const during = await outboxThrough(first.uow, address("stopped"), "Medan kön stod still");
    expect(await jobState(MAIL_QUEUE, during)).toBeUndefined();
    expect(smtp.received).toHaveLength(0);

    await server();
    await vi.waitFor(async () => expect(await statusOf(id)).toBe("sent"), { timeout: 10_000, interval: 50 });
    await vi.waitFor(async () => expect(await statusOf(during)).toBe("sent"), { timeout: 10_000, interval: 50 });
    expect(smtp.received.map((m) => m.subject).sort()).toEqual(["Medan kön stod still", "Överlever omstart"]);
  });

  it("gives mail written without the queue a job, at start and every minute, and a mail that has one no second", async () => {
    // Written without the queue (as the demo data or an older version did): no job.
    const orphan = await outboxThrough(new KyselyUnitOfWork(handle.db), address("utan-jobb"), "Utan jobb");
    expect(await jobState(MAIL_QUEUE, orphan)).toBeUndefined();
    const { queue } = await server();
    await vi.waitFor(async () => expect(await statusOf(orphan)).toBe("sent"), { timeout: 10_000, interval: 50 });
    expect(await queue.adoptPendingMail()).toBe(0);
    expect(smtp.received.map((m) => m.subject)).toEqual(["Utan jobb"]);

    // Written by another process while the server runs (the command line on a PostgreSQL server): the mail's upkeep, every minute, finds it.
    const stray = await outboxThrough(new KyselyUnitOfWork(handle.db), address("stray"), "Under drift");
    await queue.trigger(MAIL_UPKEEP_QUEUE);
    await vi.waitFor(async () => expect(await statusOf(stray)).toBe("sent"), { timeout: 10_000, interval: 50 });
    expect(smtp.received.map((m) => m.subject)).toEqual(["Utan jobb", "Under drift"]);
  });

  it("retries a failing mail, then shows it failed to administrators, whose 'Försök igen' sends it (audited)", async () => {
    const { services, uow } = await server({ retryLimit: 1 });
    const to = address("vagrar");
    smtp.refuse.add(to);
    const id = await outboxThrough(uow, to, "Försök igen");
    await vi.waitFor(async () => expect(await jobState(MAIL_QUEUE, id)).toMatchObject({ state: "failed", retry_count: 1 }), { timeout: 15_000, interval: 100 });
    expect(await handle.db.selectFrom("mail_outbox").select(["status", "attempts"]).where("id", "=", id).executeTakeFirstOrThrow()).toEqual({ status: "failed", attempts: 2 });

    const admin = await fx.user("administrator");
    const overview = await services.jobs.overview(admin);
    if (!overview.ok) throw new Error("an administrator sees the queue");
    const failed = overview.value.failed.find((j) => j.id === id);
    expect(failed).toMatchObject({ queue: MAIL_QUEUE, tries: 2 });
    expect(failed?.failedAt).toBeInstanceOf(Date);
    // The server's refusal is shown without the recipient's address.
    expect(failed?.message).toBeTruthy();
    expect(JSON.stringify(overview.value)).not.toContain(to);
    expect(overview.value.queues.find((q) => q.queue === MAIL_QUEUE)?.failed).toBeGreaterThanOrEqual(1);

    // Nobody else may see or retry it; a bad or unknown id changes nothing.
    for (const role of ["handlaggare", "kontaktperson", "aktor"] as const) {
      const other = await fx.user(role);
      expect(await services.jobs.overview(other)).toEqual({ ok: false, error: "forbidden" });
      expect(await services.jobs.retry(other, { queue: MAIL_QUEUE, jobId: id }, meta)).toEqual({ ok: false, error: "forbidden" });
    }
    expect(await services.jobs.retry(admin, { queue: MAIL_QUEUE, jobId: "not-a-uuid" }, meta)).toEqual({ ok: false, error: "invalid" });
    expect(await services.jobs.retry(admin, { queue: "__pgboss__send-it", jobId: id }, meta)).toEqual({ ok: false, error: "invalid" });
    expect(await services.jobs.retry(admin, { queue: MAIL_QUEUE, jobId: "0b1e6c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b" }, meta)).toEqual({ ok: false, error: "not_found" });
    // A queue name of the right shape that this server does not run: not found, and nothing waits for a lookup.
    expect(await services.jobs.retry(admin, { queue: "sweep.finns-inte", jobId: id }, meta)).toEqual({ ok: false, error: "not_found" });
    expect(await jobState(MAIL_QUEUE, id)).toMatchObject({ state: "failed" });

    smtp.refuse.clear();
    expect(await services.jobs.retry(admin, { queue: MAIL_QUEUE, jobId: id }, meta)).toEqual({ ok: true, value: { queue: MAIL_QUEUE, id } });
    await vi.waitFor(async () => expect(await statusOf(id)).toBe("sent"), { timeout: 10_000, interval: 50 });
    expect(smtp.received.map((m) => m.envelopeTo)).toEqual([[to]]);
    expect(await jobState(MAIL_QUEUE, id)).toMatchObject({ state: "completed" });
    // Tried again once only: a second click finds no failed job.
    expect(await services.jobs.retry(admin, { queue: MAIL_QUEUE, jobId: id }, meta)).toEqual({ ok: false, error: "not_found" });
    const audit = await handle.db.selectFrom("audit_event").select(["action", "entity_type", "actor_user_id"]).where("entity_id", "=", id).execute();
    expect(audit).toEqual([{ action: "job.retry", entity_type: "job", actor_user_id: admin.userId }]);
  });

  it("runs every sweep once at start-up, on its every-minute schedule, never two at once, and a sweep that throws is a failed job", async () => {
    let runs = 0;
    let running = 0;
    let most = 0;
    const counting: ReminderSweep = {
      name: "Räknande prov",
      async sweep() {
        runs++;
        running++;
        most = Math.max(most, running);
        await sleep(300);
        running--;
        return 0;
      },
    };
    const failing: ReminderSweep = {
      name: "trasig",
      async sweep() {
        throw new Error("the sweep broke");
      },
    };
    const { queue, services } = await server({ sweeps: [counting, failing], schedule: true });
    await vi.waitFor(() => expect(runs).toBe(1), { timeout: 10_000, interval: 50 });

    // The schedule: every minute, for each sweep and for the wiping of expired secrets.
    const { rows: schedules } = await sql<{ name: string; cron: string }>`select name, cron from pgboss.schedule order by name`.execute(handle.db);
    expect(schedules).toEqual(expect.arrayContaining([{ name: "mail-upkeep", cron: EVERY_MINUTE }, { name: "sweep.raknande-prov", cron: EVERY_MINUTE }, { name: "sweep.trasig", cron: EVERY_MINUTE }]));

    // What the schedule does each minute: a job in the sweep's queue. Three at once run one after another.
    const name = sweepQueue(counting.name);
    for (let i = 0; i < 3; i++) await queue.trigger(name);
    await vi.waitFor(() => expect(runs).toBeGreaterThanOrEqual(2), { timeout: 10_000, interval: 50 });
    await sleep(1500);
    expect(most).toBe(1);

    // The broken sweep: tried, retried, failed, and on the administrators' page.
    await vi.waitFor(
      async () => {
        const { rows } = await sql<{ state: string }>`select state from pgboss.job where name = 'sweep.trasig' order by created_on desc limit 1`.execute(handle.db);
        expect(rows[0]?.state).toBe("failed");
      },
      { timeout: 15_000, interval: 100 },
    );
    const admin = await fx.user("administrator");
    const overview = await services.jobs.overview(admin);
    if (!overview.ok) throw new Error("an administrator sees the queue");
    expect(overview.value.failed.find((j) => j.queue === "sweep.trasig")).toMatchObject({ tries: 2, message: "the sweep broke" });
    expect(overview.value.queues.map((q) => q.queue)).toEqual(expect.arrayContaining(["mail", "mail-upkeep", "sweep.raknande-prov", "sweep.trasig"]));
  });

  it("on PGlite never runs its polling inside an application transaction; nothing of its work is lost when that transaction rolls back", async () => {
    const { uow } = await server({ polling: 0.5 });
    const id = await outboxThrough(uow, address("mutex"), "Under en lång transaktion");
    const started = Date.now();
    let ended = 0;
    let sentDuring = -1;
    await handle.db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto("committee").values({ code: "JOBBQ", name_sv: "Rullas tillbaka", name_en: "Rolled back" }).execute();
        await sleep(2000); // the queue would poll several times meanwhile
        sentDuring = smtp.received.length;
        ended = Date.now();
        throw new Error("roll back");
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || error.message !== "roll back") throw error;
      });
    expect(ended - started).toBeGreaterThanOrEqual(1900);
    // On PGlite the queue waited for the transaction: it could not fetch the job, nor send the mail, meanwhile.
    if (testDatabaseKind() === "pglite") expect(sentDuring).toBe(0);
    expect(await handle.db.selectFrom("committee").select("id").where("code", "=", "JOBBQ").executeTakeFirst()).toBeUndefined();
    await vi.waitFor(async () => expect(await statusOf(id)).toBe("sent"), { timeout: 10_000, interval: 50 });
    expect(await jobState(MAIL_QUEUE, id)).toMatchObject({ state: "completed" });
    expect(smtp.received).toHaveLength(1);
  });

  it("makes no mail jobs and sends nothing when no mail server is configured", async () => {
    const { uow } = await server({ mail: keepInOutbox });
    const id = await outboxThrough(uow, address("kept"), "Bara i utkorgen");
    await sleep(1500);
    expect(await statusOf(id)).toBe("pending");
    expect(await jobState(MAIL_QUEUE, id)).toBeUndefined();
    expect(smtp.received).toHaveLength(0);
  });

});
