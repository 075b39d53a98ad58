import { describe, expect, it } from "vitest";
import { codeLockedByCases, normaliseCommitteeCode, sameTheme } from "./committee.ts";

// The committee form's shape and lengths are read by the committee schema (src/application/admin/schemas.test.ts).
describe("a committee's code", () => {
  it("is written in capitals, Swedish letters too", () => {
    expect(normaliseCommitteeCode(" tn ")).toBe("TN");
    expect(normaliseCommitteeCode("Ön")).toBe("ÖN");
  });

  it("stays once case numbers carry it", () => {
    expect(codeLockedByCases({ code: "TN", numberedCases: 3 }, "TEK")).toBe(true);
    expect(codeLockedByCases({ code: "TN", numberedCases: 0 }, "TEK")).toBe(false);
    expect(codeLockedByCases({ code: "TN", numberedCases: 3 }, "TN")).toBe(false);
  });
});

describe("areas of responsibility", () => {
  it("are the same whatever the case", () => {
    expect(sameTheme("Miljö", "miljö")).toBe(true);
    expect(sameTheme("Miljö", "Miljön")).toBe(false);
  });
});
