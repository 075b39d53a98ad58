/**
 * Server-side form parsing with zod. On failure the action returns the errors (as message
 * keys, translated when rendered) together with what was typed, so nothing is lost.
 */
import type { z } from "zod";
import type { MessageKey } from "#src/text/index.ts";

export type FieldErrors = Record<string, MessageKey>;

export interface FormFailure {
  ok: false;
  errors: FieldErrors;
  values: Record<string, string>;
}

export function formValues(formData: FormData, omit: string[] = ["_csrf"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key)) values[key] = value;
  }
  return values;
}

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData, keepOut: string[] = []): { ok: true; data: z.infer<S> } | FormFailure {
  const values = formValues(formData);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (!errors[field]) errors[field] = issue.message as MessageKey;
  }
  for (const key of keepOut) delete values[key];
  return { ok: false, errors, values };
}
