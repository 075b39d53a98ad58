/**
 * The load benchmark's "queries per page": with QUERY_COUNT_HEADER on, each response says how
 * many database queries its request took, counted per request even when requests run at once.
 */
import { sql } from "kysely";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "#src/adapters/db/connect.ts";
import { countingQueries } from "#src/adapters/db/query-count.ts";
import type { AppServices } from "#src/web/app/context.ts";
import { createHttpApp } from "#src/web/edge/http-app.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openDatabase({ countQueries: true });
});
afterAll(async () => handle?.close());

function edge(countQueries: boolean) {
  return createHttpApp({
    services: {} as AppServices,
    csrfSecret: "a-test-secret-that-is-long-enough-0123456789",
    log: pino({ level: "silent" }),
    isReady: async () => true,
    trustProxy: 0,
    publicUrlIsHttps: false,
    ...(countQueries ? { countQueries: countingQueries } : {}),
    // A page whose loader runs as many queries as ?n= says, one after another, with a pause between.
    async handleRequest(request) {
      const n = Number(new URL(request.url).searchParams.get("n"));
      for (let i = 0; i < n; i++) {
        await sql`select ${i}::int`.execute(handle.db);
        await new Promise((r) => setTimeout(r, 1));
      }
      return new Response("ok");
    },
  });
}

describe("queries per request", () => {
  it("are counted per request, also for requests that run at the same time", async () => {
    const app = edge(true);
    const counts = await Promise.all([3, 7, 0, 12].map(async (n) => (await app.request(`http://samverka.test/p?n=${n}`)).headers.get("x-query-count")));
    expect(counts).toEqual(["3", "7", "0", "12"]);
  });

  it("are not told unless asked for", async () => {
    const res = await edge(false).request("http://samverka.test/p?n=2");
    expect(res.headers.get("x-query-count")).toBeNull();
  });
});
