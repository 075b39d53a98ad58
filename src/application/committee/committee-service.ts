/**
 * The committee side of a case: routing to another committee (forward, or a copy for an
 * opinion), the receiving committee's inbox, decision planning (meetings and agendas), the
 * officer's report (tjänsteskrivelse), and recording the decision with its appeal period.
 * Every change is authorised per object, done in one transaction and audited.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { appealPeriodEnds } from "#src/domain/case/appeal.ts";
import { APPEAL_COURT, APPLICATION_DECISION_POINT, checkDecision, checkDecisionDates, withAppeal, type DecisionInput } from "#src/domain/case/decision.ts";
import { isIsoDate } from "#src/domain/dates.ts";
import { staffNextSteps, type StaffStep, type ApplicantTurn } from "#src/domain/case/next-step.ts";
import type { Contribution } from "#src/domain/intake/answers.ts";
import { cityGoalNames } from "../admin/index.ts";
import { TRANSITION_REFUSALS, type CaseStatus } from "#src/domain/case/lifecycle.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { applyCaseEvent } from "../cases/index.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type {
  AgendaItemRecord,
  AssessmentRecord,
  CommitteeCase,
  CommitteeInfo,
  DecisionExtract,
  DecisionOutcome,
  DecisionRecord,
  MeetingBody,
  MeetingRecord,
  OfficerReport,
  OfficerReportRenderer,
  ReferralKind,
  ReferralRecord,
  StaffMember,
} from "./ports.ts";
import type { Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import type { CaseState } from "../cases/index.ts";
import { isUuid } from "#src/domain/ids.ts";

/** Validation gives field → message key; an empty object means valid. The application layer stays free of libraries. */
type Check<T> = { ok: true; data: T } | { ok: false; errors: Record<string, string> };

/** The domain's problems as message keys, field by field ("decision.error.amountOnAvslag"). */
function problemKeys(prefix: string, problems: Partial<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, `${prefix}${problem}`]));
}

export interface RouteInput {
  kind: "overlamning" | "yttrande";
  toCommitteeId: string;
  note: string;
}
function checkRoute(i: RouteInput): Check<RouteInput> {
  const errors: Record<string, string> = {};
  if (i.kind !== "overlamning" && i.kind !== "yttrande") errors.kind = "routing.error.kind";
  if (!isUuid(i.toCommitteeId)) errors.toCommitteeId = "routing.error.committee";
  const note = typeof i.note === "string" ? i.note.trim() : "";
  if (note.length > 5_000) errors.note = "routing.error.noteTooLong";
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: { kind: i.kind, toCommitteeId: i.toCommitteeId, note } };
}

export interface MeetingInput {
  committeeId: string;
  body: MeetingBody;
  meetsOn: string;
}
function checkMeeting(i: MeetingInput): Check<MeetingInput> {
  const errors: Record<string, string> = {};
  if (!isUuid(i.committeeId)) errors.committeeId = "meetings.error.committee";
  if (i.body !== "arbetsutskott" && i.body !== "namnd") errors.body = "meetings.error.body";
  if (!isIsoDate(i.meetsOn)) errors.meetsOn = "meetings.error.date";
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: { committeeId: i.committeeId, body: i.body, meetsOn: i.meetsOn } };
}

export type { DecisionInput };

/** Why a committee use case refuses: its own reasons and the lifecycle's (each has a sentence, `refusal.*`). */
export const COMMITTEE_ERRORS = ["not_found", "invalid", "not_ready", "wrong_committee", "already_answered", "decided_earlier", ...TRANSITION_REFUSALS] as const;
export type CommitteeError = (typeof COMMITTEE_ERRORS)[number];

export interface DecisionForCase {
  decision: DecisionRecord;
  /** Last day to appeal (laglighetsprövning), once the minutes have been posted; else null. */
  appealPeriodEnds: string | null;
  appealTo: string;
}

/** The mail that tells the applicant the last day to appeal, sent when the posting (anslag) date is set or changed. */
export interface AppealMailText {
  subject(label: string): string;
  body(args: { label: string; committee: string; paragraph: string; decidedOn: string; postedOn: string; previousPostedOn: string | null; lastDay: string; court: string; link: string }): string;
}

/** The mail that tells a member of staff they are now a case's contact person. */
export interface ContactPersonMailText {
  subject(label: string): string;
  body(args: { label: string; title: string; assignedBy: string; link: string }): string;
}

