import { describe, expect, it } from "vitest";
import { computeIndex } from "#src/domain/area-index/compute.ts";
import { type IndexConfig, validateIndexConfig } from "#src/domain/area-index/config.ts";
import { DEFAULT_INDEX_CONFIG } from "#src/domain/area-index/default-config.ts";
import { parseJsonStat } from "#src/domain/area-index/jsonstat.ts";
import { INDEX_PROBLEM_CODES, type IndexProblem, type ProblemParams } from "#src/domain/area-index/problems.ts";
import { describeIndexProblem, describeIndexProblems, en, indexProblemKey, sv } from "./index-problems.ts";
import { LOCALES, type Locale } from "./locale.ts";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const base = () => clone(DEFAULT_INDEX_CONFIG) as unknown as Record<string, any>;

function errorsOf(input: unknown, locale: Locale): Record<string, string> {
  const r = validateIndexConfig(input);
  if (r.ok) throw new Error("expected the configuration to be refused");
  return describeIndexProblems(r.problems, locale);
}

describe("the area index's problems in Swedish and English, worded from the catalogue", () => {
  it("a wrong direction: Swedish names the path, the allowed values and what was found", () => {
    const c = base();
    c.dimensions[1].indicators[2].direction = "up";
    const sv = errorsOf(c, "sv");
    expect(sv["dimensions[1].indicators[2].direction"]).toBe('ska vara ett av "higher_is_better", "higher_is_worse", men är "up"');
    expect(errorsOf(c, "en")["dimensions[1].indicators[2].direction"]).toBe('must be one of "higher_is_better", "higher_is_worse", got "up"');
  });

  it("the engine records the problem as a code with its parameters, and writes no sentence", () => {
    const c = base();
    c.missing = "skip";
    expect(validateIndexConfig(c)).toEqual({ ok: false, error: "invalid_config", problems: { missing: [{ code: "must_be_one_of", params: { allowed: '"exclude", "mean", "fail"', found: '"skip"' } }] } });
    expect(errorsOf(c, "en")).toEqual({ missing: 'must be one of "exclude", "mean", "fail", got "skip"' });
  });

  it("an unknown key: Swedish says to remove or correct it and lists the allowed keys", () => {
    const c = base();
    c.dimensions[0].indicators[0].weigth = 2;
    const message = errorsOf(c, "sv")["dimensions[0].indicators[0].weigth"]!;
    expect(message).toMatch(/^okänd egenskap: ta bort den eller rätta stavningen \(tillåtna här: key, name, .*weight.*\)$/);
  });

  it("a weight that is not greater than 0, and something missing, in Swedish", () => {
    const c = base();
    c.dimensions[0].weight = "abc";
    delete c.dimensions[0].indicators[1].unit;
    const sv = errorsOf(c, "sv");
    expect(sv["dimensions[0].weight"]).toBe('ska vara ett tal större än 0, men är "abc"');
    expect(sv["dimensions[0].indicators[1].unit"]).toBe("ska vara en text som inte är tom, men är ingenting");
  });

  it("a duplicate key, a shifted geometric mean with an unbounded method and a geometric mean without a floor, in Swedish", () => {
    const c = base();
    c.dimensions[1].key = c.dimensions[0].key;
    expect(errorsOf(c, "sv")["dimensions[1].key"]).toBe(`"${c.dimensions[0].key}" används redan av dimensions[0]: välj en annan nyckel`);
    const g = base();
    g.normalisation = { method: "distance_to_reference", referenceArea: "A" };
    g.aggregation = { withinDimensions: "geometric_shifted", acrossDimensions: "arithmetic" };
    expect(errorsOf(g, "sv").aggregation).toContain("har ingen nedre gräns och kan därför inte förskjutas");
    const f = base();
    f.aggregation = { withinDimensions: "geometric", acrossDimensions: "arithmetic" };
    expect(errorsOf(f, "sv").aggregation).toBe(
      'ett geometriskt medelvärde kräver värden större än 0, men "minmax" ger det svagaste området 0: ange ett golv "aggregation.floor" (till exempel 0.01) som lägre värden höjs till, normalisera med "goalposts" eller välj "arithmetic"',
    );
    f.aggregation.floor = 1;
    expect(errorsOf(f, "sv")["aggregation.floor"]).toBe("ska vara ett tal större än 0 och mindre än 1 (till exempel 0.01), men är 1");
  });

  it("a value ≤ 0 under a logarithm: Swedish names area, indicator, value and what to set", () => {
    const config: IndexConfig = {
      id: "t",
      name: { sv: "t", en: "t" },
      dimensions: [{ key: "d", name: { sv: "d", en: "d" }, indicators: [{ key: "p", name: { sv: "p", en: "p" }, unit: "st", direction: "higher_is_better", source: "s", transform: { log: {} } }] }],
      normalisation: { method: "minmax" },
      aggregation: { withinDimensions: "arithmetic", acrossDimensions: "arithmetic" },
      missing: "exclude",
      suppression: { minCount: 0 },
    };
    const values = [
      { area: "A", indicator: "p", year: 2022, value: 0 },
      { area: "B", indicator: "p", year: 2022, value: 9 },
    ];
    const r = computeIndex(config, values);
    if (r.ok) throw new Error("expected the values to be refused");
    expect(r.error).toBe("invalid_values");
    expect(describeIndexProblems(r.problems, "sv")).toEqual({
      "A/p/2022": 'logaritmen kräver att värde + förskjutning är större än 0 (värde 0, förskjutning 0): ange transform.log.offset för "p" eller ta bort log-transformationen',
    });
    expect(describeIndexProblems(r.problems, "en")).toEqual({ "A/p/2022": expect.stringMatching(/^the logarithm needs value \+ offset > 0 \(value 0, offset 0\)/) });
  });

  it("a JSON-stat dataset that is not one, in Swedish", () => {
    const r = parseJsonStat({ class: "collection" }, {});
    expect(r.ok || describeIndexProblems(r.problems, "sv")).toEqual({ class: 'ska vara "dataset" (JSON-stat 2.0), men är "collection"' });
  });

  it("says 'ingenting'/'nothing' when no value was given, and leaves out empty optional parts", () => {
    expect(describeIndexProblem({ code: "number", params: {} }, "sv")).toBe("ska vara ett tal, men är ingenting");
    expect(describeIndexProblem({ code: "number", params: {} }, "en")).toBe("must be a number, got nothing");
    expect(describeIndexProblem({ code: "no_usable_value" }, "en")).toBe("no area has a usable value");
    expect(describeIndexProblem({ code: "no_usable_value", params: { year: 2021 } }, "sv")).toBe("inget område har ett användbart värde för 2021: importera data eller välj ett annat år");
  });

  it("joins several problems at one place with a semicolon", () => {
    const two: IndexProblem[] = [{ code: "number", params: { found: '"a"' } }, { code: "cap_bound_missing" }];
    expect(describeIndexProblems({ "dimensions[0].weight": two }, "en")).toEqual({ "dimensions[0].weight": 'must be a number, got "a"; give "lower", "upper" or both' });
  });
});

