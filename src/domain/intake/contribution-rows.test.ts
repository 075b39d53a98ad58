import { describe, expect, it } from "vitest";
import { contributionRowCount, MAX_CONTRIBUTIONS, reshapeContributionRows } from "./answers.ts";

const sent = {
  _other: "kept",
  contributions_rows: "3",
  contributions_0_actor: "Handlarna",
  contributions_0_money: "5000",
  contributions_1_actor: "Föreningen",
  contributions_1_resources: "Lokal",
  contributions_2_actor: "",
};

describe("contribution rows", () => {
  it("shows the saved rows and one empty row, more when asked, within the maximum", () => {
    expect(contributionRowCount(0)).toBe(1);
    expect(contributionRowCount(2)).toBe(3);
    expect(contributionRowCount(2, 5)).toBe(5);
    expect(contributionRowCount(MAX_CONTRIBUTIONS, 99)).toBe(MAX_CONTRIBUTIONS);
  });

  it("'Lägg till rad' keeps every value typed and adds one row", () => {
    const after = reshapeContributionRows(sent, "contributions", { add: true });
    expect(after).toEqual({ ...sent, contributions_rows: "4" });
    expect(reshapeContributionRows({ contributions_rows: String(MAX_CONTRIBUTIONS) }, "contributions", { add: true }).contributions_rows).toBe(String(MAX_CONTRIBUTIONS));
  });

  it("'Ta bort' takes the row out and moves the rows below it up", () => {
    const after = reshapeContributionRows(sent, "contributions", { remove: 0 });
    expect(after).toEqual({ _other: "kept", contributions_rows: "2", contributions_0_actor: "Föreningen", contributions_0_resources: "Lokal", contributions_1_actor: "" });
    // What the step's schema then reads from it: src/application/intake/schemas.test.ts.
  });

  it("removing the only row leaves one empty row", () => {
    expect(reshapeContributionRows({ contributions_rows: "1", contributions_0_actor: "X" }, "contributions", { remove: 0 })).toEqual({ contributions_rows: "1" });
  });

  it("ignores a row number that is not in the form", () => {
    expect(reshapeContributionRows(sent, "contributions", { remove: 7 })).toEqual(sent);
  });
});
