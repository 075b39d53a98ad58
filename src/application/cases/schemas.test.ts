import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { caseListQuerySchema, caseMessageSchema, casePageActionSchema, MESSAGE_MAX_LENGTH } from "./schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});
const key = randomUUID();

describe("the case page's forms", () => {
  it("reads a message: its kind, the text trimmed, once per key", () => {
    const data = caseMessageSchema.parse({ kind: "begaran_om_komplettering", body: " Bifoga budgeten. ", submissionKey: key });
    expect(data).toEqual({ kind: "begaran_om_komplettering", body: "Bifoga budgeten.", submissionKey: key });
    expect(caseMessageSchema.parse(data)).toEqual(data);
  });

  it("answers an empty or too long text by the text's field, and a kind or key no form sends with the catalogue's key (the page's inline schema gave zod's English)", () => {
    expect(problems(caseMessageSchema.safeParse({ kind: "meddelande", body: "   ", submissionKey: key }))).toEqual({ body: "messages.error.empty" });
    expect(problems(caseMessageSchema.safeParse({ kind: "meddelande", body: "x".repeat(MESSAGE_MAX_LENGTH + 1), submissionKey: key }))).toEqual({ body: "messages.error.tooLong" });
    expect(caseMessageSchema.parse({ kind: "meddelande", body: "x".repeat(MESSAGE_MAX_LENGTH), submissionKey: key }).body).toHaveLength(MESSAGE_MAX_LENGTH);
    expect(problems(caseMessageSchema.safeParse({ kind: "brev", body: "Hej", submissionKey: "abc" }))).toEqual({ kind: "appl.error.form", submissionKey: "appl.error.form" });
  });

  it("reads the page's forms: a message (sent without an intent) or the case's contact person (blank: none)", () => {
    expect(casePageActionSchema.parse({ kind: "meddelande", body: "Hej", submissionKey: key })).toEqual({ intent: "message", kind: "meddelande", body: "Hej", submissionKey: key });
    expect(casePageActionSchema.parse({ intent: "contactPerson", contactPersonId: key })).toEqual({ intent: "contactPerson", contactPersonId: key });
    expect(casePageActionSchema.parse({ intent: "contactPerson", contactPersonId: "" })).toEqual({ intent: "contactPerson", contactPersonId: null });
    expect(problems(casePageActionSchema.safeParse({ intent: "contactPerson", contactPersonId: "Karin" }))).toEqual({ contactPersonId: "contactPerson.error" });
    expect(problems(casePageActionSchema.safeParse({ intent: "radera" }))).toEqual({ intent: "appl.error.form" });
  });
});

describe("the case list's address", () => {
  it("reads the filters offered; blank is all", () => {
    expect(caseListQuerySchema.parse({ status: "under_bedomning", phase: "initiering", committeeCode: "TN", order: "behov" })).toEqual({ status: "under_bedomning", phase: "initiering", committeeCode: "TN", order: "behov" });
    expect(caseListQuerySchema.parse({ status: "", phase: "", committeeCode: "", order: "" })).toEqual({});
    expect(caseListQuerySchema.parse({})).toEqual({});
  });

  it("answers a value the page does not offer (the page reads it as not given: parseQuery)", () => {
    expect(problems(caseListQuerySchema.safeParse({ status: "nej", phase: "sommar", order: "bokstav" }))).toEqual({ status: "appl.error.form", phase: "appl.error.form", order: "appl.error.form" });
  });
});
