import { describe, expect, it } from "vitest";
import { addMonths, amountNeedsDecision, changeStep, checkChange, DEFAULT_CHANGE_THRESHOLDS as T, isApplied } from "./change-request.ts";

const baseline = { decidedSek: 200_000, currentSek: 200_000, startsOn: "2027-03-01", endsOn: "2027-10-31" };

describe("change requests and the threshold for a new decision", () => {
  it("lets the contact person approve up to 10 % of the decided amount and at most 50 000 kr", () => {
    expect(amountNeedsDecision(200_000, 220_000, T)).toBe(false);
    expect(amountNeedsDecision(200_000, 220_001, T)).toBe(true);
    expect(amountNeedsDecision(200_000, 180_000, T)).toBe(false);
    expect(amountNeedsDecision(1_000_000, 1_050_000, T)).toBe(false);
    expect(amountNeedsDecision(1_000_000, 1_050_001, T)).toBe(true);
    // An effort that was granted nothing needs the committee for any money.
    expect(amountNeedsDecision(0, 1, T)).toBe(true);
  });

  it("measures the amount against the decided one, so small steps cannot add up past it", () => {
    const after = { ...baseline, currentSek: 215_000 };
    expect(checkChange({ kind: "belopp", toSek: 230_000 }, "Dyrare material", after, T)).toEqual({ ok: true, needsDecision: true, reason: "Dyrare material" });
  });

  it("needs a decision when a date moves more than three months either way", () => {
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(checkChange({ kind: "datum", toStartsOn: "2027-06-01", toEndsOn: "2028-01-31" }, "Leverans", baseline, T)).toMatchObject({ ok: true, needsDecision: false });
    expect(checkChange({ kind: "datum", toStartsOn: "2027-03-01", toEndsOn: "2028-02-01" }, "Leverans", baseline, T)).toMatchObject({ ok: true, needsDecision: true });
    expect(checkChange({ kind: "milstolpe", milestoneId: "m", toDueOn: "2027-09-02" }, "Senare", { ...baseline, milestoneDueOn: "2027-06-01" }, T)).toMatchObject({ ok: true, needsDecision: true });
    expect(checkChange({ kind: "milstolpe", milestoneId: "m", toDueOn: "2027-09-01" }, "Senare", { ...baseline, milestoneDueOn: "2027-06-01" }, T)).toMatchObject({ ok: true, needsDecision: false });
  });

  it("refuses a change without a reason, to the same value, or with the end before the start", () => {
    expect(checkChange({ kind: "belopp", toSek: 200_000 }, " ", baseline, T)).toEqual({ ok: false, problems: { reason: "reason", toSek: "sameAmount" } });
    expect(checkChange({ kind: "datum", toStartsOn: "2027-05-01", toEndsOn: "2027-04-01" }, "x", baseline, T)).toEqual({ ok: false, problems: { toEndsOn: "endsBeforeStart" } });
    expect(checkChange({ kind: "milstolpe", milestoneId: "m", toDueOn: "2027-12-01" }, "x", { ...baseline, milestoneDueOn: "2027-06-01" }, T)).toEqual({ ok: false, problems: { toDueOn: "outsideEffort" } });
  });

  it("lets the contact person approve within the thresholds; above them only the committee's decision settles it", () => {
    const phase = { phase: "utforande", note: "" };
    expect(changeStep("begard", "approve", phase)).toEqual({ ok: true, value: "godkand" });
    expect(changeStep("kraver_beslut", "approve", phase)).toEqual({ ok: false, error: "needs_decision" });
    expect(changeStep("kraver_beslut", "decide_bifall", phase)).toEqual({ ok: true, value: "beslutad_bifall" });
    expect(changeStep("begard", "decide_bifall", phase)).toEqual({ ok: false, error: "wrong_status" });
    expect(changeStep("begard", "refuse", phase)).toEqual({ ok: false, error: "note_required" });
    expect(changeStep("begard", "refuse", { phase: "utforande", note: "Ryms inte" })).toEqual({ ok: true, value: "avslagen" });
    expect(changeStep("godkand", "approve", phase)).toEqual({ ok: false, error: "wrong_status" });
    expect(changeStep("begard", "approve", { phase: "avslutad", note: "" })).toEqual({ ok: false, error: "closed" });
    expect(isApplied("beslutad_bifall") && isApplied("godkand") && !isApplied("avslagen")).toBe(true);
  });
});
