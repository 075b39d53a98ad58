/**
 * What the learning pages send (issue 12): the library's search (a GET form: the query is in the
 * address), a lesson written by hand, the comparison's choice, the network's filter, a network
 * meeting, its invitations and notes. The messages are keys of src/text/learning.ts.
 */
import { z } from "zod";
import { SIZE_BANDS, LESSON_LIMITS, SEARCH_LIMITS, LESSON_SOURCES } from "#src/domain/learning/library.ts";
import { MEETING_LIMITS } from "#src/domain/learning/network.ts";
import { isUuid } from "#src/domain/ids.ts";
import { FORM_ERROR, isoDate, optionalUuid, strings, text, uuid } from "../shared/schema.ts";

/** A query-string value: the first when sent twice; anything unknown reads as no filter. */
const pick = <T extends string>(ok: (v: string) => v is T) =>
  z
    .unknown()
    .optional()
    .transform((v) => {
      const first = Array.isArray(v) ? v[0] : v;
      return typeof first === "string" && ok(first) ? first : null;
    });

const anyOf = <T extends string>(list: readonly T[]) => (v: string): v is T => (list as readonly string[]).includes(v);
const uuidValue = (v: string): v is string => isUuid(v);
const nonEmpty = (v: string): v is string => v.trim().length > 0 && v.length <= SEARCH_LIMITS.inputLength;
const PHASES = ["samarbete", "utforande", "resultat", "avslutad"] as const;

/** The library's search form (GET): `q` the words, then the filters. Never fails: a bad filter is no filter. */
export const lessonSearchSchema = z.object({
  q: pick(nonEmpty),
  omrade: pick(uuidValue),
  tema: pick((v: string): v is string => /^[a-z_]{1,40}$/.test(v)),
  fas: pick(anyOf(PHASES)),
  storlek: pick(anyOf(SIZE_BANDS)),
  kalla: pick(anyOf(LESSON_SOURCES)),
  sida: pick((v: string): v is string => /^[1-9]\d{0,3}$/.test(v)),
});
export type LessonSearchInput = z.input<typeof lessonSearchSchema>;

/** A lesson written by hand on a process. */
export const lessonSchema = z.object({
  title: text(LESSON_LIMITS.title, "learning.error.titleTooLong", "learning.error.title"),
  body: text(LESSON_LIMITS.body, "learning.error.bodyTooLong", "learning.error.body"),
  submissionKey: optionalUuid(FORM_ERROR),
});
export type LessonInput = z.input<typeof lessonSchema>;

/** The comparison's choice (GET): the processes ticked (`p`, several), and the list's filters. */
export const comparisonSchema = z.object({
  p: z
    .unknown()
    .optional()
    .transform((v) => [...new Set((Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === "string" && isUuid(x)))]),
  omrade: pick(uuidValue),
  fas: pick(anyOf(PHASES)),
});
export type ComparisonInput = z.input<typeof comparisonSchema>;

/** The network's filter (GET): the actor's type, the process's area, the process. */
export const networkFilterSchema = z.object({
  typ: pick((v: string): v is string => /^[a-z_]{1,40}$/.test(v)),
  omrade: pick(uuidValue),
  process: pick(uuidValue),
});
export type NetworkFilterInput = z.input<typeof networkFilterSchema>;

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;
const time = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .prefault("")
    .refine((v) => TIME.test(v), message)
    .transform((v) => {
      const [, h, m] = TIME.exec(v)!;
      return `${h!.padStart(2, "0")}:${m}`;
    });

/** A network meeting: its title, day, time from and to (Swedish local time), place and agenda. */
export const meetingSchema = z.object({
  title: text(MEETING_LIMITS.title, "network.error.titleTooLong", "network.error.title"),
  date: isoDate("network.error.date"),
  startTime: time("network.error.time"),
  endTime: time("network.error.time"),
  place: text(MEETING_LIMITS.place, "network.error.placeTooLong", "network.error.place"),
  agenda: text(MEETING_LIMITS.agenda, "network.error.agendaTooLong"),
  submissionKey: optionalUuid(FORM_ERROR),
});
export type MeetingInput = z.input<typeof meetingSchema>;

/** The actors chosen for an invitation: mapped actors' ids (at least one). */
export const invitationSchema = z.object({
  actorIds: strings("network.error.actors")
    .refine((ids) => ids.every(isUuid), "network.error.actors")
    .refine((ids) => ids.length > 0, "network.error.actors")
    .refine((ids) => ids.length <= 200, "network.error.tooMany"),
});
export type InvitationInput = z.input<typeof invitationSchema>;

/** The notes after a meeting. */
export const meetingNotesSchema = z.object({
  notes: text(MEETING_LIMITS.notes, "network.error.notesTooLong"),
});
export type MeetingNotesInput = z.input<typeof meetingNotesSchema>;

/** A meeting's notes made a lesson of a process. */
export const meetingLessonSchema = z.object({
  caseId: uuid("network.error.process"),
  title: text(LESSON_LIMITS.title, "learning.error.titleTooLong", "learning.error.title"),
});
export type MeetingLessonInput = z.input<typeof meetingLessonSchema>;
