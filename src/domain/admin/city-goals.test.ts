import { describe, expect, it } from "vitest";
import { agendaGoalOf, goalKeyFrom, parseAgenda2030, uniqueKey } from "./city-goals.ts";

describe("parseAgenda2030", () => {
  it("reads goals and targets in any separator, sorted and unique", () => {
    expect(parseAgenda2030("16.1, 11.7; 11.7 4 16.a")).toEqual({ ok: true, value: ["4", "11.7", "16.1", "16.a"] });
    expect(parseAgenda2030("  ")).toEqual({ ok: true, value: [] });
    expect(parseAgenda2030("11.10, 11.2")).toEqual({ ok: true, value: ["11.2", "11.10"] });
  });

  it("names the entries that are not a goal 1–17 or its target", () => {
    expect(parseAgenda2030("18, 11.7, mål 5, 0.1")).toEqual({ ok: false, invalid: ["18", "mål", "0.1"] });
  });

  it("finds the goal a target belongs to", () => {
    expect(agendaGoalOf("11.7")?.sv).toBe("Hållbara städer och samhällen");
  });
});

describe("goal keys", () => {
  it("makes a stable key from the Swedish name", () => {
    expect(goalKeyFrom("En trygg och tillgänglig stad")).toBe("en_trygg_och_tillganglig_stad");
    expect(goalKeyFrom("Ökad delaktighet – för alla!")).toBe("okad_delaktighet_for_alla");
    expect(goalKeyFrom("Å")).toBe("mal_a");
    expect(goalKeyFrom("x".repeat(80))).toHaveLength(60);
  });

  it("adds a number when the key is taken", () => {
    expect(uniqueKey("trygghet", new Set(["trygghet", "trygghet_2"]))).toBe("trygghet_3");
    expect(uniqueKey("ny", new Set())).toBe("ny");
  });
});

