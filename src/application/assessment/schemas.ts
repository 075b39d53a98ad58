/**
 * What the assessment page sends: the assessment of each criterion of the case's process type
 * version (rating, justification, evidence), the recommendation with its text and the proposed
 * amount, or a step in the lifecycle. The messages are keys of the message catalogues.
 *
 * Which criteria the version has, the use case knows: it keeps the version's and drops the rest.
 * The amount is whole kronor as typed ("150 000"), within the domain's bounds (`isWholeKronor`).
 */
import { z } from "zod";
import { CRITERION_RATINGS, RECOMMENDATIONS } from "#src/domain/process-type/definition.ts";
import { intents, kronor, optionalText, text } from "../shared/schema.ts";

/** What the page says of anything it cannot read: a text too long, a value no button gives. */
const INVALID = "assessment.error.invalid";

/** One of a vocabulary's values (a radio button), or none. */
const oneOrNone = <const T extends readonly string[]>(values: T) =>
  optionalText(100, INVALID)
    .refine((v) => v === null || values.includes(v), INVALID)
    .transform((v) => v as T[number] | null);

/** A criterion's assessment: its rating (or none yet), the justification and the evidence. */
const criterionSchema = z.object(
  {
    rating: oneOrNone(CRITERION_RATINGS),
    justification: text(10_000, INVALID),
    evidence: text(5_000, INVALID),
  },
  { error: INVALID },
);

/** The assessment, a draft that may be incomplete: each criterion by its key, the recommendation (or none yet), its text, the proposed amount (or none). */
export const assessmentSchema = z.object({
  ratings: z.record(z.string(), criterionSchema, { error: INVALID }),
  recommendation: oneOrNone(RECOMMENDATIONS),
  recommendationText: text(20_000, INVALID),
  proposedAmountSek: kronor("assessment.error.amount"),
});
export type AssessmentInput = z.input<typeof assessmentSchema>;

/** The assessment page's buttons: save the assessment, or move the case (start, ready for the committee, back to assessment). */
export const assessmentActionSchema = intents("save", [
  z.object({ intent: z.literal("save"), ...assessmentSchema.shape }),
  z.object({ intent: z.literal(["startAssessment", "markReadyForCommittee", "returnToAssessment"]) }),
]);
