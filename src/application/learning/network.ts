/**
 * The network of actors (issue 12; seed 002: the contact person "samordnar nätverk mellan drivna
 * aktörer i processerna för att möjliggöra erfarenhetsutbyte"): every actor mapped in any process,
 * each once (the dedupe rule: src/domain/learning/network.ts), and the network's meetings — a
 * time, a place, an agenda; invitations by mail to actors with an address, with a link to the
 * meeting's calendar file; the notes afterwards, which can become a lesson of a process.
 *
 * Contact persons and case officers run it (`network.manage`); the actors' contact details are
 * personal data and shown to them only. A lesson from the notes is written on a process of the
 * person's own committee while it runs (`lesson.add`, as a lesson written by hand).
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { ACTOR_TYPES } from "#src/domain/collaboration/actor-mapping.ts";
import { swedishDay } from "#src/domain/dates.ts";
import { isPublicSlug, stockholmMoment } from "#src/domain/dialogue/activity.ts";
import { isUuid } from "#src/domain/ids.ts";
import { lessonsOpen } from "#src/domain/learning/library.ts";
import { checkMeetingTime, dedupeActors, invitationAddresses, type NetworkActor } from "#src/domain/learning/network.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { CalendarWriter, SlugSource } from "../dialogue/index.ts";
import type { AreaName, AuditMeta, Clock, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { ComparableProcess, NetworkEntry, NetworkInvitationRecord, NetworkMeetingRecord } from "./ports.ts";
import { invitationSchema, meetingLessonSchema, meetingNotesSchema, meetingSchema, networkFilterSchema, type InvitationInput, type MeetingInput, type MeetingLessonInput, type MeetingNotesInput, type NetworkFilterInput } from "./schemas.ts";

export interface NetworkActorView extends NetworkActor {
  processes: Array<{ caseId: string; title: string; caseNumber: string | null; phase: string }>;
}

export interface NetworkPage {
  filter: { type: string | null; areaId: string | null; caseId: string | null };
  actors: NetworkActorView[];
  /** How many actors the network has before the filter. */
  totalActors: number;
  types: readonly string[];
  areas: AreaName[];
  processes: Array<{ caseId: string; title: string }>;
  upcoming: NetworkMeetingRecord[];
  past: NetworkMeetingRecord[];
}

export interface MeetingPage {
  meeting: NetworkMeetingRecord;
  calendarLink: string;
  invitations: NetworkInvitationRecord[];
  /** The network's actors that have a contact with an address, to choose from. */
  invitable: Array<{ name: string; contacts: Array<{ processActorId: string; label: string; email: string; invited: boolean; caseTitle: string }> }>;
  /** The processes the notes may become a lesson of (the person's own committee's, running), those the meeting is about first. */
  lessonProcesses: Array<{ caseId: string; title: string; caseNumber: string | null; about: boolean }>;
  lessons: Array<{ caseId: string; lessonId: string; caseTitle: string }>;
}

/** What the invitation says, in the sender's language (the route builds it from the catalogue). */
export interface InvitationMailText {
  subject(m: { title: string }): string;
  body(m: { name: string; title: string; startsAt: Date; endsAt: Date; place: string; agenda: string; calendarLink: string; sender: string }): string;
}

export type NetworkError = "not_found" | "invalid";

const base = (url: string) => (url.endsWith("/") ? url : `${url}/`);

export class ActorNetwork {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #slugs: SlugSource;
  readonly #calendar: CalendarWriter;
  readonly #publicUrl: string;
  readonly #nudgeMail: () => void;

  constructor(deps: { uow: UnitOfWork; clock: Clock; slugs: SlugSource; calendar: CalendarWriter; publicUrl: string; nudgeMail?: () => void }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#slugs = deps.slugs;
    this.#calendar = deps.calendar;
    this.#publicUrl = deps.publicUrl;
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
  }

  /** Whether the person runs the network (the planning form asks before it shows). */
  mayRun(actor: Actor): boolean {
    return can(actor, { action: "network.manage" });
  }

  /** The meeting's calendar file's address: public (the invited have no account), unguessable, meeting facts only. */
  calendarLink(slug: string): string {
    return `${base(this.#publicUrl)}natverkstraff/${slug}/kalender.ics`;
  }

