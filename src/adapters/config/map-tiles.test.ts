import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";
import { OSM_ATTRIBUTION, OSM_COPYRIGHT_URL, readMapTiles } from "./map-tiles.ts";

/** The problems loadConfig reports for an environment (fails the test if it accepts it). */
function configProblems(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

const problems = (url: string | undefined, attribution?: string) => configProblems({ MAP_TILES_URL: url, MAP_TILES_ATTRIBUTION: attribution });

describe("MAP_TILES_URL and MAP_TILES_ATTRIBUTION", () => {
  it("are optional: without them the maps have no base map", () => {
    expect(loadConfig({}).mapTiles).toBeNull();
    expect(loadConfig({ MAP_TILES_URL: "  ", MAP_TILES_ATTRIBUTION: "" }).mapTiles).toBeNull();
  });

  it("take the city's own tile service with its attribution; the origin is what the CSP gets", () => {
    expect(loadConfig({ MAP_TILES_URL: "https://kartor.malmo.se:8443/xyz/baskarta/{z}/{x}/{y}{r}.png?format=png", MAP_TILES_ATTRIBUTION: " © Malmö stad, Stadsbyggnadskontoret " }).mapTiles).toEqual({
      url: "https://kartor.malmo.se:8443/xyz/baskarta/{z}/{x}/{y}{r}.png?format=png",
      attribution: "© Malmö stad, Stadsbyggnadskontoret",
      attributionUrl: null,
      origin: "https://kartor.malmo.se:8443",
    });
    expect(loadConfig({ MAP_TILES_URL: "http://127.0.0.1:4123/{z}/{x}/{y}.png", MAP_TILES_ATTRIBUTION: "Testkarta" }).mapTiles?.origin).toBe("http://127.0.0.1:4123");
  });

  it("give OpenStreetMap's tile servers their attribution and copyright link by default", () => {
    expect(loadConfig({ MAP_TILES_URL: "https://tile.openstreetmap.org/{z}/{x}/{y}.png" }).mapTiles).toEqual({
      url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      attribution: OSM_ATTRIBUTION,
      attributionUrl: OSM_COPYRIGHT_URL,
      origin: "https://tile.openstreetmap.org",
    });
    // An attribution of one's own is kept, still linked to OpenStreetMap's copyright page.
    const own = loadConfig({ MAP_TILES_URL: "https://tile.openstreetmap.de/{z}/{x}/{y}.png", MAP_TILES_ATTRIBUTION: "Kartdata © OpenStreetMap-bidragsgivare" }).mapTiles;
    expect(own).toMatchObject({ attribution: "Kartdata © OpenStreetMap-bidragsgivare", attributionUrl: OSM_COPYRIGHT_URL });
    // A host that only looks like OpenStreetMap's gets no default.
    expect(problems("https://openstreetmap.org.evil.example/{z}/{x}/{y}.png")).toEqual([expect.stringMatching(/^MAP_TILES_ATTRIBUTION: ska anges när MAP_TILES_URL är satt/)]);
  });

  describe("refuse a template the browser could not use, saying what to write", () => {
    const cases: Array<{ url: string; fix: RegExp }> = [
      { url: "ftp://karta.malmo.se/{z}/{x}/{y}.png", fix: /ska vara en http\(s\)-adress/ },
      { url: "//karta.malmo.se/{z}/{x}/{y}.png", fix: /ska vara en http\(s\)-adress/ },
      { url: "https://karta.malmo.se/tiles.png", fix: /saknar \{z\}, \{x\}, \{y\}/ },
      { url: "https://karta.malmo.se/{z}/{y}.png", fix: /saknar \{x\}/ },
      { url: "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", fix: /\{s\} \(växlande underdomäner\) stöds inte/ },
      { url: "https://karta.malmo.se/{z}/{x}/{y}.png?key={apikey}", fix: /okänd platshållare \{apikey\}/ },
      { url: "https://{z}.karta.malmo.se/{x}/{y}.png", fix: /bara stå i sökvägen/ },
      { url: "https://karta.malmo.se:99999/{z}/{x}/{y}.png", fix: /ingen giltig adress/ },
      { url: "https://anna:hemligt@karta.malmo.se/{z}/{x}/{y}.png", fix: /användarnamn eller lösenord/ },
    ];
    it.each(cases)("$url", ({ url, fix }) => {
      const found = problems(url, "© Malmö stad");
      expect(found).toHaveLength(1);
      expect(found[0]!.startsWith("MAP_TILES_URL: ")).toBe(true);
      expect(found[0]).toMatch(fix);
      // Every message shows a working example.
      if (!/lösenord/.test(found[0]!)) expect(found[0]).toContain("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    });
    it("does not repeat a password from the address in its message", () => {
      expect(problems("https://anna:hemligt@karta.malmo.se/{z}/{x}/{y}.png", "x").join("\n")).not.toContain("hemligt");
    });
  });

  it("require an attribution for any tile server but OpenStreetMap's, and keep it to one short line", () => {
    expect(problems("https://karta.malmo.se/{z}/{x}/{y}.png")).toEqual([expect.stringMatching(/^MAP_TILES_ATTRIBUTION: ska anges när MAP_TILES_URL är satt: .*”© Malmö stad”/)]);
    expect(problems("https://karta.malmo.se/{z}/{x}/{y}.png", "x".repeat(201))).toEqual([expect.stringMatching(/^MAP_TILES_ATTRIBUTION: får vara högst 200 tecken/)]);
    expect(problems("https://karta.malmo.se/{z}/{x}/{y}.png", "© Malmö\nstad")).toEqual([expect.stringMatching(/^MAP_TILES_ATTRIBUTION: får inte innehålla radbrytningar/)]);
    expect(problems(undefined, "© Malmö stad")).toEqual([expect.stringMatching(/^MAP_TILES_ATTRIBUTION: används bara tillsammans med MAP_TILES_URL/)]);
  });

  it("are reported together with the other variables' problems", () => {
    const found = problems("https://karta.malmo.se/{z}/{x}.png");
    expect(found.map((p) => p.slice(0, p.indexOf(":")))).toEqual(["MAP_TILES_URL"]);
    expect(configProblems({ PORT: "abc", MAP_TILES_URL: "karta", MAP_TILES_ATTRIBUTION: "x" }).map((p) => p.slice(0, p.indexOf(":"))).sort()).toEqual(["MAP_TILES_URL", "PORT"]);
    expect(readMapTiles("karta", "x")).toEqual({ ok: false, problems: [expect.stringMatching(/^MAP_TILES_URL: ska vara en http\(s\)-adress/)] });
  });
});
