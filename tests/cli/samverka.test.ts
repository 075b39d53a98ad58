/**
 * End-to-end tests of the samverka command line: each test starts the real bin script in a
 * child process, the way `npx samverka` does, and checks stdout, stderr and the exit code.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INDEX_CONFIG } from "#src/domain/area-index/default-config.ts";
import { validateIndexConfig } from "#src/domain/area-index/config.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "samverka.js");
const CONFIG = "docs/index/example-config.json";
const DATA = "docs/index/example-values.csv";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], opts: { node?: string; command?: string } = {}): Promise<Run> {
  const file = opts.command ?? opts.node ?? process.execPath;
  const argv = opts.command ? args : [BIN, ...args];
  return new Promise((resolve) => {
    execFile(file, argv, { cwd: ROOT, encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "samverka-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("samverka index compute", () => {
  it("prints every area's rank, score and dimension scores as CSV", async () => {
    const r = await run(["index", "compute", "--config", CONFIG, "--data", DATA, "--format", "csv"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("area_code,rank,score,delaktighet,utbildning,ekonomi,boende");
    expect(lines).toHaveLength(15);
    const ranks = lines.slice(1).map((l) => Number(l.split(",")[1]));
    expect(ranks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const scores = lines.slice(1).map((l) => Number(l.split(",")[2]));
    expect([...scores].sort((a, b) => a - b)).toEqual(scores); // rank 1 = lowest score
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0), expect(s).toBeLessThanOrEqual(1);
  });

  it("prints JSON by default, with the data year per indicator, and explains on request", async () => {
    const r = await run(["index", "compute", "--config", CONFIG, "--data", DATA, "--year", "2022", "--explain"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.config).toBe("malmo-omradeslyft-utkast-2023");
    expect(Object.values(out.years)).toEqual(Array(12).fill(2022));
    expect(out.areas).toHaveLength(14);
    const first = out.areas[0];
    expect(first.rank).toBe(1);
    expect(Object.keys(first.dimensions)).toEqual(["delaktighet", "utbildning", "ekonomi", "boende"]);
    const contributions = first.explanation.flatMap((d: { indicators: { contribution: number }[] }) => d.indicators.map((i) => i.contribution));
    expect(contributions).toHaveLength(12);
    expect(contributions.reduce((s: number, c: number) => s + c, 0)).toBeCloseTo(first.score, 5);
  });

  it("never shows a suppressed value", async () => {
    const r = await run(["index", "compute", "--config", CONFIG, "--data", DATA, "--explain"]);
    const demo14 = JSON.parse(r.stdout).areas.find((a: { area: string }) => a.area === "DEMO14");
    const poverty = demo14.explanation.flatMap((d: { indicators: unknown[] }) => d.indicators).find((i: { key: string }) => i.key === "barnfattigdom");
    expect(poverty).toMatchObject({ status: "suppressed", value: null, normalised: null, contribution: 0 });
    const csv = await readFile(join(ROOT, DATA), "utf8");
    const secret = csv.split("\n").find((l) => l.startsWith("DEMO14,barnfattigdom,2023"))!.split(",")[3]!;
    expect(JSON.stringify(demo14)).not.toContain(`"value":${secret}`);
  });

  it("says what to fix, on stderr with exit code 2, for a wrong configuration", async () => {
    const bad = { ...DEFAULT_INDEX_CONFIG, missing: "skip", normalisation: { method: "median" } };
    const path = join(dir, "bad.json");
    await writeFile(path, JSON.stringify(bad));
    const r = await run(["index", "compute", "--config", path, "--data", DATA]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`the configuration "${path}" is not valid:`);
    expect(r.stderr).toContain('  missing: must be one of "exclude", "mean", "fail", got "skip"');
    expect(r.stderr).toContain("  normalisation.method: must be one of");
    expect(r.stderr).toContain("Fix these places in the configuration");
  });

  it("describes the problems in Swedish with --lang sv", async () => {
    const bad = { ...DEFAULT_INDEX_CONFIG, missing: "skip" };
    const path = join(dir, "bad-sv.json");
    await writeFile(path, JSON.stringify(bad));
    const r = await run(["index", "validate", "--config", path, "--lang", "sv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('  missing: ska vara ett av "exclude", "mean", "fail", men är "skip"');
  });

  it("lists the data errors by line and computes nothing", async () => {
    const path = join(dir, "bad.csv");
    await writeFile(path, "area_code,indicator,year,value\nA,valdeltagande,2023,71\nB,valdeltagande,23,x\n");
    const r = await run(["index", "compute", "--config", CONFIG, "--data", path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("has errors; nothing was read:");
    expect(r.stderr).toContain('  line 3: year must be a year such as 2023, got "23"');
  });

  it("refuses missing values under the 'fail' rule, naming area and indicator", async () => {
    const path = join(dir, "fail.json");
    await writeFile(path, JSON.stringify({ ...DEFAULT_INDEX_CONFIG, missing: "fail" }));
    const r = await run(["index", "compute", "--config", path, "--data", DATA, "--year", "2023"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("  DEMO09/svarsfrekvens_folkhalsoenkat: no value for 2023");
    expect(r.stderr).toContain("  DEMO14/barnfattigdom: suppressed (count or denominator below 5)");
    expect(r.stderr).toContain('set "missing" in the configuration to "exclude" or "mean"');
  });

  it("warns about indicators in the data that the configuration does not have", async () => {
    const path = join(dir, "extra.csv");
    await writeFile(path, "area_code,indicator,year,value\nA,valdeltagande,2023,71\nB,valdeltagande,2023,60\nA,okand_indikator,2023,1\n");
    const r = await run(["index", "compute", "--config", CONFIG, "--data", path, "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("rows for indicators that are not in the configuration were ignored: okand_indikator");
    expect(r.stdout.split("\n")[1]).toMatch(/^B,1,0,0,,,$/);
  });

  it("reads a JSON-stat dataset", async () => {
    const path = join(dir, "data.json");
    await writeFile(
      path,
      JSON.stringify({
        version: "2.0",
        class: "dataset",
        id: ["Region", "ContentsCode", "Tid"],
        size: [2, 1, 1],
        dimension: { Region: { category: { index: ["A", "B"] } }, ContentsCode: { category: { index: ["valdeltagande"] } }, Tid: { category: { index: ["2022"] } } },
        value: [80, 60],
        role: { geo: ["Region"], metric: ["ContentsCode"], time: ["Tid"] },
      }),
    );
    const r = await run(["index", "compute", "--config", CONFIG, "--data", path, "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(1, 3)).toEqual(["B,1,0,0,,,", "A,2,1,1,,,"]);
  });

  it("maps a PxWeb-style JSON-stat dataset with a mapping file", async () => {
    const path = join(dir, "pxweb.json");
    const map = join(dir, "map.json");
    await writeFile(
      path,
      JSON.stringify({
        version: "2.0",
        class: "dataset",
        id: ["Region", "Kon", "ContentsCode", "Tid"],
        size: [2, 2, 1, 1],
        dimension: {
          Region: { category: { index: ["1280A", "1280B"] } },
          Kon: { category: { index: ["1+2", "2"] } },
          ContentsCode: { category: { index: ["ME0104B8"] } },
          Tid: { category: { index: ["2022"] } },
        },
        value: [80, 81, 60, 90],
        role: { geo: ["Region"], metric: ["ContentsCode"], time: ["Tid"] },
      }),
    );
    await writeFile(map, JSON.stringify({ indicators: { ME0104B8: "valdeltagande" }, areas: { "1280A": "A", "1280B": "B" }, breakdowns: { sex: "Kon" } }));
    const r = await run(["index", "compute", "--config", CONFIG, "--data", path, "--jsonstat-mapping", map, "--format", "csv"]);
    expect(r.code).toBe(0);
    // the totals (Kon 1+2) are used: A 80, B 60
    expect(r.stdout.split("\n").slice(1, 3)).toEqual(["B,1,0,0,,,", "A,2,1,1,,,"]);
    const unmapped = await run(["index", "compute", "--config", CONFIG, "--data", path, "--format", "csv"]);
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toContain("dimension.Kon: has 2 categories but is not mapped");
  });

  it("refuses wrong use with the usage text", async () => {
    const noConfig = await run(["index", "compute", "--data", DATA]);
    expect(noConfig).toMatchObject({ code: 2, stdout: "" });
    expect(noConfig.stderr).toContain("--config is required");
    const unknownFlag = await run(["index", "compute", "--config", CONFIG, "--data", DATA, "--colour"]);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toContain("--colour");
    const unknown = await run(["index", "draw"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "index draw"');
    const nothing = await run([]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain("Usage:");
    expect(await run(["--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("samverka index compute") });
  });
});

describe("samverka index validate and sensitivity", () => {
  it("validates a configuration and data", async () => {
    const r = await run(["index", "validate", "--config", CONFIG, "--data", DATA]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toBe(
      'ok: configuration "malmo-omradeslyft-utkast-2023" with 4 dimensions and 12 indicators\nok: data "docs/index/example-values.csv" with 342 values for 14 areas\n',
    );
    const missing = await run(["index", "validate", "--config", join(dir, "nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
  });

  it("summarises the ranks over Monte Carlo draws", async () => {
    const r = await run(["index", "sensitivity", "--config", CONFIG, "--data", DATA, "--draws", "2000", "--seed", "4", "--methods", "minmax,zscore,rank", "--format", "csv"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("area_code,rank,rank_min,rank_p5,rank_median,rank_p95,rank_max,share_top_3");
    expect(lines).toHaveLength(15);
    const again = await run(["index", "sensitivity", "--config", CONFIG, "--data", DATA, "--draws", "2000", "--seed", "4", "--methods", "minmax,zscore,rank", "--format", "csv"]);
    expect(again.stdout).toBe(r.stdout);
    const bad = await run(["index", "sensitivity", "--config", CONFIG, "--data", DATA, "--jitter", "1.5"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("weightJitter: must be at least 0 and less than 1");
  });
});

describe("samverka index compute with the geometric mean, and index spread", () => {
  it("refuses a value ≤ 0 in a geometric mean, naming area and indicator and what to set; a floor makes it compute and shows in --explain", async () => {
    // min–max with the geometric mean across dimensions, no floor: refused up front.
    const noFloor = join(dir, "geometric.json");
    await writeFile(noFloor, JSON.stringify({ ...DEFAULT_INDEX_CONFIG, aggregation: { withinDimensions: "arithmetic", acrossDimensions: "geometric" } }));
    const refused = await run(["index", "compute", "--config", noFloor, "--data", DATA]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('  aggregation: a geometric mean needs values > 0, but "minmax" gives the weakest area 0: set "aggregation.floor"');
    // Goalposts without a floor: refused when computing, naming the area and the indicator at its lower goalpost.
    const goalposts = structuredClone(DEFAULT_INDEX_CONFIG);
    for (const d of goalposts.dimensions) for (const i of d.indicators) i.goalposts = i.direction === "higher_is_better" ? { min: 0, max: 100 } : { min: 0, max: 50 };
    goalposts.dimensions[0]!.indicators[0]!.goalposts = { min: 30, max: 100 }; // DEMO05 has 25 in 2023: 0
    const gp = join(dir, "geometric-goalposts.json");
    await writeFile(gp, JSON.stringify({ ...goalposts, normalisation: { method: "goalposts" }, aggregation: { withinDimensions: "geometric", acrossDimensions: "geometric" } }));
    const zero = await run(["index", "compute", "--config", gp, "--data", DATA, "--year", "2023"]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain("cannot compute the index (non positive):");
    expect(zero.stderr).toContain("  DEMO05/deltagande_fritidsaktivitet: the normalised value is 0, and a geometric mean needs values > 0");
    expect(zero.stderr).toContain('set "aggregation.floor" in the configuration');
    // With a floor it computes and the explanation marks what was raised to it.
    const floored = join(dir, "geometric-floor.json");
    await writeFile(floored, JSON.stringify({ ...DEFAULT_INDEX_CONFIG, aggregation: { withinDimensions: "geometric", acrossDimensions: "geometric", floor: 0.01 } }));
    const r = await run(["index", "compute", "--config", floored, "--data", DATA, "--year", "2023", "--explain"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.aggregation).toEqual({ withinDimensions: "geometric", acrossDimensions: "geometric", floor: 0.01 });
    const demo05 = out.areas.find((a: { area: string }) => a.area === "DEMO05");
    const participation = demo05.explanation[0].indicators.find((i: { key: string }) => i.key === "deltagande_fritidsaktivitet");
    expect(participation).toMatchObject({ normalised: 0, floored: true });
  });

  it("prints the spread and extremes per indicator, without the suppressed value", async () => {
    const r = await run(["index", "spread", "--config", CONFIG, "--data", DATA, "--year", "2023", "--format", "csv"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("indicator,year,areas,suppressed,lowest,lowest_areas,q1,median,q3,highest,highest_areas,sd");
    expect(lines).toHaveLength(13);
    // DEMO14's child poverty rests on a denominator of 4: 13 areas count, 1 is suppressed.
    expect(lines.find((l) => l.startsWith("barnfattigdom,"))).toMatch(/^barnfattigdom,2023,13,1,/);
    const csv = await readFile(join(ROOT, DATA), "utf8");
    const secret = csv.split("\n").find((l) => l.startsWith("DEMO14,barnfattigdom,2023"))!.split(",")[3]!;
    expect(lines.find((l) => l.startsWith("barnfattigdom,"))!.split(",")).not.toContain(secret);
    const json = JSON.parse((await run(["index", "spread", "--config", CONFIG, "--data", DATA, "--year", "2023"])).stdout);
    expect(json.indicators[0]).toMatchObject({ key: "deltagande_fritidsaktivitet", year: 2023, count: 14, lowest: { areas: ["DEMO05"] } });
  });
});

describe("CSV output", () => {
  it("defuses area codes a spreadsheet would run as formulas, in every command, and writes a negative value as a number", async () => {
    const path = join(dir, "hostile.csv");
    await writeFile(path, `area_code,indicator,year,value\n"=cmd|' /C calc'!A0",valdeltagande,2023,71\n@SUM(1+1),valdeltagande,2023,-4\nC,valdeltagande,2023,50\n`);
    const args = ["--config", CONFIG, "--data", path, "--format", "csv"];
    const compute = await run(["index", "compute", ...args]);
    expect(compute.code).toBe(0);
    expect(compute.stdout.split("\n").slice(1, 4)).toEqual(["'@SUM(1+1),1,0,0,,,", "C,2,0.72,0.72,,,", "'=cmd|' /C calc'!A0,3,1,1,,,"]);
    const sensitivity = await run(["index", "sensitivity", ...args, "--draws", "50"]);
    expect(sensitivity.code).toBe(0);
    expect(sensitivity.stdout.split("\n").slice(1, 4).map((l) => l.split(",")[0])).toEqual(["'@SUM(1+1)", "C", "'=cmd|' /C calc'!A0"]);
    const spread = await run(["index", "spread", ...args]);
    expect(spread.code).toBe(0);
    expect(spread.stdout.split("\n").find((l) => l.startsWith("valdeltagande,"))).toBe("valdeltagande,2023,3,0,-4,'@SUM(1+1),23,50,60.5,71,'=cmd|' /C calc'!A0,31.591138");
  });
});

describe("how it is started", () => {
  it("`npx samverka` works from the project root", async () => {
    const r = await run(["samverka", "index", "validate", "--config", CONFIG], { command: "npx" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ok: configuration");
  });

  const olderNode = ["/usr/bin/node", "/usr/local/bin/node"].find((p) => existsSync(p));
  it.runIf(olderNode)("the bin script re-runs itself on Node 24 when started by an older Node", async () => {
    const r = await run(["index", "compute", "--config", CONFIG, "--data", DATA, "--format", "csv"], { node: olderNode! });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toHaveLength(16);
  });
});

describe("the documentation", () => {
  it("the example configuration is the default (the city's draft) and valid", async () => {
    const json = JSON.parse(await readFile(join(ROOT, CONFIG), "utf8"));
    expect(validateIndexConfig(json)).toEqual({ ok: true, value: DEFAULT_INDEX_CONFIG });
  });

  it("the configuration example in README.md is valid", async () => {
    const readme = await readFile(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Area index"));
    const block = /```json\n([\s\S]*?)\n```/.exec(section);
    expect(block).not.toBeNull();
    expect(validateIndexConfig(JSON.parse(block![1]!))).toMatchObject({ ok: true });
  });
});
