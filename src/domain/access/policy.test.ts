import { describe, expect, it } from "vitest";
import type { Role } from "../roles.ts";
import type { Actor } from "./actor.ts";
import { can } from "./policy.ts";

const actor = (role: Role, organisationId = "org-a"): Actor => ({ userId: "u", name: "n", email: "e", role, organisationId, organisationName: "o", committeeId: null });
const caseOf = (applicantOrganisationId: string | null) => ({ applicantOrganisationId, committeeId: "tn" });

describe("can", () => {
  it("lets an applicant read only its own organisation's cases", () => {
    expect(can(actor("aktor", "org-a"), { action: "case.read", record: caseOf("org-a") })).toBe(true);
    expect(can(actor("aktor", "org-a"), { action: "case.read", record: caseOf("org-b") })).toBe(false);
    expect(can(actor("aktor", "org-a"), { action: "case.read", record: caseOf(null) })).toBe(false);
  });

  it("lets staff read every case and its audit trail; applicants never see the audit trail", () => {
    for (const role of ["kontaktperson", "handlaggare", "analytiker", "administrator"] as const) {
      expect(can(actor(role), { action: "case.read", record: caseOf("org-x") })).toBe(true);
      expect(can(actor(role), { action: "case.readAudit", record: caseOf("org-x") })).toBe(true);
    }
    expect(can(actor("aktor", "org-x"), { action: "case.readAudit", record: caseOf("org-x") })).toBe(false);
  });

  it("keeps user management and the full audit log to administrators", () => {
    const roles: Role[] = ["aktor", "kontaktperson", "handlaggare", "analytiker", "administrator"];
    expect(roles.filter((r) => can(actor(r), { action: "users.manage" }))).toEqual(["administrator"]);
    expect(roles.filter((r) => can(actor(r), { action: "audit.readAll" }))).toEqual(["administrator"]);
    expect(roles.filter((r) => can(actor(r), { action: "outbox.read" }))).toEqual(["handlaggare", "administrator"]);
    expect(roles.filter((r) => can(actor(r), { action: "areas.manage" }))).toEqual(["analytiker", "administrator"]);
  });
});
