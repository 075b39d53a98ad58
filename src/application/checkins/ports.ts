/**
 * Ports of the check-ins (avstämningar, issue 12): the tables of check-ins, their agenda points
 * and agreed actions (src/adapters/db/repositories/checkins.ts), the calendar files (the `ics`
 * package) and the reminder mail's wording (the message catalogues).
 */
import type { Phase } from "#src/domain/case/phase.ts";
import type { CheckinStatus, OwnerSide } from "#src/domain/checkins/checkin.ts";

/** A check-in's time and place as scheduled or moved. */
export interface CheckinTime {
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  meetingLink: string | null;
}

export interface AgendaPointRecord {
  id: string;
  body: string;
  addedByName: string | null;
  /** The point was added by the group (a user of an applicant organisation), not the city. */
  addedByGroup: boolean;
  createdAt: Date;
}

export interface ActionRecord {
  id: string;
  checkinId: string;
  title: string;
  ownerUserId: string | null;
  /** The owner's name: the user's, or the name written. */
  ownerName: string;
  ownerSide: OwnerSide;
  dueOn: string;
  doneAt: Date | null;
  doneByName: string | null;
}

export interface CheckinRecord extends CheckinTime {
  id: string;
  caseId: string;
  seriesId: string | null;
  title: string;
  status: CheckinStatus;
  sequence: number;
  notes: string;
  notesAt: Date | null;
  notesByName: string | null;
  createdBy: string | null;
  updatedAt: Date;
}

export interface CheckinWithDetails extends CheckinRecord {
  agenda: AgendaPointRecord[];
  actions: ActionRecord[];
}

export interface NewCheckin extends CheckinTime {
  caseId: string;
  seriesId: string | null;
  occurrence: number;
  title: string;
  submissionKey: string | null;
  createdBy: string;
  at: Date;
}

/** A person an action can be given to: a user of the group or one of the city's staff of the process. */
export interface ProcessPerson {
  id: string;
  name: string;
  side: "grupp" | "stad";
}

/** A check-in due for a reminder, with what its mail says and whom it goes to. */
export interface CheckinForReminder extends CheckinTime {
  id: string;
  caseId: string;
  title: string;
  status: CheckinStatus;
  phase: Phase;
  processTitle: string;
  caseNumber: string | null;
  agenda: string[];
  recipients: string[];
}

export interface ActionForReminder {
  id: string;
  checkinId: string;
  caseId: string;
  title: string;
  ownerName: string;
  dueOn: string;
  done: boolean;
  phase: Phase;
  processTitle: string;
  caseNumber: string | null;
  recipients: string[];
}

export interface CheckinRepository {
  /** The process's check-ins by start, with their agenda points and actions (three queries, however many). */
  list(caseId: string): Promise<CheckinWithDetails[]>;
  /** One check-in of the process, with its agenda and actions; undefined if it is not the process's. */
  find(caseId: string, checkinId: string, opts?: { forUpdate?: boolean }): Promise<CheckinWithDetails | undefined>;
  /** The check-ins a form with this submission key made, in order (empty when none). */
  bySubmissionKey(submissionKey: string): Promise<Array<{ id: string; caseId: string }>>;
  create(checkin: NewCheckin): Promise<string>;
  /** A new time or place; the calendar file's sequence goes up by one. */
  move(checkinId: string, time: CheckinTime, at: Date): Promise<void>;
  /** Cancelled; the calendar file's sequence goes up by one. */
  cancel(checkinId: string, at: Date): Promise<void>;
  setNotes(checkinId: string, notes: string, by: string, at: Date): Promise<void>;
  /** Adds a point once per submission key: a second call with the same key adds nothing and answers false. */
  addAgendaPoint(checkinId: string, body: string, by: string, submissionKey: string | null): Promise<boolean>;
  /** Adds an action once per submission key; answers its id (the first one's, for a key used before). */
  addAction(action: { checkinId: string; caseId: string; title: string; ownerUserId: string | null; ownerName: string | null; dueOn: string; submissionKey: string | null; createdBy: string }): Promise<{ id: string; created: boolean }>;
  /** Marks done (or not done, `at` null). */
  setActionDone(actionId: string, at: Date | null, by: string | null): Promise<void>;
  /** The people of the process an action can be given to: the group's users and the committee's contact persons and case officers. */
  people(caseId: string, committeeId: string): Promise<ProcessPerson[]>;
  /** Who is told when the check-in is moved or cancelled (see CheckinAudience); undefined if it is not the process's. */
  audience(caseId: string, checkinId: string): Promise<CheckinAudience | undefined>;
  /** Planned check-ins of running processes starting from `from` up to and including `to`, with their recipients (a constant number of queries). */
  checkinsForReminders(from: Date, to: Date): Promise<CheckinForReminder[]>;
  /** Open actions of running processes due on or before the day, with their recipients. */
  actionsForReminders(dueBy: string): Promise<ActionForReminder[]>;
}

/** One event of a check-in's calendar file. Times are moments (written in UTC). */
export interface CheckinCalendarEvent {
  uid: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  url: string;
  sequence: number;
  cancelled: boolean;
  updatedAt: Date;
}

/** Writes an iCalendar file (RFC 5545) of one or more events; text from users stays text. */
export interface CheckinCalendarWriter {
  calendar(events: readonly CheckinCalendarEvent[], name: string): string;
}

/** The wording of the reminder mail (the edges word it from the catalogues; the use case knows no text). */
export interface CheckinReminderText {
  checkinSubject(a: { processTitle: string; startsAt: Date }): string;
  checkinBody(a: { processTitle: string; caseNumber: string | null; title: string; startsAt: Date; endsAt: Date; place: string | null; meetingLink: string | null; agenda: string[]; link: string }): string;
  actionSubject(a: { processTitle: string; title: string; dueOn: string; overdue: boolean }): string;
  actionBody(a: { processTitle: string; caseNumber: string | null; title: string; ownerName: string; dueOn: string; overdue: boolean; link: string }): string;
  /** A check-in moved (`before` is its old time) or cancelled, told to everyone it concerns. */
  changeSubject(a: { processTitle: string; startsAt: Date; cancelled: boolean }): string;
  changeBody(a: { processTitle: string; caseNumber: string | null; title: string; startsAt: Date; endsAt: Date; before: { startsAt: Date; endsAt: Date } | null; place: string | null; meetingLink: string | null; link: string }): string;
}

/** Whom a change of a check-in is told to, and the process's name for the mail. */
export interface CheckinAudience {
  processTitle: string;
  caseNumber: string | null;
  /** The group's users, the case's contact person and whoever booked the check-in (each once). */
  recipients: string[];
}
