/**
 * When a boundary lies in an area (the SQL function lies_in_area, one home for the rule that
 * the register, the equity view, the parallel-process report and a case's areas use): their
 * interiors meet. A shared edge or corner is not enough; any overlap, however small, is.
 * The same answers as the rule it replaced, st_area(st_intersection(a, b)) > 0.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { createTestDatabase } from "../support/test-db.ts";

const square = (x: number, y: number, d: number) => `SRID=4326;POLYGON((${x} ${y}, ${x + d} ${y}, ${x + d} ${y + d}, ${x} ${y + d}, ${x} ${y}))`;
const AREA = square(13, 55.6, 0.01);
const CASES: Array<[string, string, boolean]> = [
  ["inside", square(13.002, 55.602, 0.001), true],
  ["the same", AREA, true],
  ["overlapping an edge", square(13.009, 55.602, 0.004), true],
  ["a sliver over the edge", square(12.99001, 55.602, 0.01), true],
  ["sharing an edge", square(13.01, 55.6, 0.01), false],
  ["sharing a corner", square(13.01, 55.61, 0.01), false],
  ["apart", square(13.1, 55.7, 0.01), false],
];

describe("a boundary lies in an area", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle?.close());

  it.each(CASES)("%s: %s", async (_name, boundary, expected) => {
    const { rows } = await sql<{ lies: boolean; overlap: boolean }>`
      select lies_in_area(${AREA}::geometry, ${boundary}::geometry) as lies,
             st_area(st_intersection(${AREA}::geometry, ${boundary}::geometry)) > 0 as overlap`.execute(handle.db);
    expect(rows[0]).toEqual({ lies: expected, overlap: expected });
  });
});
