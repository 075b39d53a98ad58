/**
 * The background work's queues and how each retries: the mail (one job per mail in the outbox),
 * the features' reminder sweeps (one queue per sweep, run every minute and at start-up) and the
 * mail's upkeep (expired secrets wiped, pending mail without a job given one). Pure rules: the job queue (src/adapters/jobs/) applies them,
 * the administrators' page (/admin/jobb) names the queues with them.
 */

/** How many times a mail is tried in all before its delivery gives up (the first try and 7 retries). */
export const MAIL_ATTEMPTS = 8;

/** The queue of mail deliveries: a job's id is the id of its mail in the outbox. */
export const MAIL_QUEUE = "mail";

/** The mail's upkeep, every minute: wipes the secrets of mail whose links have expired, and gives a job to pending mail that has none (written by a process without the queue). */
export const MAIL_UPKEEP_QUEUE = "mail-upkeep";

const SWEEP_PREFIX = "sweep.";

/** A sweep's part of its queue's name: lower-case letters a–z, digits and hyphens. */
const SWEEP_NAME = /^[a-z0-9][a-z0-9-]{0,60}$/;

const LETTERS: Record<string, string> = { å: "a", ä: "a", ö: "o", é: "e", ü: "u" };

export type QueueKind = { kind: "mail" } | { kind: "mailUpkeep" } | { kind: "sweep"; sweep: string };

/**
 * The queue that runs a feature's reminder sweep: "sweep." and the sweep's name in lower case,
 * å ä ö as a a o and anything else but letters and digits as a hyphen ("Avstämningar" →
 * "sweep.avstamningar"). A name with nothing left of it is refused.
 */
export function sweepQueue(sweepName: string): string {
  const part = sweepName
    .toLowerCase()
    .replace(/[åäöéü]/g, (c) => LETTERS[c] ?? c)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 61);
  if (!SWEEP_NAME.test(part)) throw new Error(`A reminder sweep needs a name of letters or digits: ${JSON.stringify(sweepName)}`);
  return `${SWEEP_PREFIX}${part}`;
}

/** What a queue's name stands for; undefined for a queue that is not Samverka's (pg-boss's own). */
export function queueKind(queue: string): QueueKind | undefined {
  if (queue === MAIL_QUEUE) return { kind: "mail" };
  if (queue === MAIL_UPKEEP_QUEUE) return { kind: "mailUpkeep" };
  if (queue.startsWith(SWEEP_PREFIX) && SWEEP_NAME.test(queue.slice(SWEEP_PREFIX.length))) return { kind: "sweep", sweep: queue.slice(SWEEP_PREFIX.length) };
  return undefined;
}

export interface RetryPolicy {
  /** Retries after the first try. */
  retryLimit: number;
  /** Seconds before the first retry. */
  retryDelay: number;
  /** Double the wait after each retry (with some jitter). */
  retryBackoff: boolean;
  /** With backoff: the longest wait between two tries, in seconds. */
  retryDelayMax?: number;
  /** How long one try may run before it counts as failed (a crash in the middle of a job). */
  expireInSeconds: number;
}

/**
 * A mail is tried 8 times over about an hour (30 s, 1 min, 2 min … between tries, at most an
 * hour), as the outbox always did; a try that has not finished in 5 minutes failed. A sweep is
 * tried 3 times, 30 s apart: the next minute's run comes anyway, and a sweep that fails three
 * times in a row is an error for the administrators to see, not to hide by retrying.
 */
export function retryPolicy(kind: QueueKind["kind"]): RetryPolicy {
  switch (kind) {
    case "mail":
      return { retryLimit: MAIL_ATTEMPTS - 1, retryDelay: 30, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 5 * 60 };
    case "mailUpkeep":
    case "sweep":
      return { retryLimit: 2, retryDelay: 30, retryBackoff: false, expireInSeconds: 10 * 60 };
  }
}

/**
 * Whether a try is the last one: `retryCount` is how many times the job was tried before this
 * try. A failure on the last try gives up (the job is failed; a mail's secrets are wiped).
 */
export function isLastTry(retryCount: number, retryLimit: number): boolean {
  return retryCount >= retryLimit;
}

/** The longest a failure message kept for the administrators may be (the queue keeps the rest to itself). */
export const FAILURE_MESSAGE_MAX = 300;

/**
 * A failure's message as the administrators' page shows it: one line, cut at FAILURE_MESSAGE_MAX,
 * every e-mail address in it masked (a mail server's refusal often names the recipient, and the
 * page shows no personal data: the outbox, /utkorg, says who a mail was for).
 */
export function failureMessage(message: string | null | undefined): string | null {
  if (!message) return null;
  const line = message
    .replace(/[^\s<>()"',;:]+@[^\s<>()"',;:]+/g, "…@…")
    .replace(/\s+/g, " ")
    .trim();
  if (!line) return null;
  return line.length > FAILURE_MESSAGE_MAX ? `${line.slice(0, FAILURE_MESSAGE_MAX - 1)}…` : line;
}
