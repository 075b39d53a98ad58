/**
 * The area index through IndexService against a real database (PGlite, or PostgreSQL with
 * DATABASE_URL): configurations saved, checked and activated; imports of CSV and JSON-stat,
 * all rows or none; results, explanations, sensitivity and time series from the stored data;
 * suppressed values never leaving the service; who may do what.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { loadDemoData } from "#src/adapters/db/demo-data.ts";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { csvIndicatorReader } from "#src/adapters/index-data/csv.ts";
import { csvWriter } from "#src/adapters/files/csv-writer.ts";
import { IndexService } from "#src/application/area-index/index-service.ts";
import { describeIndexProblems } from "#src/text/index-problems.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const indicator = (key: string, direction: string, source = "Testkälla") => ({ key, name: { sv: key, en: key }, unit: "%", direction, source });

const CONFIG = {
  id: "testindex",
  name: { sv: "Testindex", en: "Test index" },
  dimensions: [
    { key: "utbildning", name: { sv: "Utbildning", en: "Education" }, indicators: [indicator("behorighet", "higher_is_better"), indicator("barnfattigdom", "higher_is_worse")] },
    { key: "boende", name: { sv: "Boende", en: "Housing" }, indicators: [indicator("trygghet", "higher_is_better")] },
  ],
  normalisation: { method: "minmax" },
  aggregation: { withinDimensions: "arithmetic", acrossDimensions: "arithmetic" },
  missing: "exclude",
  suppression: { minCount: 5 },
};

// T-04's barnfattigdom in 2023 rests on 3 children: suppressed. Its value 77.777 must never be shown.
const GOOD_CSV = `# invented test figures
area_code,indicator,year,value,count,denominator,sex
T-01,behorighet,2022,90,,,
T-01,barnfattigdom,2022,5,,,
T-01,trygghet,2022,80,,,
T-02,behorighet,2022,60,,,
T-02,barnfattigdom,2022,30,,,
T-02,trygghet,2022,50,,,
T-03,behorighet,2022,75,,,
T-03,barnfattigdom,2022,15,,,
T-03,trygghet,2022,65,,,
T-04,behorighet,2022,70,,,
T-04,barnfattigdom,2022,20,,,
T-04,trygghet,2022,60,,,
T-01,behorighet,2023,92,,,
T-01,barnfattigdom,2023,4,,,
T-01,trygghet,2023,82,,,
T-02,behorighet,2023,58,,,
T-02,barnfattigdom,2023,32,,,
T-02,trygghet,2023,48,,,
T-03,behorighet,2023,78,,,
T-03,barnfattigdom,2023,14,,,
T-03,trygghet,2023,66,,,
T-04,behorighet,2023,65,,,
T-04,barnfattigdom,2023,77.777,3,40,
T-04,trygghet,2023,55,,,
T-02,trygghet,2023,44,,,K
T-02,trygghet,2023,12.345,2,3,M
`;

const BROKEN_CSV = `area_code,indicator,year,value
T-01,behorighet,2024,91
T-02,behorighet,20x4,60
T-03,behorighet,2024,abc
T-04,behorighet,2024,70
`;

const JSONSTAT = {
  version: "2.0",
  class: "dataset",
  id: ["Region", "ContentsCode", "Tid"],
  size: [2, 1, 1],
  role: { geo: ["Region"], metric: ["ContentsCode"], time: ["Tid"] },
  dimension: {
    Region: { category: { index: ["R1", "R2"] } },
    ContentsCode: { category: { index: ["ME0104B8"] } },
    Tid: { category: { index: ["2024"] } },
  },
  value: [61.5, 72.25],
};

describe("the area index (IndexService)", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: IndexService;
  let analyst: Actor;
  let admin: Actor;
  let officer: Actor;
  let applicant: Actor;
  let firstId: string;

  const count = async (table: "indicator_value" | "index_import" | "index_configuration") =>
    Number((await handle.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  const auditActions = async (entityType: string) => (await handle.db.selectFrom("audit_event").select("action").where("entity_type", "=", entityType).orderBy("id").execute()).map((r) => r.action);

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    sut = new IndexService({ uow: new KyselyUnitOfWork(handle.db), clock: new FakeClock(), csv: csvIndicatorReader, csvWriter });
    analyst = await fx.user("analytiker");
    admin = await fx.user("administrator");
    officer = await fx.user("handlaggare");
    applicant = await fx.user("aktor");
  });
  afterAll(async () => handle?.close());

  describe("configurations", () => {
    it("refuses text that is not JSON, and lists every problem of a wrong configuration by its path", async () => {
      const notJson = await sut.createConfiguration(analyst, { name: "", text: "{ nope", activate: false });
      expect(notJson).toMatchObject({ ok: false, error: "invalid_json" });
      expect(notJson.ok || ("problems" in notJson && notJson.problems)).toEqual({ json: [{ code: "json_invalid", params: { message: expect.any(String) } }] });

      const wrong = structuredClone(CONFIG) as Record<string, unknown> & typeof CONFIG;
      (wrong.dimensions[0]!.indicators[1] as Record<string, unknown>).direction = "upwards";
      (wrong as Record<string, unknown>).colour = "blue";
      const invalid = await sut.createConfiguration(analyst, { name: "Fel", text: JSON.stringify(wrong), activate: false });
      expect(invalid.ok).toBe(false);
      if (invalid.ok) return;
      expect(invalid.error).toBe("invalid_config");
      expect(Object.keys("problems" in invalid ? invalid.problems : {})).toEqual(expect.arrayContaining(["dimensions[0].indicators[1].direction", "colour"]));
      expect(await count("index_configuration")).toBe(0);
    });

    it("saves numbered versions, activates one at a time, and audits both", async () => {
      const first = await sut.createConfiguration(analyst, { name: "", text: JSON.stringify(CONFIG), activate: false });
      expect(first).toMatchObject({ ok: true, value: { version: 1 } });
      if (!first.ok) return;
      firstId = first.value.id;
      expect((await sut.results(analyst)).ok ? "computed" : "none").toBe("none");

      expect(await sut.activate(admin, firstId)).toMatchObject({ ok: true, value: { version: 1 } });
      const second = await sut.createConfiguration(analyst, { name: "Med vikter", text: JSON.stringify({ ...CONFIG, dimensions: [{ ...CONFIG.dimensions[0], weight: 2 }, CONFIG.dimensions[1]] }), activate: true });
      expect(second).toMatchObject({ ok: true, value: { version: 2 } });

      const list = await sut.configurations(officer);
      expect(list.ok).toBe(true);
      if (!list.ok) return;
      expect(list.value.versions.map((v) => [v.version, v.name, v.active])).toEqual([
        [2, "Med vikter", true],
        [1, "Testindex", false],
      ]);
      expect(list.value.versions[1]!.createdByName).toBe("Test analytiker");
      expect(list.value.active?.version).toBe(2);

      // Back to version 1 for the rest of the tests.
      expect((await sut.activate(analyst, firstId)).ok).toBe(true);
      const stored = await handle.db.selectFrom("index_configuration").select(["version", "is_active"]).orderBy("version").execute();
      expect(stored).toEqual([
        { version: 1, is_active: true },
        { version: 2, is_active: false },
      ]);
      expect(await auditActions("index_configuration")).toEqual([
        "index.configuration.created",
        "index.configuration.activated",
        "index.configuration.created",
        "index.configuration.activated",
        "index.configuration.activated",
      ]);
      expect(await sut.activate(analyst, "00000000-0000-4000-8000-000000000000")).toMatchObject({ ok: false, error: "not_found" });
    });
  });

  describe("imports", () => {
    it("stores every row of a good CSV file in one batch and audits it", async () => {
      const r = await sut.importValues(analyst, { fileName: "varden.csv", text: GOOD_CSV, source: "Påhittat (test)" });
      expect(r).toMatchObject({ ok: true, value: { format: "csv", rows: 26, replaced: 0, areas: 4, years: [2022, 2023], suppressed: 2, unknownIndicators: [] } });
      expect(await count("indicator_value")).toBe(26);
      const rows = await handle.db.selectFrom("indicator_value").select(["source", "import_id", "sex"]).where("area_code", "=", "T-02").where("year", "=", 2023).where("indicator_key", "=", "trygghet").orderBy("sex").execute();
      expect(rows.map((x) => x.sex)).toEqual(["", "K", "M"]);
      expect(rows.every((x) => x.source === "Påhittat (test)" && x.import_id === (r.ok && r.value.importId))).toBe(true);
      expect(await auditActions("index_import")).toEqual(["index.values.imported"]);
    });

    it("stores nothing from a broken file and reports every problem by line", async () => {
      const before = { values: await count("indicator_value"), imports: await count("index_import") };
      const r = await sut.importValues(analyst, { fileName: "trasig.csv", text: BROKEN_CSV });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toBe("invalid_file");
      const problems = "problems" in r ? describeIndexProblems(r.problems, "en") : {};
      expect(Object.keys(problems)).toEqual(["line 3", "line 4"]);
      expect(problems["line 3"]).toContain("year");
      expect(problems["line 4"]).toContain("value");
      expect({ values: await count("indicator_value"), imports: await count("index_import") }).toEqual(before);
      expect(await auditActions("index_import")).toEqual(["index.values.imported"]);
    });

    it("replaces a value imported again, and reads JSON-stat with a mapping", async () => {
      const again = await sut.importValues(analyst, { fileName: "rättelse.csv", text: "area_code,indicator,year,value\nT-03,trygghet,2023,67\n" });
      expect(again).toMatchObject({ ok: true, value: { rows: 1, replaced: 1 } });
      const t3 = await handle.db.selectFrom("indicator_value").select("value").where("area_code", "=", "T-03").where("indicator_key", "=", "trygghet").where("year", "=", 2023).executeTakeFirstOrThrow();
      expect(t3.value).toBe(67);

      const badMapping = await sut.importValues(analyst, { fileName: "scb.json", text: JSON.stringify(JSONSTAT), mapping: "{ not json" });
      expect(badMapping).toMatchObject({ ok: false, error: "invalid_mapping" });
      const js = await sut.importValues(analyst, {
        fileName: "scb.json",
        text: JSON.stringify(JSONSTAT),
        mapping: JSON.stringify({ indicators: { ME0104B8: "valdeltagande" }, areas: { R1: "T-01", R2: "T-02" } }),
        source: "SCB",
      });
      expect(js).toMatchObject({ ok: true, value: { format: "jsonstat", rows: 2, areas: 2, years: [2024], unknownIndicators: ["valdeltagande"] } });
      expect(await count("indicator_value")).toBe(28);
    });
  });

  describe("results", () => {
    it("ranks the areas for a year (rank 1 = greatest need) with dimension scores", async () => {
      const r = await sut.results(officer, { year: 2022 });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.years).toEqual([2022, 2023]);
      expect(r.value.year).toBe(2022);
      expect(r.value.result.areas.map((a) => [a.area, a.rank])).toEqual([
        ["T-02", 1],
        ["T-04", 2],
        ["T-03", 3],
        ["T-01", 4],
      ]);
      expect(r.value.result.areas[0]!.score).toBeCloseTo(0, 10);
      expect(r.value.result.areas[3]!.score).toBeCloseTo(1, 10);
      expect(r.value.result.areas[0]!.dimensions.map((d) => d.key)).toEqual(["utbildning", "boende"]);
      expect(r.value.minCount).toBe(5);
      // A year without data falls back to each indicator's latest year.
      expect((await sut.results(officer, { year: 1999 })).ok && (await sut.results(officer, { year: 1999 })).ok).toBe(true);
    });

    it("gives other features the areas' need (rank, score, name) for a year, and nothing to those who may not read the index", async () => {
      const needs = await sut.areaNeeds(officer, 2022);
      expect(needs).toMatchObject({ ranked: 4, year: 2022, years: [2022, 2023] });
      expect(needs!.byArea["T-02"]).toMatchObject({ rank: 1, score: expect.closeTo(0, 10), name: "T-02" });
      expect(Object.keys(needs!.byArea).sort()).toEqual(["T-01", "T-02", "T-03", "T-04"]);
      expect((await sut.areaNeeds(officer, "latest"))?.year).toBe(2023);
      expect(await sut.areaNeeds(applicant)).toBeNull();
    });

    it("explains an area: contributions add up to its score; a suppressed value is never shown", async () => {
      const r = await sut.area(analyst, "T-04", { year: 2023 });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const score = r.value.score!;
      const contributions = score.dimensions.flatMap((d) => d.indicators).reduce((s, i) => s + i.contribution, 0);
      expect(contributions).toBeCloseTo(score.score!, 10);
      const poverty = score.dimensions[0]!.indicators.find((i) => i.key === "barnfattigdom")!;
      expect(poverty).toMatchObject({ status: "suppressed", value: null, normalised: null, weight: 0 });
      expect(r.value.values.find((v) => v.indicator === "barnfattigdom" && v.year === 2023)).toMatchObject({ status: "suppressed", value: null });
      expect(r.value.timeSeries.map((p) => p.year)).toEqual([2022, 2023]);
      expect(r.value.timeSeries.every((p) => p.rank !== null && p.of === 4)).toBe(true);
      expect(JSON.stringify(r.value)).not.toContain("77.777");

      const t2 = await sut.area(analyst, "T-02", { year: 2023 });
      expect(t2.ok && t2.value.hasBreakdowns).toBe(true);
      if (!t2.ok) return;
      expect(t2.value.values.filter((v) => v.indicator === "trygghet" && v.year === 2023).map((v) => [v.breakdown.sex ?? "", v.status, v.value])).toEqual([
        ["", "observed", 48],
        ["K", "observed", 44],
        ["M", "suppressed", null],
      ]);
      expect(JSON.stringify(t2.value)).not.toContain("12.345");
      expect(await sut.area(analyst, "NO-SUCH")).toMatchObject({ ok: false, error: "not_found" });
    });

    it("shows the spread and extremes per indicator for the year; a suppressed value never counts", async () => {
      const r = await sut.results(officer, { year: 2023 });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.spread.map((x) => x.key)).toEqual(["behorighet", "barnfattigdom", "trygghet"]);
      // barnfattigdom 2023: T-01 4, T-02 32, T-03 14; T-04's value rests on 3 children and is suppressed.
      expect(r.value.spread[1]).toEqual({
        key: "barnfattigdom",
        year: 2023,
        count: 3,
        suppressed: 1,
        lowest: { value: 4, areas: ["T-01"] },
        highest: { value: 32, areas: ["T-02"] },
        median: 14,
        q1: 9,
        q3: 23,
        sd: expect.closeTo(Math.sqrt(((4 - 50 / 3) ** 2 + (32 - 50 / 3) ** 2 + (14 - 50 / 3) ** 2) / 3), 10),
      });
      // trygghet 2023 uses the totals only (T-02's breakdown by sex is not counted): 82, 48, 67 (replaced), 55.
      expect(r.value.spread[2]).toMatchObject({ count: 4, lowest: { value: 48, areas: ["T-02"] }, highest: { value: 82, areas: ["T-01"] }, median: 61 });
      expect(JSON.stringify(r.value.spread)).not.toContain("77.777");
      const spread = await sut.spread(officer, { year: 2023 });
      expect(spread.ok && spread.value.spread).toEqual(r.value.spread);
      const area = await sut.area(officer, "T-03", { year: 2023 });
      expect(area.ok && area.value.spread).toEqual(r.value.spread);
      expect(await sut.spread(applicant)).toEqual({ ok: false, error: "not_allowed" });
    });

    it("gives each area a rank interval under varied weights and methods, repeatably", async () => {
      const request = { year: 2022, draws: 500, seed: 7, weightJitter: 0.3 };
      const r = await sut.sensitivity(officer, request);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.possibleMethods).toEqual(["zscore", "minmax", "rank"]);
      expect(r.value.result.methods).toEqual(["zscore", "minmax", "rank"]);
      expect(r.value.result.areas).toHaveLength(4);
      for (const a of r.value.result.areas) {
        expect(a.rankMin).toBeLessThanOrEqual(a.rankP5);
        expect(a.rankP5).toBeLessThanOrEqual(a.rankMedian);
        expect(a.rankMedian).toBeLessThanOrEqual(a.rankP95);
        expect(a.rankP95).toBeLessThanOrEqual(a.rankMax);
      }
      const again = await sut.sensitivity(officer, request);
      expect(again.ok && again.value.result).toEqual(r.value.result);
      expect(await sut.sensitivity(officer, { ...request, draws: 0 })).toMatchObject({ ok: false, error: "invalid_options" });
      expect(await sut.sensitivity(officer, { ...request, methods: ["goalposts"] })).toMatchObject({ ok: false, error: "invalid_options" });
    });
  });

  describe("who may do what", () => {
    it("gives an applicant nothing at all", async () => {
      expect(sut.permissions(applicant)).toEqual({ read: false, manage: false });
      expect(await sut.results(applicant)).toEqual({ ok: false, error: "not_allowed" });
      expect(await sut.area(applicant, "T-01")).toEqual({ ok: false, error: "not_allowed" });
      expect(await sut.sensitivity(applicant, { draws: 10, seed: 1, weightJitter: 0.1 })).toEqual({ ok: false, error: "not_allowed" });
      expect(await sut.configurations(applicant)).toEqual({ ok: false, error: "not_allowed" });
      expect(await sut.configuration(applicant, firstId)).toEqual({ ok: false, error: "not_allowed" });
      expect(await sut.imports(applicant)).toEqual({ ok: false, error: "not_allowed" });
      expect(await sut.createConfiguration(applicant, { name: "x", text: JSON.stringify(CONFIG), activate: true })).toEqual({ ok: false, error: "not_allowed" });
      expect(await sut.activate(applicant, firstId)).toEqual({ ok: false, error: "not_allowed" });
      expect(await sut.importValues(applicant, { fileName: "v.csv", text: GOOD_CSV })).toEqual({ ok: false, error: "not_allowed" });
    });

    it("lets other staff read but not change the index", async () => {
      const before = { values: await count("indicator_value"), configs: await count("index_configuration") };
      for (const role of ["kontaktperson", "handlaggare"] as const) {
        const staff = await fx.user(role);
        expect(sut.permissions(staff)).toEqual({ read: true, manage: false });
        expect((await sut.results(staff)).ok).toBe(true);
        expect(await sut.createConfiguration(staff, { name: "x", text: JSON.stringify(CONFIG), activate: true })).toEqual({ ok: false, error: "not_allowed" });
        expect(await sut.activate(staff, firstId)).toEqual({ ok: false, error: "not_allowed" });
        expect(await sut.importValues(staff, { fileName: "v.csv", text: GOOD_CSV })).toEqual({ ok: false, error: "not_allowed" });
      }
      expect({ values: await count("indicator_value"), configs: await count("index_configuration") }).toEqual(before);
      expect(sut.permissions(analyst)).toEqual({ read: true, manage: true });
      expect(sut.permissions(admin)).toEqual({ read: true, manage: true });
    });
  });
});

describe("the CSV downloads (resultat.csv, spridning.csv)", () => {
  let handle: DatabaseHandle;
  let sut: IndexService;
  let analyst: Actor;
  // Text from the outside (an area's name from the city's import, area codes from an indicator
  // file, an indicator's name from a configuration) that a spreadsheet would run as a formula.
  const HOSTILE_NAME = '=HYPERLINK("https://evil.invalid","Klicka")';
  const HOSTILE_CODE = "@SUM(1+1)";
  const HOSTILE_INDICATOR = "+cmd|' /C calc'!A0";
  beforeAll(async () => {
    handle = await createTestDatabase();
    sut = new IndexService({ uow: new KyselyUnitOfWork(handle.db), clock: new FakeClock(), csv: csvIndicatorReader, csvWriter });
    analyst = await new Fixtures(handle.db).user("analytiker");
    await handle.db.insertInto("area").values({ code: "T-01", name: HOSTILE_NAME, geom: sql`st_multi(st_makeenvelope(13, 55.58, 13.02, 55.6, 4326))`, valid_from: "2020-01-01", source: "test" }).execute();
    const config = structuredClone(CONFIG);
    config.dimensions[1]!.indicators[0]!.name.sv = HOSTILE_INDICATOR;
    expect(await sut.createConfiguration(analyst, { name: "", text: JSON.stringify(config), activate: true })).toMatchObject({ ok: true });
    // T-03 is renamed to a hostile code, and its safety in 2022 is negative (the lowest): a number that must stay a number.
    const values = GOOD_CSV.replaceAll("T-03,", `${HOSTILE_CODE},`).replace(`${HOSTILE_CODE},trygghet,2022,65,`, `${HOSTILE_CODE},trygghet,2022,-2.5,`);
    expect((await sut.importValues(analyst, { fileName: "v.csv", text: values })).ok).toBe(true);
  });
  afterAll(async () => handle?.close());

  it("defuses formula-looking text in the ranking and keeps numbers numbers", async () => {
    const r = await sut.resultsCsv(analyst, { year: 2022 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.fileName).toBe("omradesindex-v1-2022.csv");
    expect(r.value.text.startsWith("\uFEFFarea_code,area_name,rank,score,utbildning,boende\r\n")).toBe(true);
    const lines = r.value.text.slice(1).trimEnd().split("\r\n");
    expect(lines.find((l) => l.startsWith("T-01,"))).toMatch(/^T-01,"'=HYPERLINK\(""https:\/\/evil\.invalid"",""Klicka""\)",\d,[\d.]+,/);
    expect(lines.find((l) => l.includes("SUM"))).toMatch(/^'@SUM\(1\+1\),,\d,/);
    expect(lines.filter((l) => /^[=+\-@]/.test(l))).toEqual([]);
  });

  it("defuses formula-looking text in the spread and writes a negative value as a number", async () => {
    const r = await sut.spreadCsv(analyst, { year: 2022 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lines = r.value.text.slice(1).trimEnd().split("\r\n");
    const safety = lines.find((l) => l.startsWith("trygghet,"))!;
    // indicator_name defused; lowest = -2.5 (a number, no apostrophe) in the hostile-coded area (defused).
    expect(safety).toMatch(/^trygghet,'\+cmd\|' \/C calc'!A0,%,2022,4,0,-2\.5,'@SUM\(1\+1\),/);
    expect(await sut.spreadCsv(await new Fixtures(handle.db).user("aktor"), {})).toEqual({ ok: false, error: "not_allowed" });
  });
});

describe("the geometric mean through the service", () => {
  let handle: DatabaseHandle;
  let sut: IndexService;
  let analyst: Actor;
  beforeAll(async () => {
    handle = await createTestDatabase();
    sut = new IndexService({ uow: new KyselyUnitOfWork(handle.db), clock: new FakeClock(), csv: csvIndicatorReader, csvWriter });
    analyst = await new Fixtures(handle.db).user("analytiker");
    expect((await sut.importValues(analyst, { fileName: "v.csv", text: GOOD_CSV })).ok).toBe(true);
  });
  afterAll(async () => handle?.close());
  const save = (config: unknown) => sut.createConfiguration(analyst, { name: "", text: JSON.stringify(config), activate: true });

  it("refuses min–max with the geometric mean and no floor, saying what to set, in Swedish", async () => {
    const r = await save({ ...CONFIG, aggregation: { withinDimensions: "geometric", acrossDimensions: "arithmetic" } });
    expect(r).toMatchObject({ ok: false, error: "invalid_config", problems: { aggregation: [{ code: "geometric_needs_floor", params: { method: "minmax" } }] } });
    expect(!r.ok && "problems" in r && describeIndexProblems(r.problems, "sv")).toEqual({ aggregation: expect.stringContaining('ange ett golv "aggregation.floor"') });
  });

  it("with a floor, raises the weakest area's zeros to it and says so in the explanation", async () => {
    expect(await save({ ...CONFIG, aggregation: { withinDimensions: "geometric", acrossDimensions: "arithmetic", floor: 0.01 } })).toMatchObject({ ok: true });
    const r = await sut.results(analyst, { year: 2022 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // T-02 is the weakest on all three indicators in 2022: every min–max value is 0, raised to 0.01.
    const t2 = r.value.result.areas[0]!;
    expect(t2).toMatchObject({ area: "T-02", rank: 1, score: expect.closeTo(0.01, 12) });
    expect(t2.dimensions.flatMap((d) => d.indicators).map((i) => [i.normalised, i.floored])).toEqual([
      [0, true],
      [0, true],
      [0, true],
    ]);
    const sensitivity = await sut.sensitivity(analyst, { year: 2022, draws: 200, seed: 1, weightJitter: 0.2 });
    expect(sensitivity.ok && sensitivity.value.possibleMethods).toEqual(["zscore", "minmax", "rank"]);
  });

  it("with goalposts and no floor, a value at the lower goalpost stops the computation, naming area and indicator", async () => {
    const bounds = [
      { min: 58, max: 100 },
      { min: 0, max: 50 },
      { min: 0, max: 100 },
    ];
    let k = 0;
    const goalposts = { ...CONFIG, dimensions: CONFIG.dimensions.map((d) => ({ ...d, indicators: d.indicators.map((ind) => ({ ...ind, goalposts: bounds[k++] })) })) };
    expect(await save({ ...goalposts, normalisation: { method: "goalposts" }, aggregation: { withinDimensions: "geometric", acrossDimensions: "geometric" } })).toMatchObject({ ok: true });
    const r = await sut.results(analyst, { year: 2023 });
    // T-02's eligibility 58 in 2023 is at the lower goalpost: 0.
    expect(r).toEqual({ ok: false, error: "cannot_compute", reason: "non_positive", problems: { "T-02/behorighet": [{ code: "geometric_non_positive", params: { what: "indicator", value: "0" } }] } });
    expect(!r.ok && "problems" in r && describeIndexProblems(r.problems, "sv")).toEqual({ "T-02/behorighet": expect.stringContaining("det normaliserade värdet är 0") });
    const sensitivity = await sut.sensitivity(analyst, { year: 2023, draws: 10, seed: 1, weightJitter: 0.2 });
    expect(sensitivity).toMatchObject({ ok: false, error: "cannot_compute" });
    // The spread needs no computable index.
    expect((await sut.spread(analyst, { year: 2023 })).ok).toBe(true);
    // 2022 has no value at a goalpost (T-02 60): it computes, and only goalposts may be drawn.
    const y2022 = await sut.results(analyst, { year: 2022 });
    expect(y2022.ok && y2022.value.result.areas.every((a) => a.score! > 0)).toBe(true);
    const drawn = await sut.sensitivity(analyst, { year: 2022, draws: 10, seed: 1, weightJitter: 0.2 });
    expect(drawn.ok && drawn.value.possibleMethods).toEqual(["goalposts"]);
  });
});

describe("the area index in the demo data", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await loadDemoData(handle.db, argon2idHasher);
  });
  afterAll(async () => handle?.close());

  it("has the city's draft active and ranks the 14 invented areas for each of three years, the suppressed value hidden", async () => {
    const sut = new IndexService({ uow: new KyselyUnitOfWork(handle.db), clock: new FakeClock(), csv: csvIndicatorReader, csvWriter });
    const analyst = await new Fixtures(handle.db).user("analytiker");
    const r = await sut.results(analyst);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.configuration.summary).toMatchObject({ version: 1, active: true, isDemo: true });
    expect(r.value.years).toEqual([2022, 2023, 2024]);
    expect(r.value.result.areas).toHaveLength(14);
    expect(r.value.result.areas.every((a) => a.rank !== null && /^GESO-\d{2}$/.test(a.area))).toBe(true);
    expect(r.value.areaNames["GESO-07"]).toBe("Rosengård");
    const small = await sut.area(analyst, "GESO-12", { year: 2024 });
    expect(small.ok).toBe(true);
    if (!small.ok) return;
    expect(small.value.score!.dimensions.flatMap((d) => d.indicators).find((i) => i.key === "barnfattigdom")).toMatchObject({ status: "suppressed", value: null });
    expect(small.value.values.find((v) => v.indicator === "barnfattigdom" && v.year === 2024)).toMatchObject({ status: "suppressed", value: null });
    expect(small.value.hasBreakdowns).toBe(true);
    expect(small.value.timeSeries.map((p) => p.of)).toEqual([14, 14, 14]);
  });
});
