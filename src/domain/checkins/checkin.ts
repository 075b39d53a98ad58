/**
 * Avstämningar: the check-ins the contact person holds with the responsible group during the
 * execution (seed 002: "Kontaktperson ansvarar för att under utförandefasen genomföra
 * avstämningar med ansvarig grupp"), and the actions agreed at them (överenskomna åtgärder).
 *
 * - A check-in is scheduled once or on a recurring schedule (every N weeks, or monthly, until a
 *   date, at most `CHECKIN_LIMITS.occurrencesMax` times): `occurrenceDates`. Each occurrence is a
 *   check-in of its own, moved or cancelled alone.
 * - Who does what (`checkinRights`): everyone who works in the process (`process.work`) reads
 *   everything and adds agenda points; the city's side (the contact person or the case officer of
 *   the committee) schedules, moves, cancels, writes the notes and records the agreed actions; an
 *   action is marked done by the city's side, or by the group when it is the group's (its owner is
 *   a user of the group, or a person named in words). Nothing changes once the process is closed.
 * - Reminders (`reminderOccasions`): before a check-in (`CHECKIN_REMINDER_DAYS` before its start),
 *   before an action is due (`ACTION_REMINDER_DAYS` before its day) and once when it is overdue
 *   (from the day after). Each reminder is named by an occasion that carries the time it is about,
 *   so that a moved check-in is reminded again at its new time and each reminder goes once.
 *
 * Pure: the use cases gather the facts (times as moments, dates in Sweden) and record what these allow.
 */
import type { Phase } from "../case/phase.ts";
import { isIsoDate, swedishDay } from "../dates.ts";
import { fail, ok, type Result } from "../result.ts";

export const CHECKIN_LIMITS = {
  title: 200,
  place: 300,
  meetingLink: 500,
  agendaPoint: 1_000,
  agendaPoints: 30,
  notes: 20_000,
  action: 500,
  ownerName: 200,
  /** A recurring schedule makes at most this many check-ins (a good year of every other week). */
  occurrencesMax: 26,
  /** The longest gap of a weekly schedule, in weeks. */
  everyWeeksMax: 12,
} as const;

/** The days before a check-in that its reminder goes. */
export const CHECKIN_REMINDER_DAYS = 2;
/** The days before an action's due date that its reminder goes. */
export const ACTION_REMINDER_DAYS = 3;

export const CHECKIN_STATUSES = ["planerad", "installd"] as const;
export type CheckinStatus = (typeof CHECKIN_STATUSES)[number];

/** How a schedule repeats: not at all, every N weeks, or monthly on the same day of the month. */
export const REPEATS = ["ingen", "veckor", "manad"] as const;
export type Repeat = (typeof REPEATS)[number];

/** The phases in which a process holds check-ins: from the samarbetsfas (meetings on the dialogue) through the resultatfas. Closed is read-only. */
export const CHECKIN_PHASES = ["samarbete", "utforande", "resultat"] as const satisfies readonly Phase[];

export function isCheckinPhase(phase: Phase): boolean {
  return (CHECKIN_PHASES as readonly Phase[]).includes(phase);
}

/** A process whose check-ins can be shown: one that runs or has run (closed ones are read-only). */
export function hasCheckins(phase: Phase): boolean {
  return isCheckinPhase(phase) || phase === "avslutad";
}

export interface CheckinRights {
  /** Schedule, move and cancel check-ins, write the notes, record agreed actions. */
  lead: boolean;
  /** Add points to the agenda of a planned check-in. */
  addAgenda: boolean;
}

/**
 * What a reader of the check-ins may change. `works`: the reader works in the process
 * (`process.work`); `cityStaff`: and is the city's side of it (the contact person or the case
 * officer of its committee).
 */
export function checkinRights(facts: { works: boolean; cityStaff: boolean; phase: Phase }): CheckinRights {
  const open = facts.works && isCheckinPhase(facts.phase);
  return { lead: open && facts.cityStaff, addAgenda: open };
}

/** Whose an action is: a user of the group, a member of the city's staff, or a person named in words. */
export type OwnerSide = "grupp" | "stad" | "namngiven";

/** Whether the reader may mark an action done (or not done again): the city's side always; the group when the action is the group's. */
export function mayMarkDone(facts: { works: boolean; cityStaff: boolean; phase: Phase; owner: OwnerSide }): boolean {
  if (!facts.works || !isCheckinPhase(facts.phase)) return false;
  return facts.cityStaff || facts.owner !== "stad";
}

/** A check-in is moved or cancelled while it is planned and not yet over; one held keeps its time (its notes say what happened). */
export function mayReschedule(checkin: { status: CheckinStatus; endsAt: Date }, now: Date): boolean {
  return checkin.status === "planerad" && checkin.endsAt.getTime() > now.getTime();
}

/** A check-in's agenda can grow while it is planned (also after it was held: points raised at it). */
export function mayAddAgendaPoint(status: CheckinStatus): boolean {
  return status === "planerad";
}

export type ScheduleProblem = "untilMissing" | "untilBeforeStart" | "tooMany" | "everyWeeks" | "date";