/** Parameters as the engine gives them, for every code: each sentence below must fill all its blanks. */
const SAMPLE: ProblemParams = { found: '"x"', allowed: "a, b", lower: 1, upper: 2, min: 0, max: 9, key: "k", other: "dimensions[0]", method: "zscore", path: "normalisation.method", aggregation: 0, area: "A", where: "p", value: 0, breakdown: "sex=K", offset: 0, indicator: "p", year: 2022, minCount: 5, what: "area", ids: "Region, Tid", got: 3, dim: "Kon", size: 2, total: 24, message: "Unexpected token", columns: "area_code, indicator, year, value", column: "year", expected: 4, line: 3 };
const VARIANTS: ProblemParams[] = [SAMPLE, { ...SAMPLE, method: "minmax", what: "dimension" }, { ...SAMPLE, what: "year" }, { ...SAMPLE, what: "indicator" }, { ...SAMPLE, what: "value" }];
/** The codes whose year or breakdown is optional: their sentence leaves that part out. */
const OPTIONAL_PARTS = ["no_values", "no_usable_value", "mean_impossible"] as const;

describe("every problem code has its words in every language", () => {
  it.each(INDEX_PROBLEM_CODES)("%s", (code) => {
    for (const locale of LOCALES)
      for (const params of VARIANTS) {
        const text = describeIndexProblem({ code, params }, locale);
        expect(text.trim(), `${code} in ${locale}`).not.toBe("");
        expect(text, `${code} in ${locale}: a blank left unfilled`).not.toMatch(/\{\w+\}|undefined/);
      }
  });

  it.each(OPTIONAL_PARTS)("%s without a year or a breakdown", (code) => {
    for (const locale of LOCALES) expect(describeIndexProblem({ code, params: { year: undefined, breakdown: "" } }, locale)).not.toMatch(/\{\w+\}|undefined| för :| for :/);
  });

  it("no entry of the catalogue is left unused by the codes", () => {
    const used = new Set<string>(["index.problem.nothing", "index.problem.gives.zero", "index.problem.gives.negative"]);
    for (const code of INDEX_PROBLEM_CODES) for (const params of [...VARIANTS, {}]) used.add(indexProblemKey(code, params));
    expect(Object.keys(sv).filter((k) => !used.has(k))).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });
});
