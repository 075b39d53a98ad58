import { describe, expect, it } from "vitest";
import type { Role } from "../roles.ts";
import type { Actor } from "./actor.ts";
import { can } from "./policy.ts";

const actor = (role: Role, organisationId = "org-a", committeeIds: string[] = role === "aktor" ? [] : ["tn"]): Actor => ({ userId: "u", name: "n", email: "e", role, organisationId, organisationName: "o", committeeIds });
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

  it("shows the city's side of a case (internal status, next steps, event log) to staff only, and lets only a party answer a request to complete", () => {
    for (const role of ["kontaktperson", "handlaggare", "analytiker", "administrator"] as const) {
      expect(can(actor(role), { action: "case.readInternal", record: caseOf("org-x") })).toBe(true);
      expect(can(actor(role), { action: "case.answerCompletion", record: caseOf("org-a") })).toBe(false);
    }
    expect(can(actor("aktor", "org-x"), { action: "case.readInternal", record: caseOf("org-x") })).toBe(false);
    expect(can(actor("aktor", "org-x"), { action: "case.answerCompletion", record: caseOf("org-x") })).toBe(true);
    expect(can(actor("aktor", "org-co"), { action: "case.answerCompletion", record: { ...caseOf("org-x"), partyOrganisationIds: ["org-co"] } })).toBe(true);
    expect(can(actor("aktor", "org-y"), { action: "case.answerCompletion", record: caseOf("org-x") })).toBe(false);
  });

  it("keeps user management, the full audit log and the outbox to administrators", () => {
    const roles: Role[] = ["aktor", "kontaktperson", "handlaggare", "analytiker", "administrator"];
    expect(roles.filter((r) => can(actor(r), { action: "users.manage" }))).toEqual(["administrator"]);
    expect(roles.filter((r) => can(actor(r), { action: "audit.readAll" }))).toEqual(["administrator"]);
    expect(roles.filter((r) => can(actor(r), { action: "outbox.read" }))).toEqual(["administrator"]);
    expect(roles.filter((r) => can(actor(r), { action: "languages.read" }))).toEqual(["administrator"]);
    expect(roles.filter((r) => can(actor(r), { action: "areas.manage" }))).toEqual(["analytiker", "administrator"]);
  });

  it("lets the city's staff read the area index and analysts and administrators change it; applicants get nothing", () => {
    const roles: Role[] = ["aktor", "kontaktperson", "handlaggare", "analytiker", "administrator"];
    expect(roles.filter((r) => can(actor(r), { action: "index.read" }))).toEqual(["kontaktperson", "handlaggare", "analytiker", "administrator"]);
    expect(roles.filter((r) => can(actor(r), { action: "index.manage" }))).toEqual(["analytiker", "administrator"]);
  });
});

describe("can, for applications", () => {
  const lead = actor("aktor", "org-lead");
  const co = actor("aktor", "org-co");
  const outsider = actor("aktor", "org-x");
  const draft = { applicantOrganisationId: "org-lead", partyOrganisationIds: ["org-lead", "org-co"], committeeId: "tn", status: "utkast" as const };
  const submitted = { ...draft, status: "inskickat" as const };

  it("lets every party read and edit a draft, and only the lead submit and invite", () => {
    for (const a of [lead, co]) {
      expect(can(a, { action: "case.read", record: draft })).toBe(true);
      expect(can(a, { action: "application.edit", record: draft })).toBe(true);
      expect(can(a, { action: "case.message", record: draft })).toBe(true);
    }
    expect(can(lead, { action: "application.submit", record: draft })).toBe(true);
    expect(can(co, { action: "application.submit", record: draft })).toBe(false);
    expect(can(lead, { action: "application.invite", record: draft })).toBe(true);
    expect(can(co, { action: "application.invite", record: draft })).toBe(false);
  });

  it("locks the answers once submitted", () => {
    expect(can(lead, { action: "application.edit", record: submitted })).toBe(false);
    expect(can(lead, { action: "application.submit", record: submitted })).toBe(false);
    expect(can(lead, { action: "case.read", record: submitted })).toBe(true);
  });

  it("gives an outsider nothing", () => {
    for (const action of ["case.read", "application.edit", "application.submit", "application.invite", "case.message"] as const) {
      expect(can(outsider, { action, record: draft }), action).toBe(false);
    }
  });

  it("keeps assessment and routing to contact persons and case officers, committee work to case officers", () => {
    const roles: Role[] = ["aktor", "kontaktperson", "handlaggare", "analytiker", "administrator"];
    expect(roles.filter((r) => can(actor(r), { action: "case.assess", record: submitted }))).toEqual(["kontaktperson", "handlaggare"]);
    expect(roles.filter((r) => can(actor(r), { action: "case.route", record: submitted }))).toEqual(["kontaktperson", "handlaggare"]);
    expect(roles.filter((r) => can(actor(r), { action: "process.phase", record: submitted }))).toEqual(["kontaktperson", "handlaggare"]);
    expect(roles.filter((r) => can(actor(r), { action: "committee.handle", record: submitted }))).toEqual(["handlaggare"]);
    expect(roles.filter((r) => can(actor(r), { action: "contactRequest.handle" }))).toEqual(["kontaktperson", "handlaggare"]);
  });
});