/** The last day of a month (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The date `months` months after `first`, on the same day of the month or the month's last day when it is shorter (31 January → 28 February). */
function plusMonths(first: string, months: number): string {
  const [y, m, d] = first.split("-").map(Number) as [number, number, number];
  const index = m - 1 + months;
  const year = y + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The dates (in Sweden) of a schedule's check-ins: the first date alone, or every `everyWeeks`
 * weeks, or every month on the same day, up to and including `until`. Refused when the end is
 * missing or before the start, or when the schedule would make more than `occurrencesMax`
 * check-ins (said rather than cut short, so nobody believes a year is planned when half is).
 */
export function occurrenceDates(schedule: { firstDate: string; repeat: Repeat; everyWeeks: number | null; until: string | null }): Result<string[], ScheduleProblem> {
  const { firstDate, repeat, until } = schedule;
  if (!isIsoDate(firstDate)) return fail("date");
  if (repeat === "ingen") return ok([firstDate]);
  if (until === null || !isIsoDate(until)) return fail("untilMissing");
  if (until < firstDate) return fail("untilBeforeStart");
  const every = schedule.everyWeeks ?? 1;
  if (repeat === "veckor" && (!Number.isInteger(every) || every < 1 || every > CHECKIN_LIMITS.everyWeeksMax)) return fail("everyWeeks");
  const dates: string[] = [];
  for (let i = 0; ; i++) {
    const date = repeat === "veckor" ? plusDays(firstDate, 7 * every * i) : plusMonths(firstDate, i);
    if (date > until) break;
    if (dates.length === CHECKIN_LIMITS.occurrencesMax) return fail("tooMany");
    dates.push(date);
  }
  return ok(dates);
}

/** An action's state on a day in Sweden: done, overdue (its due date has passed), or open. */
export type ActionState = "klar" | "forsenad" | "oppen";

export function actionState(action: { dueOn: string; done: boolean }, today: string): ActionState {
  if (action.done) return "klar";
  return action.dueOn < today ? "forsenad" : "oppen";
}

/** A check-in as the reminders read it. */
export interface CheckinReminderFacts {
  id: string;
  startsAt: Date;
  status: CheckinStatus;
  phase: Phase;
}

/** An action as the reminders read it. */
export interface ActionReminderFacts {
  id: string;
  dueOn: string;
  done: boolean;
  /** The check-in it was agreed at is cancelled: its actions stand all the same. */
  phase: Phase;
}

export const REMINDER_KINDS = ["avstamning", "atgard"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** What a reminder is about: a coming check-in, an action soon due, or an overdue action. */
export type ReminderReason = "checkin_soon" | "action_soon" | "action_overdue";

export interface DueReminder {
  kind: ReminderKind;
  reason: ReminderReason;
  subjectId: string;
  /**
   * Names the reminder for the log (reminder_sent): with the time it is about, so that a check-in
   * moved to a new time is reminded again, and the same reminder never twice.
   */
  occasion: string;
}

const DAY_MS = 86_400_000;

/**
 * The reminders due at `now`:
 * - a planned check-in of a running process, from `CHECKIN_REMINDER_DAYS` days before its start
 *   until it starts (occasion `fore:<start in UTC>`);
 * - an open action of a running process, from `ACTION_REMINDER_DAYS` days before its due date
 *   through that day (occasion `fore:<due date>`), and from the day after it, once, that it is
 *   overdue (occasion `forsenad:<due date>`).
 * A cancelled check-in, a done action and anything of a closed process get none. Which of them
 * were sent already is the reminder log's to say.
 */
export function reminderOccasions(facts: { checkins: readonly CheckinReminderFacts[]; actions: readonly ActionReminderFacts[] }, now: Date): DueReminder[] {
  const due: DueReminder[] = [];
  for (const c of facts.checkins) {
    if (c.status !== "planerad" || !isCheckinPhase(c.phase)) continue;
    const start = c.startsAt.getTime();
    if (now.getTime() >= start - CHECKIN_REMINDER_DAYS * DAY_MS && now.getTime() < start)
      due.push({ kind: "avstamning", reason: "checkin_soon", subjectId: c.id, occasion: `fore:${c.startsAt.toISOString()}` });
  }
  const today = swedishDay(now);
  for (const a of facts.actions) {
    if (a.done || !isCheckinPhase(a.phase)) continue;
    if (a.dueOn < today) due.push({ kind: "atgard", reason: "action_overdue", subjectId: a.id, occasion: `forsenad:${a.dueOn}` });
    else if (plusDays(a.dueOn, -ACTION_REMINDER_DAYS) <= today) due.push({ kind: "atgard", reason: "action_soon", subjectId: a.id, occasion: `fore:${a.dueOn}` });
  }
  return due;
}

/** The window the sweep reads: check-ins starting before this moment may be due for a reminder. */
export function checkinReminderHorizon(now: Date): Date {
  return new Date(now.getTime() + CHECKIN_REMINDER_DAYS * DAY_MS);
}

/** The window the sweep reads: open actions due on or before this day may be due for a reminder. */
export function actionReminderHorizon(now: Date): string {
  return plusDays(swedishDay(now), ACTION_REMINDER_DAYS);
}
