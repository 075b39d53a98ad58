/**
 * The register of local processes, overlap detection and the areas import against a real
 * database (PGlite, or PostgreSQL with DATABASE_URL): PostGIS intersections and shares,
 * all-or-nothing CSV and GeoJSON imports, and who may do what.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { csvTableReader } from "#src/adapters/files/csv-table.ts";
import { CoordinationService } from "#src/application/coordination/coordination-service.ts";
import type { AreaNeedsView } from "#src/application/area-index/index.ts";
import type { ProcessInput } from "#src/domain/coordination/process.ts";
import { RecentReads } from "#src/application/shared/recent-reads.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const square = (x: number, y: number, d: number) => JSON.stringify({ type: "Polygon", coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });

describe("coordination", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: CoordinationService;
  // The area index as the coordination feature sees it (through area-index's index.ts): a fake
  // whose answer a test sets, recording the years asked for.
  let needs: AreaNeedsView | null = null;
  const needsAsked: Array<number | "latest" | undefined> = [];
  const needsSource = {
    async areaNeeds(_actor: unknown, year?: number | "latest") {
      needsAsked.push(year);
      return needs;
    },
  };

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    sut = new CoordinationService({ uow: new KyselyUnitOfWork(handle.db), clock: new FakeClock(new Date("2026-11-23T09:00:00Z")), tables: csvTableReader, needs: needsSource });
    for (const [code, name, x] of [["K-01", "Västra", 13.0], ["K-02", "Östra", 13.02]] as const) {
      await handle.db.insertInto("area").values({ code, name, geom: sql`st_multi(st_makeenvelope(${x}, 55.58, ${x + 0.02}, 55.6, 4326))`, valid_from: "2020-01-01", source: "test" }).execute();
    }
  });
  afterAll(async () => handle.close());

  const input = (over: Partial<ProcessInput & { geojson: string; submissionKey: string }> = {}): ProcessInput & { geojson: string; submissionKey: string } => ({
    name: "Trygghetsvandringar",
    ownerKind: "forvaltning",
    ownerName: "Stadsområdesförvaltningen",
    contactName: "",
    contactEmail: "",
    themes: ["trygghet"],
    areaCodes: [],
    startsOn: "2026-01-01",
    endsOn: "",
    status: "pagaende",
    link: "",
    geojson: "",
    submissionKey: randomUUID(),
    ...over,
  });

  it("keeps the register's pages between changes, and shows a new process as soon as it is committed", async () => {
    const recentReads = new RecentReads({ maxAgeMs: 60_000 });
    const kept = new CoordinationService({
      uow: new KyselyUnitOfWork(handle.db, { onCommit: () => recentReads.changed() }),
      clock: new FakeClock(new Date("2026-11-23T09:00:00Z")),
      tables: csvTableReader,
      needs: needsSource,
      recentReads,
    });
    const analyst = await fx.user("analytiker");
    const before = (await kept.list(analyst, { areaCode: "K-02" }))!;
    // Written behind the service's back: not seen while the kept page is fresh.
    await sql`insert into local_process (name, owner_kind, owner_name, geom, starts_on, status)
              values ('Utanför tjänsten', 'annan', 'Någon', st_multi(st_makeenvelope(13.025, 55.585, 13.03, 55.59, 4326)), '2026-01-01', 'pagaende')`.execute(handle.db);
    expect((await kept.list(analyst, { areaCode: "K-02" }))!.total).toBe(before.total);
    expect((await sut.list(analyst, { areaCode: "K-02" }))!.total).toBe(before.total + 1);
    const created = await kept.create(analyst, input({ name: "Nyss registrerad", areaCodes: ["K-02"] }));
    expect(created.ok).toBe(true);
    const after = (await kept.list(analyst, { areaCode: "K-02" }))!;
    expect(after.total).toBe(before.total + 2);
    expect(after.items.map((p) => p.name)).toEqual(expect.arrayContaining(["Nyss registrerad", "Utanför tjänsten"]));
  });

  it("registers a process by area codes once per submission key, and lists it with its areas", async () => {
    const analyst = await fx.user("analytiker");
    const key = randomUUID();
    const first = await sut.create(analyst, input({ name: "Citysamverkan", areaCodes: ["K-01"], submissionKey: key, themes: ["naringsliv", "trygghet"] }));
    const again = await sut.create(analyst, input({ name: "Citysamverkan", areaCodes: ["K-01"], submissionKey: key, themes: ["naringsliv", "trygghet"] }));
    expect(first.ok && again.ok && first.value.id === again.value.id).toBe(true);
    const listed = await sut.list(analyst, { areaCode: "K-01" });
    expect(listed?.items.filter((p) => p.name === "Citysamverkan").map((p) => [p.kind, p.areas.map((a) => a.code), p.hasGeometry])).toEqual([["process", ["K-01"], true]]);
    const audit = await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", first.ok ? first.value.id : "").execute();
    expect(audit.map((a) => a.action)).toEqual(["process.registered"]);
  });

  it("says what is wrong by field, reports PostGIS's reason for an invalid polygon, and stores nothing", async () => {
    const staff = await fx.user("kontaktperson");
    const before = await handle.db.selectFrom("local_process").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
    const bad = await sut.create(staff, input({ name: "", areaCodes: ["FINNS-INTE"], startsOn: "2026-13-01" }));
    expect(bad).toMatchObject({ ok: false, error: "invalid", detail: { name: "required", startsOn: "invalid_date" } });
    const unknown = await sut.create(staff, input({ areaCodes: ["FINNS-INTE"] }));
    expect(unknown).toMatchObject({ ok: false, detail: { areaCodes: "unknown_area" } });
    const bowtie = JSON.stringify({ type: "Polygon", coordinates: [[[13.0, 55.58], [13.01, 55.59], [13.01, 55.58], [13.0, 55.59], [13.0, 55.58]]] });
    const invalid = await sut.create(staff, input({ geojson: bowtie }));
    expect(invalid).toMatchObject({ ok: false, detail: { geojson: "invalid_geometry" } });
    expect(!invalid.ok && invalid.detail?.geojson_reason).toMatch(/self-intersection/i);
    const after = await handle.db.selectFrom("local_process").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("finds the processes that overlap a submitted case in space and time, scored, and records coordination", async () => {
    const org = await fx.organisation("aktor");
    const caseId = await fx.caseFor(org);
    const staff = await fx.staffFor("kontaktperson", caseId);
    // The case covers 13.00–13.01 × 55.59–55.60 (see the fixture); it started this year.
    await handle.db.updateTable("collaboration_case").set({ started_on: "2026-09-01", themes: ["barn_och_unga", "trygghet"] }).where("id", "=", caseId).execute();
    const inside = await sut.create(staff, input({ name: "Fritidsgård i kvarteret", geojson: square(13.002, 55.592, 0.002), themes: ["barn_och_unga"] }));
    const half = await sut.create(staff, input({ name: "Gatuombyggnad", geojson: square(13.005, 55.59, 0.01), themes: ["fysisk_miljo"] }));
    const past = await sut.create(staff, input({ name: "Avslutat projekt", geojson: square(13.0, 55.59, 0.01), themes: ["trygghet"], startsOn: "2019-01-01", endsOn: "2020-12-31", status: "avslutad" }));
    const elsewhere = await sut.create(staff, input({ name: "Långt borta", geojson: square(13.03, 55.58, 0.005) }));
    expect([inside, half, past, elsewhere].every((r) => r.ok)).toBe(true);

    const found = await sut.forCase(staff, caseId);
    const names = found?.overlaps.map((o) => o.name) ?? [];
    expect(names).toContain("Fritidsgård i kvarteret");
    expect(names).toContain("Gatuombyggnad");
    expect(names).not.toContain("Avslutat projekt");
    expect(names).not.toContain("Långt borta");
    const fritid = found!.overlaps.find((o) => o.name === "Fritidsgård i kvarteret")!;
    // A small process wholly inside the case: it overlaps fully in space; it shares a theme.
    expect(fritid.shareOfOther).toBeCloseTo(1, 5);
    expect(fritid.shareOfSubject).toBeCloseTo(0.04, 3);
    expect(fritid.overlap.sharedThemes).toEqual(["barn_och_unga"]);
    const gata = found!.overlaps.find((o) => o.name === "Gatuombyggnad")!;
    expect(gata.shareOfSubject).toBeCloseTo(0.5, 3);
    expect(fritid.overlap.score).toBeGreaterThan(gata.overlap.score);
    expect(found!.overlaps[0]!.name).toBe("Fritidsgård i kvarteret");

    const key = randomUUID();
    const recorded = await sut.recordCoordination(staff, { caseId, registerId: fritid.id, how: "Gemensamt möte med fritidsgården; aktiviteterna samordnas.", submissionKey: key });
    await sut.recordCoordination(staff, { caseId, registerId: fritid.id, how: "Gemensamt möte med fritidsgården; aktiviteterna samordnas.", submissionKey: key });
    expect(recorded.ok).toBe(true);
    const again = await sut.forCase(staff, caseId);
    expect(again?.coordinations.map((c) => [c.name, c.registerKind])).toEqual([["Fritidsgård i kvarteret", "process"]]);
    expect(await sut.recordCoordination(staff, { caseId, registerId: randomUUID(), how: "x", submissionKey: randomUUID() })).toMatchObject({ ok: false, error: "unknown_process" });
    expect(await sut.recordCoordination(staff, { caseId, registerId: fritid.id, how: "  ", submissionKey: randomUUID() })).toMatchObject({ ok: false, error: "empty" });

    // The case itself is in the register, and the process sees the case among its overlaps.
    const fromProcess = await sut.get(staff, fritid.id);
    expect(fromProcess?.overlaps.some((o) => o.kind === "case" && o.id === caseId)).toBe(true);
    const report = await sut.parallelReport(staff);
    const west = report?.find((a) => a.areaCode === "K-01");
    expect(west?.processes.map((p) => p.name)).toEqual(expect.arrayContaining(["Fritidsgård i kvarteret", "Gatuombyggnad", "Testärende"]));
    expect(west?.processes.map((p) => p.name)).not.toContain("Avslutat projekt");
  });

  it("imports processes from CSV with Swedish headers and labels, all or nothing", async () => {
    const analyst = await fx.user("analytiker");
    const good = [
      "Namn;Ägare;Ägartyp;Kontaktperson;E-post;Teman;Områden;Start;Slut;Status;Länk",
      "Communities That Care;Stadskontoret;Förvaltning;Eva Ek;eva@example.invalid;Barn och unga, Trygghet;K-01;2025-01-01;;Pågående;https://example.invalid/ctc",
      "Sommargata Östra;Fastighets- och gatukontoret;forvaltning;;;fysisk_miljo;K-02;2026-06-01;2026-08-31;planerad;",
    ].join("\n");
    const imported = await sut.importCsv(analyst, good);
    expect(imported).toMatchObject({ ok: true, value: { imported: 2 } });
    const ctc = (await sut.list(analyst, { theme: "barn_och_unga" }))?.items.find((p) => p.name === "Communities That Care");
    expect(ctc).toMatchObject({ ownerKind: "forvaltning", status: "pagaende", themes: ["barn_och_unga", "trygghet"], contactEmail: "eva@example.invalid" });

    const count = async () => (await handle.db.selectFrom("local_process").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n;
    const before = await count();
    const broken = [
      "namn,agare,agartyp,teman,omraden,start,slut,status",
      "Bra rad,Ägare,bolag,trygghet,K-01,2026-01-01,,pagaende",
      ",Ägare,bolag,trygghet,K-01,2026-01-01,,pagaende",
      "Fel område,Ägare,bolag,trygghet,K-99,2026-01-01,,pagaende",
      "Fel datum,Ägare,kommun,rymdfart,K-01,2026-02-30,2025-01-01,kanske",
    ].join("\n");
    const refused = await sut.importCsv(analyst, broken);
    expect(refused.ok).toBe(false);
    const errors = !refused.ok && refused.error === "invalid" ? refused.errors : [];
    expect(errors.map((e) => [e.line, e.field, e.error])).toEqual([
      [3, "namn", "required"],
      [4, "omraden", "unknown_area"],
      [5, "agartyp", "unknown_owner_kind"],
      [5, "teman", "unknown_theme"],
      [5, "start", "invalid_date"],
      [5, "status", "unknown_status"],
    ]);
    expect(await count()).toBe(before);
    const noColumns = await sut.importCsv(analyst, "titel,datum\nx,y");
    expect(!noColumns.ok && noColumns.error === "invalid" && noColumns.errors.map((e) => e.field)).toEqual(["namn", "agare", "agartyp", "start", "status"]);
  });

  it("imports a new version of the city's areas from WGS 84 or SWEREF 99 TM, and refuses invalid rings with the reason", async () => {
    const analyst = await fx.user("analytiker");
    const sweref = {
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "EPSG:3006" } },
      features: [{ type: "Feature", properties: { kod: "K-01", namn: "Västra (ny gräns)" }, geometry: { type: "Polygon", coordinates: [[[372000, 6162000], [374000, 6162000], [374000, 6164000], [372000, 6164000], [372000, 6162000]]] } }],
    };
    const imported = await sut.importAreas(analyst, { text: JSON.stringify(sweref), validFrom: "2026-07-01", source: "Stadskontoret, GeSo 2026" });
    expect(imported).toEqual({ ok: true, value: { inserted: 1, closed: 1 } });
    const versions = await handle.db.selectFrom("area").select(["name", "valid_from", "valid_to", sql<number>`st_x(st_centroid(geom))`.as("lon")]).where("code", "=", "K-01").orderBy("valid_from").execute();
    expect(versions.map((v) => [v.name, String(v.valid_to ?? "").slice(0, 10) || null])).toEqual([
      ["Västra", "2026-07-01"],
      ["Västra (ny gräns)", null],
    ]);
    expect(Number(versions[1]!.lon)).toBeGreaterThan(12.9);
    expect(Number(versions[1]!.lon)).toBeLessThan(13.1);
    // The same version again is refused: it exists.
    const twice = await sut.importAreas(analyst, { text: JSON.stringify(sweref), validFrom: "2026-07-01", source: "igen" });
    expect(twice).toMatchObject({ ok: false, problems: [{ code: "K-01", error: "version_exists" }] });

    const bowtie = { type: "FeatureCollection", features: [{ type: "Feature", properties: { code: "K-09", name: "Rosett" }, geometry: { type: "Polygon", coordinates: [[[13.0, 55.58], [13.01, 55.59], [13.01, 55.58], [13.0, 55.59], [13.0, 55.58]]] } }] };
    const refused = await sut.importAreas(analyst, { text: JSON.stringify(bowtie), validFrom: "2026-08-01", source: "test" });
    expect(refused).toMatchObject({ ok: false, problems: [{ feature: 1, code: "K-09", error: "invalid_geometry" }] });
    expect(!refused.ok && refused.error === "invalid" && refused.problems[0]).toMatchObject({ detail: expect.stringMatching(/self-intersection/i) });
    expect(await handle.db.selectFrom("area").select("id").where("code", "=", "K-09").execute()).toEqual([]);
  });

  it("tells, per area and year, the processes running, the money granted (split between a case's areas) and the need", async () => {
    const staff = await fx.user("handlaggare");
    const org = await fx.organisation("aktor");
    const caseId = await fx.caseFor(org);
    const areas = await handle.db.selectFrom("area").select(["id", "code"]).where("valid_to", "is", null).where("code", "in", ["K-01", "K-02"]).execute();
    await handle.db.insertInto("case_area").values(areas.map((a) => ({ case_id: caseId, area_id: a.id }))).execute();
    await handle.db.insertInto("decision").values({ case_id: caseId, decision_point: "ansokan", paragraph: "§ 7", decided_on: "2026-03-15", outcome: "bifall", granted_amount_sek: 300_000 }).execute();
    const rejected = await fx.caseFor(org);
    await handle.db.insertInto("case_area").values({ case_id: rejected, area_id: areas.find((a) => a.code === "K-01")!.id }).execute();
    await handle.db.insertInto("decision").values({ case_id: rejected, decision_point: "ansokan", paragraph: "§ 8", decided_on: "2026-03-15", outcome: "avslag", granted_amount_sek: 0 }).execute();
    const needs = new Map([["K-01", { rank: 2, score: 0.7 }], ["K-02", { rank: 1, score: 0.3 }]]);
    const view = await sut.equity(staff, 2026, needs);
    const east = view?.rows.find((r) => r.areaCode === "K-02");
    const west = view?.rows.find((r) => r.areaCode === "K-01");
    expect(east).toMatchObject({ grantedSek: 150_000, rank: 1, score: 0.3 });
    expect(west).toMatchObject({ grantedSek: 150_000, rank: 2 });
    expect(west!.processes).toBeGreaterThan(0);
    expect((await sut.equity(staff, 2025, needs))?.rows.find((r) => r.areaCode === "K-02")?.grantedSek).toBe(0);
    expect(await sut.equity(await fx.user("aktor"), 2026, needs)).toBeUndefined();
  });

  it("gives the equity map the outlines of the year's running processes, to those who may read the register only", async () => {
    const analyst = await fx.user("analytiker");
    const created = await sut.create(analyst, input({ name: "Utlinje <b>2026</b>", geojson: square(13.001, 55.581, 0.002), startsOn: "2026-02-01" }));
    expect(created.ok).toBe(true);
    const outlines = (await sut.processOutlines(analyst, 2026))!;
    const mine = outlines.find((o) => o.name === "Utlinje <b>2026</b>");
    expect(mine).toMatchObject({ kind: "process", geometry: { type: expect.stringMatching(/Polygon$/) } });
    expect((await sut.processOutlines(analyst, 2025))!.some((o) => o.name === "Utlinje <b>2026</b>")).toBe(false);
    expect(await sut.processOutlines(await fx.user("aktor"), 2026)).toBeUndefined();
  });

  describe("the pages' view models (one use case per page)", () => {
    const view = (year: number | null, byArea: AreaNeedsView["byArea"]): AreaNeedsView => ({ byArea, ranked: Object.values(byArea).filter((a) => a.rank !== null).length, year, years: [2024, 2025] });

    it("equity: opens on the latest year with index values, with the index beside processes and money, and the areas' shapes", async () => {
      const staff = await fx.user("handlaggare");
      needs = view(2025, { "K-01": { rank: 2, score: 0.6, name: "Västra" }, "K-02": { rank: 1, score: 0.2, name: "Östra" } });
      needsAsked.length = 0;
      const page = await sut.equityPage(staff);
      expect(needsAsked).toEqual(["latest"]);
      expect(page).toMatchObject({ year: 2025, indexForYear: true, ranked: 2 });
      expect(page!.years).toEqual(expect.arrayContaining([2024, 2025, 2026]));
      expect(page!.equity.rows.find((r) => r.areaCode === "K-02")).toMatchObject({ rank: 1, score: 0.2 });
      const current = await handle.db.selectFrom("area").select(["code", "name"]).where("valid_to", "is", null).orderBy("code").execute();
      expect(page!.shapes.map((a) => ({ code: a.code, name: a.name })).sort((a, b) => a.code.localeCompare(b.code))).toEqual(current);
      expect(page!.shapes.every((a) => a.geometry !== null && typeof a.geometry === "object")).toBe(true);

      // A year asked for without index values: processes and money, no ranks, and it says so.
      needs = view(null, { "K-01": { rank: 1, score: 0.1, name: "Västra" } });
      const asked = await sut.equityPage(staff, 2026);
      expect(needsAsked.at(-1)).toBe(2026);
      expect(asked).toMatchObject({ year: 2026, indexForYear: false, ranked: 0 });
      expect(asked!.equity.rows.every((r) => r.rank === null)).toBe(true);

      // No index at all: this year (by the clock), no ranks.
      needs = null;
      expect(await sut.equityPage(staff)).toMatchObject({ year: 2026, indexForYear: false, ranked: 0 });
      expect(await sut.equityPage(await fx.user("aktor"))).toBeUndefined();
    });

    it("a process: its overlaps and the greatest need among its areas, for those who see the index", async () => {
      const analyst = await fx.user("analytiker");
      const created = await sut.create(analyst, input({ name: "Två områden", areaCodes: ["K-01", "K-02"] }));
      if (!created.ok) throw new Error("not created");
      needs = view(2025, { "K-01": { rank: 3, score: 0.6, name: "Västra" }, "K-02": { rank: 2, score: 0.4, name: "Östra" }, "K-03": { rank: 1, score: 0.1, name: "Annat" } });
      needsAsked.length = 0;
      const page = await sut.processPage(analyst, created.value.id);
      expect(needsAsked).toEqual([undefined]);
      expect(page?.process.name).toBe("Två områden");
      expect(page).toMatchObject({ hasNeeds: true, need: { areaCode: "K-02", areaName: "Östra", rank: 2, score: 0.4, ranked: 3 } });
      needs = null;
      expect(await sut.processPage(analyst, created.value.id)).toMatchObject({ hasNeeds: false, need: null });
      expect(await sut.processPage(analyst, randomUUID())).toBeUndefined();
    });

    it("the register: a page of entries, the current areas for the filter, and whether the actor may add", async () => {
      const analyst = await fx.user("analytiker");
      const page = await sut.registerPage(analyst, { areaCode: "K-02" });
      expect(page?.page).toEqual(await sut.list(analyst, { areaCode: "K-02" }));
      expect(page?.page.total).toBeGreaterThan(0);
      const current = await handle.db.selectFrom("area").select(["code", "name"]).where("valid_to", "is", null).execute();
      expect([...page!.areas].sort((a, b) => a.code.localeCompare(b.code))).toEqual(current.sort((a, b) => a.code.localeCompare(b.code)));
      expect(page?.canManage).toBe(true);
      expect(await sut.newProcessForm(analyst)).toEqual({ areas: page!.areas });
      expect(await sut.registerPage(await fx.user("aktor"))).toBeUndefined();
      expect(await sut.newProcessForm(await fx.user("aktor"))).toBeUndefined();
    });

    it("a case's coordination: its overlaps with the case's title and number, for its committee's staff only", async () => {
      const org = await fx.organisation("aktor");
      const caseId = await fx.caseFor(org, { title: "Samverkan på torget" });
      const staff = await fx.staffFor("kontaktperson", caseId);
      const page = await sut.casePage(staff, caseId);
      expect(page).toMatchObject({ caseId, title: "Samverkan på torget", coordinations: [] });
      expect(page).toHaveProperty("caseNumber");
      expect(await sut.casePage(await fx.user("kontaktperson"), caseId)).toBeUndefined();
      expect(await sut.casePage(staff, "inte-ett-id")).toBeUndefined();
    });
  });

  it("gives applicants nothing", async () => {
    const applicant = await fx.user("aktor");
    expect(await sut.list(applicant)).toBeUndefined();
    expect(await sut.parallelReport(applicant)).toBeUndefined();
    expect(await sut.create(applicant, input({ areaCodes: ["K-01"] }))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await sut.importCsv(applicant, "namn\nx")).toMatchObject({ ok: false, error: "forbidden" });
    expect(await sut.importAreas(applicant, { text: "{}", validFrom: "2026-01-01", source: "x" })).toMatchObject({ ok: false, error: "forbidden" });
    const caseId = await fx.caseFor(applicant.organisationId);
    expect(await sut.forCase(applicant, caseId)).toBeUndefined();
  });
});
