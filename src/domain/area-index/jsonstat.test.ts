import { describe, expect, it } from "vitest";
import { parseJsonStat } from "./jsonstat.ts";

/** Shaped like an answer from SCB's PxWeb API (JSON-stat 2.0), with invented figures. */
const scbLike = () => ({
  version: "2.0",
  class: "dataset",
  label: "Invented test table",
  source: "Invented",
  id: ["Region", "Kon", "ContentsCode", "Tid"],
  size: [2, 3, 2, 2],
  dimension: {
    Region: { label: "region", category: { index: { O01: 0, O02: 1 }, label: { O01: "Område 1", O02: "Område 2" } } },
    Kon: { label: "kön", category: { index: ["1", "2", "1+2"], label: { "1": "män", "2": "kvinnor", "1+2": "totalt" } } },
    ContentsCode: { label: "tabellinnehåll", category: { index: { EMP: 0, POV: 1 }, label: { EMP: "Förvärvsfrekvens", POV: "Barnfattigdom" }, unit: { EMP: { decimals: 1 } } } },
    Tid: { label: "år", category: { index: { "2022": 0, "2023": 1 } } },
  },
  // Row-major: the last dimension (Tid) varies fastest.
  value: Array.from({ length: 24 }, (_, n) => (n === 5 ? null : n + 0.5)),
  status: { "5": ".." },
  role: { time: ["Tid"], metric: ["ContentsCode"], geo: ["Region"] },
});

function parse(input: unknown, mapping = {}) {
  const r = parseJsonStat(input, mapping);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe("parseJsonStat", () => {
  it("maps area, indicator and year from the roles and decodes positions row-major", () => {
    const rows = parse(scbLike(), { breakdowns: { sex: "Kon" } });
    expect(rows).toHaveLength(24);
    // position n = ((region·3 + kon)·2 + contents)·2 + tid
    expect(rows[0]).toEqual({ area: "O01", indicator: "EMP", year: 2022, value: 0.5, breakdown: { sex: "1" } });
    expect(rows[1]).toEqual({ area: "O01", indicator: "EMP", year: 2023, value: 1.5, breakdown: { sex: "1" } });
    expect(rows[2]).toEqual({ area: "O01", indicator: "POV", year: 2022, value: 2.5, breakdown: { sex: "1" } });
    expect(rows[5]).toEqual({ area: "O01", indicator: "EMP", year: 2023, value: null, breakdown: { sex: "2" } });
    // "1+2" (totalt) is the total: no breakdown
    expect(rows[8]).toEqual({ area: "O01", indicator: "EMP", year: 2022, value: 8.5 });
    expect(rows[23]).toEqual({ area: "O02", indicator: "POV", year: 2023, value: 23.5 });
  });

  it("renames indicators and areas, leaving out indicator codes that are not mapped", () => {
    const rows = parse(scbLike(), { breakdowns: { sex: "Kon" }, indicators: { POV: "barnfattigdom" }, areas: { O02: "ROSENGARD" } });
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(["barnfattigdom"]));
    expect(rows.at(-1)).toMatchObject({ area: "ROSENGARD", value: 23.5 });
  });

  it("reads sparse values (an object by position) and a single-category dimension without index", () => {
    const ds = {
      version: "2.0",
      class: "dataset",
      id: ["Region", "Tid", "ContentsCode"],
      size: [2, 1, 1],
      dimension: {
        Region: { category: { index: ["A", "B"] } },
        Tid: { category: { label: { "2024": "2024" } } },
        ContentsCode: { category: { index: ["X"] } },
      },
      value: { "1": 7 },
      role: { time: ["Tid"], geo: ["Region"], metric: ["ContentsCode"] },
    };
    expect(parse(ds)).toEqual([{ area: "B", indicator: "X", year: 2024, value: 7 }]);
  });

  it("takes a fixed indicator key for a table without an indicator dimension", () => {
    const ds = { class: "dataset", id: ["R", "T"], size: [1, 1], dimension: { R: { category: { index: ["A"] } }, T: { category: { index: ["2020"] } } }, value: [3] };
    expect(parse(ds, { area: "R", year: "T", indicatorKey: "valdeltagande" })).toEqual([{ area: "A", indicator: "valdeltagande", year: 2020, value: 3 }]);
  });

  it("a value marked '..' is not available even if a number is given", () => {
    const ds = scbLike();
    ds.value[0] = 99;
    (ds.status as Record<string, string>)["0"] = "..";
    expect(parse(ds, { breakdowns: { sex: "Kon" } })[0]!.value).toBeNull();
  });

  it("explains what is wrong, by place", () => {
    expect(parseJsonStat([], {})).toEqual({ ok: false, error: "invalid_jsonstat", problems: { "": [{ code: "js_not_object" }] } });
    expect(parseJsonStat({ class: "collection" })).toEqual({ ok: false, error: "invalid_jsonstat", problems: { class: [{ code: "js_class", params: { found: '"collection"' } }] } });
    const noMap = scbLike();
    expect(parseJsonStat(noMap)).toMatchObject({ ok: false, problems: { "dimension.Kon": [{ code: "js_unmapped", params: { size: 3 } }] } });
    const short = scbLike();
    short.value.pop();
    expect(parseJsonStat(short, { breakdowns: { sex: "Kon" } })).toEqual({ ok: false, error: "invalid_jsonstat", problems: { value: [{ code: "js_cells", params: { total: 24, got: 23 } }] } });
    const badYear = scbLike();
    badYear.dimension.Tid.category.index = { "2022M01": 0, "2023": 1 } as never;
    expect(parseJsonStat(badYear, { breakdowns: { sex: "Kon" } })).toMatchObject({ ok: false, problems: { "dimension.Tid.category.index.2022M01": [{ code: "js_year_category" }] } });
    const noRole = { ...scbLike(), role: undefined };
    expect(parseJsonStat(noRole, { breakdowns: { sex: "Kon" } })).toMatchObject({
      ok: false,
      error: "invalid_jsonstat",
      problems: {
        "mapping.area": [{ code: "js_no_dimension", params: { what: "area" } }],
        "mapping.year": [{ code: "js_no_dimension", params: { what: "year" } }],
        "mapping.indicator": [{ code: "js_no_dimension", params: { what: "indicator" } }],
      },
    });
    const wrongIndex = scbLike();
    wrongIndex.dimension.Region.category.index = { O01: 0, O02: 0 };
    expect(parseJsonStat(wrongIndex, { breakdowns: { sex: "Kon" } })).toMatchObject({ ok: false, problems: { "dimension.Region.category.index.O02": [{ code: "js_index_position" }] } });
    const text = scbLike();
    (text.value as unknown[])[3] = "12";
    expect(parseJsonStat(text, { breakdowns: { sex: "Kon" } })).toMatchObject({ ok: false, problems: { "value[3]": [{ code: "js_cell_number", params: { found: '"12"' } }] } });
  });

  it("refuses two codes mapped to the same indicator", () => {
    expect(parseJsonStat(scbLike(), { breakdowns: { sex: "Kon" }, indicators: { EMP: "x", POV: "x" } })).toMatchObject({
      ok: false,
      problems: { "value[2]": [{ code: "js_duplicate", params: { indicator: "x" } }] },
    });
  });
});
