import { describe, expect, it } from "vitest";
import { validateIndexConfig } from "./config.ts";
import { DEFAULT_INDEX_CONFIG } from "./default-config.ts";
import type { IndexProblems } from "./problems.ts";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const base = () => clone(DEFAULT_INDEX_CONFIG) as unknown as Record<string, any>;

/** The problems by place, as recorded (`{ code, params }`; the words are in src/text/index-problems.ts). */
function problemsOf(input: unknown): IndexProblems {
  const r = validateIndexConfig(input);
  if (r.ok) throw new Error("expected the configuration to be refused");
  return r.problems;
}

/** Each place's problem codes, several joined by "; ". */
function errorsOf(input: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(problemsOf(input)).map(([where, list]) => [where, list.map((p) => p.code).join("; ")]));
}

const one = (code: string, params?: Record<string, unknown>) => [params ? { code, params } : { code }];

describe("validateIndexConfig", () => {
  it("accepts the default configuration and keeps it as it is", () => {
    const r = validateIndexConfig(clone(DEFAULT_INDEX_CONFIG));
    expect(r).toEqual({ ok: true, value: DEFAULT_INDEX_CONFIG });
  });

  it("the default is the city's draft: four dimensions with three indicators each", () => {
    expect(DEFAULT_INDEX_CONFIG.dimensions.map((d) => [d.key, d.indicators.length])).toEqual([
      ["delaktighet", 3],
      ["utbildning", 3],
      ["ekonomi", 3],
      ["boende", 3],
    ]);
    const keys = DEFAULT_INDEX_CONFIG.dimensions.flatMap((d) => d.indicators.map((i) => i.key));
    expect(keys).toContain("deltagande_fritidsaktivitet");
    expect(keys).toContain("svarsfrekvens_folkhalsoenkat");
    expect(keys).toContain("bostadsratt_eller_aganderatt");
  });

  it("refuses what is not an object", () => {
    expect(problemsOf(null)).toEqual({ "": one("config_not_object", { found: "null" }) });
    expect(errorsOf([])).toEqual({ "": "config_not_object" });
  });

  it("names the path of each wrong value", () => {
    const c = base();
    c.dimensions[1].indicators[2].direction = "up";
    c.dimensions[0].weight = -1;
    c.dimensions[3].indicators[0].weight = 0;
    c.normalisation.method = "median";
    c.aggregation.acrossDimensions = "harmonic";
    c.missing = "skip";
    c.suppression = { minCount: 2.5 };
    expect(problemsOf(c)).toEqual({
      "dimensions[1].indicators[2].direction": one("must_be_one_of", { allowed: '"higher_is_better", "higher_is_worse"', found: '"up"' }),
      "dimensions[0].weight": one("positive_number", { found: "-1" }),
      "dimensions[3].indicators[0].weight": one("positive_number", { found: "0" }),
      "normalisation.method": one("must_be_one_of", { allowed: expect.stringContaining('"minmax"'), found: '"median"' }),
      "aggregation.acrossDimensions": one("must_be_one_of", { allowed: expect.stringContaining('"geometric"'), found: '"harmonic"' }),
      missing: one("must_be_one_of", { allowed: '"exclude", "mean", "fail"', found: '"skip"' }),
      suppression: one("suppression_object", { found: '{"minCount":2.5}' }),
    });
  });

  it("requires names in both languages, keys in the right form, and non-empty lists", () => {
    const c = base();
    c.name = { sv: "Index" };
    c.dimensions[0].key = "Delaktighet";
    c.dimensions[2].indicators = [];
    delete c.dimensions[3].indicators[1].source;
    const e = errorsOf(c);
    expect(e["name.en"]).toBe("non_empty_string");
    expect(e["dimensions[0].key"]).toBe("key_format");
    expect(e["dimensions[2].indicators"]).toBe("indicators_list");
    expect(e["dimensions[3].indicators[1].source"]).toBe("non_empty_string");
  });

  it("refuses unknown properties (a typo would otherwise be ignored silently)", () => {
    const c = base();
    c.dimensions[0].indicators[0].wieght = 2;
    c.missingRule = "exclude";
    const e = errorsOf(c);
    expect(e["dimensions[0].indicators[0].wieght"]).toBe("unknown_key");
    expect(problemsOf(c).missingRule).toEqual(one("unknown_key", { key: "missingRule", allowed: expect.stringContaining("missing") }));
  });

  it("refuses duplicate keys", () => {
    const c = base();
    c.dimensions[1].indicators[0].key = c.dimensions[0].indicators[0].key;
    c.dimensions[2].key = "delaktighet";
    const e = problemsOf(c);
    expect(e["dimensions[1].indicators[0].key"]).toEqual(one("duplicate_key", { key: "deltagande_fritidsaktivitet", other: "dimensions[0].indicators[0]" }));
    expect(e["dimensions[2].key"]).toEqual(one("duplicate_key", { key: "delaktighet", other: "dimensions[0]" }));
  });

  it("checks transformations", () => {
    const c = base();
    c.dimensions[0].indicators[0].transform = { cap: { lower: 5, upper: 1 } };
    c.dimensions[0].indicators[1].transform = { log: { offset: "1" } };
    c.dimensions[0].indicators[2].transform = { sqrt: true };
    c.dimensions[1].indicators[0].transform = { cap: {} };
    expect(problemsOf(c)["dimensions[0].indicators[0].transform.cap"]).toEqual(one("cap_order", { lower: 5, upper: 1 }));
    const e = errorsOf(c);
    expect(e["dimensions[0].indicators[1].transform.log.offset"]).toBe("number");
    expect(e["dimensions[0].indicators[2].transform.sqrt"]).toBe("unknown_key");
    expect(e["dimensions[1].indicators[0].transform.cap"]).toBe("cap_bound_missing");
  });

  it("goalposts are required by the goalposts method and must be ordered", () => {
    const c = base();
    c.normalisation.method = "goalposts";
    const e = errorsOf(c);
    expect(Object.keys(e)).toHaveLength(12);
    expect(problemsOf(c)["dimensions[0].indicators[0].goalposts"]).toEqual(one("goalposts_required", { path: "normalisation.method" }));
    for (const d of c.dimensions) for (const i of d.indicators) i.goalposts = { min: 0, max: 100 };
    expect(validateIndexConfig(c).ok).toBe(true);
    c.dimensions[0].indicators[0].goalposts = { min: 10, max: 10 };
    c.dimensions[0].indicators[1].goalposts = { min: 0, max: 100 };
    c.dimensions[0].indicators[1].transform = { log: {} };
    const e2 = errorsOf(c);
    expect(e2["dimensions[0].indicators[0].goalposts"]).toBe("goalposts_order");
    expect(e2["dimensions[0].indicators[1].goalposts"]).toBe("goalposts_log");
  });

  it("distance to reference needs a reference area or a non-zero reference per indicator", () => {
    const c = base();
    c.normalisation = { method: "distance_to_reference" };
    expect(Object.keys(errorsOf(c))).toHaveLength(12);
    c.normalisation.referenceArea = "ROSENGARD";
    expect(validateIndexConfig(c).ok).toBe(true);
    delete c.normalisation.referenceArea;
    for (const d of c.dimensions) for (const i of d.indicators) i.reference = 50;
    c.dimensions[0].indicators[0].reference = 0;
    expect(errorsOf(c)).toEqual({ "dimensions[0].indicators[0].reference": "reference_zero" });
    c.normalisation.referenceArea = "ROSENGARD";
    c.aggregation.withinDimensions = "geometric_shifted";
    expect(problemsOf(c)).toEqual({ aggregation: one("geometric_unbounded", { method: "distance_to_reference" }) });
    c.aggregation.withinDimensions = "arithmetic";
    c.normalisation = { method: "minmax", referenceArea: "X" };
    expect(errorsOf(c)["normalisation.referenceArea"]).toBe("reference_area_unused");
  });

  it("geometric needs values > 0: without a floor only goalposts may be used", () => {
    const c = base();
    c.aggregation = { withinDimensions: "geometric", acrossDimensions: "arithmetic" };
    expect(problemsOf(c)).toEqual({ aggregation: one("geometric_needs_floor", { method: "minmax" }) });
    c.aggregation = { withinDimensions: "arithmetic", acrossDimensions: "geometric" };
    for (const method of ["minmax", "rank", "zscore"]) {
      c.normalisation = { method };
      expect(problemsOf(c)).toEqual({ aggregation: one("geometric_needs_floor", { method }) });
    }
    c.normalisation = { method: "distance_to_reference", referenceArea: "ROSENGARD" };
    expect(problemsOf(c)).toEqual({ aggregation: one("geometric_needs_floor", { method: "distance_to_reference" }) });
    // With a floor, every method can be used; goalposts need none.
    c.aggregation.floor = 0.01;
    expect(validateIndexConfig(c).ok).toBe(true);
    c.normalisation = { method: "minmax" };
    expect(validateIndexConfig(c)).toMatchObject({ ok: true, value: { aggregation: { withinDimensions: "arithmetic", acrossDimensions: "geometric", floor: 0.01 } } });
    delete c.aggregation.floor;
    c.normalisation = { method: "goalposts" };
    for (const d of c.dimensions) for (const i of d.indicators) i.goalposts = { min: 0, max: 100 };
    expect(validateIndexConfig(c).ok).toBe(true);
  });

  it("checks the floor: a number in (0, 1), only with geometric", () => {
    const c = base();
    c.aggregation = { withinDimensions: "geometric", acrossDimensions: "geometric" };
    for (const floor of [0, -0.1, 1, 2, "0.01", null]) {
      c.aggregation.floor = floor;
      expect(errorsOf(c)["aggregation.floor"]).toBe("floor_range");
    }
    c.aggregation = { withinDimensions: "arithmetic", acrossDimensions: "geometric_shifted", floor: 0.01 };
    expect(errorsOf(c)).toEqual({ "aggregation.floor": "floor_unused" });
    c.aggregation = { withinDimensions: "arithmetic", acrossDimensions: "arithmetic", floor: 0.01, shift: 1 };
    expect(errorsOf(c)).toMatchObject({ "aggregation.shift": "unknown_key", "aggregation.floor": expect.any(String) });
  });

  it("keeps the shifted geometric mean under its own name", () => {
    const c = base();
    c.aggregation = { withinDimensions: "geometric_shifted", acrossDimensions: "geometric_shifted" };
    expect(validateIndexConfig(c).ok).toBe(true);
    c.aggregation.withinDimensions = "harmonic";
    expect(problemsOf(c)["aggregation.withinDimensions"]).toEqual(one("must_be_one_of", { allowed: '"arithmetic", "geometric", "geometric_shifted"', found: '"harmonic"' }));
  });

  it("checks years", () => {
    const c = base();
    c.dimensions[0].indicators[0].year = "2022";
    expect(errorsOf(c)["dimensions[0].indicators[0].year"]).toBe("year");
  });
});
