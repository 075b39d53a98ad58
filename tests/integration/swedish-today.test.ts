/**
 * "Today" is the day in Sweden, also in the administrators' overviews: half an hour after
 * midnight on New Year's Day in Malmö it is still the old year in UTC, and an area version
 * valid from the new year must be the current one.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { AdminService } from "#src/application/admin/overviews.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

describe("today is the day in Sweden", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    const geom = sql`st_multi(st_makeenvelope(13.0, 55.58, 13.02, 55.6, 4326))`;
    await handle.db.insertInto("area").values({ code: "NY-01", name: "Gamla gränsen", geom, valid_from: "2020-01-01", valid_to: "2027-01-01", source: "test" }).execute();
    await handle.db.insertInto("area").values({ code: "NY-01", name: "Nya gränsen", geom, valid_from: "2027-01-01", source: "test" }).execute();
  });
  afterAll(async () => handle?.close());

  const currentNames = async (at: string) => {
    const admin = new AdminService({ uow: new KyselyUnitOfWork(handle.db), clock: new FakeClock(new Date(at)) });
    const areas = await admin.areas(await fx.user("administrator"));
    if (!areas.ok) throw new Error("forbidden");
    return areas.value.filter((a) => a.code === "NY-01").map((a) => a.name);
  };

  it("lists the area version valid on the Swedish day, not the UTC one", async () => {
    // 23:30 on New Year's Eve in Malmö (22:30 UTC): the old version.
    expect(await currentNames("2026-12-31T22:30:00Z")).toEqual(["Gamla gränsen"]);
    // 00:30 on New Year's Day in Malmö, still 31 December in UTC: the new version.
    expect(await currentNames("2026-12-31T23:30:00Z")).toEqual(["Nya gränsen"]);
  });
});
