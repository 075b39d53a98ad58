import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { checkAdministratorInput } from "./first-run.ts";
import { administratorSchema, cityGoalSchema, committeeSchema, staffActionSchema, staffChangeSchema, staffInvitationSchema } from "./schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});

// These were the domain's checkCommittee, checkResponsibilities, checkStaff and checkCityGoal,
// and first-run's checks by hand: the same rules, read by the schemas the forms parse with.
describe("the committee schema", () => {
  const input = { code: "tn", nameSv: " Tekniska nämnden ", nameEn: "Technical Committee", hasWorkingCommittee: true, processTypeCodes: ["samverkansstod", "samverkansstod"], responsibilities: [] };

  it("takes a code in capitals (Swedish letters too), trims the names, reads the checkbox and the applications once each", () => {
    const data = committeeSchema.parse(input);
    expect(data).toEqual({ code: "TN", nameSv: "Tekniska nämnden", nameEn: "Technical Committee", hasWorkingCommittee: true, processTypeCodes: ["samverkansstod"], responsibilities: [] });
    expect(committeeSchema.parse(data)).toEqual(data);
    expect(committeeSchema.parse({ ...input, code: "Ön", hasWorkingCommittee: "1" })).toMatchObject({ code: "ÖN", hasWorkingCommittee: true });
    expect(committeeSchema.parse({ ...input, hasWorkingCommittee: undefined, processTypeCodes: "samverkansstod" })).toMatchObject({ hasWorkingCommittee: false, processTypeCodes: ["samverkansstod"] });
  });

  it("refuses codes that cannot begin a case number, and a missing or overlong name", () => {
    for (const code of ["T", "TEKNISK", "T-N", "T1", ""]) expect(problems(committeeSchema.safeParse({ ...input, code }))).toEqual({ code: "admin.committee.error.code_format" });
    expect(problems(committeeSchema.safeParse({ ...input, nameSv: "  " }))).toEqual({ nameSv: "admin.committee.error.name_required" });
    expect(problems(committeeSchema.safeParse({ ...input, nameEn: "x".repeat(201) }))).toEqual({ nameEn: "admin.committee.error.name_too_long" });
  });

  it("drops empty rows of responsibilities and refuses a description without a theme, duplicates, overlong text and too many, each on its row's theme", () => {
    const rows = (responsibilities: Array<{ theme: string; description: string }>) => committeeSchema.safeParse({ ...input, responsibilities });
    expect(rows([{ theme: " fritid ", description: "Idrott" }, { theme: "", description: "" }]).data?.responsibilities).toEqual([{ theme: "fritid", description: "Idrott" }]);
    expect(problems(rows([{ theme: "", description: "Utan tema" }]))).toEqual({ responsibilities_0_theme: "admin.committee.error.responsibility.theme_required" });
    expect(problems(rows([{ theme: "Miljö", description: "" }, { theme: "miljö", description: "" }]))).toEqual({ responsibilities_1_theme: "admin.committee.error.responsibility.duplicate" });
    expect(problems(rows([{ theme: "x".repeat(101), description: "" }]))).toEqual({ responsibilities_0_theme: "admin.committee.error.responsibility.too_long" });
    expect(problems(rows(Array.from({ length: 31 }, (_, i) => ({ theme: `tema ${i}`, description: "" }))))).toEqual({ responsibilities_30_theme: "admin.committee.error.responsibility.too_many" });
  });
});

