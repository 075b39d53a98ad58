/**
 * The mail outbox end to end: mail is written in the transaction that causes it, MailDelivery
 * sends it through a real SMTP server (smtp-server, started here on 127.0.0.1), retries with
 * backoff when the server refuses, and gives up after MAX_ATTEMPTS. Concurrent claimers never
 * get the same message (PGlite serialises transactions; on a PostgreSQL server SKIP LOCKED
 * does it). Runs on PGlite, or on the server named by DATABASE_URL.
 */
import { setTimeout as sleep } from "node:timers/promises";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { JobQueue } from "#src/adapters/jobs/job-queue.ts";
import { smtpTransport } from "#src/adapters/mail/transports.ts";
import { MAX_ATTEMPTS, MailDelivery, retryDelaySeconds } from "#src/application/mail/mail-delivery.ts";
import type { Clock, OutgoingMail } from "#src/application/shared/ports.ts";
import { startSmtpServer, type TestSmtpServer } from "../support/mail.ts";
import { createTestDatabase } from "../support/test-db.ts";

const FROM = "Samverka <noreply@samverka.invalid>";
const systemClock: Clock = { now: () => new Date() };

/** A clock the test moves by whole seconds. */
class TestClock implements Clock {
  #ms: number;
  constructor(start: Date) {
    this.#ms = start.getTime();
  }
  now() {
    return new Date(this.#ms);
  }
  advanceSeconds(seconds: number) {
    this.#ms += seconds * 1000;
  }
}

// ---- the tests -----------------------------------------------------------------------------

describe("mail outbox and delivery", () => {
  let handle: DatabaseHandle;
  let smtp: TestSmtpServer;
  let transport: ReturnType<typeof smtpTransport>;
  let uow: KyselyUnitOfWork;

  beforeAll(async () => {
    [handle, smtp] = await Promise.all([createTestDatabase(), startSmtpServer()]);
    transport = smtpTransport(smtp.url, FROM);
    uow = new KyselyUnitOfWork(handle.db);
  });
  beforeEach(async () => {
    // Every test sees only its own mail: deliverDue takes all that is due.
    await handle.db.deleteFrom("mail_outbox").execute();
    smtp.received.length = 0;
    smtp.refuse.clear();
    smtp.dataDelayMs = 0;
  });
  afterAll(async () => {
    transport?.close();
    await Promise.all([smtp?.close(), handle?.close()]);
  });

  /** A clock just ahead of the wall clock: enqueue stamps next_attempt_at with the wall clock. */
  const clockNow = () => new TestClock(new Date(Date.now() + 1000));
  const enqueue = (mail: OutgoingMail) => uow.transaction((r) => r.outbox.enqueue(mail));
  const row = (id: string) => handle.db.selectFrom("mail_outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const uniqueAddress = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}@test.invalid`;

  it("sends enqueued mail through SMTP with Swedish characters intact and marks it sent", async () => {
    const to = uniqueAddress("mottagare");
    const subject = "Ärendet är ändrat – åäö ÅÄÖ";
    const text = [
      "Hej!",
      "",
      "Ärende MAL-2026-0042 ”Grönområde på Öresundsgatan” har fått ett nytt beslut.",
      "Läs mer: https://samverka.test/arenden/0042 – rådgivning för föreningar i Rosengård, Fosie och Södra innerstaden med många ord så att raden blir lång.",
      "",
      "Med vänlig hälsning",
      "Malmö stad, Stadsbyggnadskontoret",
    ].join("\n");
    const id = await enqueue({ to, subject, text });
    expect((await row(id)).status).toBe("pending");

    const clock = clockNow();
    const delivery = new MailDelivery({ uow, transport, clock });
    expect(await delivery.deliverDue()).toEqual({ sent: 1, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.envelopeFrom).toBe("noreply@samverka.invalid");
    expect(mail.envelopeTo).toEqual([to]);
    expect(mail.to).toBe(to);
    expect(mail.from).toBe(FROM);
    expect(mail.subject).toBe(subject);
    expect(mail.text).toBe(text);

    const sent = await row(id);
    expect(sent).toMatchObject({ status: "sent", attempts: 1, last_error: null });
    expect(sent.sent_at?.getTime()).toBe(clock.now().getTime());

    // Sent mail is not sent again.
    clock.advanceSeconds(24 * 3600);
    expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it("writes no mail when the transaction that enqueued it fails", async () => {
    const to = uniqueAddress("aldrig");
    await expect(
      uow.transaction(async (r) => {
        await r.outbox.enqueue({ to, subject: "Ska inte skickas", text: "Rullas tillbaka." });
        throw new Error("the use case fails after enqueueing");
      }),
    ).rejects.toThrow("the use case fails after enqueueing");
    expect(await handle.db.selectFrom("mail_outbox").selectAll().where("to_address", "=", to).execute()).toEqual([]);

    const delivery = new MailDelivery({ uow, transport, clock: clockNow() });
    expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toEqual([]);
  });

  it("keeps refused mail pending with backoff, and marks it failed after MAX_ATTEMPTS", async () => {
    const to = uniqueAddress("vagrar");
    smtp.refuse.add(to);
    const id = await enqueue({ to, subject: "Avvisas", text: "Servern säger nej." });
    const clock = clockNow();
    const delivery = new MailDelivery({ uow, transport, clock });

    expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 1 });
    const first = await row(id);
    expect(first.status).toBe("pending");
    expect(first.attempts).toBe(1);
    expect(first.last_error).toMatch(/550|Mailbox unavailable|rejected/i);
    expect(first.next_attempt_at.getTime()).toBe(clock.now().getTime() + retryDelaySeconds(1) * 1000);
    expect(first.sent_at).toBeNull();

    for (let attempts = 1; attempts < MAX_ATTEMPTS; attempts++) {
      // Not due a second before the backoff has passed …
      clock.advanceSeconds(retryDelaySeconds(attempts) - 1);
      expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 0 });
      // … and tried again when it has.
      clock.advanceSeconds(1);
      expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 1 });
      const after = await row(id);
      expect(after.attempts).toBe(attempts + 1);
      if (attempts + 1 < MAX_ATTEMPTS) {
        expect(after.status).toBe("pending");
        expect(after.next_attempt_at.getTime()).toBe(clock.now().getTime() + retryDelaySeconds(attempts + 1) * 1000);
      }
    }

    const failed = await row(id);
    expect(failed.status).toBe("failed");
    expect(failed.attempts).toBe(MAX_ATTEMPTS);
    expect(failed.last_error).toBeTruthy();

    // A failed message is never tried again, even when the server would now accept it.
    smtp.refuse.clear();
    clock.advanceSeconds(7 * 24 * 3600);
    expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toEqual([]);
  });