/** What the staff case page shows above the application: the next steps and the contact person. */
export interface HandlingOverview {
  /** The next steps in order; `mine`: the signed-in person may take it (by the access policy). */
  steps: Array<{ step: StaffStep; mine: boolean }>;
  applicantTurn: ApplicantTurn | null;
  contactPersonId: string | null;
  /** Whom the contact person can be; empty when the signed-in person may not assign one. */
  candidates: StaffMember[];
  canAssign: boolean;
  /** The contact request the case came from (its page is for those who handle contact requests). */
  contactRequest: { id: string; name: string } | null;
}

export type AssignError = "not_found" | "invalid";

export const OUTCOME_SV: Record<DecisionOutcome, string> = { bifall: "Bifall", delvis_bifall: "Delvis bifall", avslag: "Avslag" };
const RATING_SV: Record<string, string> = { uppfyllt: "Uppfyllt", delvis_uppfyllt: "Delvis uppfyllt", ej_uppfyllt: "Ej uppfyllt", kan_ej_bedomas: "Kan ej bedömas" };
const BODY_SV: Record<MeetingBody, string> = { arbetsutskott: "arbetsutskott", namnd: "" };



export function formatSek(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")} kr`;
}

export class CommitteeService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #publicUrl: string;
  readonly #nudgeMail: () => void;
  readonly #renderer: OfficerReportRenderer | null;

  constructor(deps: { uow: UnitOfWork; clock: Clock; publicUrl: string; nudgeMail?: () => void; renderer?: OfficerReportRenderer }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#publicUrl = deps.publicUrl;
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
    this.#renderer = deps.renderer ?? null;
  }

  // ---- routing --------------------------------------------------------------------------

  async committees(): Promise<CommitteeInfo[]> {
    return this.#uow.read((r) => r.committee.committees());
  }

  async routingView(actor: Actor, caseId: string): Promise<{ case: CaseState; title: string; committees: CommitteeInfo[]; referrals: ReferralRecord[] } | undefined> {
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.route", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      return { case: state, title: found.title, committees: await r.committee.committees(), referrals: await r.committee.referralsForCase(caseId) };
    });
  }

  /** Forward the case (it moves to the other committee) or send a copy for an opinion (no status change). */
  async route(actor: Actor, caseId: string, input: RouteInput, meta: AuditMeta = {}): Promise<Result<{ referralId: string }, CommitteeError>> {
    const parsed = checkRoute(input);
    if (!parsed.ok) return fail("invalid", parsed.errors);
    const { kind, toCommitteeId, note } = parsed.data;
    return this.#uow.transaction(async (r): Promise<Result<{ referralId: string }, CommitteeError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.route", record: state })) return fail("not_found");
      const target = await r.committee.committeeById(toCommitteeId);
      if (!target) return fail("invalid");
      // A replayed form finds the open referral it created.
      const open = await r.committee.openReferral(caseId, toCommitteeId, kind);
      if (open && (kind === "yttrande" || state.committeeId === toCommitteeId)) return ok({ referralId: open.id });
      if (toCommitteeId === state.committeeId) return fail("same_committee");
      const at = this.#clock.now();
      if (kind === "overlamning") {
        const moved = await applyCaseEvent(r, { actor, caseId, event: "forward", facts: { targetCommitteeDiffers: true }, at, meta, details: { toCommittee: target.code } });
        if (!moved.ok) return moved;
      }
      const referralId = await r.committee.addReferral({ caseId, fromCommitteeId: state.committeeId, toCommitteeId, kind, note, referredBy: actor.userId, at });
      if (kind === "overlamning") await r.committee.setCaseCommittee(caseId, toCommitteeId, at);
      await r.audit.append({
        actor,
        action: `case.referral.${kind}`,
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        before: { committeeId: state.committeeId },
        after: { referralId, toCommitteeId, toCommittee: target.code, kind },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ referralId });
    });
  }

  /** A committee officer's list: the cases of the committees they work for and what other committees sent to them. */
  async inbox(actor: Actor): Promise<{ committeeIds: readonly string[]; cases: CommitteeCase[]; referrals: ReferralRecord[] } | undefined> {
    if (!can(actor, { action: "handling.inbox" })) return undefined;
    const committeeIds = actor.committeeIds;
    if (committeeIds.length === 0) return { committeeIds, cases: [], referrals: [] };
    return this.#uow.read(async (r) => {
      const cases = [];
      const referrals = [];
      for (const id of committeeIds) {
        cases.push(...(await r.committee.casesOfCommittee(id)));
        referrals.push(...(await r.committee.referralsTo(id)));
      }
      return { committeeIds, cases, referrals };
    });
  }

  /** The receiving committee takes up a forwarded case: it goes back to assessment there. */
  async takeUp(actor: Actor, caseId: string, meta: AuditMeta = {}): Promise<Result<{ status: CaseStatus }, CommitteeError>> {
    return this.#uow.transaction(async (r): Promise<Result<{ status: CaseStatus }, CommitteeError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.assess", record: state })) return fail("not_found");
      const at = this.#clock.now();
      const moved = await applyCaseEvent(r, { actor, caseId, event: "takeUpForwarded", at, meta });
      if (!moved.ok) return moved;
      const open = await r.committee.openReferral(caseId, state.committeeId, "overlamning");
      if (open) await r.committee.answerReferral(open.id, "Upptaget", at);
      return ok({ status: moved.value.to });
    });
  }

  /** The receiving committee answers a request for an opinion (yttrande). */
  async answerReferral(actor: Actor, referralId: string, answer: string, meta: AuditMeta = {}): Promise<Result<{ caseId: string }, CommitteeError>> {
    const text = answer.trim();
    if (text.length === 0 || text.length > 20_000) return fail("invalid");
    return this.#uow.transaction(async (r): Promise<Result<{ caseId: string }, CommitteeError>> => {
      const ref = isUuid(referralId) ? await r.committee.referral(referralId) : undefined;
      if (!ref || ref.kind !== "yttrande" || !can(actor, { action: "referral.answer", record: ref })) return fail("not_found");
      if (ref.answeredAt) return ref.answer === text ? ok({ caseId: ref.caseId }) : fail("already_answered");
      const state = await r.cases.state(ref.caseId);
      await r.committee.answerReferral(referralId, text, this.#clock.now());
      await r.audit.append({
        actor,
        action: "case.referral.answer",
        entityType: "case",
        entityId: ref.caseId,
        organisationId: state?.applicantOrganisationId ?? null,
        after: { referralId, length: text.length },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ caseId: ref.caseId });
    });
  }

  // ---- meetings -------------------------------------------------------------------------

  async meetings(actor: Actor, filter: { committeeId?: string; from?: string } = {}): Promise<MeetingRecord[] | undefined> {
    if (!can(actor, { action: "meeting.manage" })) return undefined;
    return this.#uow.read((r) => r.committee.meetings(filter));
  }

  async meeting(actor: Actor, meetingId: string): Promise<{ meeting: MeetingRecord; agenda: AgendaItemRecord[]; ready: Array<{ id: string; caseNumber: string | null; title: string }> } | undefined> {
    if (!can(actor, { action: "meeting.manage" }) || !isUuid(meetingId)) return undefined;
    return this.#uow.read(async (r) => {
      const meeting = await r.committee.meeting(meetingId);
      if (!meeting) return undefined;
      const agenda = await r.committee.agenda(meetingId);
      const onAgenda = new Set(agenda.map((a) => a.caseId));
      const ready = (await r.committee.casesOfCommittee(meeting.committeeId)).filter((c) => c.status === "klar_for_namnd" && !onAgenda.has(c.id));
      return { meeting, agenda, ready };
    });
  }

  /** Creates a meeting; the same committee, body and date twice gives the first. */
  async createMeeting(actor: Actor, input: MeetingInput, meta: AuditMeta = {}): Promise<Result<{ meetingId: string }, CommitteeError>> {
    if (!can(actor, { action: "meeting.manage" })) return fail("not_found");
    const parsed = checkMeeting(input);
    if (!parsed.ok) return fail("invalid", parsed.errors);
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

  /** Puts a case that is ready for the committee on a meeting's agenda (last position). */
  async addToAgenda(actor: Actor, meetingId: string, caseId: string, meta: AuditMeta = {}): Promise<Result<{ agendaItemId: string }, CommitteeError>> {
    if (!can(actor, { action: "meeting.manage" })) return fail("not_found");
    return this.#uow.transaction(async (r): Promise<Result<{ agendaItemId: string }, CommitteeError>> => {
      const meeting = await r.committee.meeting(meetingId);
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!meeting || !state || !can(actor, { action: "case.read", record: state })) return fail("not_found");
      const existing = await r.committee.agendaItem(meetingId, caseId);
      if (existing) return ok({ agendaItemId: existing });
      if (!can(actor, { action: "meeting.plan", record: { committeeId: meeting.committeeId } })) return fail("wrong_committee");
      if (state.status !== "klar_for_namnd") return fail("not_ready");
      if (meeting.committeeId !== state.committeeId) return fail("wrong_committee");
      const agendaItemId = await r.committee.addAgendaItem({ meetingId, caseId, addedBy: actor.userId, at: this.#clock.now() });
      await r.audit.append({
        actor,
        action: "case.agenda.add",
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        after: { meetingId, body: meeting.body, meetsOn: meeting.meetsOn },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ agendaItemId });
    });
  }

  // ---- decision -------------------------------------------------------------------------

  async decisionView(actor: Actor, caseId: string): Promise<{ case: CaseState; title: string; decision: DecisionForCase | null; meetings: MeetingRecord[]; assessment: AssessmentRecord | null } | undefined> {
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "committee.handle", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const d = await r.committee.decision(caseId, APPLICATION_DECISION_POINT);
      return {
        case: state,
        title: found.title,
        decision: d ? withAppeal(d) : null,
        meetings: await r.committee.meetingsForCase(caseId),
        assessment: (await r.committee.assessment(caseId)) ?? null,
      };
    });
  }

  /**
   * Records the committee's decision on the application: the decision row and the status
   * change in one transaction; on approval the case enters the collaboration phase with its
   * granted amount; the applicant's users are told by e-mail how to appeal.
   * Submitting the same decision again returns the first one.
   */
  async recordDecision(actor: Actor, caseId: string, input: DecisionInput, meta: AuditMeta = {}): Promise<Result<{ decisionId: string }, CommitteeError>> {
    const parsed = checkDecision(input);
    if (!parsed.ok) return fail("invalid", problemKeys("decision.error.", parsed.problems));
    const d = parsed.value;
    const amount = d.grantedAmountSek;
    const result = await this.#uow.transaction(async (r): Promise<Result<{ decisionId: string }, CommitteeError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "committee.handle", record: state })) return fail("not_found");
      const earlier = await r.committee.decision(caseId, APPLICATION_DECISION_POINT);
      if (earlier) return earlier.paragraph === d.paragraph && earlier.outcome === d.outcome ? ok({ decisionId: earlier.id }) : fail("decided_earlier");
      if (d.meetingId) {
        const m = await r.committee.meeting(d.meetingId);
        if (!m || m.committeeId !== state.committeeId) return fail("invalid");
      }
      const at = this.#clock.now();
      const moved = await applyCaseEvent(r, { actor, caseId, event: "recordDecision", facts: { decisionRecorded: true }, at, meta, details: { outcome: d.outcome, paragraph: d.paragraph } });
      if (!moved.ok) return moved;
      const decisionId = await r.committee.addDecision({
        caseId,
        meetingId: d.meetingId,
        decisionPoint: APPLICATION_DECISION_POINT,
        paragraph: d.paragraph,
        decidedOn: d.decidedOn,
        outcome: d.outcome,
        grantedAmountSek: amount,
        conditions: d.conditions,
        recipients: d.recipients,
        recordedBy: actor.userId,
        at,
      });
      await r.committee.setCaseOutcome(caseId, { phase: d.outcome === "avslag" ? undefined : "samarbete", grantedAmountSek: amount, at });
      await r.audit.append({
        actor,
        action: "case.decision.record",
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        after: { decisionId, paragraph: d.paragraph, decidedOn: d.decidedOn, outcome: d.outcome, grantedAmountSek: amount },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      const committee = await r.committee.committeeById(state.committeeId);
      const label = state.caseNumber ?? "ert ärende";
      const link = new URL(`arenden/${caseId}`, this.#publicUrl.endsWith("/") ? this.#publicUrl : `${this.#publicUrl}/`).toString();
      for (const to of await r.committee.applicantEmails(caseId)) {
        await r.outbox.enqueue({ to, subject: `Beslut i ${label}`, text: decisionMail({ label, committee: committee?.nameSv ?? "Nämnden", ...d, grantedAmountSek: amount, link }), relatedEntity: `case:${caseId}`, at });
      }
      return ok({ decisionId });
    });
    if (result.ok) this.#nudgeMail();
    return result;
  }

  /** Justering (minutes approved) and anslag (posted on the notice board): the appeal period runs from the anslag date. */
  /**
   * When the posting date is set, or changed, the applicant parties get the last day to appeal
   * by e-mail; saving the same date again sends nothing.
   */
  async setDecisionDates(actor: Actor, caseId: string, input: { minutesApprovedOn: string | null; postedOn: string | null }, text: AppealMailText, meta: AuditMeta = {}): Promise<Result<DecisionForCase, CommitteeError>> {
    const parsed = checkDecisionDates(input);
    if (!parsed.ok) return fail("invalid", problemKeys("decision.error.", parsed.problems));
    const result = await this.#uow.transaction(async (r): Promise<Result<DecisionForCase & { mailed: boolean }, CommitteeError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "committee.handle", record: state })) return fail("not_found");
      const d = await r.committee.decision(caseId, APPLICATION_DECISION_POINT);
      if (!d) return fail("not_found");
      const dates = checkDecisionDates(parsed.value, d.decidedOn);
      if (!dates.ok) return fail("invalid", problemKeys("decision.error.", dates.problems));
      await r.committee.setDecisionDates(d.id, parsed.value);
      await r.audit.append({
        actor,
        action: "case.decision.dates",
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        before: { minutesApprovedOn: d.minutesApprovedOn, postedOn: d.postedOn },
        after: parsed.value,
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      const postedOn = parsed.value.postedOn;
      const mailed = postedOn !== null && postedOn !== d.postedOn;
      if (mailed) {
        const lastDay = appealPeriodEnds(postedOn);
        const committee = await r.committee.committeeById(state.committeeId);
        const label = state.caseNumber ?? (await r.cases.find(caseId))?.title ?? "";
        const link = new URL(`arenden/${caseId}`, this.#publicUrl.endsWith("/") ? this.#publicUrl : `${this.#publicUrl}/`).toString();
        const recipients = await r.committee.applicantEmails(caseId);
        const at = this.#clock.now();
        const body = text.body({ label, committee: committee?.nameSv ?? state.committeeCode, paragraph: d.paragraph, decidedOn: d.decidedOn, postedOn, previousPostedOn: d.postedOn, lastDay, court: APPEAL_COURT, link });
        for (const to of recipients) await r.outbox.enqueue({ to, subject: text.subject(label), text: body, relatedEntity: `case:${caseId}`, at });
        await r.audit.append({
          actor: null,
          actorLabel: "system",
          action: "case.appeal_notice",
          entityType: "case",
          entityId: caseId,
          organisationId: state.applicantOrganisationId,
          after: { postedOn, previousPostedOn: d.postedOn, appealPeriodEnds: lastDay, recipients: recipients.length },
          ip: meta.ip ?? null,
          requestId: meta.requestId ?? null,
        });
      }
      return ok({ ...withAppeal({ ...d, ...parsed.value }), mailed });
    });
    if (!result.ok) return result;
    const { mailed, ...decision } = result.value;
    if (mailed) this.#nudgeMail();
    return ok(decision);
  }

  /** The decision on the application and how to appeal it, for anyone who may read the case (the applicant's case page). */
  async decisionForCase(actor: Actor, caseId: string): Promise<DecisionForCase | null | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      const d = await r.committee.decision(caseId, APPLICATION_DECISION_POINT);
      return d ? withAppeal(d) : null;
    });
  }

  /**
   * The applicant's extract of the minutes (protokollsutdrag) with the decision on the
   * application, as a PDF: for whoever may read the case, once the decision is recorded.
   */
  async decisionExtractFile(actor: Actor, caseId: string): Promise<{ bytes: Uint8Array; filename: string } | undefined> {
    if (!this.#renderer) throw new Error("CommitteeService: no document renderer configured");
    if (!isUuid(caseId)) return undefined;
    const extract = await this.#uow.read(async (r): Promise<DecisionExtract | undefined> => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      const d = await r.committee.decision(caseId, APPLICATION_DECISION_POINT);
      const found = await r.cases.find(caseId);
      if (!d || !found) return undefined;
      const committee = await r.committee.committeeById(state.committeeId);
      const committeeName = committee?.nameSv ?? state.committeeCode;
      const meeting = d.meetingId ? await r.committee.meeting(d.meetingId) : undefined;
      const application = await r.applications.find(caseId);
      const appeal = withAppeal(d);
      const amount = d.grantedAmountSek !== null && d.grantedAmountSek > 0 ? formatSek(d.grantedAmountSek) : null;
      const applicant = found.applicantOrganisationName ?? "sökanden";
      const decisionText =
        d.outcome === "avslag"
          ? `${committeeName} avslår ansökan om samverkansstöd från ${applicant} för ${found.title}.`
          : `${committeeName} beviljar ${d.outcome === "delvis_bifall" ? "delvis " : ""}samverkansstöd till ${applicant} för ${found.title}${amount ? ` med ${amount} för dialoginsatser` : ""}.`;
      return {
        committeeName,
        meetingOn: meeting?.meetsOn ?? d.decidedOn,
        paragraph: d.paragraph,
        caseNumber: state.caseNumber ?? "",
        diariumNumber: application?.diariumNumber ?? null,
        title: found.title,
        applicant,
        decisionText,
        outcome: OUTCOME_SV[d.outcome],
        grantedAmount: amount,
        conditions: d.conditions,
        minutesApprovedOn: d.minutesApprovedOn,
        postedOn: d.postedOn,
        appealPeriodEnds: appeal.appealPeriodEnds,
        appealHow: `Beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen. Överklagandet ska ha kommit in till ${APPEAL_COURT} inom tre veckor från den dag då protokollet med beslutet anslogs på stadens anslagstavla.`,
        madeOn: swedishToday(this.#clock.now()),
      };
    });
    if (!extract) return undefined;
    const safe = (extract.caseNumber || "arende").replace(/[^A-Za-z0-9-]/g, "_");
    return { bytes: await this.#renderer.decisionExtractPdf(extract), filename: `Protokollsutdrag-${safe}.pdf` };
  }

  // ---- the case's contact person and the city's next step --------------------------------

  /** For the city's case staff: the next steps on the case, and who its contact person can be. */
  async handlingOverview(actor: Actor, caseId: string): Promise<HandlingOverview | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state }) || actor.role === "aktor") return undefined;
      const found = await r.cases.find(caseId);
      const application = await r.applications.find(caseId);
      if (!found) return undefined;
      const d = await r.committee.decision(caseId, APPLICATION_DECISION_POINT);
      const next = staffNextSteps({
        status: state.status,
        hasContactPerson: found.contactPersonId !== null,
        hasDiariumNumber: !!application?.diariumNumber,
        onAgenda: (await r.committee.meetingsForCase(caseId)).some((m) => m.committeeId === state.committeeId),
        decision: d ? { minutesApprovedOn: d.minutesApprovedOn, postedOn: d.postedOn } : null,
      });
      const canAssign = can(actor, { action: "case.assess", record: state });
      return {
        steps: next.steps.map((s) => ({ step: s.step, mine: can(actor, { action: s.needs, record: state }) })),
        applicantTurn: next.applicantTurn,
        contactPersonId: found.contactPersonId,
        candidates: canAssign ? await r.committee.caseStaff(state.committeeId) : [],
        canAssign,
        contactRequest: can(actor, { action: "contactRequest.handle" }) ? ((await r.outreach.contactRequestForCase(caseId)) ?? null) : null,
      };
    });
  }

  /**
   * Makes a person of the case's committee (kontaktperson or handläggare) the case's contact
   * person, or removes it (`userId` null). The person is told by e-mail. Choosing the same
   * person again changes nothing.
   */
  async assignContactPerson(actor: Actor, caseId: string, userId: string | null, text: ContactPersonMailText, meta: AuditMeta = {}): Promise<Result<void, AssignError>> {
    if (!isUuid(caseId) || (userId !== null && !isUuid(userId))) return fail(isUuid(caseId) ? "invalid" : "not_found");
    const mailed = await this.#uow.transaction(async (r): Promise<Result<boolean, AssignError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.assess", record: state })) return fail("not_found");
      const found = await r.cases.find(caseId);
      if (!found) return fail("not_found");
      if (found.contactPersonId === userId) return ok(false);
      const person = userId === null ? null : (await r.committee.caseStaff(state.committeeId)).find((p) => p.id === userId);
      if (userId !== null && !person) return fail("invalid");
      const at = this.#clock.now();
      await r.committee.setContactPerson(caseId, userId, at);
      await r.audit.append({
        actor,
        action: "case.contact_person",
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        before: { userId: found.contactPersonId, name: found.contactPersonName },
        after: { userId, name: person?.name ?? null },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      if (person && person.id !== actor.userId) {
        const label = state.caseNumber ?? found.title;
        const link = new URL(`arenden/${caseId}`, this.#publicUrl.endsWith("/") ? this.#publicUrl : `${this.#publicUrl}/`).toString();
        await r.outbox.enqueue({ to: person.email, subject: text.subject(label), text: text.body({ label, title: found.title, assignedBy: actor.name, link }), relatedEntity: `case:${caseId}`, at });
        return ok(true);
      }
      return ok(false);
    });
    if (!mailed.ok) return mailed;
    if (mailed.value) this.#nudgeMail();
    return ok(undefined);
  }

  // ---- officer's report -----------------------------------------------------------------

  async officerReport(actor: Actor, caseId: string): Promise<OfficerReport | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !(can(actor, { action: "committee.handle", record: state }) || can(actor, { action: "case.assess", record: state }))) return undefined;
      return buildReport(r, state, swedishToday(this.#clock.now()));
    });
  }

  async officerReportFile(actor: Actor, caseId: string, format: "docx" | "pdf"): Promise<{ bytes: Uint8Array; filename: string } | undefined> {
    if (!this.#renderer) throw new Error("CommitteeService: no document renderer configured");
    const report = await this.officerReport(actor, caseId);
    if (!report) return undefined;
    const bytes = format === "docx" ? await this.#renderer.docx(report) : await this.#renderer.pdf(report);
    const safe = (report.caseNumber || "arende").replace(/[^A-Za-z0-9-]/g, "_");
    return { bytes, filename: `Tjansteskrivelse-${safe}.${format}` };
  }
}


