/**
 * Runs mail delivery in the background of the server process: every few seconds, and at once
 * when nudged. Stops cleanly on shutdown, finishing the batch it is in.
 */
import type { Logger } from "pino";
import type { MailDelivery } from "#src/application/mail/index.ts";

export interface OutboxWorker {
  nudge(): void;
  stop(): Promise<void>;
}

export function startOutboxWorker(delivery: MailDelivery, log: Logger, intervalMs = 5000): OutboxWorker {
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let nudgedWhileRunning = false;

  const tick = () => {
    if (stopped) return;
    if (running) {
      nudgedWhileRunning = true;
      return;
    }
    running = delivery
      .deliverDue()
      .then(({ sent, failed }) => {
        if (sent || failed) log.info({ sent, failed }, "mail outbox delivered");
      })
      .catch((error: unknown) => log.error({ err: error }, "mail outbox delivery failed"))
      .finally(() => {
        running = null;
        const again = nudgedWhileRunning;
        nudgedWhileRunning = false;
        if (!stopped) timer = setTimeout(tick, again ? 0 : intervalMs);
      });
  };
  timer = setTimeout(tick, 0);

  return {
    nudge() {
      if (timer) clearTimeout(timer);
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
