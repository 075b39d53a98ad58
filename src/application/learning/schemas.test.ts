import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { comparisonSchema, invitationSchema, lessonSchema, lessonSearchSchema, meetingLessonSchema, meetingNotesSchema, meetingSchema, networkFilterSchema } from "./schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});
const A = "5f0c6b1e-3f0a-4c1e-9a57-0c4d2f1b9a01";
const B = "5f0c6b1e-3f0a-4c1e-9a57-0c4d2f1b9a02";

describe("the learning pages' schemas", () => {
  it("read the forms as they are sent, and read their own output the same", () => {
    const cases = [
      [lessonSearchSchema, { q: "lekplats", omrade: A, tema: "trygghet", fas: "resultat", storlek: "stor", kalla: "natverk", sida: "2" }],
      [lessonSchema, { title: " Ta med fastighetsägarna ", body: "Text", submissionKey: A }],
      [comparisonSchema, { p: [A, B, A], omrade: A, fas: "avslutad" }],
      [networkFilterSchema, { typ: "forening", omrade: A, process: B }],
      [meetingSchema, { title: "Träff", date: "2027-02-10", startTime: "9.30", endTime: "11.00", place: "Stadshuset", agenda: "", submissionKey: B }],
      [invitationSchema, { actorIds: [A, B] }],
      [meetingNotesSchema, { notes: " Anteckningar " }],
      [meetingLessonSchema, { caseId: A, title: "Från träffen" }],
    ] as const;
    for (const [schema, input] of cases) {
      const data = (schema as z.ZodType).parse(input);
      expect((schema as z.ZodType).parse(data)).toEqual(data);
    }
    expect(comparisonSchema.parse({ p: [A, B, A, "x"] }).p).toEqual([A, B]);
    expect(meetingSchema.parse({ title: "T", date: "2027-02-10", startTime: "9.30", endTime: "11:00", place: "P" })).toMatchObject({ startTime: "09:30", endTime: "11:00" });
  });

  it("read an unknown or repeated filter as no filter, never as an error", () => {
    expect(lessonSearchSchema.parse({ q: "  ", omrade: "x", tema: "<b>", fas: "okänd", storlek: ["stor", "liten"], sida: "0" })).toEqual({ q: null, omrade: null, tema: null, fas: null, storlek: "stor", kalla: null, sida: null });
    expect(networkFilterSchema.parse({})).toEqual({ typ: null, omrade: null, process: null });
  });

  it("say what to fix, by field", () => {
    expect(problems(lessonSchema.safeParse({ title: "", body: "x".repeat(20_001) }))).toEqual({ title: "learning.error.title", body: "learning.error.bodyTooLong" });
    expect(problems(meetingSchema.safeParse({ title: "", date: "2027-02-30", startTime: "25.00", endTime: "x", place: "" }))).toEqual({
      title: "network.error.title",
      date: "network.error.date",
      startTime: "network.error.time",
      endTime: "network.error.time",
      place: "network.error.place",
    });
    expect(problems(invitationSchema.safeParse({ actorIds: ["nope"] }))).toEqual({ actorIds: "network.error.actors" });
    expect(problems(invitationSchema.safeParse({}))).toEqual({ actorIds: "network.error.actors" });
    expect(problems(meetingLessonSchema.safeParse({ caseId: "", title: "" }))).toEqual({ caseId: "network.error.process", title: "learning.error.title" });
  });
});
