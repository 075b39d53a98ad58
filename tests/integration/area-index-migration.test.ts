/**
 * Migration 0012: saved index configurations that used the old `geometric` (the shifted mean
 * Π(x + s)^w − s) say `geometric_shifted` afterwards, so they keep computing what they did when
 * saved and stay valid; nothing else in them changes. Runs the migration again on a migrated
 * database with rows written the old way.
 */
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { up } from "#src/adapters/db/migrations/0012_index_geometric_shifted.ts";
import { DEFAULT_INDEX_CONFIG } from "#src/domain/area-index/default-config.ts";
import { validateIndexConfig } from "#src/domain/area-index/config.ts";
import { createTestDatabase } from "../support/test-db.ts";

describe("migration 0012: the old geometric mean keeps its meaning in saved configurations", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle?.close());

  const saved = (version: number, aggregation: Record<string, string>) => ({ ...DEFAULT_INDEX_CONFIG, id: `v${version}`, aggregation });
  const insert = (version: number, definition: unknown) =>
    sql`insert into index_configuration (version, name, definition) values (${version}, ${`v${version}`}, ${JSON.stringify(definition)}::jsonb)`.execute(handle.db);
  const definitions = async () =>
    Object.fromEntries((await handle.db.selectFrom("index_configuration").select(["version", "definition"]).orderBy("version").execute()).map((r) => [r.version, r.definition as Record<string, unknown>]));

  it("renames geometric to geometric_shifted at either level and leaves everything else as it was", async () => {
    await insert(1, saved(1, { withinDimensions: "geometric", acrossDimensions: "arithmetic" }));
    await insert(2, saved(2, { withinDimensions: "arithmetic", acrossDimensions: "geometric" }));
    await insert(3, saved(3, { withinDimensions: "geometric", acrossDimensions: "geometric" }));
    await insert(4, saved(4, { withinDimensions: "arithmetic", acrossDimensions: "arithmetic" }));
    const before = await definitions();
    // Before: minmax with the (new) geometric mean and no floor is not a valid configuration.
    expect(validateIndexConfig(before[1]).ok).toBe(false);

    await up(handle.db as unknown as Kysely<unknown>);

    const after = await definitions();
    expect([1, 2, 3, 4].map((v) => after[v]!.aggregation)).toEqual([
      { withinDimensions: "geometric_shifted", acrossDimensions: "arithmetic" },
      { withinDimensions: "arithmetic", acrossDimensions: "geometric_shifted" },
      { withinDimensions: "geometric_shifted", acrossDimensions: "geometric_shifted" },
      { withinDimensions: "arithmetic", acrossDimensions: "arithmetic" },
    ]);
    for (const v of [1, 2, 3, 4]) {
      expect({ ...after[v], aggregation: null }).toEqual({ ...before[v], aggregation: null });
      expect(validateIndexConfig(after[v]).ok).toBe(true);
    }
  });
});
