import { describe, expect, it } from "vitest";
import { computeIndex } from "./compute.ts";
import { validateIndexConfig } from "./config.ts";
import { DEFAULT_INDEX_CONFIG } from "./default-config.ts";
import { parseJsonStat } from "./jsonstat.ts";
import { describeIndexProblem, type IndexLocale } from "./messages.ts";
import type { IndexConfig } from "./config.ts";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const base = () => clone(DEFAULT_INDEX_CONFIG) as unknown as Record<string, any>;

function errorsOf(input: unknown, locale: IndexLocale): Record<string, string> {
  const r = validateIndexConfig(input, locale);
  if (r.ok) throw new Error("expected the configuration to be refused");
  return r.detail ?? {};
}

describe("the area index's problems in Swedish and English", () => {
  it("a wrong direction: Swedish names the path, the allowed values and what was found", () => {
    const c = base();
    c.dimensions[1].indicators[2].direction = "up";
    const sv = errorsOf(c, "sv");
    expect(sv["dimensions[1].indicators[2].direction"]).toBe('ska vara ett av "higher_is_better", "higher_is_worse", men är "up"');
    expect(errorsOf(c, "en")["dimensions[1].indicators[2].direction"]).toBe('must be one of "higher_is_better", "higher_is_worse", got "up"');
  });

  it("English stays the default", () => {
    const c = base();
    c.missing = "skip";
    expect(validateIndexConfig(c)).toMatchObject({ ok: false, detail: { missing: 'must be one of "exclude", "mean", "fail", got "skip"' } });
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
    const sv = computeIndex(config, values, { locale: "sv" });
    expect(sv).toEqual({
      ok: false,
      error: "invalid_values",
      detail: { "A/p/2022": 'logaritmen kräver att värde + förskjutning är större än 0 (värde 0, förskjutning 0): ange transform.log.offset för "p" eller ta bort log-transformationen' },
    });
    const en = computeIndex(config, values);
    expect(en).toMatchObject({ detail: { "A/p/2022": expect.stringMatching(/^the logarithm needs value \+ offset > 0 \(value 0, offset 0\)/) } });
  });

  it("a JSON-stat dataset that is not one, in Swedish", () => {
    expect(parseJsonStat({ class: "collection" }, {}, "sv")).toEqual({ ok: false, error: "invalid_jsonstat", detail: { class: 'ska vara "dataset" (JSON-stat 2.0), men är "collection"' } });
  });

  it("says 'ingenting'/'nothing' when no value was given, and leaves out empty optional parts", () => {
    expect(describeIndexProblem({ code: "number", params: {} }, "sv")).toBe("ska vara ett tal, men är ingenting");
    expect(describeIndexProblem({ code: "number", params: {} }, "en")).toBe("must be a number, got nothing");
    expect(describeIndexProblem({ code: "no_usable_value" }, "en")).toBe("no area has a usable value");
    expect(describeIndexProblem({ code: "no_usable_value", params: { year: 2021 } }, "sv")).toBe("inget område har ett användbart värde för 2021: importera data eller välj ett annat år");
  });
});
