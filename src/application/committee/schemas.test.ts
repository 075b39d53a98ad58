import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { checkDecision } from "#src/domain/case/decision.ts";
import { problemsByField } from "../shared/schema.ts";
import { agendaItemSchema, decisionActionSchema, decisionDatesSchema, decisionSchema, inboxActionSchema, meetingSchema, referralAnswerSchema, routeSchema } from "./schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});
const id = randomUUID();

/** The decision form as the page sends it: every field a string. */
const form = (over: Record<string, unknown> = {}) => ({ paragraph: " § 278 ", meetingId: "", decidedOn: "2026-12-14", outcome: "bifall", grantedAmountSek: "150 000", conditions: "", recipients: "", ...over });

describe("the decision's schema", () => {
  it("reads the form: trimmed texts, no meeting as null, the amount as typed into whole kronor, the recipients one per line", () => {
    const data = decisionSchema.parse(form({ meetingId: id, grantedAmountSek: "150 000 kr", recipients: " Föreningen Sofielund \r\n\r\nFastighets- och gatukontoret\n", conditions: " Redovisning senast 2027-12-31. " }));
    expect(data).toEqual({ paragraph: "§ 278", meetingId: id, decidedOn: "2026-12-14", outcome: "bifall", grantedAmountSek: 150000, conditions: "Redovisning senast 2027-12-31.", recipients: ["Föreningen Sofielund", "Fastighets- och gatukontoret"] });
    expect(decisionSchema.parse(form()).meetingId).toBeNull();
    // What the form gives is read the same by the use case, and the domain accepts it.
    expect(decisionSchema.parse(data)).toEqual(data);
    expect(checkDecision(data)).toMatchObject({ ok: true });
  });

  it("answers each wrong field with the domain's problem for it, all at once", () => {
    expect(problems(decisionSchema.safeParse({ paragraph: " ", meetingId: "möte-1", decidedOn: "2026-02-30", outcome: "nej", grantedAmountSek: "femtio", conditions: "x".repeat(20_001), recipients: "x".repeat(301) }))).toEqual({
      paragraph: "decision.error.paragraph",
      meetingId: "decision.error.meeting",
      decidedOn: "decision.error.decidedOn",
      outcome: "decision.error.outcome",
      grantedAmountSek: "decision.error.amount",
      conditions: "decision.error.tooLong",
      recipients: "decision.error.tooLong",
    });
    expect(problems(decisionSchema.safeParse(form({ paragraph: "x".repeat(41), recipients: Array.from({ length: 51 }, (_, i) => `Mottagare ${i}`).join("\n") })))).toEqual({ paragraph: "decision.error.paragraph", recipients: "decision.error.tooLong" });
  });

  it("takes whole kronor only, within the domain's bounds", () => {
    for (const amount of ["12,5", "12.5", "-1", "1 000 000 001", "12 345 678 901", "kr 5"]) expect(problems(decisionSchema.safeParse(form({ grantedAmountSek: amount })))).toEqual({ grantedAmountSek: "decision.error.amount" });
    expect(decisionSchema.parse(form({ grantedAmountSek: "1\u00a0000\u00a0000\u00a0000" })).grantedAmountSek).toBe(1_000_000_000);
  });

  it("asks the domain how the outcome and the amount go together, beside the other problems", () => {
    expect(problems(decisionSchema.safeParse(form({ grantedAmountSek: "" })))).toEqual({ grantedAmountSek: "decision.error.amountRequired" });
    expect(problems(decisionSchema.safeParse(form({ outcome: "delvis_bifall", grantedAmountSek: "0" })))).toEqual({ grantedAmountSek: "decision.error.amountRequired" });
    expect(problems(decisionSchema.safeParse(form({ outcome: "avslag", grantedAmountSek: "5000" })))).toEqual({ grantedAmountSek: "decision.error.amountOnAvslag" });
    expect(decisionSchema.parse(form({ outcome: "avslag", grantedAmountSek: "" })).grantedAmountSek).toBeNull();
    // A missing paragraph does not hide the amount's problem (the page answers both at once).
    expect(problems(decisionSchema.safeParse(form({ paragraph: "", grantedAmountSek: "" })))).toEqual({ paragraph: "decision.error.paragraph", grantedAmountSek: "decision.error.amountRequired" });
    // No outcome chosen: the amount is not judged against it.
    expect(problems(decisionSchema.safeParse(form({ outcome: undefined, grantedAmountSek: "" })))).toEqual({ outcome: "decision.error.outcome" });
  });

  it("reads the dates of justering and anslag: blank as not yet, in the domain's order", () => {
    expect(decisionDatesSchema.parse({ minutesApprovedOn: " 2026-12-16 ", postedOn: "" })).toEqual({ minutesApprovedOn: "2026-12-16", postedOn: null });
    expect(decisionDatesSchema.parse({})).toEqual({ minutesApprovedOn: null, postedOn: null });
    expect(problems(decisionDatesSchema.safeParse({ minutesApprovedOn: "2026-12-32", postedOn: "i morgon" }))).toEqual({ minutesApprovedOn: "decision.error.minutesApprovedOn", postedOn: "decision.error.postedOn" });
    expect(problems(decisionDatesSchema.safeParse({ minutesApprovedOn: "", postedOn: "2026-12-04" }))).toEqual({ minutesApprovedOn: "decision.error.minutesFirst" });
    expect(problems(decisionDatesSchema.safeParse({ minutesApprovedOn: "2026-12-10", postedOn: "2026-12-04" }))).toEqual({ postedOn: "decision.error.postedBeforeMinutes" });
  });

  it("reads the decision page's two forms by the button's intent", () => {
    expect(decisionActionSchema.parse({ intent: "dates", minutesApprovedOn: "2026-12-16", postedOn: "2026-12-18" })).toEqual({ intent: "dates", minutesApprovedOn: "2026-12-16", postedOn: "2026-12-18" });
    expect(decisionActionSchema.parse(form({ intent: "record" }))).toMatchObject({ intent: "record", grantedAmountSek: 150000 });
    expect(problems(decisionActionSchema.safeParse(form({ intent: "record", outcome: "avslag" })))).toEqual({ grantedAmountSek: "decision.error.amountOnAvslag" });
    expect(problems(decisionActionSchema.safeParse({ intent: "dates", minutesApprovedOn: "", postedOn: "2026-12-04" }))).toEqual({ minutesApprovedOn: "decision.error.minutesFirst" });
    expect(problems(decisionActionSchema.safeParse({ intent: "radera" }))).toEqual({ intent: "appl.error.form" });
  });
});

