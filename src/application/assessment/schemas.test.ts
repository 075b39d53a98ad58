import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { assessmentActionSchema, assessmentSchema } from "./schemas.ts";

const problems = (r: { error?: z.ZodError }) => (r.error ? problemsByField(r.error) : {});

/** The assessment as the page sends it: every field a string, the criteria by their keys. */
const form = (over: Record<string, unknown> = {}) => ({
  ratings: { resurser: { rating: "uppfyllt", justification: " Tre föreningar bidrar. ", evidence: "" }, underlag: { justification: "Saknas ännu." } },
  recommendation: "bifall",
  recommendationText: " Förvaltningen föreslår bifall. ",
  proposedAmountSek: "150 000",
  ...over,
});

describe("the assessment's schema (the checks the assessment use case made by hand, validAssessment)", () => {
  it("reads a draft: trimmed texts, a criterion not yet rated as null, the amount as typed into whole kronor", () => {
    const data = assessmentSchema.parse(form());
    expect(data).toEqual({
      ratings: { resurser: { rating: "uppfyllt", justification: "Tre föreningar bidrar.", evidence: "" }, underlag: { rating: null, justification: "Saknas ännu.", evidence: "" } },
      recommendation: "bifall",
      recommendationText: "Förvaltningen föreslår bifall.",
      proposedAmountSek: 150000,
    });
    // What the form gives is read the same by the use case.
    expect(assessmentSchema.parse(data)).toEqual(data);
    expect(assessmentSchema.parse(form({ ratings: {}, recommendation: "", recommendationText: undefined, proposedAmountSek: "" }))).toEqual({ ratings: {}, recommendation: null, recommendationText: "", proposedAmountSek: null });
  });

  it("refuses a rating or a recommendation no button gives, and texts too long, as the form it cannot read", () => {
    expect(problems(assessmentSchema.safeParse(form({ ratings: { resurser: { rating: "utmärkt" } } })))).toEqual({ ratings_resurser_rating: "assessment.error.invalid" });
    expect(problems(assessmentSchema.safeParse(form({ recommendation: "kanske" })))).toEqual({ recommendation: "assessment.error.invalid" });
    expect(problems(assessmentSchema.safeParse(form({ ratings: { resurser: { justification: "x".repeat(10_001), evidence: "x".repeat(5_001) } }, recommendationText: "x".repeat(20_001) })))).toEqual({
      ratings_resurser_justification: "assessment.error.invalid",
      ratings_resurser_evidence: "assessment.error.invalid",
      recommendationText: "assessment.error.invalid",
    });
    expect(problems(assessmentSchema.safeParse(form({ ratings: "alla uppfyllda" })))).toEqual({ ratings: "assessment.error.invalid" });
  });

  it("takes the amount in whole kronor within the domain's bounds, on its own field", () => {
    for (const amount of ["12,5", "femtio", "-1", "1 000 000 001", 12.5]) expect(problems(assessmentSchema.safeParse(form({ proposedAmountSek: amount }))), String(amount)).toEqual({ proposedAmountSek: "assessment.error.amount" });
    expect(assessmentSchema.parse(form({ proposedAmountSek: "1 000 000 000 kr" })).proposedAmountSek).toBe(1_000_000_000);
  });

  it("reads the page's buttons: save (the form without an intent) or a step in the lifecycle", () => {
    expect(assessmentActionSchema.parse(form())).toMatchObject({ intent: "save", proposedAmountSek: 150000 });
    expect(assessmentActionSchema.parse({ intent: "markReadyForCommittee", ratings: {} })).toEqual({ intent: "markReadyForCommittee" });
    for (const step of ["startAssessment", "returnToAssessment"]) expect(assessmentActionSchema.parse({ intent: step })).toEqual({ intent: step });
    expect(problems(assessmentActionSchema.safeParse({ intent: "approve" }))).toEqual({ intent: "appl.error.form" });
  });
});