describe("the staff schemas", () => {
  const input = { email: " Karin@Malmo.SE ", name: " Karin ", role: "kontaktperson", committeeIds: ["tn", "tn"], department: "Fastighets- och gatukontoret" };

  it("normalises the address and the committees", () => {
    const data = staffInvitationSchema.parse(input);
    expect(data).toEqual({ email: "karin@malmo.se", name: "Karin", role: "kontaktperson", committeeIds: ["tn"], department: "Fastighets- och gatukontoret" });
    expect(staffInvitationSchema.parse(data)).toEqual(data);
  });

  it("asks contact persons and case officers for a committee (the domain's rule, by the refinement), not analysts or administrators", () => {
    expect(problems(staffInvitationSchema.safeParse({ ...input, committeeIds: [] }))).toEqual({ committeeIds: "admin.staff.error.committee_required" });
    expect(problems(staffChangeSchema.safeParse({ role: "handlaggare", department: "FGK" }))).toEqual({ committeeIds: "admin.staff.error.committee_required" });
    expect(staffInvitationSchema.safeParse({ ...input, role: "analytiker", committeeIds: [] }).success).toBe(true);
    expect(staffChangeSchema.safeParse({ role: "administrator", department: "Stadskontoret" }).success).toBe(true);
  });

  it("refuses an applicant's role, bad addresses and missing names", () => {
    expect(problems(staffInvitationSchema.safeParse({ ...input, role: "aktor" }))).toEqual({ role: "admin.staff.error.role_invalid" });
    for (const email of ["karin", "karin@malmo", "ka rin@malmo.se", "@malmo.se"]) expect(problems(staffInvitationSchema.safeParse({ ...input, email }))).toEqual({ email: "admin.staff.error.email_invalid" });
    expect(problems(staffInvitationSchema.safeParse({ ...input, name: " ", department: "" }))).toEqual({ name: "admin.staff.error.name_required", department: "admin.staff.error.department_required" });
  });

  it("invites (the staff page's form without a button of its own) or revokes an invitation, the refinement kept", () => {
    expect(staffActionSchema.parse(input)).toMatchObject({ intent: "invite", email: "karin@malmo.se" });
    expect(problems(staffActionSchema.safeParse({ ...input, committeeIds: [] }))).toEqual({ committeeIds: "admin.staff.error.committee_required" });
    expect(staffActionSchema.parse({ intent: "revoke", invitationId: "i" })).toEqual({ intent: "revoke", invitationId: "i" });
  });
});

describe("the first administrator", () => {
  it("works for the city's own department unless another is given", () => {
    expect(administratorSchema.parse({ email: "Ada@Malmo.se", name: "Ada", password: "ett långt lösenord" })).toEqual({ email: "ada@malmo.se", name: "Ada", department: "Malmö stad", password: "ett långt lösenord" });
  });

  it("answers the command line: the person's problems by field, else a weak password", () => {
    expect(checkAdministratorInput({ email: "inte en adress", name: "", password: "kort" })).toEqual({ ok: false, error: "invalid", detail: { email: "admin.staff.error.email_invalid", name: "admin.staff.error.name_required" } });
    expect(checkAdministratorInput({ email: "ada@malmo.se", name: "Ada", password: "kort" })).toEqual({ ok: false, error: "weak_password" });
  });
});

describe("the city goal schema", () => {
  const input = { nameSv: " Trygg stad ", nameEn: "", descriptionSv: "", agenda2030: "16.1, 11.7", themes: ["trygghet"], active: "1" };

  it("keeps a valid goal, its Agenda 2030 references read by the domain", () => {
    const data = cityGoalSchema.parse(input);
    expect(data).toEqual({ nameSv: "Trygg stad", nameEn: "", descriptionSv: "", agenda2030: ["11.7", "16.1"], themes: ["trygghet"], active: true });
    expect(cityGoalSchema.parse(data)).toEqual(data);
  });

  it("names what to fix, with the references refused", () => {
    const r = cityGoalSchema.safeParse({ ...input, nameSv: "", agenda2030: "99, 11.7", themes: ["okänt"] });
    expect(problems(r)).toEqual({ nameSv: "admin.goals.error.name_required", agenda2030: "admin.goals.error.agenda_invalid", themes: "admin.goals.error.theme_unknown" });
    expect(r.error?.issues.find((i) => i.path[0] === "agenda2030")).toMatchObject({ params: { invalid: "99" } });
  });
});
