import { describe, expect, it } from "vitest";
import { describeIndexProblems } from "#src/text/index-problems.ts";
import type { Locale } from "#src/text/locale.ts";
import { parseIndicatorCsv } from "./csv.ts";

const read = (text: string) => {
  const r = parseIndicatorCsv(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

/** The reader's refusal with its problems worded from the catalogue, as the web and the command line show them. */
const refusal = (text: string, locale: Locale = "en") => {
  const r = parseIndicatorCsv(text);
  return r.ok ? r : { ok: false, error: r.error, detail: describeIndexProblems(r.problems, locale) };
};

describe("parseIndicatorCsv", () => {
  it("reads the required and optional columns", () => {
    const rows = read(
      [
        "area_code,indicator,year,value,count,denominator,sex,age_band,disability",
        "O01,barnfattigdom,2023,21.5,430,2000,,,",
        "O01,valdeltagande,2022,,,,K,18-29,",
        "O02,valdeltagande,2022,..,3,12,,,ja",
      ].join("\n"),
    );
    expect(rows).toEqual([
      { area: "O01", indicator: "barnfattigdom", year: 2023, value: 21.5, count: 430, denominator: 2000 },
      { area: "O01", indicator: "valdeltagande", year: 2022, value: null, breakdown: { sex: "K", age_band: "18-29" } },
      { area: "O02", indicator: "valdeltagande", year: 2022, value: null, count: 3, denominator: 12, breakdown: { disability: "ja" } },
    ]);
  });

  it("takes columns in any order and case, a semicolon delimiter, decimal commas, a BOM and CRLF", () => {
    const rows = read("\uFEFFValue;Year;Indicator;Area_Code\r\n12,5;2021;x;A\r\n\r\n-3;2021;x;B\r\n");
    expect(rows).toEqual([
      { area: "A", indicator: "x", year: 2021, value: 12.5 },
      { area: "B", indicator: "x", year: 2021, value: -3 },
    ]);
    expect(read('area_code,indicator,year,value\nA,x,2021,"7,25"')[0]!.value).toBe(7.25);
  });

  it("reports every problem by line number and imports nothing", () => {
    const r = refusal(
      [
        "area_code,indicator,year,value,count",
        "A,x,2021,1,5",
        "A,x,21,abc,-1", // line 3
        ",x,2021,2,", // line 4
        "A,x,2021,3,", // line 5: duplicate of line 2
        "B,x,2021", // line 6: too few fields
      ].join("\n"),
    );
    expect(r).toEqual({
      ok: false,
      error: "invalid_csv",
      detail: {
        "line 3": 'year must be a year such as 2023, got "21"; value must be a number (decimal point or comma; empty or ".." if not available), got "abc"; count must be a whole number ≥ 0, got "-1"',
        "line 4": "area_code is empty",
        "line 5": "the same area, indicator, year and breakdown as line 2",
        "line 6": "has 3 fields, the header has 5",
      },
    });
  });

  it("refuses unknown, missing and repeated columns (a typo must not drop the counts silently)", () => {
    expect(refusal("area_code,indicator,year,value,denominatr\nA,x,2021,1,4")).toMatchObject({
      ok: false,
      detail: { "line 1": expect.stringContaining('unknown column "denominatr"') },
    });
    expect(refusal("area,indicator,year,value,value\n")).toMatchObject({
      ok: false,
      detail: { "line 1": expect.stringMatching(/unknown column "area".*"value" appears twice.*missing column "area_code"/) },
    });
  });

  it("reports text that is not CSV, and an empty file", () => {
    const unclosed = refusal('area_code,indicator,year,value\nA,"x,2021,1\n');
    expect(unclosed).toMatchObject({ ok: false, detail: { "line 2": expect.stringContaining("not readable as CSV: Quote Not Closed") } });
    expect(refusal("")).toMatchObject({ ok: false, detail: { file: expect.stringContaining("empty") } });
  });

  it("skips comment lines starting with # (line numbers still count them)", () => {
    expect(read("# invented data\narea_code;indicator;year;value\n# note\nA;x#1;2021;1")).toEqual([{ area: "A", indicator: "x#1", year: 2021, value: 1 }]);
    expect(refusal("# c\narea_code,indicator,year,value\nA,x,2021,y")).toMatchObject({ ok: false, detail: { "line 3": expect.any(String) } });
  });

  it("keeps breakdown rows apart from the total", () => {
    const rows = read("area_code,indicator,year,value,sex\nA,x,2021,1,\nA,x,2021,2,K\nA,x,2021,3,M");
    expect(rows.map((r) => r.breakdown?.sex ?? "total")).toEqual(["total", "K", "M"]);
  });

  it("the catalogue words each line's problems in Swedish, naming the line and what is expected", () => {
    const r = refusal("area_code,indicator,year,value,count\nA,x,23,abc,-1\nB,x,2023,1\n", "sv");
    expect(r).toEqual({
      ok: false,
      error: "invalid_csv",
      detail: {
        "line 2":
          'year ska vara ett årtal, till exempel 2023, men är "23"; value ska vara ett tal (med decimalpunkt eller decimalkomma; tomt eller ".." om värdet saknas), men är "abc"; count ska vara ett heltal ≥ 0, men är "-1"',
        "line 3": "har 4 fält, men första raden har 5 kolumner: rätta antalet avgränsare",
      },
    });
    expect(refusal("area_code,indicator,year\n", "sv")).toEqual({
      ok: false,
      error: "invalid_csv",
      detail: { "line 1": 'kolumnen "value" saknas: lägg till den i första raden' },
    });
    expect(refusal("area_code,indicator,year\n")).toMatchObject({ detail: { "line 1": 'missing column "value"' } });
  });
});
