/**
 * PGlite has one connection. Concurrent requests must queue whole transactions, never
 * interleave inside one. On a PostgreSQL server each transaction has its own connection, and
 * the same workload stays correct through row locks.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { createTestDatabase } from "../support/test-db.ts";

const CONCURRENT = 40;

describe("concurrent transactions", () => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await sql`create table t_counter (id int primary key, value int not null)`.execute(handle.db);
    await sql`insert into t_counter values (1, 0)`.execute(handle.db);
    await sql`create table t_trace (seq bigint generated always as identity, tx int not null, step text not null)`.execute(handle.db);
  });
  afterAll(async () => handle.close());

  it("never loses an update when many transactions read, wait and write the same row", async () => {
    await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        handle.db.transaction().execute(async (trx) => {
          await sql`insert into t_trace (tx, step) values (${i}, 'begin')`.execute(trx);
          const { rows } = await sql<{ value: number }>`select value from t_counter where id = 1 for update`.execute(trx);
          // Yield to the event loop between read and write: other requests run here.
          await sleep(2);
          await sql`update t_counter set value = ${rows[0]!.value + 1} where id = 1`.execute(trx);
          await sql`insert into t_trace (tx, step) values (${i}, 'commit')`.execute(trx);
        }),
      ),
    );
    const { rows } = await sql<{ value: number }>`select value from t_counter where id = 1`.execute(handle.db);
    expect(rows[0]!.value).toBe(CONCURRENT);

    const trace = (await sql<{ tx: number; step: string }>`select tx, step from t_trace order by seq`.execute(handle.db)).rows;
    expect(trace).toHaveLength(CONCURRENT * 2);
    if (handle.kind === "pglite") {
      // One connection: each transaction's statements are back to back, none from another in between.
      for (let k = 0; k < trace.length; k += 2) {
        expect(trace[k]!.step).toBe("begin");
        expect(trace[k + 1]).toEqual({ tx: trace[k]!.tx, step: "commit" });
      }
    }
  });

  it("rolls back a failing transaction without disturbing the ones queued behind it", async () => {
    await sql`update t_counter set value = 0 where id = 1`.execute(handle.db);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        handle.db.transaction().execute(async (trx) => {
          await sql`update t_counter set value = value + 1 where id = 1`.execute(trx);
          await sleep(1);
          if (i % 4 === 0) throw new Error(`transaction ${i} fails on purpose`);
        }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(5);
    const { rows } = await sql<{ value: number }>`select value from t_counter where id = 1`.execute(handle.db);
    expect(rows[0]!.value).toBe(15);
  });
});
