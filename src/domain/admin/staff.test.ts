import { describe, expect, it } from "vitest";
import { administratorChangeAllowed, checkStaff } from "./staff.ts";

const known = new Set(["tn", "asn"]);
const input = { email: " Karin@Malmo.SE ", name: " Karin ", role: "kontaktperson", committeeIds: ["tn", "tn"], department: "Fastighets- och gatukontoret" };

describe("checkStaff", () => {
  it("normalises the address and the committees", () => {
    expect(checkStaff(input, known)).toEqual({ ok: true, value: { email: "karin@malmo.se", name: "Karin", role: "kontaktperson", committeeIds: ["tn"], department: "Fastighets- och gatukontoret" } });
  });

  it("asks contact persons and case officers for a committee, not analysts or administrators", () => {
    expect(checkStaff({ ...input, committeeIds: [] }, known)).toMatchObject({ ok: false, problems: { committeeIds: "committee_required" } });
    expect(checkStaff({ ...input, role: "handlaggare", committeeIds: [] }, known)).toMatchObject({ ok: false, problems: { committeeIds: "committee_required" } });
    expect(checkStaff({ ...input, role: "analytiker", committeeIds: [] }, known).ok).toBe(true);
    expect(checkStaff({ ...input, role: "administrator", committeeIds: [] }, known).ok).toBe(true);
  });

  it("refuses an applicant's role, unknown committees, bad addresses and missing names", () => {
    expect(checkStaff({ ...input, role: "aktor" }, known)).toMatchObject({ ok: false, problems: { role: "role_invalid" } });
    expect(checkStaff({ ...input, committeeIds: ["ks"] }, known)).toMatchObject({ ok: false, problems: { committeeIds: "committee_unknown" } });
    for (const email of ["karin", "karin@malmo", "ka rin@malmo.se", "@malmo.se"]) expect(checkStaff({ ...input, email }, known)).toMatchObject({ ok: false, problems: { email: "email_invalid" } });
    expect(checkStaff({ ...input, name: " ", department: "" }, known)).toMatchObject({ ok: false, problems: { name: "name_required", department: "department_required" } });
  });
});

describe("administratorChangeAllowed", () => {
  const base = { actingUserId: "me", targetUserId: "other", targetRole: "administrator" as const, targetActive: true, newRole: "administrator" as const, newActive: true, activeAdministrators: 2 };

  it("keeps the last active administrator", () => {
    expect(administratorChangeAllowed({ ...base, newActive: false, activeAdministrators: 1 })).toBe("last_administrator");
    expect(administratorChangeAllowed({ ...base, newRole: "handlaggare", activeAdministrators: 1 })).toBe("last_administrator");
    expect(administratorChangeAllowed({ ...base, newActive: false, activeAdministrators: 2 })).toBeNull();
  });

  it("lets nobody deactivate or demote themselves", () => {
    expect(administratorChangeAllowed({ ...base, targetUserId: "me", newActive: false })).toBe("not_yourself");
    expect(administratorChangeAllowed({ ...base, targetUserId: "me", newRole: "analytiker" })).toBe("not_yourself");
    expect(administratorChangeAllowed({ ...base, targetUserId: "me" })).toBeNull();
  });

  it("lets other accounts change freely", () => {
    expect(administratorChangeAllowed({ ...base, targetRole: "handlaggare", newRole: "handlaggare", newActive: false, activeAdministrators: 1 })).toBeNull();
    expect(administratorChangeAllowed({ ...base, targetActive: false, newActive: true, activeAdministrators: 1 })).toBeNull();
  });
});