  it("delivers on a later attempt when the server accepts again, and clears the error", async () => {
    const to = uniqueAddress("senare");
    smtp.refuse.add(to);
    const id = await enqueue({ to, subject: "Andra försöket", text: "Nu går det." });
    const clock = clockNow();
    const delivery = new MailDelivery({ uow, transport, clock });
    expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 1 });

    smtp.refuse.clear();
    clock.advanceSeconds(retryDelaySeconds(1));
    expect(await delivery.deliverDue()).toEqual({ sent: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, last_error: null });
    expect(smtp.received.map((m) => m.envelopeTo)).toEqual([[to]]);
  });

  it("leaves mail with status 'kept' in the outbox", async () => {
    const id = await uow.transaction((r) => r.outbox.enqueue({ to: uniqueAddress("sparad"), subject: "Sparas", text: "Bara i utkorgen.", status: "kept" }));
    const delivery = new MailDelivery({ uow, transport, clock: clockNow() });
    expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 0 });
    expect((await row(id)).status).toBe("kept");
  });

  describe("claimDue", () => {
    const enqueueMany = async (n: number) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) ids.push(await enqueue({ to: uniqueAddress(`k${i}`), subject: `Nr ${i}`, text: "x" }));
      return ids;
    };
    const expectDisjointCover = (claims: string[][], all: string[]) => {
      const flat = claims.flat();
      expect(new Set(flat).size).toBe(flat.length); // no message handed out twice
      expect([...flat].sort()).toEqual([...all].sort()); // and every due message handed out
    };

    it("hands each due message to one of two concurrent claimers only", async () => {
      const all = await enqueueMany(5);
      const now = clockNow().now();
      const claim = () => uow.transaction(async (r) => (await r.outbox.claimDue(now, 3)).map((m) => m.id));
      const [a, b] = await Promise.all([claim(), claim()]);
      expect(a.length + b.length).toBe(5);
      expectDisjointCover([a, b], all);
      // Claimed mail is leased: not due again at the same moment.
      expect(await claim()).toEqual([]);
    });

    it("gives a second claimer only what an open claim has not taken (SKIP LOCKED on a server, queueing on PGlite)", async () => {
      const all = await enqueueMany(5);
      const now = clockNow().now();
      let firstClaimed!: () => void;
      let releaseFirst!: () => void;
      const claimedSignal = new Promise<void>((resolve) => (firstClaimed = resolve));
      const release = new Promise<void>((resolve) => (releaseFirst = resolve));
      const first = uow.transaction(async (r) => {
        const ids = (await r.outbox.claimDue(now, 3)).map((m) => m.id);
        firstClaimed();
        await release; // keep the row locks until the second claimer is done
        return ids;
      });
      await claimedSignal;
      const secondClaim = uow.transaction(async (r) => (await r.outbox.claimDue(now, 3)).map((m) => m.id));
      let second: string[];
      if (handle.kind === "postgres") {
        // Without SKIP LOCKED the second claimer would wait for the first, which waits for it.
        second = await Promise.race([
          secondClaim,
          sleep(5000).then((): string[] => {
            throw new Error("the second claimer blocked on the first one's locks");
          }),
        ]).finally(() => releaseFirst());
      } else {
        // One connection: the second transaction queues until the first has committed its lease.
        releaseFirst();
        second = await secondClaim;
      }
      const firstIds = await first;
      expect(firstIds).toHaveLength(3);
      expect(second).toHaveLength(2);
      expectDisjointCover([firstIds, second], all);
    });

    it("splits a larger outbox between many concurrent claimers without duplicates", async () => {
      const all = await enqueueMany(30);
      const now = clockNow().now();
      const claims = await Promise.all(Array.from({ length: 6 }, () => uow.transaction(async (r) => (await r.outbox.claimDue(now, 8)).map((m) => m.id))));
      expectDisjointCover(claims, all);
    });

    it("concurrent deliverDue runs send each message exactly once", async () => {
      const all = await enqueueMany(12);
      const delivery = new MailDelivery({ uow, transport, clock: clockNow() });
      const results = await Promise.all([delivery.deliverDue(5), delivery.deliverDue(5), delivery.deliverDue(5)]);
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(12);
      expect(smtp.received).toHaveLength(12);
      expect(new Set(smtp.received.map((m) => m.envelopeTo[0])).size).toBe(12);
      const rows = await handle.db.selectFrom("mail_outbox").select(["id", "status", "attempts"]).execute();
      expect(rows.map((r) => r.id).sort()).toEqual([...all].sort());
      expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
    });
  });

  describe("through the job queue (pg-boss), as the server runs it", () => {
    const logLines: string[] = [];
    const log = pino({ level: "debug" }, { write: (line: string) => void logLines.push(line) });
    beforeEach(() => {
      logLines.length = 0;
    });
    const statusOf = async (id: string) => (await row(id)).status;
    /** A queue, and a unit of work whose outbox makes each mail a job in its transaction. */
    async function startQueue(pollingIntervalSeconds: number) {
      const queue = new JobQueue({ database: handle, log, deliversMail: true, pollingIntervalSeconds, schedule: false });
      const queued = new KyselyUnitOfWork(handle.db, { queue: queue.hooks });
      await queue.start({ mailDelivery: new MailDelivery({ uow: queued, transport, clock: systemClock }), sweeps: [] });
      return { queue, send: (mail: OutgoingMail) => queued.transaction((r) => r.outbox.enqueue(mail)) };
    }

    it("delivers on its poll without being nudged, and stop() resolves; stopped, it sends nothing", async () => {
      const { queue, send } = await startQueue(0.5);
      try {
        const id = await send({ to: uniqueAddress("intervall"), subject: "Från kön", text: "Skickad av bakgrundsjobbet – åäö." });
        await vi.waitFor(async () => expect(await statusOf(id)).toBe("sent"), { timeout: 10_000, interval: 50 });
        expect(smtp.received.map((m) => m.subject)).toEqual(["Från kön"]);
        expect(logLines.some((l) => l.includes("mail job done"))).toBe(true);
      } finally {
        await expect(queue.stop()).resolves.toBeUndefined();
      }
      const later = await enqueue({ to: uniqueAddress("efter"), subject: "Efter stopp", text: "x" });
      queue.nudgeMail();
      await sleep(1500);
      expect(await statusOf(later)).toBe("pending");
      expect(smtp.received).toHaveLength(1);
    });

    it("delivers at once when nudged, long before its next poll", async () => {
      const { queue, send } = await startQueue(60);
      try {
        await sleep(300); // the worker's first look, at start, found nothing; the next is a minute away
        const id = await send({ to: uniqueAddress("knuff"), subject: "Knuffad", text: "Skickas direkt." });
        queue.nudgeMail();
        await vi.waitFor(async () => expect(await statusOf(id)).toBe("sent"), { timeout: 5000, interval: 20 });
        expect(smtp.received.map((m) => m.subject)).toEqual(["Knuffad"]);
      } finally {
        await queue.stop();
      }
    });

    it("finishes the mail it is sending before stop() resolves", async () => {
      const { queue, send } = await startQueue(60);
      await sleep(300);
      smtp.dataDelayMs = 500; // the server is slow to accept
      const id = await send({ to: uniqueAddress("langsam"), subject: "Långsam server", text: "x" });
      queue.nudgeMail();
      await vi.waitFor(() => expect(smtp.received).toHaveLength(1), { timeout: 5000, interval: 5 });
      expect(await statusOf(id)).toBe("pending"); // still in flight
      await queue.stop();
      expect(await statusOf(id)).toBe("sent");
    });
  });
});
