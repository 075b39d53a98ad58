import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { publicViewpointSchema, viewpointEntrySchema, viewpointModerationSchema } from "./viewpoint-schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});

describe("the viewpoint forms' schemas", () => {
  it("reads a public viewpoint: trimmed, 'Vill inte svara' as no answer, the relations each once in order", () => {
    const data = publicViewpointSchema.parse({ submissionKey: randomUUID(), body: "  Fler bänkar  ", ageBand: "", sex: "kvinna", relations: ["besoker", "bor", "bor"] });
    expect(data).toMatchObject({ body: "Fler bänkar", ageBand: null, sex: "kvinna", relations: ["bor", "besoker"] });
    // A checkbox ticked once is sent as a string; none ticked is not sent at all.
    expect(publicViewpointSchema.parse({ ...data, relations: "arbetar" }).relations).toEqual(["arbetar"]);
    expect(publicViewpointSchema.parse({ submissionKey: data.submissionKey, body: "Bra" }).relations).toEqual([]);
    // What the form gives back is read the same by the use case.
    expect(publicViewpointSchema.parse(data)).toEqual(data);
  });

  it("answers each wrong field with its message", () => {
    expect(problems(publicViewpointSchema.safeParse({ submissionKey: "x", body: "x".repeat(2_001), ageBand: "100_", sex: "robot", relations: ["simmar"] }))).toEqual({
      submissionKey: "vp.error.form",
      body: "vp.error.bodyTooLong",
      ageBand: "vp.error.ageBand",
      sex: "vp.error.sex",
      relations: "vp.error.relations",
    });
    expect(problems(viewpointEntrySchema.safeParse({ submissionKey: randomUUID(), body: " ", activityId: "aktivitet" }))).toEqual({ body: "vp.error.body", activityId: "vp.error.activity" });
    expect(viewpointEntrySchema.safeParse({ submissionKey: randomUUID(), body: "x".repeat(5_000) }).success).toBe(true);
  });

  it("reads moderation by its intent: hiding and redacting need a reason, redacting a text", () => {
    expect(problems(viewpointModerationSchema.safeParse({ intent: "hide", reason: " " }))).toEqual({ reason: "vp.error.reason" });
    expect(problems(viewpointModerationSchema.safeParse({ intent: "redact", body: "", reason: "" }))).toEqual({ body: "vp.error.body", reason: "vp.error.reason" });
    expect(viewpointModerationSchema.parse({ intent: "show" })).toEqual({ intent: "show" });
    expect(problems(viewpointModerationSchema.safeParse({ intent: "delete" }))).toEqual({ intent: "vp.error.form" });
  });
});
