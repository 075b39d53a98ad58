import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addSums, budgetSums, checkBudgetLine, checkEffort, checkMilestone, effortsOutcome, mayEditProposal, proposalStep, type BudgetLine } from "./proposal.ts";

const effort = { title: " Belysning i parken ", description: "", responsible: "Fastighetsägarföreningen", startsOn: "2027-03-01", endsOn: "2027-10-31" };

describe("an effort", () => {
  it("is trimmed and accepted with a title, a responsible party and dates in order", () => {
    const r = checkEffort(effort);
    expect(r.ok && r.value.title).toBe("Belysning i parken");
  });
  it("names every problem at once", () => {
    const r = checkEffort({ title: "", description: "x".repeat(5001), responsible: " ", startsOn: "2027-02-30", endsOn: "nej" });
    expect(r.ok ? null : r.problems).toEqual({ title: "title", description: "tooLong", responsible: "responsible", startsOn: "startsOn", endsOn: "endsOn" });
  });
  it("may not end before it starts", () => {
    const r = checkEffort({ ...effort, endsOn: "2027-02-28" });
    expect(r.ok ? null : r.problems).toEqual({ endsOn: "endsBeforeStart" });
  });
});

describe("a budget line", () => {
  const money: BudgetLine = { funder: "stad", form: "pengar", contributor: "Tekniska nämnden", description: "", amountSek: 120_000 };
  it("needs an amount above 0 for money", () => {
    expect(checkBudgetLine(money).ok).toBe(true);
    expect(checkBudgetLine({ ...money, amountSek: null })).toEqual({ ok: false, problems: { amountSek: "amountRequired" } });
    expect(checkBudgetLine({ ...money, amountSek: 0 })).toEqual({ ok: false, problems: { amountSek: "amountRequired" } });
    expect(checkBudgetLine({ ...money, amountSek: 10.5 })).toEqual({ ok: false, problems: { amountSek: "amount" } });
  });
  it("needs a description for a resource, whose value is optional", () => {
    const resource: BudgetLine = { funder: "aktor", form: "resurs", contributor: "Föreningen Gården", description: "", amountSek: null };
    expect(checkBudgetLine(resource)).toEqual({ ok: false, problems: { description: "description" } });
    expect(checkBudgetLine({ ...resource, description: "Lokal för workshoppar" }).ok).toBe(true);
    expect(checkBudgetLine({ ...resource, description: "Ideellt arbete, 40 timmar", amountSek: 12_000 }).ok).toBe(true);
  });
  it("refuses an unknown funder or form and a missing contributor", () => {
    expect(checkBudgetLine({ ...money, funder: "bank" as never, form: "guld" as never, contributor: "" })).toEqual({ ok: false, problems: { funder: "funder", form: "form", contributor: "contributor" } });
  });
});

describe("a milestone", () => {
  it("falls within its effort", () => {
    expect(checkMilestone({ title: "Lamporna på plats", dueOn: "2027-06-01" }, effort).ok).toBe(true);
    expect(checkMilestone({ title: "För tidigt", dueOn: "2027-02-01" }, effort)).toEqual({ ok: false, problems: { dueOn: "outsideEffort" } });
    expect(checkMilestone({ title: "", dueOn: "x" }, effort)).toEqual({ ok: false, problems: { title: "title", dueOn: "dueOn" } });
  });
});

describe("budget sums", () => {
  it("keep the city's and the actors' money and resources apart", () => {
    const s = budgetSums([
      { funder: "stad", form: "pengar", amountSek: 100_000 },
      { funder: "stad", form: "resurs", amountSek: 20_000 },
      { funder: "aktor", form: "pengar", amountSek: 30_000 },
      { funder: "aktor", form: "resurs", amountSek: null },
      { funder: "aktor", form: "resurs", amountSek: 5_000 },
    ]);
    expect(s).toEqual({ cityMoney: 100_000, cityResources: 20_000, actorsMoney: 30_000, actorsResources: 5_000, total: 155_000 });
  });
  it("add up: the sum of the efforts' sums is the sum of all their lines", () => {
    const line = fc.record({ funder: fc.constantFrom("stad" as const, "aktor" as const), form: fc.constantFrom("pengar" as const, "resurs" as const), amountSek: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(fc.array(line, { maxLength: 8 }), { maxLength: 6 }), (efforts) => {
        const whole = budgetSums(efforts.flat());
        expect(addSums(efforts.map((lines) => budgetSums(lines)))).toEqual(whole);
        expect(whole.total).toBe(whole.cityMoney + whole.cityResources + whole.actorsMoney + whole.actorsResources);
      }),
    );
  });
});

