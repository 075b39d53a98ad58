/** What the resultatfas's forms send. The messages are keys of the message catalogues (src/text/results.ts). */
import { z } from "zod";
import { RESULT_ANSWER_MAX, RESULT_REASON_MAX } from "#src/domain/results/report.ts";
import { FORM_ERROR, checkbox, optionalUuid, text, uuid } from "../shared/schema.ts";

const answer = text(RESULT_ANSWER_MAX, "results.error.answerTooLong");

/** The seven answers, as the form sends them (answer_1 … answer_7); each is saved as it is. */
export const reportAnswersSchema = z.object({
  answer_1: answer,
  answer_2: answer,
  answer_3: answer,
  answer_4: answer,
  answer_5: answer,
  answer_6: answer,
  answer_7: answer,
});
export type ReportAnswersInput = z.input<typeof reportAnswersSchema>;

export const reportReturnSchema = z.object({ reason: text(RESULT_REASON_MAX, "results.error.reasonTooLong", "results.error.reason") });

export const indicatorChoiceSchema = z.object({ indicator: z.string({ error: "results.error.indicator" }).trim().min(1, "results.error.indicator").max(100, "results.error.indicator") });

/** A year written as four digits. */
const year = (message: string) =>
  z
    .union([z.string(), z.number()], { error: message })
    .transform((v) => (typeof v === "number" ? String(v) : v.trim()))
    .refine((v) => /^\d{4}$/.test(v) && Number(v) >= 2000 && Number(v) <= 2100, message)
    .transform(Number);

/** A number as a person types it in Swedish ("12,5", "−3", "1 200"); blank is null. */
export const decimal = (message: string) =>
  z
    .union([z.string(), z.number(), z.null()], { error: message })
    .optional()
    .transform((v, ctx): number | null => {
      if (v === undefined || v === null) return null;
      if (typeof v === "number") return v;
      const s = v.replace(/[\s\u00a0]/g, "").replace(",", ".").replace("\u2212", "-");
      if (s === "") return null;
      if (/^-?\d{1,12}(\.\d{1,6})?$/.test(s)) return Number(s);
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });

export const associationReportSchema = z.object({
  year: year("results.error.year"),
  kind: z.enum(["verksamhetsberattelse", "ekonomisk_berattelse"], { error: "results.error.kind" }),
  submissionKey: uuid(FORM_ERROR),
});

export const goalPlanSchema = z.object({ multiYear: z.enum(["ja", "nej"], { error: "results.error.multiYear" }).transform((v) => v === "ja") });

export const goalSchema = z.object({
  goal: text(300, "results.error.goalTooLong", "results.error.goal"),
  measure: text(300, "results.error.measureTooLong", "results.error.measure"),
  unit: text(50, "results.error.unitTooLong", "results.error.unit"),
  baseline: decimal("results.error.baseline").refine((v) => v !== null, "results.error.baseline"),
  target: decimal("results.error.target").refine((v) => v !== null, "results.error.target"),
  targetYear: year("results.error.targetYear"),
  submissionKey: optionalUuid(FORM_ERROR),
});
export type GoalInput = z.input<typeof goalSchema>;

/** A year's follow-up: the value reached per goal (value_<goalId>), what happened, what was learned. */
export const followUpSchema = z.object({
  year: year("results.error.year"),
  summary: text(10_000, "results.error.summaryTooLong", "results.error.summary"),
  learned: text(10_000, "results.error.learnedTooLong"),
  lessonToLibrary: checkbox(),
  values: z.record(z.string(), decimal("results.error.value"), { error: FORM_ERROR }),
});
export type FollowUpInput = z.input<typeof followUpSchema>;
