/**
 * What the case pages send: a message on a case (or a request to complete the application, or
 * the answer to one), the case's contact person chosen on its page, and the case list's filters
 * in its address. The messages are keys of the message catalogues.
 *
 * Who may post which kind of message, and the contact persons a case may have, the use cases
 * know (the access policy and the committee's staff).
 */
import { z } from "zod";
import { CASE_STATUSES } from "#src/domain/case/lifecycle.ts";
import { PHASES } from "#src/domain/case/phase.ts";
import { FORM_ERROR, intents, optionalUuid, text, uuid } from "../shared/schema.ts";
import type { CaseMessageKind } from "./ports.ts";

/** The longest message, in characters. */
export const MESSAGE_MAX_LENGTH = 20_000;

const MESSAGE_KINDS = ["meddelande", "begaran_om_komplettering", "komplettering"] as const satisfies readonly CaseMessageKind[];

/** A message on a case, of its kind, once per submission key. */
export const caseMessageSchema = z.object({
  kind: z.enum(MESSAGE_KINDS, { error: FORM_ERROR }),
  body: text(MESSAGE_MAX_LENGTH, "messages.error.tooLong", "messages.error.empty"),
  submissionKey: uuid(FORM_ERROR),
});

/** The case page's forms: a message (each kind has its form, without a button's intent), or the case's contact person (none: blank). */
export const casePageActionSchema = intents("message", [
  z.object({ intent: z.literal("message"), ...caseMessageSchema.shape }),
  z.object({ intent: z.literal("contactPerson"), contactPersonId: optionalUuid("contactPerson.error") }),
]);

/** A choice of a filter: one of its values, or all (blank or missing). */
const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.preprocess((v) => (v === "" ? undefined : v), z.enum(values, { error: FORM_ERROR }).optional());

/**
 * The case list's address: the status, the phase and the committee (by its code; one no
 * committee has is ignored by the use case) to show, and the order (greatest need first, or the
 * latest change). A value the page does not offer is read as not given (`parseQuery`).
 */
export const caseListQuerySchema = z.object({
  status: choice(CASE_STATUSES),
  phase: choice(PHASES),
  committeeCode: z.preprocess((v) => (v === "" ? undefined : v), z.string({ error: FORM_ERROR }).optional()),
  order: choice(["behov", "senast"]),
});
