/**
 * Reads over the whole register (a page of the register, the equity view's facts, the
 * parallel-process report), kept once read, until the next change.
 *
 * On tens of thousands of entries such a read scans them all (counting, sorting by a status that
 * depends on today's date, grouping by area and year): a third of a second on PGlite, where
 * every request shares one connection. They are read far more often than anything changes, so
 * the answer is kept:
 * - until any transaction commits through this process (`changed`, called by the unit of work);
 * - and at most `maxAgeMs`, for changes made by another process (a second server on the same
 *   PostgreSQL database, the command line).
 *
 * A read that started before a change is not kept after it. Requests asking for the same thing
 * at the same time share one read.
 */
export class RecentReads {
  readonly #maxAgeMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  #generation = 0;
  readonly #entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(options: { maxAgeMs: number; maxEntries?: number; now?: () => number }) {
    this.#maxAgeMs = options.maxAgeMs;
    this.#maxEntries = options.maxEntries ?? 200;
    this.#now = options.now ?? Date.now;
  }

  /** Something changed: every kept answer is read again next time. */
  changed(): void {
    this.#generation++;
    this.#entries.clear();
  }

  /** `keep`: whether an answer is worth keeping (one that is not is read again next time). */
  read<T>(key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
    if (this.#maxAgeMs <= 0) return load();
    const now = this.#now();
    const kept = this.#entries.get(key);
    if (kept && now - kept.at < this.#maxAgeMs) return kept.value as Promise<T>;
    const generation = this.#generation;
    const value = load();
    this.#entries.delete(key);
    this.#entries.set(key, { at: now, value });
    while (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    value.then(
      (answer) => {
        // Changed while it was read: the answer may predate the change.
        if ((generation !== this.#generation || !keep(answer)) && this.#entries.get(key)?.value === value) this.#entries.delete(key);
      },
      () => {
        if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
      },
    );
    return value;
  }
}

/** For tests and tools that want every read fresh. */
export const NO_RECENT_READS = new RecentReads({ maxAgeMs: 0 });