function decisionMail(d: { label: string; committee: string; paragraph: string; decidedOn: string; outcome: DecisionOutcome; grantedAmountSek: number | null; conditions: string; link: string }): string {
  const lines = [
    `Hej!`,
    ``,
    `${d.committee} har beslutat om er ansökan om samverkansstöd (${d.label}) den ${d.decidedOn}, ${d.paragraph}.`,
    ``,
    `Beslut: ${OUTCOME_SV[d.outcome]}.`,
  ];
  if (d.grantedAmountSek) lines.push(`Beviljat belopp för dialoginsatser: ${formatSek(d.grantedAmountSek)}.`);
  if (d.conditions) lines.push(``, `Villkor: ${d.conditions}`);
  lines.push(
    ``,
    `Så överklagar ni beslutet: beslutet kan överklagas genom laglighetsprövning (kommunallagen 13 kap.). Överklagandet ska ha kommit in inom tre veckor från den dag då protokollet med beslutet anslogs på stadens anslagstavla. Skicka överklagandet till ${APPEAL_COURT}. Sista dagen att överklaga visas på ärendets sida när protokollet har anslagits.`,
    ``,
    `Läs mer i ärendet: ${d.link}`,
  );
  return lines.join("\n");
}

function text(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string").map((x) => x.trim()).filter(Boolean).join("\n");
  return "";
}

