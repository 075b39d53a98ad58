import { describe, expect, it } from "vitest";
import { PHASES } from "../case/phase.ts";
import { swedishDay } from "../dates.ts";
import { isOpenForViewpoints, viewpointWindow } from "./open-for-viewpoints.ts";

describe("open for viewpoints", () => {
  it("is open in the samarbetsfas without a last day", () => {
    expect(viewpointWindow({ phase: "samarbete", consultationEndsOn: null }, "2026-11-23")).toEqual({ open: true });
  });

  it("is open through the last day, and closed the day after", () => {
    const facts = { phase: "samarbete" as const, consultationEndsOn: "2026-11-30" };
    expect(isOpenForViewpoints(facts, "2026-11-29")).toBe(true);
    expect(isOpenForViewpoints(facts, "2026-11-30")).toBe(true);
    expect(viewpointWindow(facts, "2026-12-01")).toEqual({ open: false, why: "ended" });
  });

  it("reads the day in Sweden: half an hour into 1 December there (23:30 UTC) the last day of November has passed", () => {
    const facts = { phase: "samarbete" as const, consultationEndsOn: "2026-11-30" };
    expect(isOpenForViewpoints(facts, swedishDay(new Date("2026-11-30T22:59:00Z")))).toBe(true);
    expect(isOpenForViewpoints(facts, swedishDay(new Date("2026-11-30T23:30:00Z")))).toBe(false);
  });

  it("is closed in every other phase, whatever the last day", () => {
    for (const phase of PHASES.filter((p) => p !== "samarbete")) {
      expect(viewpointWindow({ phase, consultationEndsOn: null }, "2026-11-23")).toEqual({ open: false, why: "phase" });
      expect(viewpointWindow({ phase, consultationEndsOn: "2030-01-01" }, "2026-11-23")).toEqual({ open: false, why: "phase" });
    }
  });
});
