/**
 * Delivers the outbox. Mail is written to the outbox inside the transaction that caused it
 * (so a rolled-back change sends nothing and a crash loses nothing). In the server each mail is
 * a job of the job queue, written in that same transaction, which runs `deliverOne` and retries
 * it with backoff (src/adapters/jobs/job-queue.ts, decision 0027); `deliverDue` sends everything
 * due in one go, with the outbox's own backoff (tests, and any process without the queue).
 *
 * A mail that carries a secret (a reset or invitation link) is sent with its full text, which
 * only the outbox's sealed copy holds; the secret is wiped once the mail is sent, when delivery
 * gives up, and when it expires. A mail whose secret is gone is not sent: the recipient would
 * get a hidden link. Nothing here logs or stores the text of a mail.
 */
import { MAIL_ATTEMPTS } from "#src/domain/jobs/queues.ts";
import type { Clock, MailTransport, UnitOfWork } from "../shared/ports.ts";

export const MAX_ATTEMPTS = MAIL_ATTEMPTS;

/** What one try of one mail came to (the job queue's mail job, src/adapters/jobs/). */
export type DeliveryOutcome = "sent" | "not_due" | "secret_unavailable";

/** A try that failed: the job queue retries the mail, or gives up after the last try. */
export class DeliveryFailed extends Error {}

/** What `lastError` says of a mail that was not sent because its secret is gone. */
export const SECRET_UNAVAILABLE = "secret_unavailable";

/** Seconds to wait before attempt n+1 (n = attempts made so far): 30 s, 1 min, 2 min … capped at 1 h. */
export function retryDelaySeconds(attemptsMade: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attemptsMade - 1));
}

export class MailDelivery {
  readonly #uow: UnitOfWork;
  readonly #transport: MailTransport;
  readonly #clock: Clock;
  constructor(deps: { uow: UnitOfWork; transport: MailTransport; clock: Clock }) {
    this.#uow = deps.uow;
    this.#transport = deps.transport;
    this.#clock = deps.clock;
  }

  /** Sends up to `batch` due messages; returns how many were sent and how many failed. */
  async deliverDue(batch = 20): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    const due = await this.#uow.transaction(async (r) => {
      await r.outbox.wipeSecrets(this.#clock.now());
      return r.outbox.claimDue(this.#clock.now(), batch);
    });
    for (const mail of due) {
      if (mail.deliveryText === null) {
        failed++;
        await this.#uow.transaction((r) => r.outbox.markFailedAttempt(mail.id, SECRET_UNAVAILABLE, null));
        continue;
      }
      try {
        await this.#transport.send({ to: mail.to, subject: mail.subject, text: mail.deliveryText });
        await this.#uow.transaction((r) => r.outbox.markSent(mail.id, this.#clock.now()));
        sent++;
      } catch (error) {
        failed++;
        const attempts = mail.attempts + 1;
        const next = attempts >= MAX_ATTEMPTS ? null : new Date(this.#clock.now().getTime() + retryDelaySeconds(attempts) * 1000);
        const message = error instanceof Error ? error.message : String(error);
        await this.#uow.transaction((r) => r.outbox.markFailedAttempt(mail.id, message.slice(0, 500), next));
      }
    }
    return { sent, failed };
  }

  /**
   * Tries one mail of the outbox: the job queue's mail job, one job per mail, retried by the
   * queue. `lastTry`: the queue will not try again, so a failure gives up (status failed, the
   * secrets wiped). Throws DeliveryFailed when the mail server refused or could not be reached.
   * A mail that is no longer pending (sent, given up, or only kept) is left alone.
   */
  async deliverOne(outboxId: string, opts: { lastTry: boolean }): Promise<DeliveryOutcome> {
    const now = this.#clock.now();
    const mail = await this.#uow.transaction((r) => r.outbox.claim(outboxId, now));
    if (!mail) return "not_due";
    if (mail.deliveryText === null) {
      // The recipient would get a hidden link: not sent, and trying again cannot help.
      await this.#uow.transaction((r) => r.outbox.markFailedAttempt(mail.id, SECRET_UNAVAILABLE, null));
      return "secret_unavailable";
    }
    try {
      await this.#transport.send({ to: mail.to, subject: mail.subject, text: mail.deliveryText });
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const attempts = mail.attempts + 1;
      const next = opts.lastTry ? null : new Date(this.#clock.now().getTime() + retryDelaySeconds(attempts) * 1000);
      await this.#uow.transaction((r) => r.outbox.markFailedAttempt(mail.id, message, next));
      throw new DeliveryFailed(message, { cause: error });
    }
    await this.#uow.transaction((r) => r.outbox.markSent(mail.id, this.#clock.now()));
    return "sent";
  }

  /** Wipes the secrets of mail whose links have expired (the queue runs it every minute). */
  async wipeExpiredSecrets(): Promise<number> {
    const now = this.#clock.now();
    return this.#uow.transaction((r) => r.outbox.wipeSecrets(now));
  }

  /**
   * Run at start-up. Without a mail server nothing is ever sent, so no secret is kept for a
   * later delivery: every sealed text is wiped (it may remain from a run with SMTP_URL).
   * With one, only the expired ones go. Returns how many were wiped.
   */
  async wipeUnusableSecrets(): Promise<number> {
    const now = this.#clock.now();
    return this.#uow.transaction((r) => r.outbox.wipeSecrets(this.#transport.delivers ? now : undefined));
  }
}