/** Today's date in Sweden, YYYY-MM-DD. */
function swedishToday(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/Stockholm" }).format(at);
}

const isContribution = (v: unknown): v is Contribution => typeof v === "object" && v !== null && typeof (v as Contribution).actor === "string";

/** One line per contributing actor: "Handlarföreningen – 50 000 kr; resurser: lokaler; aktiviteter: städdag". Empty parts are left out. */
export function contributionLines(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isContribution).map((c) => {
    const parts = [
      typeof c.moneySek === "number" && c.moneySek > 0 ? formatSek(c.moneySek) : null,
      c.resources?.trim() ? `resurser: ${c.resources.trim()}` : null,
      c.activities?.trim() ? `aktiviteter: ${c.activities.trim()}` : null,
    ].filter((p): p is string => p !== null);
    return parts.length ? `${c.actor.trim()} – ${parts.join("; ")}` : c.actor.trim();
  });
}

function formatKm2(km2: number): string {
  return `${km2.toLocaleString("sv-SE", { maximumFractionDigits: km2 < 1 ? 3 : 2 })} km²`;
}

async function buildReport(r: Repositories, state: CaseState, today: string): Promise<OfficerReport | undefined> {
  const found = await r.cases.find(state.id);
  if (!found) return undefined;
  const committee = await r.committee.committeeById(state.committeeId);
  const committeeName = committee?.nameSv ?? state.committeeCode;
  const answers = await r.committee.applicationAnswers(state.id);
  const application = await r.applications.find(state.id);
  const assessment = await r.committee.assessment(state.id);
  const pt = assessment ? await r.processTypes.byId(assessment.processTypeId) : state.processTypeId ? await r.processTypes.byId(state.processTypeId) : undefined;
  const decision = await r.committee.decision(state.id, APPLICATION_DECISION_POINT);
  const meetings = await r.committee.meetingsForCase(state.id);
  const referrals = await r.committee.referralsForCase(state.id);
  const goals = await cityGoalNames(r);

  const rec = assessment?.recommendation ?? null;
  const amount = assessment?.proposedAmountSek ?? null;
  const proposals: string[] = [];
  if (rec === "bifall" || rec === "delvis_bifall")
    proposals.push(`${committeeName} beviljar ${rec === "delvis_bifall" ? "delvis " : ""}samverkansstöd till ${found.title}${amount ? ` med ${formatSek(amount)} för dialoginsatser` : ""}.`);
  else if (rec === "avslag") proposals.push(`${committeeName} avslår ansökan om samverkansstöd till ${found.title}.`);
  else proposals.push(`Förslag till beslut är ännu inte framtaget.`);

  const summary =
    [found.summary, text(answers.purpose)].find((s) => s && s.length > 0) ??
    `${found.applicantOrganisationName ?? "Sökande"} ansöker om samverkansstöd för ${found.title}.`;

  // The area: the city areas it touches, and the boundary in words (how it was given, its size).
  const areaNames = application?.areas.map((a) => a.name) ?? found.areaNames;
  const how =
    application?.areaSource === "drawn"
      ? "Avgränsningen är ritad på kartan i ansökan"
      : application?.areaSource === "geojson"
        ? `Avgränsningen är uppladdad som GeoJSON-fil${application.areaFileName ? ` (${application.areaFileName})` : ""}`
        : application?.areaSource === "areas"
          ? "Avgränsningen är stadens områden som valts i ansökan"
          : found.geometry !== null
            ? "Avgränsningen finns i ärendet"
            : "";
  const size = application?.areaKm2 != null ? ` och omfattar ${formatKm2(application.areaKm2)}` : "";
  const touches = areaNames.length ? ` Den berör ${areaNames.length === 1 ? "området" : "områdena"} ${areaNames.join(", ")}.` : "";
  const boundary = how ? `${how}${size}.${touches}` : "Ansökan anger ingen avgränsning av området.";

  const fieldText = (key: string, kind: string): string => {
    if (kind === "goals") return text(answers[key]).split("\n").filter(Boolean).map((g) => goals.get(g)?.sv ?? g).join("\n");
    if (kind === "contributions") return contributionLines(answers[key]).join("\n");
    return text(answers[key]);
  };
  const sections: OfficerReport["sections"] = [];
  for (const f of pt?.definition.applicationFields ?? []) {
    const v = f.kind === "area" || f.key === "title" ? "" : fieldText(f.key, f.kind);
    if (v) sections.push({ heading: f.label.sv, text: v });
  }
  if (assessment?.recommendationText) sections.push({ heading: "Förvaltningens bedömning", text: assessment.recommendationText });
  for (const ref of referrals.filter((x) => x.kind === "yttrande" && x.answer)) sections.push({ heading: `Yttrande från ${ref.toCommitteeCode}`, text: ref.answer ?? "" });

  const criteria = (pt?.definition.criteria ?? []).map((c) => {
    const a = assessment?.ratings[c.key];
    return { criterion: c.text.sv, rating: a?.rating ? (RATING_SV[a.rating] ?? a.rating) : "Ej bedömt", justification: a?.justification ?? "" };
  });

  const planning = meetings.map((m) => ({ label: m.body === "arbetsutskott" ? `${m.committeeName}s ${BODY_SV.arbetsutskott}` : m.committeeName, date: m.meetsOn }));
  const recipients = decision?.recipients.length ? decision.recipients : [found.applicantOrganisationName ?? "Sökande"].filter(Boolean);
  const basis = [`Ansökan om samverkansstöd – ${found.title}`, "Kriteriebedömning", `G-Tjänsteskrivelse ${state.committeeCode} – ${found.title}`];
  // The responsible officers are the case's: its contact person, and whoever wrote the
  // assessment when that is someone else. Never whoever happens to download the document.
  const responsible: OfficerReport["responsible"] = [];
  if (found.contactPersonName) responsible.push({ name: found.contactPersonName, title: "Kontaktperson" });
  if (assessment?.assessedBy && assessment.assessedBy !== found.contactPersonId) {
    const assessor = await r.users.findActor(assessment.assessedBy);
    if (assessor) responsible.push({ name: assessor.name, title: assessor.role === "handlaggare" ? "Handläggare" : "Kontaktperson" });
  }

  return {
    title: found.title,
    caseNumber: state.caseNumber ?? "",
    diariumNumber: application?.diariumNumber ?? state.caseNumber ?? "",
    date: today,
    committeeName,
    area: { names: areaNames, boundary },
    summary,
    proposals: proposals.map((p, i) => `${i + 1}. ${p}`),
    basis,
    planning,
    recipients,
    sections,
    criteria,
    responsible,
  };
}
