/**
 * Delivers the outbox. Mail is written to the outbox inside the transaction that caused it
 * (so a rolled-back change sends nothing and a crash loses nothing); this use case sends what
 * is due and retries with exponential backoff.
 *
 * A mail that carries a secret (a reset or invitation link) is sent with its full text, which
 * only the outbox's sealed copy holds; the secret is wiped once the mail is sent, when delivery
 * gives up, and when it expires. A mail whose secret is gone is not sent: the recipient would
 * get a hidden link. Nothing here logs or stores the text of a mail.
 */
import type { Clock, MailTransport, UnitOfWork } from "../shared/ports.ts";

export const MAX_ATTEMPTS = 8;

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
   * Run at start-up. Without a mail server nothing is ever sent, so no secret is kept for a
   * later delivery: every sealed text is wiped (it may remain from a run with SMTP_URL).
   * With one, only the expired ones go. Returns how many were wiped.
   */
  async wipeUnusableSecrets(): Promise<number> {
    const now = this.#clock.now();
    return this.#uow.transaction((r) => r.outbox.wipeSecrets(this.#transport.delivers ? now : undefined));
  }
}
