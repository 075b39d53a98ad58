/**
 * What the viewpoint forms send (issue 11): the public form on an activity's page, the group's
 * entry by hand, and moderation (hide with a reason, show again, redact with a reason). The
 * messages are keys of the message catalogues (src/text/viewpoints.ts).
 */
import { z } from "zod";
import { AREA_RELATIONS, isAgeBand, isAreaRelation, isLanguageCode, isSex, SWEDISH, type AgeBand, type AreaRelation, type Sex } from "#src/domain/dialogue/vocabulary.ts";
import { optionalText, optionalUuid, strings, text, uuid } from "../shared/schema.ts";

/** The public form's longest viewpoint. */
export const PUBLIC_VIEWPOINT_MAX = 2_000;
/** A viewpoint entered or imported by the group (a note from a walk may be longer). */
export const ENTERED_VIEWPOINT_MAX = 5_000;

const ageBand = optionalText(20, "vp.error.ageBand")
  .refine((v) => v === null || isAgeBand(v), "vp.error.ageBand")
  .transform((v) => v as AgeBand | null);
const sex = optionalText(20, "vp.error.sex")
  .refine((v) => v === null || isSex(v), "vp.error.sex")
  .transform((v) => v as Sex | null);
/** Any of lives, works, visits; each once, in the vocabulary's order. */
const relations = strings("vp.error.relations")
  .optional()
  .transform((list) => list ?? [])
  .refine((list) => list.every(isAreaRelation), "vp.error.relations")
  .transform((list) => AREA_RELATIONS.filter((r) => list.includes(r)) as AreaRelation[]);

/** The language it is written in: a language code, Swedish when not given (which languages Samverka offers, the services check). */
const language = optionalText(20, "vp.error.language")
  .refine((v) => v === null || isLanguageCode(v), "vp.error.language")
  .transform((v) => v ?? SWEDISH);

/** The optional questions, the same on every form. */
const about = { ageBand, sex, relations };

/** A resident's viewpoint on an activity's public page. The same key twice stores one viewpoint. */
export const publicViewpointSchema = z.object({
  submissionKey: uuid("vp.error.form"),
  body: text(PUBLIC_VIEWPOINT_MAX, "vp.error.bodyTooLong", "vp.error.body"),
  /** The page's language (`?sprak=`), set by the page, not typed. */
  language,
  ...about,
});
export type PublicViewpointInput = z.input<typeof publicViewpointSchema>;

/** A viewpoint the group enters by hand (from a walk, a meeting, a letter), on one of the process's activities or none. */
export const viewpointEntrySchema = z.object({
  submissionKey: uuid("vp.error.form"),
  body: text(ENTERED_VIEWPOINT_MAX, "vp.error.entryTooLong", "vp.error.body"),
  activityId: optionalUuid("vp.error.activity"),
  language,
  ...about,
});
export type ViewpointEntryInput = z.input<typeof viewpointEntrySchema>;

const reason = text(2_000, "vp.error.reasonTooLong", "vp.error.reason");

/** Moderation: hide (a reason), show again, or redact personal data (the new text and a reason). */
export const viewpointModerationSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("hide"), reason }),
    z.object({ intent: z.literal("show") }),
    z.object({ intent: z.literal("redact"), body: text(ENTERED_VIEWPOINT_MAX, "vp.error.entryTooLong", "vp.error.body"), reason }),
  ],
  { error: "vp.error.form" },
);
export type ViewpointModerationInput = z.input<typeof viewpointModerationSchema>;
