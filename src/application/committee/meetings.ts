/**
 * Decision planning: the committees' meetings (of the committee itself or its working
 * committee) and their agendas, on which cases that are ready for the committee are put.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { AuditMeta, Clock, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { CommitteeDeps, CommitteeError } from "./common.ts";
import { meetingSchema, type MeetingInput } from "./schemas.ts";
import type { AgendaDecisionPoint, AgendaItemRecord, CommitteeInfo, MeetingRecord } from "./ports.ts";

export class Meetings {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;

  constructor(deps: CommitteeDeps) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
  }

  /** The meetings page: every meeting, the committees to plan one for, and the signed-in person's own committee first. */
  async page(actor: Actor): Promise<{ meetings: MeetingRecord[]; committees: CommitteeInfo[]; ownCommitteeId: string | null } | undefined> {
    if (!can(actor, { action: "meeting.manage" })) return undefined;
    return this.#uow.read(async (r) => ({ meetings: await r.committee.meetings({}), committees: await r.committee.committees(), ownCommitteeId: actor.committeeIds[0] ?? null }));
  }

  async meetings(actor: Actor, filter: { committeeId?: string; from?: string } = {}): Promise<MeetingRecord[] | undefined> {
    if (!can(actor, { action: "meeting.manage" })) return undefined;
    return this.#uow.read((r) => r.committee.meetings(filter));
  }

  async meeting(actor: Actor, meetingId: string): Promise<{ meeting: MeetingRecord; agenda: AgendaItemRecord[]; ready: Array<{ id: string; caseNumber: string | null; title: string; decisionPoint: AgendaDecisionPoint }> } | undefined> {
    if (!can(actor, { action: "meeting.manage" }) || !isUuid(meetingId)) return undefined;
    return this.#uow.read(async (r) => {
      const meeting = await r.committee.meeting(meetingId);
      if (!meeting) return undefined;
      const agenda = await r.committee.agenda(meetingId);
      const onAgenda = new Set(agenda.map((a) => `${a.caseId}:${a.decisionPoint}`));
      const applications = (await r.committee.casesOfCommittee(meeting.committeeId)).filter((c) => c.status === "klar_for_namnd").map((c) => ({ ...c, decisionPoint: "ansokan" as const }));
      const proposals = (await r.committee.proposalsReadyOfCommittee(meeting.committeeId)).map((c) => ({ ...c, decisionPoint: "insatser" as const }));
      const ready = [...applications, ...proposals].filter((c) => !onAgenda.has(`${c.id}:${c.decisionPoint}`));
      return { meeting, agenda, ready };
    });
  }

  /** Creates a meeting; the same committee, body and date twice gives the first. */
  async createMeeting(actor: Actor, input: MeetingInput, meta: AuditMeta = {}): Promise<Result<{ meetingId: string }, CommitteeError>> {
    if (!can(actor, { action: "meeting.manage" })) return fail("not_found");
    const parsed = meetingSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const m = parsed.data;
    if (!can(actor, { action: "meeting.plan", record: { committeeId: m.committeeId } })) return fail("wrong_committee");
    return this.#uow.transaction(async (r): Promise<Result<{ meetingId: string }, CommitteeError>> => {
      if (!(await r.committee.committeeById(m.committeeId))) return fail("invalid");
      const existing = await r.committee.findMeeting(m.committeeId, m.body, m.meetsOn);
      if (existing) return ok({ meetingId: existing });
      const meetingId = await r.committee.createMeeting(m);
      await r.audit.append({ actor, action: "meeting.create", entityType: "meeting", entityId: meetingId, after: m, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ meetingId });
    });
  }

  /**
   * Puts a case that is ready for the committee on a meeting's agenda (last position): for the
   * decision on its application (the case ready for the committee) or on its proposed efforts
   * (the proposal ready for the committee).
   */
  async addToAgenda(actor: Actor, meetingId: string, caseId: string, meta: AuditMeta = {}, decisionPoint: AgendaDecisionPoint = "ansokan"): Promise<Result<{ agendaItemId: string }, CommitteeError>> {
    if (!can(actor, { action: "meeting.manage" }) || !isUuid(meetingId) || !isUuid(caseId)) return fail("not_found");
    return this.#uow.transaction(async (r): Promise<Result<{ agendaItemId: string }, CommitteeError>> => {
      const meeting = await r.committee.meeting(meetingId);
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!meeting || !state || !can(actor, { action: "case.read", record: state })) return fail("not_found");
      const existing = await r.committee.agendaItem(meetingId, caseId, decisionPoint);
      if (existing) return ok({ agendaItemId: existing });
      if (!can(actor, { action: "meeting.plan", record: { committeeId: meeting.committeeId } })) return fail("wrong_committee");
      const ready = decisionPoint === "ansokan" ? state.status === "klar_for_namnd" : (await r.proposals.statusOf(caseId)) === "klar_for_namnd";
      if (!ready) return fail("not_ready");
      if (meeting.committeeId !== state.committeeId) return fail("wrong_committee");
      const agendaItemId = await r.committee.addAgendaItem({ meetingId, caseId, decisionPoint, addedBy: actor.userId, at: this.#clock.now() });
      await r.audit.append({
        actor,
        action: "case.agenda.add",
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        after: { meetingId, body: meeting.body, meetsOn: meeting.meetsOn, decisionPoint },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ agendaItemId });
    });
  }
}
