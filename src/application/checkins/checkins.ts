/**
 * Avstämningar (issue 12): the contact person schedules check-ins with the group (once or
 * recurring), moves or cancels each alone, writes the notes after it and records the agreed
 * actions; the group adds points to the agenda and marks its actions done. Each check-in has a
 * calendar file, and the process a calendar of all of them.
 *
 * Who may do what (src/domain/checkins/checkin.ts): only those who work in the process
 * (`process.work`) see the check-ins; the city's side of it (the contact person or case officer of
 * its committee) leads them. Anyone else is answered "not_found", so that a guessed id tells
 * nothing. A closed process is read-only. Each change is validated, audited and made in one
 * transaction; a form sent twice changes once (its submission key).
 */
import { randomUUID } from "node:crypto";
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { actionState, CHECKIN_LIMITS, checkinRights, hasCheckins, isCheckinPhase, mayAddAgendaPoint, mayMarkDone, mayReschedule, occurrenceDates, type ActionState, type CheckinRights, type Repeat } from "#src/domain/checkins/checkin.ts";
import { swedishDay } from "#src/domain/dates.ts";
import { stockholmMoment } from "#src/domain/dialogue/activity.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { CaseState } from "../cases/index.ts";
import type { AuditMeta, Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { ActionRecord, CheckinCalendarWriter, CheckinReminderText, CheckinTime, CheckinWithDetails, ProcessPerson } from "./ports.ts";
import { actionDoneSchema, agendaPointSchema, checkinActionSchema, checkinNotesSchema, moveCheckinSchema, scheduleCheckinSchema, type ActionDoneInput, type AgendaPointInput, type CheckinActionInput, type CheckinNotesInput, type MoveCheckinInput, type ScheduleCheckinInput } from "./schemas.ts";

/** not_found: no such process or check-in for this reader; not_allowed: the reader may see it but not do this; locked: the process is closed or the check-in cancelled. */
export type CheckinError = "not_found" | "invalid" | "not_allowed" | "locked";

export interface ActionView extends ActionRecord {
  state: ActionState;
  /** The reader may mark it done or not done. */
  mayMarkDone: boolean;
}

export interface CheckinView extends Omit<CheckinWithDetails, "actions"> {
  actions: ActionView[];
  /** It has ended (its end time has passed). */
  held: boolean;
  /** The reader may move or cancel it (the city's side, planned and not yet over). */
  mayReschedule: boolean;
}

interface ProcessFacts {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: Phase;
  may: CheckinRights;
  /** The day in Sweden, for "overdue". */
  today: string;
}

export interface CheckinsPage extends ProcessFacts {
  /** Planned and cancelled check-ins not yet ended, the next first. */
  coming: CheckinView[];
  /** Those that have ended, the latest first. */
  past: CheckinView[];
  /** The actions not yet done, by due date, overdue first. */
  openActions: Array<ActionView & { checkinTitle: string; checkinStartsAt: Date }>;
}

export interface CheckinPage extends ProcessFacts {
  checkin: CheckinView;
  /** The people an action can be given to (for the city's side only). */
  people: ProcessPerson[];
}

export interface CalendarFile {
  filename: string;
  body: string;
}

const base = (url: string) => (url.endsWith("/") ? url : `${url}/`);

export function checkinLink(publicUrl: string, caseId: string, checkinId: string): string {
  return new URL(`arenden/${caseId}/process/avstamningar/${checkinId}`, base(publicUrl)).toString();
}

/** The city's side of a process: its contact person or a case officer of its committee (`process.work` for staff). */
function isCityStaff(actor: Actor, state: CaseState): boolean {
  return (actor.role === "kontaktperson" || actor.role === "handlaggare") && can(actor, { action: "process.work", record: state });
}

export class CheckinService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #calendar: CheckinCalendarWriter;
  readonly #publicUrl: string;
  readonly #mail: { text: CheckinReminderText; nudge: () => void } | undefined;

  /** `mail`: how a moved or cancelled check-in is told to the people it concerns (without it, nobody is mailed). */
  constructor(deps: { uow: UnitOfWork; clock: Clock; calendar: CheckinCalendarWriter; publicUrl: string; mail?: { text: CheckinReminderText; nudge: () => void } }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#calendar = deps.calendar;
    this.#publicUrl = deps.publicUrl;
    this.#mail = deps.mail;
  }

  /**
   * Tells everyone a check-in concerns (the group, the contact person, who booked it; not the one
   * who made the change) that it moved or was cancelled, in the change's own transaction, with a
   * link to its page and new calendar file. Returns how many mails were written.
   */
  async #tellChange(r: Repositories, actor: Actor, caseId: string, c: { id: string; title: string; startsAt: Date; endsAt: Date; place: string | null; meetingLink: string | null }, before: { startsAt: Date; endsAt: Date } | null): Promise<number> {
    if (!this.#mail) return 0;
    const audience = await r.checkins.audience(caseId, c.id);
    if (!audience) return 0;
    const own = actor.email.toLowerCase();
    const to = audience.recipients.filter((e) => e.toLowerCase() !== own);
    const link = checkinLink(this.#publicUrl, caseId, c.id);
    const subject = this.#mail.text.changeSubject({ processTitle: audience.processTitle, startsAt: c.startsAt, cancelled: before === null });
    const text = this.#mail.text.changeBody({ processTitle: audience.processTitle, caseNumber: audience.caseNumber, title: c.title, startsAt: c.startsAt, endsAt: c.endsAt, before, place: c.place, meetingLink: c.meetingLink, link });
    for (const address of to) await r.outbox.enqueue({ to: address, subject, text, relatedEntity: `case:${caseId}`, at: this.#clock.now() });
    return to.length;
  }

  /** The process's state if the reader works in it and it has check-ins; undefined otherwise. */
  async #readable(r: Repositories, actor: Actor, caseId: string): Promise<{ state: CaseState; facts: ProcessFacts; cityStaff: boolean } | undefined> {
    const state = await r.cases.state(caseId);
    if (!state || !can(actor, { action: "process.work", record: state }) || !hasCheckins(state.phase)) return undefined;
    const found = await r.cases.find(caseId);
    if (!found) return undefined;
    const cityStaff = isCityStaff(actor, state);
    return {
      state,
      cityStaff,
      facts: { caseId, title: found.title, caseNumber: state.caseNumber, phase: state.phase, may: checkinRights({ works: true, cityStaff, phase: state.phase }), today: swedishDay(this.#clock.now()) },
    };
  }

  #view(c: CheckinWithDetails, facts: ProcessFacts, cityStaff: boolean, now: Date): CheckinView {
    return {
      ...c,
      held: c.endsAt.getTime() <= now.getTime(),
      mayReschedule: facts.may.lead && mayReschedule(c, now),
      actions: c.actions.map((a) => this.#actionView(a, facts, cityStaff)),
    };
  }

  #actionView(a: ActionRecord, facts: ProcessFacts, cityStaff: boolean): ActionView {
    return { ...a, state: actionState({ dueOn: a.dueOn, done: a.doneAt !== null }, facts.today), mayMarkDone: mayMarkDone({ works: true, cityStaff, phase: facts.phase, owner: a.ownerSide }) };
  }

  /** The process's check-ins, coming and past, and its open actions; undefined for those who do not work in it. */
  async list(actor: Actor, caseId: string): Promise<CheckinsPage | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const found = await this.#readable(r, actor, caseId);
      if (!found) return undefined;
      const now = this.#clock.now();
      const views = (await r.checkins.list(caseId)).map((c) => this.#view(c, found.facts, found.cityStaff, now));
      const openActions = views
        .flatMap((c) => c.actions.filter((a) => a.state !== "klar").map((a) => ({ ...a, checkinTitle: c.title, checkinStartsAt: c.startsAt })))
        .sort((a, b) => (a.dueOn === b.dueOn ? a.title.localeCompare(b.title, "sv") : a.dueOn < b.dueOn ? -1 : 1));
      return {
        ...found.facts,
        coming: views.filter((v) => !v.held),
        past: views.filter((v) => v.held).reverse(),
        openActions,
      };
    });
  }

  /** One check-in of the process, for those who work in it. */
  async checkin(actor: Actor, caseId: string, checkinId: string): Promise<CheckinPage | undefined> {
    if (!isUuid(caseId) || !isUuid(checkinId)) return undefined;
    return this.#uow.read(async (r) => {
      const found = await this.#readable(r, actor, caseId);
      if (!found) return undefined;
      const record = await r.checkins.find(caseId, checkinId);
      if (!record) return undefined;
      const people = found.facts.may.lead ? await r.checkins.people(caseId, found.state.committeeId) : [];
      return { ...found.facts, checkin: this.#view(record, found.facts, found.cityStaff, this.#clock.now()), people };
    });
  }

  /** The check-in's calendar file, for those who work in the process. */
  async calendarFile(actor: Actor, caseId: string, checkinId: string): Promise<CalendarFile | undefined> {
    const page = await this.checkin(actor, caseId, checkinId);
    if (!page) return undefined;
    return { filename: `avstamning-${page.checkin.startsAt.toISOString().slice(0, 10)}.ics`, body: this.#calendar.calendar([this.#event(page.checkin, page.title)], page.title) };
  }

  /** Every check-in of the process in one calendar file (cancelled ones marked so), for those who work in it. */
  async calendarFeed(actor: Actor, caseId: string): Promise<CalendarFile | undefined> {
    const page = await this.list(actor, caseId);
    if (!page) return undefined;
    const all = [...page.coming, ...page.past].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    return { filename: "avstamningar.ics", body: this.#calendar.calendar(all.map((c) => this.#event(c, page.title)), page.title) };
  }

  #event(c: CheckinView, processTitle: string) {
    const host = new URL(base(this.#publicUrl)).hostname;
    const url = checkinLink(this.#publicUrl, c.caseId, c.id);
    const agenda = c.agenda.map((p) => `- ${p.body}`).join("\n");
    return {
      uid: `avstamning-${c.id}@${host}`,
      title: `${c.title}: ${processTitle}`,
      description: [agenda, c.meetingLink ?? "", url].filter((s) => s !== "").join("\n\n"),
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      location: c.place ?? c.meetingLink,
      url,
      sequence: c.sequence,
      cancelled: c.status === "installd",
      updatedAt: c.updatedAt,
    };
  }

  /** Loads the process for a change: the reader works in it (else not_found), it runs (else locked), and for `lead` the reader is its city's side (else not_allowed). */
  async #forChange(r: Repositories, actor: Actor, caseId: string, need: "lead" | "work") {
    const state = await r.cases.state(caseId, { forUpdate: true });
    if (!state || !can(actor, { action: "process.work", record: state }) || !hasCheckins(state.phase)) return fail("not_found" as const);
    if (!isCheckinPhase(state.phase)) return fail("locked" as const);
    const cityStaff = isCityStaff(actor, state);
    if (need === "lead" && !cityStaff) return fail("not_allowed" as const);
    return ok({ state, cityStaff });
  }

  #audit(r: Repositories, actor: Actor, state: CaseState, meta: AuditMeta, entry: { action: string; entityType: string; entityId: string; before?: unknown; after?: unknown }) {
    return r.audit.append({ actor, ...entry, organisationId: state.applicantOrganisationId, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
  }

  /**
   * Schedules a check-in, or a series (every N weeks or monthly until a date): one check-in per
   * date, each with the same time of day, place and first agenda. The same form sent twice
   * schedules once.
   */
  async schedule(actor: Actor, caseId: string, input: ScheduleCheckinInput, meta: AuditMeta = {}): Promise<Result<{ ids: string[] }, CheckinError>> {
    if (!isUuid(caseId)) return fail("not_found");
    const parsed = scheduleCheckinSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const d = parsed.data;
    const dates = occurrenceDates({ firstDate: d.date, repeat: d.repeat as Repeat, everyWeeks: d.everyWeeks, until: d.until });
    if (!dates.ok) return fail("invalid", { [dates.error === "everyWeeks" ? "everyWeeks" : dates.error === "date" ? "date" : "until"]: `checkin.error.${dates.error}` });
    return this.#uow.transaction(async (r) => {
      const checked = await this.#forChange(r, actor, caseId, "lead");
      if (!checked.ok) return checked;
      const earlier = await r.checkins.bySubmissionKey(d.submissionKey);
      if (earlier.length) return earlier.every((e) => e.caseId === caseId) ? ok({ ids: earlier.map((e) => e.id) }) : fail("invalid");
      const at = this.#clock.now();
      const seriesId = dates.value.length > 1 ? randomUUID() : null;
      const ids: string[] = [];
      for (const [i, date] of dates.value.entries()) {
        const time = this.#time(date, d);
        const id = await r.checkins.create({ caseId, seriesId, occurrence: i + 1, title: d.title, ...time, submissionKey: d.submissionKey, createdBy: actor.userId, at });
        for (const point of d.agenda) await r.checkins.addAgendaPoint(id, point, actor.userId, null);
        ids.push(id);
      }
      await this.#audit(r, actor, checked.value.state, meta, {
        action: "checkin.schedule",
        entityType: "case",
        entityId: caseId,
        after: { checkinIds: ids, title: d.title, dates: dates.value, startTime: d.startTime, endTime: d.endTime, repeat: d.repeat, count: ids.length },
      });
      return ok({ ids });
    });
  }

  #time(date: string, d: { startTime: string; endTime: string; place: string | null; meetingLink: string | null }): CheckinTime {
    return { startsAt: stockholmMoment(date, d.startTime)!, endsAt: stockholmMoment(date, d.endTime)!, place: d.place, meetingLink: d.meetingLink };
  }

  /** Moves one check-in (a new day, time or place); its calendar file's sequence goes up, and its reminder follows the new time. */
  async move(actor: Actor, caseId: string, checkinId: string, input: MoveCheckinInput, meta: AuditMeta = {}): Promise<Result<{ id: string }, CheckinError>> {
    if (!isUuid(caseId) || !isUuid(checkinId)) return fail("not_found");
    const parsed = moveCheckinSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const time = this.#time(parsed.data.date, parsed.data);
    return this.#uow.transaction(async (r) => {
      const checked = await this.#forChange(r, actor, caseId, "lead");
      if (!checked.ok) return checked;
      const before = await r.checkins.find(caseId, checkinId, { forUpdate: true });
      if (!before) return fail("not_found");
      if (!mayReschedule(before, this.#clock.now())) return fail("locked");
      await r.checkins.move(checkinId, time, this.#clock.now());
      const told = await this.#tellChange(r, actor, caseId, { id: checkinId, title: before.title, ...time }, { startsAt: before.startsAt, endsAt: before.endsAt });
      await this.#audit(r, actor, checked.value.state, meta, {
        action: "checkin.move",
        entityType: "checkin",
        entityId: checkinId,
        before: { startsAt: before.startsAt, endsAt: before.endsAt, place: before.place, meetingLink: before.meetingLink },
        after: { caseId, title: before.title, ...time, told },
      });
      if (told > 0) this.#mail?.nudge();
      return ok({ id: checkinId });
    });
  }

  /** Cancels one check-in: it stays in the list, marked cancelled; its calendar file says so; it gets no reminder. */
  async cancel(actor: Actor, caseId: string, checkinId: string, meta: AuditMeta = {}): Promise<Result<{ id: string }, CheckinError>> {
    if (!isUuid(caseId) || !isUuid(checkinId)) return fail("not_found");
    return this.#uow.transaction(async (r) => {
      const checked = await this.#forChange(r, actor, caseId, "lead");
      if (!checked.ok) return checked;
      const before = await r.checkins.find(caseId, checkinId, { forUpdate: true });
      if (!before) return fail("not_found");
      if (before.status === "installd") return ok({ id: checkinId });
      if (!mayReschedule(before, this.#clock.now())) return fail("locked");
      await r.checkins.cancel(checkinId, this.#clock.now());
      const told = await this.#tellChange(r, actor, caseId, before, null);
      await this.#audit(r, actor, checked.value.state, meta, { action: "checkin.cancel", entityType: "checkin", entityId: checkinId, after: { caseId, title: before.title, startsAt: before.startsAt, told } });
      if (told > 0) this.#mail?.nudge();
      return ok({ id: checkinId });
    });
  }

  /** Writes the notes of a check-in (the city's side; docs/decisions/0029-check-ins.md). */
  async saveNotes(actor: Actor, caseId: string, checkinId: string, input: CheckinNotesInput, meta: AuditMeta = {}): Promise<Result<{ id: string }, CheckinError>> {
    if (!isUuid(caseId) || !isUuid(checkinId)) return fail("not_found");
    const parsed = checkinNotesSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#uow.transaction(async (r) => {
      const checked = await this.#forChange(r, actor, caseId, "lead");
      if (!checked.ok) return checked;
      const before = await r.checkins.find(caseId, checkinId, { forUpdate: true });
      if (!before) return fail("not_found");
      if (before.notes === parsed.data.notes) return ok({ id: checkinId });
      await r.checkins.setNotes(checkinId, parsed.data.notes, actor.userId, this.#clock.now());
      await this.#audit(r, actor, checked.value.state, meta, { action: "checkin.notes", entityType: "checkin", entityId: checkinId, before: { notes: before.notes }, after: { caseId, title: before.title, notes: parsed.data.notes } });
      return ok({ id: checkinId });
    });
  }

  /** Adds a point to the agenda of a planned check-in (everyone who works in the process); sent twice, it is added once. */
  async addAgendaPoint(actor: Actor, caseId: string, checkinId: string, input: AgendaPointInput, meta: AuditMeta = {}): Promise<Result<{ id: string }, CheckinError>> {
    if (!isUuid(caseId) || !isUuid(checkinId)) return fail("not_found");
    const parsed = agendaPointSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#uow.transaction(async (r) => {
      const checked = await this.#forChange(r, actor, caseId, "work");
      if (!checked.ok) return checked;
      const c = await r.checkins.find(caseId, checkinId);
      if (!c) return fail("not_found");
      if (!mayAddAgendaPoint(c.status)) return fail("locked");
      if (c.agenda.length >= CHECKIN_LIMITS.agendaPoints) return fail("invalid", { body: "checkin.error.agendaFull" });
      const added = await r.checkins.addAgendaPoint(checkinId, parsed.data.body, actor.userId, parsed.data.submissionKey);
      if (added) await this.#audit(r, actor, checked.value.state, meta, { action: "checkin.agenda.add", entityType: "checkin", entityId: checkinId, after: { caseId, title: c.title, point: parsed.data.body } });
      return ok({ id: checkinId });
    });
  }

  /** Records an agreed action with its owner (a person of the process, or a name) and due date; sent twice, it is recorded once. */
  async addAction(actor: Actor, caseId: string, checkinId: string, input: CheckinActionInput, meta: AuditMeta = {}): Promise<Result<{ actionId: string }, CheckinError>> {
    if (!isUuid(caseId) || !isUuid(checkinId)) return fail("not_found");
    const parsed = checkinActionSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const d = parsed.data;
    return this.#uow.transaction(async (r) => {
      const checked = await this.#forChange(r, actor, caseId, "lead");
      if (!checked.ok) return checked;
      const c = await r.checkins.find(caseId, checkinId);
      if (!c) return fail("not_found");
      if (d.ownerUserId !== null) {
        const people = await r.checkins.people(caseId, checked.value.state.committeeId);
        if (!people.some((p) => p.id === d.ownerUserId)) return fail("invalid", { ownerUserId: "checkin.error.owner" });
      }
      const made = await r.checkins.addAction({ checkinId, caseId, title: d.title, ownerUserId: d.ownerUserId, ownerName: d.ownerName, dueOn: d.dueOn, submissionKey: d.submissionKey, createdBy: actor.userId });
      if (made.created)
        await this.#audit(r, actor, checked.value.state, meta, { action: "checkin.action.add", entityType: "checkin_action", entityId: made.id, after: { caseId, checkinId, title: d.title, ownerUserId: d.ownerUserId, ownerName: d.ownerName, dueOn: d.dueOn } });
      return ok({ actionId: made.id });
    });
  }

  /** Marks an action done, or not done again: the city's side any action, the group its own. */
  async setActionDone(actor: Actor, caseId: string, checkinId: string, input: ActionDoneInput, meta: AuditMeta = {}): Promise<Result<{ actionId: string }, CheckinError>> {
    if (!isUuid(caseId) || !isUuid(checkinId)) return fail("not_found");
    const parsed = actionDoneSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const { actionId } = parsed.data;
    const done = parsed.data.done === "1";
    return this.#uow.transaction(async (r) => {
      const checked = await this.#forChange(r, actor, caseId, "work");
      if (!checked.ok) return checked;
      const c = await r.checkins.find(caseId, checkinId);
      const action = c?.actions.find((a) => a.id === actionId);
      if (!c || !action) return fail("not_found");
      if (!mayMarkDone({ works: true, cityStaff: checked.value.cityStaff, phase: checked.value.state.phase, owner: action.ownerSide })) return fail("not_allowed");
      if ((action.doneAt !== null) === done) return ok({ actionId });
      const at = this.#clock.now();
      await r.checkins.setActionDone(actionId, done ? at : null, done ? actor.userId : null);
      await this.#audit(r, actor, checked.value.state, meta, { action: done ? "checkin.action.done" : "checkin.action.reopen", entityType: "checkin_action", entityId: actionId, after: { caseId, checkinId, title: action.title } });
      return ok({ actionId });
    });
  }
}
