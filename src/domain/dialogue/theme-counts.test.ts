import { describe, expect, it } from "vitest";
import { countThemes, viewpointGroups } from "./theme-counts.ts";

describe("the target group of a viewpoint", () => {
  it("reads children and young people from the age band and the rest from the relations to the area", () => {
    expect(viewpointGroups({ ageBand: "0_12", relations: [] })).toEqual(["barn"]);
    expect(viewpointGroups({ ageBand: "13_19", relations: ["bor"] })).toEqual(["unga", "boende"]);
    expect(viewpointGroups({ ageBand: "30_49", relations: ["besoker", "arbetar"] })).toEqual(["verksamma", "besokare"]);
    expect(viewpointGroups({ ageBand: "65_", relations: [] })).toEqual(["okand"]);
    expect(viewpointGroups({ ageBand: null, relations: [] })).toEqual(["okand"]);
    expect(viewpointGroups({ ageBand: null, relations: ["nagot_annat"] })).toEqual(["okand"]);
  });
});

describe("the counts per theme, per group and theme × group", () => {
  const viewpoints = [
    { id: "a", ageBand: "0_12", relations: ["bor"] },
    { id: "b", ageBand: null, relations: ["arbetar"] },
    { id: "c", ageBand: null, relations: [] },
    { id: "d", ageBand: "13_19", relations: [] },
  ];
  it("counts each viewpoint once per theme and once in each of its groups, and lists the untagged", () => {
    const counts = countThemes(viewpoints, ["t1", "t2"], [
      { viewpointId: "a", themeId: "t1" },
      { viewpointId: "a", themeId: "t2" },
      { viewpointId: "b", themeId: "t1" },
      // Not counted: a hidden viewpoint (not given) and a rejected theme (not given).
      { viewpointId: "hidden", themeId: "t1" },
      { viewpointId: "c", themeId: "rejected" },
    ]);
    expect(counts.total).toBe(4);
    expect(counts.byGroup).toEqual({ barn: 1, unga: 1, boende: 1, verksamma: 1, besokare: 0, okand: 1 });
    expect(counts.themes).toEqual([
      { themeId: "t1", total: 2, byGroup: { barn: 1, unga: 0, boende: 1, verksamma: 1, besokare: 0, okand: 0 } },
      { themeId: "t2", total: 1, byGroup: { barn: 1, unga: 0, boende: 1, verksamma: 0, besokare: 0, okand: 0 } },
    ]);
    expect(counts.untagged).toEqual(["c", "d"]);
    expect(counts.untaggedByGroup).toEqual({ barn: 0, unga: 1, boende: 0, verksamma: 0, besokare: 0, okand: 1 });
  });
  it("counts nothing when there is nothing", () => {
    expect(countThemes([], [], [])).toMatchObject({ total: 0, themes: [], untagged: [] });
  });
});
