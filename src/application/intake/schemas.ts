/**
 * What the application's forms send (starting a draft, a step's answers and its area, an
 * attachment, submitting), as the web form and (later) the API read them. The messages are
 * keys of the message catalogues; a step's answer problems are `appl.error.<code>` for the
 * codes the domain names (`AnswerError`), which the save use case answers by field.
 *
 * A step's fields are data of the case's process type version, so its schema is built from
 * them (`stepAnswersSchema`) by the use case, which knows the version and the city's goals. What
 * is required before submitting is the domain's rule (`missingAnswers`), asked by the submit use
 * case; the area's boundary is read by the domain (`parseAreaGeoJson`) and checked by PostGIS.
 */
import { z } from "zod";
import { MAX_CONTRIBUTIONS, MAX_MONEY_SEK, TEXT_MAX, LONGTEXT_MAX, type AnswerError, type Answers, type Contribution, type SubmittedForm } from "#src/domain/intake/answers.ts";
import type { ApplicationFieldDefinition } from "#src/domain/process-type/definition.ts";
import { isPlausibleDiariumNumber } from "#src/domain/case/case-number.ts";
import { CORNER_SYSTEMS, type CornerSystem } from "#src/domain/intake/typed-corners.ts";
import { anyText, checkbox, flag, FORM_ERROR, intents, optionalText, strings, text, uuid } from "../shared/schema.ts";

// ---- starting a draft ----

/** A new draft: once per submission key, with an optional working title and, when several committees take applications, the one chosen. */
export const applicationStartSchema = z.object({
  submissionKey: uuid("appl.error.form"),
  title: text(300, "appl.error.title"),
  committeeId: optionalText(100, "appl.error.chooseCommittee"),
});

// ---- a step of the form ----

/** How many contribution rows to show (after "Lägg till rad" or "Ta bort"); 0 = as many as saved, and one empty. */
const rowsAsked = z.coerce.number().int().min(0).max(MAX_CONTRIBUTIONS).catch(0);

/** A step's address: the rows asked for, whether it was just saved, and whether to go back to the check-your-answers page. */
export const stepQuerySchema = z.object({
  rows: rowsAsked.prefault(0),
  saved: flag("1"),
  back: flag("granska"),
});

/** What the pressed button asks for: save and continue, save the draft, or add or remove a row. */
const intent = z.union([z.enum(["save", "draft", "add-row"]), z.string().regex(/^remove-row-\d{1,2}$/)]).catch("save");

/** A step's form beside its answers: the button pressed, where to go next, and the area (the areas ticked, a polygon drawn on the map, corners typed in WGS 84 or SWEREF 99 TM, or removing the boundary; a file is read apart). */
export const stepFormSchema = z.object({
  intent: intent.prefault("save"),
  back: flag("granska"),
  areaIds: strings("appl.error.area.unknown_area").transform((ids) => ids.filter((id) => id !== "")),
  areaDrawn: anyText(),
  areaDrawnChanged: checkbox(),
  areaClear: checkbox(),
  areaCorners: anyText(),
  areaSystem: z.enum(CORNER_SYSTEMS as [CornerSystem, ...CornerSystem[]]).catch("wgs84").prefault("wgs84"),
});

const ANSWER = "appl.error.";
const answerKey = (code: AnswerError) => `${ANSWER}${code}`;

/** The domain's code of an answer problem's message (`appl.error.money_invalid` → `money_invalid`). */
export function answerProblemCode(message: string): AnswerError {
  return message.slice(ANSWER.length) as AnswerError;
}

/** Money in whole kronor: "25 000 kr" reads as 25000, blank as none. */
function readMoney(raw: string): number | null | "invalid" {
  const cleaned = raw.replace(/[\s\u00a0]/g, "").replace(/kr$/i, "");
  if (cleaned === "") return null;
  if (!/^\d+$/.test(cleaned)) return "invalid";
  const n = Number(cleaned);
  return n <= MAX_MONEY_SEK ? n : "invalid";
}

const cell = anyText().transform((v) => v.trim());
const contributionRow = z.object({ actor: cell, money: cell, resources: cell, activities: cell });

/**
 * The actors and what each contributes, as rows: empty rows are dropped; a row needs its actor;
 * money in whole kronor; at most 30 rows. A row's problem is on its cell (`<row>.actor`).
 */
