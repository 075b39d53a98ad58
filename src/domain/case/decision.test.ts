import { describe, expect, it } from "vitest";
import { checkDecision, checkDecisionDates, DECISION_LIMITS, isDecisionOutcome, withAppeal, type DecisionInput } from "./decision.ts";

const decision = (over: Partial<DecisionInput> = {}): DecisionInput => ({
  paragraph: "§ 278",
  meetingId: null,
  decidedOn: "2026-12-14",
  outcome: "bifall",
  grantedAmountSek: 150000,
  conditions: "Redovisning senast 2027-12-31.",
  recipients: ["Föreningen Sofielund"],
  ...over,
});

describe("a decision's outcome and amount", () => {
  it("avslag grants no amount: an amount is refused, none (or 0) is kept as none", () => {
    expect(checkDecision(decision({ outcome: "avslag", grantedAmountSek: 5000 }))).toEqual({ ok: false, problems: { grantedAmountSek: "amountOnAvslag" } });
    const none = checkDecision(decision({ outcome: "avslag", grantedAmountSek: null }));
    expect(none.ok && none.value.grantedAmountSek).toBeNull();
    const zero = checkDecision(decision({ outcome: "avslag", grantedAmountSek: 0 }));
    expect(zero.ok && zero.value.grantedAmountSek).toBeNull();
  });

  it("bifall and delvis bifall need an amount above 0", () => {
    expect(checkDecision(decision({ grantedAmountSek: null }))).toEqual({ ok: false, problems: { grantedAmountSek: "amountRequired" } });
    expect(checkDecision(decision({ outcome: "delvis_bifall", grantedAmountSek: 0 }))).toEqual({ ok: false, problems: { grantedAmountSek: "amountRequired" } });
    const granted = checkDecision(decision({ outcome: "delvis_bifall", grantedAmountSek: 40000 }));
    expect(granted.ok && granted.value.grantedAmountSek).toBe(40000);
  });

  it("an amount is whole kronor within the bounds, whatever the outcome", () => {
    for (const amount of [12.5, -1, DECISION_LIMITS.amountMax + 1, Number.NaN]) {
      expect(checkDecision(decision({ grantedAmountSek: amount }))).toEqual({ ok: false, problems: { grantedAmountSek: "amount" } });
      expect(checkDecision(decision({ outcome: "avslag", grantedAmountSek: amount }))).toEqual({ ok: false, problems: { grantedAmountSek: "amount" } });
    }
    expect(checkDecision(decision({ grantedAmountSek: DECISION_LIMITS.amountMax })).ok).toBe(true);
  });

  it("knows only bifall, delvis bifall and avslag", () => {
    expect(checkDecision(decision({ outcome: "nej" as never }))).toMatchObject({ ok: false, problems: { outcome: "outcome" } });
    expect(isDecisionOutcome("delvis_bifall")).toBe(true);
    expect(isDecisionOutcome("beviljad")).toBe(false);
  });
});

describe("a decision's paragraph, date and texts", () => {
  it("needs a paragraph of at most 40 characters, trimmed", () => {
    expect(checkDecision(decision({ paragraph: "  " }))).toEqual({ ok: false, problems: { paragraph: "paragraph" } });
    expect(checkDecision(decision({ paragraph: "§".repeat(41) }))).toEqual({ ok: false, problems: { paragraph: "paragraph" } });
    const trimmed = checkDecision(decision({ paragraph: "  § 12 " }));
    expect(trimmed.ok && trimmed.value.paragraph).toBe("§ 12");
  });

  it("needs a real date and, if a meeting is named, a meeting id", () => {
    expect(checkDecision(decision({ decidedOn: "2026-02-30" }))).toEqual({ ok: false, problems: { decidedOn: "decidedOn" } });
    expect(checkDecision(decision({ decidedOn: "14/12/2026" }))).toEqual({ ok: false, problems: { decidedOn: "decidedOn" } });
    expect(checkDecision(decision({ meetingId: "sammanträdet" }))).toEqual({ ok: false, problems: { meetingId: "meeting" } });
  });

  it("limits the conditions and the recipients, and drops empty recipient lines", () => {
    expect(checkDecision(decision({ conditions: "x".repeat(DECISION_LIMITS.conditionsMax + 1) }))).toEqual({ ok: false, problems: { conditions: "tooLong" } });
    expect(checkDecision(decision({ recipients: Array.from({ length: 51 }, (_, i) => `Mottagare ${i}`) }))).toEqual({ ok: false, problems: { recipients: "tooLong" } });
    expect(checkDecision(decision({ recipients: ["x".repeat(301)] }))).toEqual({ ok: false, problems: { recipients: "tooLong" } });
    const kept = checkDecision(decision({ recipients: [" Sökanden ", "", "  "] }));
    expect(kept.ok && kept.value.recipients).toEqual(["Sökanden"]);
  });

  it("reports every refused field at once", () => {
    expect(checkDecision(decision({ paragraph: "", decidedOn: "", outcome: "avslag", grantedAmountSek: 1 }))).toEqual({
      ok: false,
      problems: { paragraph: "paragraph", decidedOn: "decidedOn", grantedAmountSek: "amountOnAvslag" },
    });
  });
});

describe("justering and anslag", () => {
  it("anslag needs justering first", () => {
    expect(checkDecisionDates({ minutesApprovedOn: null, postedOn: "2026-12-18" })).toEqual({ ok: false, problems: { minutesApprovedOn: "minutesFirst" } });
  });

  it("anslag is not before justering; the same day is fine", () => {
    expect(checkDecisionDates({ minutesApprovedOn: "2026-12-10", postedOn: "2026-12-04" })).toEqual({ ok: false, problems: { postedOn: "postedBeforeMinutes" } });
    expect(checkDecisionDates({ minutesApprovedOn: "2026-12-10", postedOn: "2026-12-10" }).ok).toBe(true);
  });

  it("justering is not before the decision; the same day is fine", () => {
    expect(checkDecisionDates({ minutesApprovedOn: "2026-12-13", postedOn: null }, "2026-12-14")).toEqual({ ok: false, problems: { minutesApprovedOn: "minutesBeforeDecision" } });
    expect(checkDecisionDates({ minutesApprovedOn: "2026-12-14", postedOn: null }, "2026-12-14").ok).toBe(true);
    // Without the decision's date only the dates' own order is checked.
    expect(checkDecisionDates({ minutesApprovedOn: "2026-12-13", postedOn: null }).ok).toBe(true);
  });

  it("refuses dates that are not real dates, and lets both be empty", () => {
    expect(checkDecisionDates({ minutesApprovedOn: "2026-13-01", postedOn: "igår" })).toEqual({ ok: false, problems: { minutesApprovedOn: "minutesApprovedOn", postedOn: "postedOn" } });
    expect(checkDecisionDates({ minutesApprovedOn: null, postedOn: null })).toEqual({ ok: true, value: { minutesApprovedOn: null, postedOn: null } });
  });
});

describe("a decision with its appeal", () => {
  it("has a last day to appeal once posted, and names the court", () => {
    expect(withAppeal({ postedOn: null })).toEqual({ decision: { postedOn: null }, appealPeriodEnds: null, appealTo: "Förvaltningsrätten i Malmö" });
    expect(withAppeal({ postedOn: "2026-12-18" }).appealPeriodEnds).toBe("2027-01-08");
  });
});