describe("can, across committees", () => {
  const tnCase = { applicantOrganisationId: "org-a", committeeId: "tn", status: "klar_for_namnd" as const };
  const asnCase = { ...tnCase, committeeId: "asn" };
  const tnOfficer = actor("handlaggare", "fgk", ["tn"]);
  const tnContact = actor("kontaktperson", "fgk", ["tn"]);
  const both = actor("handlaggare", "sk", ["tn", "asn"]);
  const admin = actor("administrator", "sk", []);

  it("lets staff read every committee's cases, for coordination", () => {
    for (const a of [tnOfficer, tnContact, admin]) expect(can(a, { action: "case.read", record: asnCase })).toBe(true);
  });

  it("lets staff change only cases of the committees they work for", () => {
    for (const action of ["case.assess", "case.route", "case.message", "process.phase"] as const) {
      expect(can(tnContact, { action, record: tnCase }), action).toBe(true);
      expect(can(tnContact, { action, record: asnCase }), action).toBe(false);
    }
    for (const action of ["committee.handle", "case.register"] as const) {
      expect(can(tnOfficer, { action, record: tnCase }), action).toBe(true);
      expect(can(tnOfficer, { action, record: asnCase }), action).toBe(false);
      expect(can(both, { action, record: asnCase }), action).toBe(true);
    }
    expect(can(admin, { action: "case.message", record: tnCase })).toBe(false);
  });

  it("lets the applicant group and the case staff of its committee work in a running process, nobody else", () => {
    const running = { ...tnCase, status: "beslutat" as const, partyOrganisationIds: ["org-a", "org-b"] };
    expect(can(actor("aktor", "org-a"), { action: "process.work", record: running })).toBe(true);
    expect(can(actor("aktor", "org-b"), { action: "process.work", record: running })).toBe(true);
    expect(can(actor("aktor", "org-c"), { action: "process.work", record: running })).toBe(false);
    expect(can(tnContact, { action: "process.work", record: running })).toBe(true);
    expect(can(tnOfficer, { action: "process.work", record: running })).toBe(true);
    expect(can(tnContact, { action: "process.work", record: { ...running, committeeId: "asn" } })).toBe(false);
    expect(can(admin, { action: "process.work", record: running })).toBe(false);
    expect(can(actor("analytiker", "sk", ["tn"]), { action: "process.work", record: running })).toBe(false);
  });

  it("gives the receiving committee its own part of an opinion request, not the case", () => {
    expect(can(tnOfficer, { action: "referral.answer", record: { toCommitteeId: "tn" } })).toBe(true);
    expect(can(tnOfficer, { action: "referral.answer", record: { toCommitteeId: "asn" } })).toBe(false);
    expect(can(actor("analytiker", "sk", ["tn"]), { action: "referral.answer", record: { toCommitteeId: "tn" } })).toBe(false);
  });

  it("lets case officers plan meetings of their own committees, administrators of any", () => {
    expect(can(tnOfficer, { action: "meeting.plan", record: { committeeId: "tn" } })).toBe(true);
    expect(can(tnOfficer, { action: "meeting.plan", record: { committeeId: "asn" } })).toBe(false);
    expect(can(admin, { action: "meeting.plan", record: { committeeId: "asn" } })).toBe(true);
  });

  it("keeps committees, staff and goals to administrators", () => {
    const roles: Role[] = ["aktor", "kontaktperson", "handlaggare", "analytiker", "administrator"];
    for (const action of ["committees.manage", "staff.manage", "goals.manage"] as const) expect(roles.filter((r) => can(actor(r), { action }))).toEqual(["administrator"]);
  });

  it("never treats an applicant as staff of a committee", () => {
    const odd: Actor = { ...actor("aktor", "org-a"), committeeIds: ["tn"] };
    expect(can(odd, { action: "case.assess", record: { ...tnCase, applicantOrganisationId: "org-b" } })).toBe(false);
  });
});
