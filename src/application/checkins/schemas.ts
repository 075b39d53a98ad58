/**
 * What the check-in forms send (issue 12): a schedule (once or recurring), a new time or place,
 * the notes, an agenda point, an agreed action, an action marked done. Dates and times are
 * Swedish local time as the form has them; the use case reads them into moments. The messages
 * are keys of the catalogue src/text/checkins.ts; the rules are the domain's
 * (src/domain/checkins/checkin.ts).
 */
import { z } from "zod";
import { CHECKIN_LIMITS, REPEATS } from "#src/domain/checkins/checkin.ts";
import { isoDate, optionalIsoDate, optionalText, optionalUuid, text, uuid, whenRead } from "../shared/schema.ts";

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;
/** "9.30", "09:30" → "09:30". */
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

/** A meeting link: a web address (http or https) only, so that no other kind of link is ever put on a page or in a calendar. */
const meetingLink = optionalText(CHECKIN_LIMITS.meetingLink, "checkin.error.linkTooLong").refine((v) => {
  if (v === null) return true;
  try {
    const url = new URL(v);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}, "checkin.error.link");

const whenShape = {
  date: isoDate("checkin.error.date"),
  startTime: time("checkin.error.time"),
  endTime: time("checkin.error.time"),
  place: optionalText(CHECKIN_LIMITS.place, "checkin.error.placeTooLong"),
  meetingLink,
};

type When = { date: string; startTime: string; endTime: string; place: string | null; meetingLink: string | null };

function checkTimes(v: Pick<When, "startTime" | "endTime">, ctx: z.core.$RefinementCtx) {
  if (v.endTime <= v.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "checkin.error.endBeforeStart" });
}

function checkWhere(v: Pick<When, "place" | "meetingLink">, ctx: z.core.$RefinementCtx) {
  if (v.place === null && v.meetingLink === null) ctx.addIssue({ code: "custom", path: ["place"], message: "checkin.error.whereMissing" });
}

// Each check across fields runs when the fields it reads were read, so that every problem is answered at once.
const TIMES = whenRead("startTime", "endTime");
const WHERE = whenRead("place", "meetingLink");

/** The agenda as the schedule form has it: one point a line (or the points as a list, as the output gives them); blank lines are left out. */
const agendaLines = z
  .union([z.string(), z.array(z.string())], { error: "checkin.error.agendaTooLong" })
  .prefault("")
  .transform((v) =>
    (Array.isArray(v) ? v : v.split(/\r?\n/))
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  )
  .refine((lines) => lines.length <= CHECKIN_LIMITS.agendaPoints && lines.every((line) => line.length <= CHECKIN_LIMITS.agendaPoint), "checkin.error.agendaTooLong");

/** A count of weeks as typed: blank is none. */
const weeks = z
  .union([z.string(), z.number(), z.null()], { error: "checkin.error.everyWeeks" })
  .optional()
  .transform((v, ctx): number | null => {
    if (v === undefined || v === null) return null;
    if (typeof v === "number") return v;
    const s = v.trim();
    if (s === "") return null;
    if (/^\d{1,2}$/.test(s)) return Number(s);
    ctx.addIssue({ code: "custom", message: "checkin.error.everyWeeks" });
    return z.NEVER;
  });

/** A new check-in: its title, time and place, its first agenda, and how it repeats. */
export const scheduleCheckinSchema = z
  .object({
    submissionKey: uuid("appl.error.form"),
    title: text(CHECKIN_LIMITS.title, "checkin.error.titleTooLong", "checkin.error.title"),
    ...whenShape,
    agenda: agendaLines,
    repeat: z.enum(REPEATS, { error: "checkin.error.repeat" }).prefault("ingen"),
    everyWeeks: weeks,
    until: optionalIsoDate("checkin.error.until"),
  })
  .superRefine(checkTimes, TIMES)
  .superRefine(checkWhere, WHERE);
export type ScheduleCheckinInput = z.input<typeof scheduleCheckinSchema>;

/** A check-in moved: its new day, time and place. */
export const moveCheckinSchema = z.object(whenShape).superRefine(checkTimes, TIMES).superRefine(checkWhere, WHERE);
export type MoveCheckinInput = z.input<typeof moveCheckinSchema>;

/** The notes written after the check-in. */
export const checkinNotesSchema = z.object({ notes: text(CHECKIN_LIMITS.notes, "checkin.error.notesTooLong") });
export type CheckinNotesInput = z.input<typeof checkinNotesSchema>;

/** A point added to the agenda. */
export const agendaPointSchema = z.object({
  body: text(CHECKIN_LIMITS.agendaPoint, "checkin.error.pointTooLong", "checkin.error.point"),
  submissionKey: optionalUuid("appl.error.form"),
});
export type AgendaPointInput = z.input<typeof agendaPointSchema>;

/** An agreed action: what, who (a person of the process chosen, or a name written), by when. */
export const checkinActionSchema = z
  .object({
    title: text(CHECKIN_LIMITS.action, "checkin.error.actionTooLong", "checkin.error.action"),
    ownerUserId: optionalUuid("checkin.error.owner"),
    ownerName: optionalText(CHECKIN_LIMITS.ownerName, "checkin.error.ownerNameTooLong"),
    dueOn: isoDate("checkin.error.dueOn"),
    submissionKey: optionalUuid("appl.error.form"),
  })
  .superRefine((v, ctx) => {
    if (v.ownerUserId === null && v.ownerName === null) ctx.addIssue({ code: "custom", path: ["ownerUserId"], message: "checkin.error.ownerMissing" });
    else if (v.ownerUserId !== null && v.ownerName !== null) ctx.addIssue({ code: "custom", path: ["ownerName"], message: "checkin.error.ownerBoth" });
  }, whenRead("ownerUserId", "ownerName"));
export type CheckinActionInput = z.input<typeof checkinActionSchema>;

/** An action marked done ("1") or not done again ("0"). */
export const actionDoneSchema = z.object({
  actionId: uuid("appl.error.form"),
  done: z.enum(["1", "0"], { error: "appl.error.form" }),
});
export type ActionDoneInput = z.input<typeof actionDoneSchema>;