  /** The network's page: the actors (filtered), and the meetings. */
  async page(actor: Actor, input: NetworkFilterInput): Promise<NetworkPage | undefined> {
    if (!can(actor, { action: "network.manage" })) return undefined;
    const f = networkFilterSchema.parse(input);
    const now = this.#clock.now();
    return this.#uow.read(async (r) => {
      const [entries, caseAreas, areas, meetings] = await Promise.all([r.network.entries(), r.network.caseAreas(), r.areas.currentNames(swedishDay(now)), r.network.meetings()]);
      const all = withProcesses(dedupeActors(entries), entries);
      const inArea = f.omrade === null ? null : new Set(caseAreas.filter((a) => a.areaId === f.omrade).map((a) => a.caseId));
      const actors = all.filter((a) => (f.typ === null || a.types.includes(f.typ)) && (f.process === null || a.caseIds.includes(f.process)) && (inArea === null || a.caseIds.some((c) => inArea.has(c))));
      const processes = [...new Map(entries.map((e) => [e.caseId, { caseId: e.caseId, title: e.caseTitle }])).values()].sort((a, b) => a.title.localeCompare(b.title, "sv-SE"));
      return {
        filter: { type: f.typ, areaId: f.omrade, caseId: f.process },
        actors,
        totalActors: all.length,
        types: ACTOR_TYPES,
        areas: areas.filter((a) => caseAreas.some((c) => c.areaId === a.id)),
        processes,
        upcoming: meetings.filter((m) => m.endsAt >= now).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
        past: meetings.filter((m) => m.endsAt < now),
      };
    });
  }

  /** Plans a meeting; a double submit (the same form key) plans one. */
  async plan(actor: Actor, input: MeetingInput, meta: AuditMeta = {}): Promise<Result<{ meetingId: string }, NetworkError>> {
    if (!can(actor, { action: "network.manage" })) return fail("not_found");
    const parsed = meetingSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const m = parsed.data;
    const startsAt = stockholmMoment(m.date, m.startTime);
    const endsAt = stockholmMoment(m.date, m.endTime);
    if (!startsAt || !endsAt) return fail("invalid", { startTime: "network.error.time" });
    const problem = checkMeetingTime(startsAt, endsAt);
    if (problem) return fail("invalid", { endTime: `network.error.${problem}` });
    return this.#uow.transaction(async (r) => {
      if (m.submissionKey) {
        const earlier = await r.network.meetingBySubmissionKey(m.submissionKey);
        if (earlier) return ok({ meetingId: earlier });
      }
      const at = this.#clock.now();
      const meetingId = await r.network.createMeeting({ title: m.title, startsAt, endsAt, place: m.place, agenda: m.agenda, publicSlug: this.#slugs.newSlug(), submissionKey: m.submissionKey, createdBy: actor.userId, at });
      await r.audit.append({ actor, action: "network.meeting.plan", entityType: "network_meeting", entityId: meetingId, after: { title: m.title, startsAt: startsAt.toISOString(), place: m.place }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ meetingId });
    });
  }

  /** A meeting's page: its facts, who is invited, whom one can invite, its notes and the lessons made of them. */
  async meeting(actor: Actor, meetingId: string): Promise<MeetingPage | undefined> {
    if (!can(actor, { action: "network.manage" }) || !isUuid(meetingId)) return undefined;
    return this.#uow.read(async (r) => {
      const meeting = await r.network.meeting(meetingId);
      if (!meeting) return undefined;
      const [invitations, entries, lessons, processes] = await Promise.all([r.network.invitations(meetingId), r.network.entries(), r.network.meetingLessons(meetingId), r.comparison.processes()]);
      const invited = new Set(invitations.map((i) => i.email.toLowerCase()));
      const titleOf = new Map(entries.map((e) => [e.caseId, e.caseTitle]));
      const invitable = dedupeActors(entries)
        .map((a) => ({
          name: a.name,
          contacts: a.contacts
            .filter((c): c is typeof c & { email: string } => !!c.email)
            .map((c) => ({ processActorId: c.processActorId, label: c.contactName ? `${c.contactName}, ${c.email}` : c.email, email: c.email, invited: invited.has(c.email.toLowerCase()), caseTitle: titleOf.get(c.caseId) ?? "" })),
        }))
        .filter((a) => a.contacts.length > 0);
      const invitedActorIds = new Set(invitations.map((i) => i.processActorId).filter((x): x is string => x !== null));
      const about = new Set(entries.filter((e) => invitedActorIds.has(e.processActorId)).map((e) => e.caseId));
      const lessonProcesses = processes
        .filter((p) => mayWriteLesson(actor, p))
        .map((p) => ({ caseId: p.caseId, title: p.title, caseNumber: p.caseNumber, about: about.has(p.caseId) }))
        .sort((a, b) => Number(b.about) - Number(a.about));
      return { meeting, calendarLink: this.calendarLink(meeting.publicSlug), invitations, invitable, lessonProcesses, lessons };
    });
  }

  /**
   * Invites the chosen actors: one mail to each address (an address invited before is not
   * mailed again), through the outbox, with the meeting's facts and its calendar file's link.
   */
  async invite(actor: Actor, meetingId: string, input: InvitationInput, mail: InvitationMailText, meta: AuditMeta = {}): Promise<Result<{ invited: number; already: number }, NetworkError>> {
    if (!can(actor, { action: "network.manage" }) || !isUuid(meetingId)) return fail("not_found");
    const parsed = invitationSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const done = await this.#uow.transaction(async (r) => {
      const meeting = await r.network.meeting(meetingId);
      if (!meeting) return fail("not_found" as const);
      const chosen = await r.network.entriesById(parsed.data.actorIds);
      const addresses = invitationAddresses(chosen.map((e) => ({ email: e.email, name: e.contactName ?? e.name, processActorId: e.processActorId })));
      if (addresses.length === 0) return fail("invalid" as const, { actorIds: "network.error.noAddress" });
      const orgOf = new Map(chosen.map((e) => [e.processActorId, e.organisationId]));
      const at = this.#clock.now();
      const fresh = await r.network.invite(meetingId, addresses.map((a) => ({ ...a, organisationId: orgOf.get(a.processActorId) ?? null })), actor.userId, at);
      const calendarLink = this.calendarLink(meeting.publicSlug);
      for (const a of addresses.filter((x) => fresh.includes(x.email))) {
        await r.outbox.enqueue({
          to: a.email,
          subject: mail.subject({ title: meeting.title }),
          text: mail.body({ name: a.name, title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place, agenda: meeting.agenda, calendarLink, sender: actor.name }),
          relatedEntity: `network_meeting:${meetingId}`,
          at,
        });
      }
      if (fresh.length > 0) await r.audit.append({ actor, action: "network.meeting.invite", entityType: "network_meeting", entityId: meetingId, after: { count: fresh.length }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ invited: fresh.length, already: addresses.length - fresh.length });
    });
    if (done.ok && done.value.invited > 0) this.#nudgeMail();
    return done;
  }

  /** Saves the notes after the meeting. */
  async saveNotes(actor: Actor, meetingId: string, input: MeetingNotesInput, meta: AuditMeta = {}): Promise<Result<{ meetingId: string }, NetworkError>> {
    if (!can(actor, { action: "network.manage" }) || !isUuid(meetingId)) return fail("not_found");
    const parsed = meetingNotesSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#uow.transaction(async (r) => {
      const meeting = await r.network.meeting(meetingId);
      if (!meeting) return fail("not_found");
      if (meeting.notes === parsed.data.notes) return ok({ meetingId });
      await r.network.saveNotes(meetingId, parsed.data.notes, this.#clock.now());
      await r.audit.append({ actor, action: "network.meeting.notes", entityType: "network_meeting", entityId: meetingId, after: { length: parsed.data.notes.length }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ meetingId });
    });
  }

  /** Makes the meeting's notes a lesson of a process (once per process): source "natverk". */
  async notesToLesson(actor: Actor, meetingId: string, input: MeetingLessonInput, meta: AuditMeta = {}): Promise<Result<{ lessonId: string; caseId: string }, NetworkError | "no_notes" | "closed" | "already">> {
    if (!can(actor, { action: "network.manage" }) || !isUuid(meetingId)) return fail("not_found");
    const parsed = meetingLessonSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const { caseId, title } = parsed.data;
    return this.#uow.transaction(async (r) => {
      const meeting = await r.network.meeting(meetingId);
      if (!meeting) return fail("not_found");
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "lesson.add", record: state })) return fail("invalid", { caseId: "network.error.process" });
      if (!lessonsOpen(state.phase)) return fail("closed");
      if (meeting.notes.trim() === "") return fail("no_notes");
      const earlier = (await r.network.meetingLessons(meetingId)).find((l) => l.caseId === caseId);
      if (earlier) return fail("already");
      const lessonId = await r.lessons.add({ caseId, source: "natverk", title, body: meeting.notes, phase: state.phase, createdBy: actor.userId });
      if (!(await r.network.linkLesson(meetingId, caseId, lessonId))) return fail("already");
      await r.audit.append({ actor, action: "lesson.add", entityType: "case", entityId: caseId, organisationId: state.applicantOrganisationId, after: { lessonId, title, source: "natverk", meetingId }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ lessonId, caseId });
    });
  }

  /** The calendar file of the meeting with this public address, for anyone who has the link (meeting facts only). */
  async publicCalendar(slug: string): Promise<{ filename: string; body: string } | undefined> {
    if (!isPublicSlug(slug)) return undefined;
    const m = await this.#uow.read((r) => r.network.meetingBySlug(slug));
    if (!m) return undefined;
    const host = new URL(base(this.#publicUrl)).hostname;
    const body = this.#calendar.event({ uid: `natverk-${m.id}@${host}`, title: m.title, description: m.agenda, startsAt: m.startsAt, endsAt: m.endsAt, location: m.place, point: null, url: null });
    return { filename: `natverkstraff-${m.publicSlug}.ics`, body };
  }
}

/** Whether the person may write a lesson on the process: its committee's contact person or case officer, while it runs. */
function mayWriteLesson(actor: Actor, p: ComparableProcess): boolean {
  return lessonsOpen(p.phase) && can(actor, { action: "lesson.add", record: { applicantOrganisationId: null, committeeId: p.committeeId } });
}

function withProcesses(actors: NetworkActor[], entries: readonly NetworkEntry[]): NetworkActorView[] {
  const byCase = new Map(entries.map((e) => [e.caseId, { caseId: e.caseId, title: e.caseTitle, caseNumber: e.caseNumber, phase: e.casePhase }]));
  return actors.map((a) => ({ ...a, processes: a.caseIds.flatMap((id) => byCase.get(id) ?? []) }));
}
