/**
 * Delivers the outbox. Mail is written to the outbox inside the transaction that caused it
 * (so a rolled-back change sends nothing and a crash loses nothing); this use case sends what
 * is due and retries with exponential backoff.
 */
import type { Clock, MailTransport, UnitOfWork } from "./ports.ts";

export const MAX_ATTEMPTS = 8;

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
    const due = await this.#uow.transaction((r) => r.outbox.claimDue(this.#clock.now(), batch));
    for (const mail of due) {
      try {
        await this.#transport.send({ to: mail.to, subject: mail.subject, text: mail.text });
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
}
