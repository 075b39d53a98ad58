import { describe, expect, it } from "vitest";
import { allowedStatuses, checkProgress, isBehind } from "./plan.ts";

const open = { phase: "utforande", mayReopen: false };

describe("the plan's statuses", () => {
  it("lets an open effort move on, and klar and inställd stay final for the group", () => {
    expect(allowedStatuses("planerad", { mayReopen: false })).toEqual(["planerad", "pagaende", "forsenad", "klar", "installd"]);
    expect(allowedStatuses("forsenad", { mayReopen: false })).toContain("pagaende");
    expect(allowedStatuses("pagaende", { mayReopen: false })).not.toContain("planerad");
    expect(allowedStatuses("klar", { mayReopen: false })).toEqual(["klar"]);
    expect(allowedStatuses("installd", { mayReopen: false })).toEqual(["installd"]);
  });

  it("lets the contact person reopen a finished effort to pågående", () => {
    expect(allowedStatuses("klar", { mayReopen: true })).toEqual(["klar", "pagaende"]);
    expect(checkProgress("installd", { status: "pagaende", percent: 10, note: "" }, { phase: "utforande", mayReopen: true }).ok).toBe(true);
    expect(checkProgress("installd", { status: "pagaende", percent: 10, note: "" }, open)).toEqual({ ok: false, error: "transition" });
  });

  it("checks the percent and the note, and makes klar 100 %", () => {
    expect(checkProgress("pagaende", { status: "klar", percent: 80, note: "  Klart i maj  " }, open)).toEqual({ ok: true, value: { status: "klar", percent: 100, note: "Klart i maj" } });
    expect(checkProgress("pagaende", { status: "pagaende", percent: 101, note: "" }, open)).toEqual({ ok: false, error: "percent" });
    expect(checkProgress("pagaende", { status: "pagaende", percent: 2.5, note: "" }, open)).toEqual({ ok: false, error: "percent" });
    expect(checkProgress("pagaende", { status: "pagaende", percent: 50, note: "x".repeat(1001) }, open)).toEqual({ ok: false, error: "noteTooLong" });
  });

  it("changes nothing in a closed process or before the utförandefas", () => {
    expect(checkProgress("pagaende", { status: "klar", percent: 100, note: "" }, { phase: "avslutad", mayReopen: true })).toEqual({ ok: false, error: "closed" });
    expect(checkProgress("planerad", { status: "pagaende", percent: 0, note: "" }, { phase: "samarbete", mayReopen: true })).toEqual({ ok: false, error: "closed" });
    expect(checkProgress("planerad", { status: "pagaende", percent: 0, note: "" }, { phase: "resultat", mayReopen: false }).ok).toBe(true);
  });

  it("calls an open effort past its end behind, a finished one never", () => {
    expect(isBehind({ status: "pagaende", endsOn: "2027-05-31" }, "2027-06-01")).toBe(true);
    expect(isBehind({ status: "pagaende", endsOn: "2027-06-01" }, "2027-06-01")).toBe(false);
    expect(isBehind({ status: "forsenad", endsOn: "2028-01-01" }, "2027-06-01")).toBe(true);
    expect(isBehind({ status: "klar", endsOn: "2027-01-01" }, "2027-06-01")).toBe(false);
  });
});
