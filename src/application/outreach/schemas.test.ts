import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { contactNoteSchema, contactRequestActionSchema, contactRequestSchema, meetingDateSchema } from "./schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});
const request = { submissionKey: randomUUID(), name: " Sara Svensson ", email: "Sara@Exempel.se", areaText: "Sofielund", message: "Vi vill göra något" };

describe("the contact form's schema (the checks the contact request use case made by hand)", () => {
  it("reads a request: trimmed, the address in lower case, blanks as null", () => {
    const data = contactRequestSchema.parse({ ...request, phone: " ", organisationName: "", actorType: "" });
    expect(data).toMatchObject({ name: "Sara Svensson", email: "sara@exempel.se", phone: null, organisationName: null, actorType: null });
    // What the form gives back is read the same by the use case.
    expect(contactRequestSchema.parse(data)).toEqual(data);
  });

  it("answers each wrong field with its message", () => {
    expect(problems(contactRequestSchema.safeParse({ submissionKey: "x", name: "", email: "inte-en-adress", phone: "1".repeat(51), organisationName: "o".repeat(301), actorType: "kommun", areaText: "  ", message: "" }))).toEqual({
      submissionKey: "contact.error.form",
      name: "contact.error.name",
      email: "contact.error.email",
      phone: "contact.error.phone",
      organisationName: "contact.error.organisation",
      actorType: "contact.error.actorType",
      areaText: "contact.error.area",
      message: "contact.error.message",
    });
  });

  it("takes an address in any script, as the receipt's sender always did", () => {
    expect(contactRequestSchema.parse({ ...request, email: "Kö@Exempel.test" }).email).toBe("kö@exempel.test");
  });
});

describe("the contact person's forms", () => {
  it("takes a meeting day that exists (the form once took any ####-##-##)", () => {
    expect(meetingDateSchema.parse(" 2026-12-01 ")).toBe("2026-12-01");
    for (const bad of ["2026-13-01", "2026-02-30", "1 december"]) expect(meetingDateSchema.safeParse(bad).error?.issues[0]?.message).toBe("crequests.error.date");
  });

  it("takes a note with an optional meeting day, once per key", () => {
    const key = randomUUID();
    expect(contactNoteSchema.parse({ body: " Träffades ", meetingOn: "", submissionKey: key })).toEqual({ body: "Träffades", meetingOn: null, submissionKey: key });
    expect(problems(contactNoteSchema.safeParse({ body: "x".repeat(20_001), meetingOn: "2026-02-30", submissionKey: key }))).toEqual({ body: "crequests.error.note", meetingOn: "crequests.error.date" });
  });

  it("reads what the contact person does by the button pressed", () => {
    expect(contactRequestActionSchema.parse({ intent: "book", meetingOn: "2026-12-01" })).toEqual({ intent: "book", meetingOn: "2026-12-01" });
    expect(contactRequestActionSchema.parse({ intent: "close" })).toEqual({ intent: "close" });
    expect(problems(contactRequestActionSchema.safeParse({ intent: "radera" }))).toEqual({ intent: "contact.error.form" });
  });
});