describe("the proposal's steps", () => {
  const facts = { status: "utkast" as const, phase: "samarbete", effortCount: 2, assessed: false };
  it("is sent by the group with at least one effort, then assessed, made ready and decided", () => {
    expect(proposalStep(facts, "send")).toEqual({ ok: true, value: "inskickat" });
    expect(proposalStep({ ...facts, effortCount: 0 }, "send")).toEqual({ ok: false, error: "no_efforts" });
    expect(proposalStep({ ...facts, status: "inskickat" }, "ready")).toEqual({ ok: false, error: "not_assessed" });
    expect(proposalStep({ ...facts, status: "inskickat", assessed: true }, "ready")).toEqual({ ok: true, value: "klar_for_namnd" });
    expect(proposalStep({ ...facts, status: "inskickat" }, "decide")).toEqual({ ok: false, error: "wrong_status" });
    expect(proposalStep({ ...facts, status: "klar_for_namnd" }, "decide")).toEqual({ ok: true, value: "beslutat" });
  });
  it("goes back to the group only with a reason, and never once decided", () => {
    expect(proposalStep({ ...facts, status: "inskickat" }, "return")).toEqual({ ok: false, error: "reason_required" });
    expect(proposalStep({ ...facts, status: "klar_for_namnd" }, "return", "Budgeten saknar de egna insatserna")).toEqual({ ok: true, value: "utkast" });
    expect(proposalStep({ ...facts, status: "beslutat" }, "return", "x")).toEqual({ ok: false, error: "wrong_status" });
  });
  it("belongs to the samarbetsfas", () => {
    expect(proposalStep({ ...facts, phase: "utforande" }, "send")).toEqual({ ok: false, error: "not_in_samarbete" });
    expect(mayEditProposal({ status: "utkast", phase: "samarbete" })).toBe(true);
    expect(mayEditProposal({ status: "inskickat", phase: "samarbete" })).toBe(false);
    expect(mayEditProposal({ status: "utkast", phase: "avslutad" })).toBe(false);
  });
});

describe("the decision on the efforts", () => {
  const ids = ["a", "b", "c"];
  it("is bifall when all are approved, avslag when none, delvis bifall otherwise, granting the sum", () => {
    const all = effortsOutcome(ids, ids.map((effortId) => ({ effortId, approved: true, citySek: 10_000 })));
    expect(all.ok && [all.outcome, all.grantedSek]).toEqual(["bifall", 30_000]);
    const none = effortsOutcome(ids, ids.map((effortId) => ({ effortId, approved: false, citySek: 99 })));
    expect(none.ok && [none.outcome, none.grantedSek, none.verdicts.every((v) => v.citySek === null)]).toEqual(["avslag", 0, true]);
    const some = effortsOutcome(ids, [
      { effortId: "a", approved: true, citySek: 50_000 },
      { effortId: "b", approved: false, citySek: null },
      { effortId: "c", approved: true, citySek: 0 },
    ]);
    expect(some.ok && [some.outcome, some.grantedSek]).toEqual(["delvis_bifall", 50_000]);
  });
  it("needs a word on every effort of the proposal and no other, and an amount for each approved", () => {
    const r = effortsOutcome(ids, [
      { effortId: "a", approved: true, citySek: null },
      { effortId: "b", approved: false, citySek: null },
      { effortId: "x", approved: true, citySek: 1 },
    ]);
    expect(r.ok ? null : r.problems).toEqual({ a: "amount", c: "missing", x: "missing" });
    expect(effortsOutcome([], []).ok).toBe(false);
  });
});
