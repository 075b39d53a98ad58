/**
 * The areas of each register entry, kept by the database at write time (migration 0014:
 * `register_entry_area` by triggers, read through the view `register_area`), so the equity
 * view, the parallel report and the register's area filter join instead of comparing every
 * boundary with every area per request. The links must follow every change: a new entry, a
 * changed boundary, a new area version, a deleted entry.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { coordinationRepository } from "#src/adapters/db/repositories/coordination.ts";
import { Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const box = (x: number, d = 0.02) => sql`st_multi(st_makeenvelope(${x}, 55.58, ${x + d}, 55.6, 4326))`;

describe("a register entry's areas, kept at write time", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  const areaId: Record<string, string> = {};

  const areasOf = async (entryId: string) =>
    (await sql<{ code: string }>`select a.code from register_area ra join area a on a.id = ra.area_id where ra.entry_id = ${entryId} order by a.code`.execute(handle.db)).rows.map((r) => r.code);
  const process = async (name: string, geom: ReturnType<typeof box> | null) =>
    (
      await sql<{ id: string }>`insert into local_process (name, owner_kind, owner_name, geom, starts_on, status) values (${name}, 'forvaltning', 'Förvaltningen', ${geom ?? sql`null`}, '2026-01-01', 'pagaende') returning id`.execute(handle.db)
    ).rows[0]!.id;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    // Two neighbours sharing an edge at 13.02.
    for (const [code, x] of [["RA-01", 13.0], ["RA-02", 13.02]] as const) {
      areaId[code] = (await handle.db.insertInto("area").values({ code, name: `Område ${code}`, geom: box(x), valid_from: "2020-01-01", source: "test" }).returning("id").executeTakeFirstOrThrow()).id;
    }
  });
  afterAll(async () => handle?.close());

  it("links a new process to the areas its boundary lies in, not to a neighbour it only touches", async () => {
    expect(await areasOf(await process("Inne i RA-01", box(13.005, 0.005)))).toEqual(["RA-01"]);
    expect(await areasOf(await process("Hela RA-01", box(13.0)))).toEqual(["RA-01"]);
    expect(await areasOf(await process("Över gränsen", box(13.015, 0.01)))).toEqual(["RA-01", "RA-02"]);
    expect(await areasOf(await process("Utan gräns", null))).toEqual([]);
  });

  it("follows a changed boundary, and forgets a deleted entry", async () => {
    const id = await process("Flyttar", box(13.005, 0.005));
    await sql`update local_process set geom = ${box(13.025, 0.005)} where id = ${id}`.execute(handle.db);
    expect(await areasOf(id)).toEqual(["RA-02"]);
    await sql`update local_process set geom = null where id = ${id}`.execute(handle.db);
    expect(await areasOf(id)).toEqual([]);
    await sql`update local_process set geom = ${box(13.005, 0.005)} where id = ${id}`.execute(handle.db);
    await sql`delete from local_process where id = ${id}`.execute(handle.db);
    expect(Number((await sql<{ n: number }>`select count(*)::int as n from register_entry_area where entry_id = ${id}`.execute(handle.db)).rows[0]!.n)).toBe(0);
  });

  it("links a case's boundary the same way", async () => {
    const caseId = await fx.caseFor(await fx.organisation());
    await sql`update collaboration_case set geom = ${box(13.03, 0.005)} where id = ${caseId}`.execute(handle.db);
    expect(await areasOf(caseId)).toEqual(["RA-02"]);
  });

  it("links the entries already stored to an area imported later, and to its new boundary", async () => {
    const id = await process("Före det nya området", box(13.045, 0.005));
    expect(await areasOf(id)).toEqual([]);
    const added = (await handle.db.insertInto("area").values({ code: "RA-03", name: "Område RA-03", geom: box(13.04), valid_from: "2026-01-01", source: "test" }).returning("id").executeTakeFirstOrThrow()).id;
    expect(await areasOf(id)).toEqual(["RA-03"]);
    await sql`update area set geom = ${box(13.1)} where id = ${added}`.execute(handle.db);
    expect(await areasOf(id)).toEqual([]);
  });

  it("counts an entry in the equity view by its areas, chosen by name or from its boundary, each entry once per area", async () => {
    const named = await process("Vald efter namn", box(13.0));
    await handle.db.insertInto("local_process_area").values({ process_id: named, area_id: areaId["RA-01"]! }).execute();
    const facts = await coordinationRepository(handle.db).equityFacts("2026-11-01");
    const running = (code: string) => facts.spans.filter((s) => s.areaCode === code && s.startYear <= 2026 && (s.endYear === null || s.endYear >= 2026)).reduce((n, s) => n + s.entries, 0);
    const expected = async (code: string) =>
      Number(
        (
          await sql<{ n: number }>`select count(distinct r.id)::int as n from process_register r join area a on a.code = ${code}
            where (lies_in_area(a.geom, r.geom) or r.id in (select process_id from local_process_area where area_id = a.id) or r.id in (select case_id from case_area where area_id = a.id))`.execute(handle.db)
        ).rows[0]!.n,
      );
    expect(running("RA-01")).toBe(await expected("RA-01"));
    expect(running("RA-02")).toBe(await expected("RA-02"));
    expect(running("RA-01")).toBeGreaterThanOrEqual(4);
  });

  it("gives each area its outline for maps, made by the database and following its boundary", async () => {
    // The outline's first corner, whatever the nesting (a one-part boundary comes out as a Polygon).
    const firstCorner = async () => {
      const row = (await sql<{ o: string }>`select outline_geojson as o from area where id = ${areaId["RA-01"]!}`.execute(handle.db)).rows[0]!;
      const geometry = JSON.parse(row.o) as { type: string; coordinates: unknown };
      expect(["Polygon", "MultiPolygon"]).toContain(geometry.type);
      let c = geometry.coordinates as unknown[];
      while (Array.isArray(c[0])) c = c[0] as unknown[];
      return c;
    };
    expect(await firstCorner()).toEqual([13, 55.58]);
    await sql`update area set geom = ${box(13.5)} where id = ${areaId["RA-01"]!}`.execute(handle.db);
    expect(await firstCorner()).toEqual([13.5, 55.58]);
  });
});
