import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { coApplicantInvitationSchema, memberInvitationSchema, organisationAcceptanceSchema, organisationProblem, organisationSchema, personProblem, personSchema, registrationSchema } from "./schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});
const registration = { organisationName: " Föreningen Sofielund ", actorType: "forening", orgNumber: "", name: "Per Persson", email: "Per@Exempel.se", password: "ett långt lösenord" };

describe("the organisations' schemas (the checks the organisation use case made by hand)", () => {
  it("reads a registration: trimmed, the address in lower case, no organisation number as null", () => {
    const data = registrationSchema.parse(registration);
    expect(data).toMatchObject({ organisationName: "Föreningen Sofielund", actorType: "forening", orgNumber: null, email: "per@exempel.se" });
    expect(registrationSchema.parse(data)).toEqual(data);
  });

  it("takes a real organisation number only: its check digit is the domain's rule (the form once let a wrong one through to the use case)", () => {
    expect(organisationSchema.parse({ ...registration, orgNumber: "2120001124" }).orgNumber).toBe("212000-1124");
    expect(problems(organisationSchema.safeParse({ ...registration, orgNumber: "212000-1125" }))).toEqual({ orgNumber: "register.error.orgNumber" });
    expect(problems(organisationSchema.safeParse({ ...registration, orgNumber: "12345" }))).toEqual({ orgNumber: "register.error.orgNumber" });
  });

  it("answers each wrong field with its message", () => {
    expect(problems(registrationSchema.safeParse({ organisationName: "", actorType: "kommun", name: " ", email: "inte en adress", password: "kort" }))).toEqual({
      organisationName: "register.error.organisationName",
      actorType: "register.error.actorType",
      name: "register.error.name",
      email: "register.error.email",
      password: "register.error.password",
    });
  });

  it("gives the use cases their answers: the organisation number and the password each their own", () => {
    expect(organisationProblem(organisationSchema.safeParse({ ...registration, orgNumber: "212000-1125" }).error!)).toBe("invalid_org_number");
    expect(organisationProblem(organisationSchema.safeParse({ ...registration, actorType: "kommun", orgNumber: "212000-1125" }).error!)).toBe("invalid");
    expect(personProblem(personSchema.safeParse({ name: "Per", password: "kort" }).error!)).toBe("weak_password");
    expect(personProblem(personSchema.safeParse({ name: "", password: "kort" }).error!)).toBe("invalid");
  });

  it("invites a member by address, a co-applicant by address and name", () => {
    expect(memberInvitationSchema.parse({ email: " Ny@Exempel.se " })).toEqual({ email: "ny@exempel.se" });
    expect(problems(coApplicantInvitationSchema.safeParse({ email: "x@exempel.se", organisationName: " " }))).toEqual({ organisationName: "org.error.organisationName" });
  });

  it("accepts an organisation's invitation with the organisation and the person", () => {
    expect(problems(organisationAcceptanceSchema.safeParse({ intent: "account", token: "t", name: "Pia", password: "ett långt lösenord", organisationName: "Partnern AB" }))).toEqual({ actorType: "register.error.actorType" });
  });
});