const contributions = z
  .array(contributionRow, { error: FORM_ERROR })
  .prefault([])
  .superRefine((rows, ctx) => {
    let kept = 0;
    rows.forEach((row, i) => {
      if (row.actor === "" && row.money === "" && row.resources === "" && row.activities === "") return;
      kept++;
      if (row.actor === "") ctx.addIssue({ code: "custom", message: answerKey("contribution_actor_missing"), path: [i, "actor"] });
      else if (row.actor.length > TEXT_MAX) ctx.addIssue({ code: "custom", message: answerKey("too_long"), path: [i, "actor"] });
      if (readMoney(row.money) === "invalid") ctx.addIssue({ code: "custom", message: answerKey("money_invalid"), path: [i, "money"] });
      if (row.resources.length > 2_000) ctx.addIssue({ code: "custom", message: answerKey("too_long"), path: [i, "resources"] });
      if (row.activities.length > 2_000) ctx.addIssue({ code: "custom", message: answerKey("too_long"), path: [i, "activities"] });
    });
    if (kept > MAX_CONTRIBUTIONS) ctx.addIssue({ code: "custom", message: answerKey("too_many_rows"), path: [] });
  })
  .transform((rows): Contribution[] =>
    rows
      .filter((row) => row.actor !== "" || row.money !== "" || row.resources !== "" || row.activities !== "")
      .map((row) => {
        const money = readMoney(row.money);
        return { actor: row.actor, moneySek: money === "invalid" ? null : money, resources: row.resources, activities: row.activities };
      }),
  );

/**
 * One step's answers, by the process type's fields on that step: texts (trimmed, within their
 * length), the city's goals chosen (each once, known ones only) and the contribution rows. The
 * area is not an answer: it is the step form's (`stepFormSchema`).
 */
export function stepAnswersSchema(fields: readonly ApplicationFieldDefinition[], context: { goalKeys: ReadonlySet<string> }) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    switch (field.kind) {
      case "text":
        shape[field.key] = text(TEXT_MAX, answerKey("too_long"));
        break;
      case "longtext":
        shape[field.key] = text(LONGTEXT_MAX, answerKey("too_long"));
        break;
      case "goals":
        shape[field.key] = strings(answerKey("unknown_goal"))
          .transform((goals) => [...new Set(goals)])
          .refine((goals) => goals.every((g) => context.goalKeys.has(g)), answerKey("unknown_goal"));
        break;
      case "contributions":
        shape[field.key] = contributions;
        break;
      case "area":
        break;
    }
  }
  return z.object(shape) as unknown as z.ZodType<Answers>;
}

/**
 * A step's answers as its form sends them: a text by its key, the goals ticked as a list, and
 * the contribution rows as fields `<key>_<row>_<cell>` with their count in `<key>_rows`.
 */
export function readStepForm(fields: readonly ApplicationFieldDefinition[], form: SubmittedForm): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.kind === "text" || field.kind === "longtext") input[field.key] = form.get(field.key);
    else if (field.kind === "goals") input[field.key] = form.getAll(field.key);
    else if (field.kind === "contributions") {
      const count = Number(form.get(`${field.key}_rows`) ?? "0");
      const rows = Number.isInteger(count) && count > 0 ? Math.min(count, MAX_CONTRIBUTIONS + 5) : 0;
      input[field.key] = Array.from({ length: rows }, (_, i) => ({
        actor: form.get(`${field.key}_${i}_actor`),
        money: form.get(`${field.key}_${i}_money`),
        resources: form.get(`${field.key}_${i}_resources`),
        activities: form.get(`${field.key}_${i}_activities`),
      }));
    }
  }
  return input;
}

/** A step's answers from its form: the values to save, or each problem by the form's field (`contributions_0_money`) as the domain's code. */
export function readStepAnswers(fields: readonly ApplicationFieldDefinition[], form: SubmittedForm, context: { goalKeys: ReadonlySet<string> }): { ok: true; values: Answers } | { ok: false; errors: Record<string, AnswerError> } {
  const parsed = stepAnswersSchema(fields, context).safeParse(readStepForm(fields, form));
  if (parsed.success) return { ok: true, values: parsed.data };
  const errors: Record<string, AnswerError> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join("_");
    if (!(field in errors)) errors[field] = answerProblemCode(issue.message);
  }
  return { ok: false, errors };
}

// ---- attachments and submitting ----

/** The attachments page: upload a file once per submission key (the file itself is read apart: its type from its content), or remove one. */
export const attachmentActionSchema = intents("upload", [
  z.object({ intent: z.literal("upload"), submissionKey: uuid("appl.error.form") }),
  z.object({ intent: z.literal("remove"), attachmentId: anyText() }),
]);

/** Submitting: the applicant confirms that what they wrote is right. */
export const submissionSchema = z.object({ confirm: z.string({ error: "appl.error.confirm" }).prefault("").refine((v) => v === "1", "appl.error.confirm") });

// ---- the diarium ----

/** The case's number in the city's diarium (Platina), entered by the registrar: trimmed, in capitals, as Platina writes it (TN-2026-001234). */
export const diariumRegistrationSchema = z.object({
  diariumNumber: z
    .string({ error: "diarium.error.invalid" })
    .prefault("")
    .transform((v) => v.trim().toUpperCase())
    .refine(isPlausibleDiariumNumber, "diarium.error.invalid"),
});
