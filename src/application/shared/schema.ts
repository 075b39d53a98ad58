/**
 * Building blocks for the features' input schemas (`src/application/<feature>/schemas.ts`): zod
 * types for what forms and (later) the API send. Every message is a key of the message
 * catalogues (`src/text/*.ts`), translated where it is shown.
 *
 * Each schema is parsed twice: by the adapter that received the input (the web form shows the
 * problems by field, with what was typed) and by the use case at its door (so that no caller,
 * the command line and tests included, gets around it). So a schema's output is always valid
 * input to it again, with the same output: its fields accept what they give back (a blank
 * optional field reads as null, and null is accepted too). `schemas.test.ts` of each feature
 * checks this.
 */
import { z } from "zod";
import { isWholeKronor } from "#src/domain/case/decision.ts";
import { isIsoDate } from "#src/domain/dates.ts";
import { isUuid } from "#src/domain/ids.ts";

/** The message for a form that was not sent as its page sends it (a field sent twice, a value no control gives). */
export const FORM_ERROR = "appl.error.form";

/** A field with no rule of its own (a token, a JSON text, a hidden field): a string, missing reads as empty. */
export function anyText(message: string = FORM_ERROR) {
  return z.string({ error: message }).prefault("");
}

/** A field that may be missing. */
export function optionalString(message: string = FORM_ERROR) {
  return z.string({ error: message }).optional();
}

/** Whether an address's flag has its value (`?sparat=1`); anything else, or missing, is no. */
export function flag(value: string) {
  return z
    .unknown()
    .optional()
    .transform((v) => (Array.isArray(v) ? v[0] : v) === value);
}

/** A text field, trimmed; missing reads as empty. `empty` is the message for an empty field (else empty is allowed). */
export function text(max: number, tooLong: string, empty?: string) {
  const trimmed = z.string({ error: empty ?? tooLong }).trim();
  return (empty ? trimmed.min(1, empty) : trimmed).max(max, tooLong).prefault("");
}

/** An optional text field: trimmed, and null when blank (or missing, or null). */
export function optionalText(max: number, tooLong: string) {
  return z
    .string({ error: tooLong })
    .nullish()
    .transform((v) => (v ?? "").trim())
    .pipe(z.string().max(max, tooLong))
    .transform((v) => (v === "" ? null : v));
}

/**
 * An e-mail address as a form reads it (trimmed; `empty` when blank, `invalid` when it is no
 * address, `tooLong` beyond 320 characters). zod's address check: ASCII, a dot in the domain.
 */
export function emailAddress(messages: { empty: string; invalid: string; tooLong?: string }) {
  return z
    .string({ error: messages.empty })
    .trim()
    .min(1, messages.empty)
    .max(320, messages.tooLong ?? messages.invalid)
    .email(messages.invalid)
    .prefault("");
}

/** Deliberately plain: one @, something on both sides, a dot in the domain, no spaces (any script). */
const PLAIN_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An e-mail address, trimmed and in lower case, checked plainly (names and domains in any script pass). */
export function plainEmailAddress(invalid: string, tooLong: string) {
  return z
    .string({ error: invalid })
    .trim()
    .toLowerCase()
    .regex(PLAIN_EMAIL, invalid)
    .max(320, tooLong)
    .prefault("");
}

/** A record's id (or a form's submission key): a UUID. */
export function uuid(message: string) {
  return z.string({ error: message }).refine(isUuid, message);
}

/** An id that may be left out (a select's empty choice): null when blank, missing or null, else a UUID. */
export function optionalUuid(message: string) {
  return optionalText(100, message).refine((v) => v === null || isUuid(v), message);
}

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not), trimmed; missing reads as empty, which is no date. */
export function isoDate(message: string) {
  return z.string({ error: message }).trim().prefault("").refine(isIsoDate, message);
}

/** A date that may be left blank: null when blank (or missing, or null), else a date that exists. */
export function optionalIsoDate(message: string) {
  return optionalText(10, message).refine((v) => v === null || isIsoDate(v), message);
}

/**
 * An amount in whole kronor as a person types it ("150000", "150 000", "150 000 kr"), or as a
 * number: blank is null; anything else must be a whole number of kronor within the domain's
 * bounds (`isWholeKronor`).
 */
export function kronor(message: string) {
  return z
    .union([z.number(), z.string(), z.null()], { error: message })
    .optional()
    .transform((v, ctx): number | null => {
      if (v === undefined || v === null) return null;
      if (typeof v === "number") return v;
      const digits = v.replace(/\s/g, "").replace(/kr$/i, "");
      if (digits === "") return null;
      if (/^\d{1,10}$/.test(digits)) return Number(digits);
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    })
    .refine((v) => v === null || isWholeKronor(v), message);
}

/**
 * Checkbox lists and repeated fields: a field sent once is a string, several times a list,
 * not at all nothing. Read as a list either way.
 */
export function list<T extends z.ZodType>(item: T) {
  // A value sent once is a string, several times a list (a checkbox group), never anything else.
  return z.preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), z.array(item, { error: FORM_ERROR })) as unknown as z.ZodType<z.output<T>[], z.input<T>[] | z.input<T> | undefined>;
}

/** Checkbox lists and repeated fields of text (the list's values are checked by the schema that uses them). */
export function strings(message: string = FORM_ERROR) {
  return list(z.string({ error: message }));
}

/** A checkbox: ticked ("1", "on", "yes" or true) or not (anything else, or missing). */
export function checkbox() {
  return z
    .union([z.boolean(), z.string(), z.array(z.string())], { error: FORM_ERROR })
    .optional()
    .transform((v) => {
      const value = Array.isArray(v) ? v.at(-1) : v;
      return value === true || value === "1" || value === "on" || value === "yes";
    });
}

/**
 * A form with several buttons, each sending its `intent`: the one pressed picks the schema of
 * what is sent with it; a form sent without one is `fallback`'s.
 */
export function intents<const O extends readonly [z.ZodObject<{ intent: z.ZodLiteral<string> }>, ...z.ZodObject<{ intent: z.ZodLiteral<string> }>[]]>(fallback: z.output<O[number]>["intent"], options: O) {
  return z.preprocess((v) => (typeof v === "object" && v !== null && !(v as { intent?: unknown }).intent ? { ...v, intent: fallback } : v), z.discriminatedUnion("intent", options, { error: "appl.error.form" }));
}

/**
 * For a refinement across fields (`.superRefine(rule, whenRead("outcome", "amount"))`): it runs
 * when the fields it reads were read without a problem, whatever else is wrong, so that every
 * problem is answered at once.
 */
export function whenRead(...fields: string[]) {
  return { when: (payload: z.core.ParsePayload) => typeof payload.value === "object" && payload.value !== null && !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))) };
}

/** The first message for each field, by the issue's path joined with "_" (`responsibilities_2_theme`); an issue of the whole input is "form". */
export function problemsByField(error: z.ZodError, fieldOf: (path: readonly PropertyKey[]) => string = joinedPath): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    if (!(field in problems)) problems[field] = issue.message;
  }
  return problems;
}

export function joinedPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "form" : path.map(String).join("_");
}
