import { describe, expect, it } from "vitest";
import { validateIndexConfig } from "./config.ts";
import { DEFAULT_INDEX_CONFIG } from "./default-config.ts";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const base = () => clone(DEFAULT_INDEX_CONFIG) as unknown as Record<string, any>;

function errorsOf(input: unknown): Record<string, string> {
  const r = validateIndexConfig(input);
  if (r.ok) throw new Error("expected the configuration to be refused");
  return r.detail ?? {};
}

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
    expect(errorsOf(null)).toEqual({ "": expect.stringContaining("JSON object") });
    expect(errorsOf([])).toEqual({ "": expect.stringContaining("JSON object") });
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
    expect(errorsOf(c)).toEqual({
      "dimensions[1].indicators[2].direction": 'must be one of "higher_is_better", "higher_is_worse", got "up"',
      "dimensions[0].weight": "must be a number greater than 0, got -1",
      "dimensions[3].indicators[0].weight": "must be a number greater than 0, got 0",
      "normalisation.method": expect.stringContaining('got "median"'),
      "aggregation.acrossDimensions": expect.stringContaining('got "harmonic"'),
      missing: 'must be one of "exclude", "mean", "fail", got "skip"',
      suppression: expect.stringContaining("minCount"),
    });
  });

  it("requires names in both languages, keys in the right form, and non-empty lists", () => {
    const c = base();
    c.name = { sv: "Index" };
    c.dimensions[0].key = "Delaktighet";
    c.dimensions[2].indicators = [];
    delete c.dimensions[3].indicators[1].source;
    const e = errorsOf(c);
    expect(e["name.en"]).toContain("non-empty string");
    expect(e["dimensions[0].key"]).toContain("a-z");
    expect(e["dimensions[2].indicators"]).toContain("non-empty list");
    expect(e["dimensions[3].indicators[1].source"]).toContain("non-empty string");
  });

  it("refuses unknown properties (a typo would otherwise be ignored silently)", () => {
    const c = base();
    c.dimensions[0].indicators[0].wieght = 2;
    c.missingRule = "exclude";
    const e = errorsOf(c);
    expect(e["dimensions[0].indicators[0].wieght"]).toContain("unknown property");
    expect(e.missingRule).toContain("unknown property");
  });

  it("refuses duplicate keys", () => {
    const c = base();
    c.dimensions[1].indicators[0].key = c.dimensions[0].indicators[0].key;
    c.dimensions[2].key = "delaktighet";
    const e = errorsOf(c);
    expect(e["dimensions[1].indicators[0].key"]).toBe('"deltagande_fritidsaktivitet" is already used by dimensions[0].indicators[0]');
    expect(e["dimensions[2].key"]).toBe('"delaktighet" is already used by dimensions[0]');
  });

  it("checks transformations", () => {
    const c = base();
    c.dimensions[0].indicators[0].transform = { cap: { lower: 5, upper: 1 } };
    c.dimensions[0].indicators[1].transform = { log: { offset: "1" } };
    c.dimensions[0].indicators[2].transform = { sqrt: true };
    c.dimensions[1].indicators[0].transform = { cap: {} };
    const e = errorsOf(c);
    expect(e["dimensions[0].indicators[0].transform.cap"]).toBe('"lower" (5) must be less than "upper" (1)');
    expect(e["dimensions[0].indicators[1].transform.log.offset"]).toContain("must be a number");
    expect(e["dimensions[0].indicators[2].transform.sqrt"]).toContain("unknown property");
    expect(e["dimensions[1].indicators[0].transform.cap"]).toContain('give "lower", "upper" or both');
  });

  it("goalposts are required by the goalposts method and must be ordered", () => {
    const c = base();
    c.normalisation.method = "goalposts";
    const e = errorsOf(c);
    expect(Object.keys(e)).toHaveLength(12);
    expect(e["dimensions[0].indicators[0].goalposts"]).toContain('required by normalisation.method "goalposts"');
    for (const d of c.dimensions) for (const i of d.indicators) i.goalposts = { min: 0, max: 100 };
    expect(validateIndexConfig(c).ok).toBe(true);
    c.dimensions[0].indicators[0].goalposts = { min: 10, max: 10 };
    c.dimensions[0].indicators[1].goalposts = { min: 0, max: 100 };
    c.dimensions[0].indicators[1].transform = { log: {} };
    const e2 = errorsOf(c);
    expect(e2["dimensions[0].indicators[0].goalposts"]).toContain("must be less than");
    expect(e2["dimensions[0].indicators[1].goalposts"]).toContain("logarithm");
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
    expect(errorsOf(c)).toEqual({ "dimensions[0].indicators[0].reference": expect.stringContaining("must not be 0") });
    c.normalisation.referenceArea = "ROSENGARD";
    c.aggregation.withinDimensions = "geometric_shifted";
    expect(errorsOf(c)).toEqual({ aggregation: expect.stringContaining('cannot be shifted for "geometric_shifted"') });
    c.aggregation.withinDimensions = "arithmetic";
    c.normalisation = { method: "minmax", referenceArea: "X" };
    expect(errorsOf(c)["normalisation.referenceArea"]).toContain("only used by");
  });

  it("geometric needs values > 0: without a floor only goalposts may be used", () => {
    const c = base();
    c.aggregation = { withinDimensions: "geometric", acrossDimensions: "arithmetic" };
    expect(errorsOf(c)).toEqual({ aggregation: expect.stringContaining('"minmax" gives the weakest area 0: set "aggregation.floor"') });
    c.aggregation = { withinDimensions: "arithmetic", acrossDimensions: "geometric" };
    for (const method of ["minmax", "rank", "zscore"]) {
      c.normalisation = { method };
      expect(errorsOf(c)).toEqual({ aggregation: expect.stringContaining(`"${method}" gives`) });
    }
    c.normalisation = { method: "distance_to_reference", referenceArea: "ROSENGARD" };
    expect(errorsOf(c)).toEqual({ aggregation: expect.stringContaining("negative values") });
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
      expect(errorsOf(c)["aggregation.floor"]).toContain("greater than 0 and less than 1");
    }
    c.aggregation = { withinDimensions: "arithmetic", acrossDimensions: "geometric_shifted", floor: 0.01 };
    expect(errorsOf(c)).toEqual({ "aggregation.floor": expect.stringContaining('only used with "geometric"') });
    c.aggregation = { withinDimensions: "arithmetic", acrossDimensions: "arithmetic", floor: 0.01, shift: 1 };
    expect(errorsOf(c)).toMatchObject({ "aggregation.shift": expect.stringContaining("unknown property"), "aggregation.floor": expect.any(String) });
  });

  it("keeps the shifted geometric mean under its own name", () => {
    const c = base();
    c.aggregation = { withinDimensions: "geometric_shifted", acrossDimensions: "geometric_shifted" };
    expect(validateIndexConfig(c).ok).toBe(true);
    c.aggregation.withinDimensions = "harmonic";
    expect(errorsOf(c)["aggregation.withinDimensions"]).toContain('"arithmetic", "geometric", "geometric_shifted"');
  });

  it("checks years", () => {
    const c = base();
    c.dimensions[0].indicators[0].year = "2022";
    expect(errorsOf(c)["dimensions[0].indicators[0].year"]).toContain("must be a year");
  });
});
