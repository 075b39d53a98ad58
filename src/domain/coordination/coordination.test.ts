import { describe, expect, it } from "vitest";
import { readAreaFeatures } from "./area-import.ts";
import { overlapScore, themeSimilarity, timeOverlap } from "./overlap.ts";
import { endsBeforeStart } from "./process.ts";

// A process's facts as typed are read by the process schema (src/application/coordination/schemas.test.ts).
describe("a process's period", () => {
  it("may not end before it starts; an open end, or a date that is not one, is not that problem", () => {
    expect(endsBeforeStart("2024-01-01", "2023-12-31")).toBe(true);
    expect(endsBeforeStart("2024-01-01", "2024-01-01")).toBe(false);
    expect(endsBeforeStart("2024-01-01", null)).toBe(false);
    expect(endsBeforeStart("2024-02-30", "2023-12-31")).toBe(false);
  });
});

describe("overlap score", () => {
  it("measures the shared share of the shorter period", () => {
    expect(timeOverlap({ startsOn: "2026-01-01", endsOn: "2026-12-31" }, { startsOn: "2026-07-01", endsOn: "2027-06-30" }, "2026-11-01")).toBeCloseTo(184 / 365, 5);
    expect(timeOverlap({ startsOn: "2026-01-01", endsOn: "2026-03-31" }, { startsOn: "2026-04-01", endsOn: null }, "2026-11-01")).toBe(0);
    expect(timeOverlap({ startsOn: "2026-05-01", endsOn: "2026-05-31" }, { startsOn: "2020-01-01", endsOn: null }, "2026-11-01")).toBe(1);
  });

  it("compares themes by Jaccard similarity", () => {
    expect(themeSimilarity(["trygghet", "barn_och_unga"], ["trygghet", "arbete", "naringsliv"])).toEqual({ similarity: 1 / 4, shared: ["trygghet"] });
    expect(themeSimilarity([], []).similarity).toBe(0);
  });

  it("weighs space, time and themes (hand-computed)", () => {
    const s = overlapScore(
      { shareOfSubject: 0.2, shareOfOther: 0.6, subjectPeriod: { startsOn: "2026-01-01", endsOn: "2026-12-31" }, otherPeriod: { startsOn: "2026-01-01", endsOn: "2026-12-31" }, subjectThemes: ["trygghet"], otherThemes: ["trygghet", "arbete"] },
      "2026-11-01",
    );
    // 0.5 × 0.6 + 0.25 × 1 + 0.25 × 0.5 = 0.675
    expect(s).toEqual({ score: 0.675, space: 0.6, time: 1, themes: 0.5, sharedThemes: ["trygghet"] });
  });

  it("scores processes that never run at the same time as 0", () => {
    const s = overlapScore({ shareOfSubject: 1, shareOfOther: 1, subjectPeriod: { startsOn: "2020-01-01", endsOn: "2020-12-31" }, otherPeriod: { startsOn: "2026-01-01", endsOn: null }, subjectThemes: ["trygghet"], otherThemes: ["trygghet"] }, "2026-11-01");
    expect(s.score).toBe(0);
  });
});

describe("area import", () => {
  const ring = (x: number) => [[x, 55.6], [x + 0.01, 55.6], [x + 0.01, 55.61], [x, 55.61], [x, 55.6]];
  const feature = (props: Record<string, unknown>, x = 13.0) => ({ type: "Feature", properties: props, geometry: { type: "Polygon", coordinates: [ring(x)] } });

  it("reads code, name and parent from the usual property names", () => {
    const r = readAreaFeatures(JSON.stringify({ type: "FeatureCollection", features: [feature({ kod: "GESO-01", namn: "Centrum" }), feature({ code: "GESO-01a", name: "Gamla staden", parent_code: "GESO-01" }, 13.02)] }));
    expect(r.ok && r.value.map((f) => [f.feature, f.code, f.name, f.parentCode, f.geometry.srid])).toEqual([
      [1, "GESO-01", "Centrum", null, 4326],
      [2, "GESO-01a", "Gamla staden", "GESO-01", 4326],
    ]);
  });

  it("reports every problem by feature and imports nothing", () => {
    const open = { type: "Feature", properties: { code: "B", name: "Öppen" }, geometry: { type: "Polygon", coordinates: [ring(13).slice(0, 4)] } };
    const r = readAreaFeatures(JSON.stringify({ type: "FeatureCollection", features: [feature({ code: "A" }), open, feature({ code: "A", name: "Dubblett" })] }));
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      { feature: 1, code: "A", error: "missing_name" },
      { feature: 2, code: "B", error: "ring_not_closed" },
      { feature: 3, code: "A", error: "duplicate_code" },
    ]);
  });

  it("answers a file that is not a FeatureCollection", () => {
    expect(readAreaFeatures('{"type":"Polygon"}').problems).toEqual([{ feature: 0, code: null, error: "not_feature_collection" }]);
    expect(readAreaFeatures("nej").problems).toEqual([{ feature: 0, code: null, error: "not_json" }]);
  });
});
