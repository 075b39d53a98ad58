import { describe, expect, it } from "vitest";
import { dueReminders, followUpYears, isMultiYear, mayFollowUp } from "./yearly.ts";

const twoYears = { efforts: [{ startsOn: "2026-03-01", endsOn: "2026-10-31" }, { startsOn: "2026-09-01", endsOn: "2027-06-30" }], multiYearSet: null, done: [], running: true };

describe("the yearly follow-up's schedule", () => {
  it("is for processes whose efforts span more than one calendar year, or that the contact person marks", () => {
    expect(isMultiYear(twoYears)).toBe(true);
    expect(isMultiYear({ efforts: [{ startsOn: "2026-03-01", endsOn: "2026-10-31" }], multiYearSet: null })).toBe(false);
    expect(isMultiYear({ efforts: [{ startsOn: "2026-03-01", endsOn: "2026-10-31" }], multiYearSet: true })).toBe(true);
    expect(isMultiYear({ ...twoYears, multiYearSet: false })).toBe(false);
    expect(followUpYears({ ...twoYears, multiYearSet: false }, "2027-01-20")).toEqual([]);
  });

  it("has one follow-up per year, open from 1 December, due 31 January the year after", () => {
    const years = followUpYears(twoYears, "2026-12-05");
    expect(years.map((y) => [y.year, y.dueOn, y.remindOn, y.state])).toEqual([
      [2026, "2027-01-31", "2027-01-17", "oppen"],
      [2027, "2028-01-31", "2028-01-17", "kommande"],
    ]);
    expect(followUpYears(twoYears, "2027-02-01")[0]!.state).toBe("forsenad");
    expect(followUpYears({ ...twoYears, done: [2026] }, "2027-02-01")[0]!.state).toBe("klar");
    expect(mayFollowUp(twoYears, 2026, "2026-11-30")).toBe(false);
    expect(mayFollowUp(twoYears, 2026, "2027-03-01")).toBe(true);
    expect(mayFollowUp({ ...twoYears, running: false }, 2026, "2027-01-10")).toBe(false);
  });

  it("reminds 14 days before the due date and once overdue, never for a year done or a closed process", () => {
    expect(dueReminders(twoYears, "2027-01-16")).toEqual([]);
    expect(dueReminders(twoYears, "2027-01-17")).toEqual([{ year: 2026, occasion: "snart", dueOn: "2027-01-31" }]);
    expect(dueReminders(twoYears, "2027-01-31")).toEqual([{ year: 2026, occasion: "snart", dueOn: "2027-01-31" }]);
    expect(dueReminders(twoYears, "2027-02-01")).toEqual([{ year: 2026, occasion: "forsenad", dueOn: "2027-01-31" }]);
    expect(dueReminders({ ...twoYears, done: [2026] }, "2027-02-01")).toEqual([]);
    expect(dueReminders({ ...twoYears, running: false }, "2027-02-01")).toEqual([]);
  });
});
