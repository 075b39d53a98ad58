/**
 * Counting the database queries of one piece of work (a request), for the load benchmark's
 * "queries per page" (QUERY_COUNT_HEADER=true). The database notes each query it runs in the
 * count of whatever work it runs for; work that is not counted costs nothing.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const current = new AsyncLocalStorage<{ queries: number }>();

/** Runs `work`, counting the queries it causes (also those of work it awaits). */
export async function countingQueries<T>(work: () => Promise<T>): Promise<{ value: T; queries: number }> {
  const count = { queries: 0 };
  const value = await current.run(count, work);
  return { value, queries: count.queries };
}

/** Called by the database for each query it runs. */
export function noteQuery(): void {
  const count = current.getStore();
  if (count) count.queries++;
}
