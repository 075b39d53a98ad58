import { describe, expect, it } from "vitest";
import { checkActual, checkPayment, spreadOverYears, sumsPerParty, sumsPerYear } from "./budget.ts";

describe("payments against the decision", () => {
  it("never pays more to an effort than the contribution in force", () => {
    expect(checkPayment({ amountSek: 50_000, paidOn: "2027-04-01" }, { approved: true, citySek: 150_000, paidSek: 100_000 })).toEqual({ ok: true });
    expect(checkPayment({ amountSek: 50_001, paidOn: "2027-04-01" }, { approved: true, citySek: 150_000, paidSek: 100_000 })).toEqual({ ok: false, problems: { amountSek: "exceedsDecision" } });
    // An approved change raised it: the raised amount counts.
    expect(checkPayment({ amountSek: 50_001, paidOn: "2027-04-01" }, { approved: true, citySek: 160_000, paidSek: 100_000 })).toEqual({ ok: true });
  });

  it("refuses no amount, a fraction, a false date, or an effort not approved", () => {
    expect(checkPayment({ amountSek: 0, paidOn: "2027-02-30" }, { approved: true, citySek: 1, paidSek: 0 })).toEqual({ ok: false, problems: { amountSek: "amount", paidOn: "paidOn" } });
    expect(checkPayment({ amountSek: 1.5, paidOn: "2027-02-03" }, { approved: true, citySek: 10, paidSek: 0 })).toEqual({ ok: false, problems: { amountSek: "amount" } });
    expect(checkPayment({ amountSek: 1, paidOn: "2027-02-03" }, { approved: false, citySek: 10, paidSek: 0 })).toEqual({ ok: false, problems: { amountSek: "notApproved" } });
  });

  it("checks an actual cost", () => {
    expect(checkActual({ amountSek: 1200, spentOn: "2027-05-02", description: "Lampor" })).toEqual({ ok: true });
    expect(checkActual({ amountSek: -1, spentOn: "x", description: " " })).toEqual({ ok: false, problems: { amountSek: "amount", spentOn: "spentOn", description: "description" } });
  });
});

describe("sums per year", () => {
  it("spreads a planned amount over the years by days, in whole kronor that add up", () => {
    expect([...spreadOverYears(100_000, "2027-03-01", "2027-10-31")]).toEqual([[2027, 100_000]]);
    const spread = spreadOverYears(100_000, "2027-07-02", "2028-06-30");
    expect(spread.get(2027)! + spread.get(2028)!).toBe(100_000);
    expect(spread.get(2027)).toBeGreaterThan(49_000);
    expect(spread.get(2027)).toBeLessThan(51_000);
    const three = spreadOverYears(10, "2026-12-31", "2028-01-01");
    expect([...three.values()].reduce((a, b) => a + b, 0)).toBe(10);
  });

  it("sums planned, actual and paid per year, years in order", () => {
    const years = sumsPerYear({
      planned: [{ amountSek: 100_000, startsOn: "2027-01-01", endsOn: "2028-12-31" }],
      actuals: [{ amountSek: 30_000, spentOn: "2027-05-01" }, { amountSek: 5_000, spentOn: "2028-02-01" }],
      payments: [{ amountSek: 60_000, paidOn: "2026-12-20" }],
    });
    expect(years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
    expect(years[0]).toEqual({ year: 2026, plannedSek: 0, actualSek: 0, paidSek: 60_000 });
    expect(years[1]!.actualSek).toBe(30_000);
    expect(years[1]!.plannedSek + years[2]!.plannedSek).toBe(100_000);
  });

  it("sums per party, a contributor named twice (in any case) once", () => {
    expect(sumsPerParty([
      { contributor: "Föreningen Gården", funder: "aktor", plannedSek: 5_000, actualSek: 1_000 },
      { contributor: "föreningen gården ", funder: "aktor", plannedSek: 2_000, actualSek: 0 },
      { contributor: "Tekniska nämnden", funder: "stad", plannedSek: 150_000, actualSek: 40_000 },
    ])).toEqual([
      { contributor: "Föreningen Gården", funder: "aktor", plannedSek: 7_000, actualSek: 1_000 },
      { contributor: "Tekniska nämnden", funder: "stad", plannedSek: 150_000, actualSek: 40_000 },
    ]);
  });
});
