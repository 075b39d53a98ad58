import { describe, expect, it } from "vitest";
import { checkCommittee, checkResponsibilities } from "./committee.ts";

const input = { code: "tn", nameSv: " Tekniska nämnden ", nameEn: "Technical Committee", hasWorkingCommittee: true };

describe("checkCommittee", () => {
  it("takes a code in capitals (Swedish letters too) and trims the names", () => {
    expect(checkCommittee(input)).toEqual({ ok: true, value: { code: "TN", nameSv: "Tekniska nämnden", nameEn: "Technical Committee", hasWorkingCommittee: true } });
    expect(checkCommittee({ ...input, code: "Ön" })).toMatchObject({ ok: true, value: { code: "ÖN" } });
  });

  it("refuses codes that cannot begin a case number, and a missing name", () => {
    for (const code of ["T", "TEKNISK", "T-N", "T1", ""]) expect(checkCommittee({ ...input, code })).toMatchObject({ ok: false, problems: { code: "code_format" } });
    expect(checkCommittee({ ...input, nameSv: "  " })).toMatchObject({ ok: false, problems: { nameSv: "name_required" } });
    expect(checkCommittee({ ...input, nameEn: "x".repeat(201) })).toMatchObject({ ok: false, problems: { nameEn: "name_too_long" } });
  });

  it("keeps the code of a committee whose code already numbers cases", () => {
    expect(checkCommittee({ ...input, code: "TEK" }, { code: "TN", numberedCases: 3 })).toMatchObject({ ok: false, problems: { code: "code_in_use_by_cases" } });
    expect(checkCommittee({ ...input, code: "TEK" }, { code: "TN", numberedCases: 0 })).toMatchObject({ ok: true, value: { code: "TEK" } });
    expect(checkCommittee({ ...input, code: "TN" }, { code: "TN", numberedCases: 3 }).ok).toBe(true);
  });
});

describe("checkResponsibilities", () => {
  it("drops empty rows and refuses a description without a theme, duplicates and overlong text", () => {
    expect(checkResponsibilities([{ theme: " fritid ", description: "Idrott" }, { theme: "", description: "" }])).toEqual({ ok: true, value: [{ theme: "fritid", description: "Idrott" }] });
    expect(checkResponsibilities([{ theme: "", description: "Utan tema" }])).toEqual({ ok: false, problems: { 0: "theme_required" } });
    expect(checkResponsibilities([{ theme: "Miljö", description: "" }, { theme: "miljö", description: "" }])).toEqual({ ok: false, problems: { 1: "duplicate" } });
    expect(checkResponsibilities([{ theme: "x".repeat(101), description: "" }])).toEqual({ ok: false, problems: { 0: "too_long" } });
  });
});
