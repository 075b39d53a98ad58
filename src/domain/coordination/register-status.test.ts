import { describe, expect, it } from "vitest";
import { caseRegisterEndsOn, caseRegisterStatus, periodReading, processRegisterStatus, type CaseRegisterFacts } from "./register-status.ts";

const TODAY = "2026-11-23";
const kase = (over: Partial<CaseRegisterFacts>): CaseRegisterFacts => ({ status: "inskickat", phase: "initiering", lastDecision: null, endedOn: null, ...over });

describe("processRegisterStatus", () => {
  it("a process whose end date has passed has ended, whatever it was marked", () => {
    expect(processRegisterStatus({ status: "pagaende", endsOn: "2024-12-31" }, TODAY)).toBe("avslutad");
    expect(processRegisterStatus({ status: "planerad", endsOn: "2026-11-22" }, TODAY)).toBe("avslutad");
  });

  it("keeps the owner's status while the end date has not passed, the end day included", () => {
    expect(processRegisterStatus({ status: "pagaende", endsOn: TODAY }, TODAY)).toBe("pagaende");
    expect(processRegisterStatus({ status: "pagaende", endsOn: null }, TODAY)).toBe("pagaende");
    expect(processRegisterStatus({ status: "planerad", endsOn: "2027-08-15" }, TODAY)).toBe("planerad");
    expect(processRegisterStatus({ status: "avslutad", endsOn: null }, TODAY)).toBe("avslutad");
  });
});

describe("caseRegisterStatus", () => {
  it("an approved case follows its phase", () => {
    const approved = { status: "beslutat" as const, lastDecision: { outcome: "bifall" as const, decidedOn: "2025-03-01" } };
    expect(caseRegisterStatus(kase({ ...approved, phase: "samarbete" }))).toBe("pagaende");
    expect(caseRegisterStatus(kase({ ...approved, phase: "utforande" }))).toBe("pagaende");
    expect(caseRegisterStatus(kase({ ...approved, phase: "resultat" }))).toBe("pagaende");
    expect(caseRegisterStatus(kase({ ...approved, phase: "avslutad" }))).toBe("avslutad");
  });

  it("a closed, withdrawn or rejected case is not running", () => {
    expect(caseRegisterStatus(kase({ status: "avslutat", phase: "samarbete" }))).toBe("avslutad");
    expect(caseRegisterStatus(kase({ status: "avslutat", phase: "initiering" }))).toBe("avslutad");
    expect(caseRegisterStatus(kase({ status: "beslutat", lastDecision: { outcome: "avslag", decidedOn: "2026-05-04" } }))).toBe("avslutad");
  });

  it("an application not yet decided is planned", () => {
    expect(caseRegisterStatus(kase({}))).toBe("planerad");
    expect(caseRegisterStatus(kase({ status: "klar_for_namnd" }))).toBe("planerad");
    expect(caseRegisterStatus(kase({ phase: "forsta_kontakt", status: "under_bedomning" }))).toBe("planerad");
  });
});

describe("caseRegisterEndsOn", () => {
  it("is the day the case was closed, else the day a rejection was decided, else not known", () => {
    expect(caseRegisterEndsOn(kase({ status: "avslutat", phase: "avslutad", endedOn: "2024-12-31" }))).toBe("2024-12-31");
    expect(caseRegisterEndsOn(kase({ status: "beslutat", lastDecision: { outcome: "avslag", decidedOn: "2026-05-04" } }))).toBe("2026-05-04");
    expect(caseRegisterEndsOn(kase({ status: "beslutat", phase: "samarbete", lastDecision: { outcome: "bifall", decidedOn: "2026-05-04" } }))).toBeNull();
    expect(caseRegisterEndsOn(kase({ status: "avslutat", phase: "avslutad" }))).toBeNull();
  });
});

describe("periodReading", () => {
  it("says 'tills vidare' only of a running entry without an end date", () => {
    expect(periodReading(null, "pagaende")).toBe("until_further_notice");
    expect(periodReading(null, "avslutad")).toBe("end_unknown");
    expect(periodReading(null, "planerad")).toBe("from");
    expect(periodReading("2027-01-01", "pagaende")).toBe("range");
  });
});