describe("routing, the inbox and meetings", () => {
  it("reads a routing: the kind, the committee, the note trimmed; each problem by its field", () => {
    expect(routeSchema.parse({ kind: "yttrande", toCommitteeId: id, note: " Berör KS. " })).toEqual({ kind: "yttrande", toCommitteeId: id, note: "Berör KS." });
    expect(routeSchema.parse({ kind: "overlamning", toCommitteeId: id })).toEqual({ kind: "overlamning", toCommitteeId: id, note: "" });
    expect(problems(routeSchema.safeParse({ toCommitteeId: "", note: "x".repeat(5_001) }))).toEqual({ kind: "routing.error.kind", toCommitteeId: "routing.error.committee", note: "routing.error.noteTooLong" });
    expect(problems(routeSchema.safeParse({ kind: "remiss", toCommitteeId: "TN" }))).toEqual({ kind: "routing.error.kind", toCommitteeId: "routing.error.committee" });
  });

  it("reads the inbox's buttons: take up a case, or answer a request for an opinion (not blank, at most 20 000 characters)", () => {
    expect(inboxActionSchema.parse({ intent: "takeUp", caseId: id })).toEqual({ intent: "takeUp", caseId: id });
    expect(inboxActionSchema.parse({ referralId: id, answer: " Vi tillstyrker. " })).toEqual({ intent: "answer", referralId: id, answer: "Vi tillstyrker." });
    expect(problems(inboxActionSchema.safeParse({ intent: "answer", referralId: id, answer: "  " }))).toEqual({ answer: "handling.error.answer" });
    expect(problems(referralAnswerSchema.safeParse({ referralId: id, answer: "x".repeat(20_001) }))).toEqual({ answer: "handling.error.answer" });
    expect(problems(inboxActionSchema.safeParse({ intent: "takeUp", caseId: "abc" }))).toEqual({ caseId: "appl.error.form" });
  });

  it("reads a meeting: committee, body and a day that exists", () => {
    expect(meetingSchema.parse({ committeeId: id, body: "namnd", meetsOn: " 2026-12-14 " })).toEqual({ committeeId: id, body: "namnd", meetsOn: "2026-12-14" });
    expect(problems(meetingSchema.safeParse({ committeeId: "", body: "styrelse", meetsOn: "2026-02-30" }))).toEqual({ committeeId: "meetings.error.committee", body: "meetings.error.body", meetsOn: "meetings.error.date" });
    expect(problems(meetingSchema.safeParse({}))).toEqual({ committeeId: "meetings.error.committee", body: "meetings.error.body", meetsOn: "meetings.error.date" });
    expect(problems(agendaItemSchema.safeParse({ caseId: "1 OR 1=1" }))).toEqual({ caseId: "appl.error.form" });
  });
});
