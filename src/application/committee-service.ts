/**
 * The committee side of a case: routing to another committee (forward, or a copy for an
 * opinion), the receiving committee's inbox, decision planning (meetings and agendas), the
 * officer's report (tjänsteskrivelse), and recording the decision with its appeal period.
 * Every change is authorised per object, done in one transaction and audited.
 */
import type { Actor } from "../domain/access/actor.ts";
import { can } from "../domain/access/policy.ts";
import { appealPeriodEnds } from "../domain/case/appeal.ts";
import type { TransitionRefusal } from "../domain/case/lifecycle.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import { applyCaseEvent, type AuditMeta } from "./case-workflow.ts";
import type {
  AgendaItemRecord,
  AssessmentRecord,
  CommitteeInfo,
  DecisionOutcome,
  DecisionRecord,
  MeetingBody,
  MeetingRecord,
  OfficerReport,
  OfficerReportRenderer,
  ReferralKind,
  ReferralRecord,
} from "./committee-ports.ts";
import type { CaseState, Clock, Repositories, UnitOfWork } from "./ports.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(v: unknown): v is string {
  return typeof v === "string" && ISO_DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (v: unknown): v is string => typeof v === "string" && UUID.test(v);

/** Validation gives field → message key; an empty object means valid. The application layer stays free of libraries. */
type Check<T> = { ok: true; data: T } | { ok: false; errors: Record<string, string> };

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

export interface DecisionInput {
  paragraph: string;
  meetingId: string | null;
  decidedOn: string;
  outcome: DecisionOutcome;
  grantedAmountSek: number | null;
  conditions: string;
  recipients: string[];
}
function checkDecision(i: DecisionInput): Check<DecisionInput> {
  const errors: Record<string, string> = {};
  const paragraph = typeof i.paragraph === "string" ? i.paragraph.trim() : "";
  if (paragraph.length < 1 || paragraph.length > 40) errors.paragraph = "decision.error.paragraph";
  if (i.meetingId !== null && !isUuid(i.meetingId)) errors.meetingId = "decision.error.meeting";
  if (!isIsoDate(i.decidedOn)) errors.decidedOn = "decision.error.decidedOn";
  if (!["bifall", "delvis_bifall", "avslag"].includes(i.outcome)) errors.outcome = "decision.error.outcome";
  const amount = i.grantedAmountSek;
  if (amount !== null && !(Number.isSafeInteger(amount) && amount >= 0 && amount <= 1_000_000_000)) errors.grantedAmountSek = "decision.error.amount";
  else if (i.outcome === "avslag" && amount !== null && amount !== 0) errors.grantedAmountSek = "decision.error.amountOnAvslag";
  else if ((i.outcome === "bifall" || i.outcome === "delvis_bifall") && (amount === null || amount <= 0)) errors.grantedAmountSek = "decision.error.amountRequired";
  const conditions = typeof i.conditions === "string" ? i.conditions.trim() : "";
  if (conditions.length > 20_000) errors.conditions = "decision.error.tooLong";
  const recipients = Array.isArray(i.recipients) ? i.recipients.map((r) => String(r).trim()).filter(Boolean) : [];
  if (recipients.length > 50 || recipients.some((r) => r.length > 300)) errors.recipients = "decision.error.tooLong";
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: { paragraph, meetingId: i.meetingId, decidedOn: i.decidedOn, outcome: i.outcome, grantedAmountSek: amount, conditions, recipients } };
}

function checkDates(i: { minutesApprovedOn: string | null; postedOn: string | null }): Check<{ minutesApprovedOn: string | null; postedOn: string | null }> {
  const errors: Record<string, string> = {};
  if (i.minutesApprovedOn !== null && !isIsoDate(i.minutesApprovedOn)) errors.minutesApprovedOn = "decision.error.minutesApprovedOn";
  if (i.postedOn !== null && !isIsoDate(i.postedOn)) errors.postedOn = "decision.error.postedOn";
  if (!errors.postedOn && i.postedOn && !i.minutesApprovedOn) errors.minutesApprovedOn = "decision.error.minutesFirst";
  if (!errors.postedOn && !errors.minutesApprovedOn && i.postedOn && i.minutesApprovedOn && i.postedOn < i.minutesApprovedOn) errors.postedOn = "decision.error.postedBeforeMinutes";
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: { minutesApprovedOn: i.minutesApprovedOn, postedOn: i.postedOn } };
}

export type CommitteeError = "not_found" | "invalid" | "same_committee" | "not_ready" | "wrong_committee" | "already_answered" | "decided_earlier" | TransitionRefusal;

/** The decision point of the application (ansökan) in the samverkansstöd process type. */
export const APPLICATION_DECISION_POINT = "ansokan";

export interface DecisionForCase {
  decision: DecisionRecord;
  /** Last day to appeal (laglighetsprövning), once the minutes have been posted; else null. */
  appealPeriodEnds: string | null;
  appealTo: string;
}

export const OUTCOME_SV: Record<DecisionOutcome, string> = { bifall: "Bifall", delvis_bifall: "Delvis bifall", avslag: "Avslag" };
const RATING_SV: Record<string, string> = { uppfyllt: "Uppfyllt", delvis_uppfyllt: "Delvis uppfyllt", ej_uppfyllt: "Ej uppfyllt", kan_ej_bedomas: "Kan ej bedömas" };
const BODY_SV: Record<MeetingBody, string> = { arbetsutskott: "arbetsutskott", namnd: "" };
export const APPEAL_COURT = "Förvaltningsrätten i Malmö";



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

  /** A committee officer's list: the cases of their committee and what other committees sent to it. */
  async inbox(actor: Actor): Promise<{ committeeId: string | null; cases: Array<{ id: string; caseNumber: string | null; title: string; status: string }>; referrals: ReferralRecord[] } | undefined> {
    if (!can(actor, { action: "handling.inbox" })) return undefined;
    if (!actor.committeeId) return { committeeId: null, cases: [], referrals: [] };
    const committeeId = actor.committeeId;
    return this.#uow.read(async (r) => ({ committeeId, cases: await r.committee.casesOfCommittee(committeeId), referrals: await r.committee.referralsTo(committeeId) }));
  }

  /** The receiving committee takes up a forwarded case: it goes back to assessment there. */
  async takeUp(actor: Actor, caseId: string, meta: AuditMeta = {}): Promise<Result<{ status: string }, CommitteeError>> {
    return this.#uow.transaction(async (r): Promise<Result<{ status: string }, CommitteeError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.assess", record: state })) return fail("not_found");
      if (actor.committeeId !== state.committeeId) return fail("wrong_committee");
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
      const ref = /^[0-9a-f-]{36}$/i.test(referralId) ? await r.committee.referral(referralId) : undefined;
      if (!ref || ref.kind !== "yttrande" || actor.committeeId !== ref.toCommitteeId || (actor.role !== "handlaggare" && actor.role !== "kontaktperson")) return fail("not_found");
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
    if (!can(actor, { action: "meeting.manage" }) || !/^[0-9a-f-]{36}$/i.test(meetingId)) return undefined;
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
    if (!parsed.ok) return fail("invalid", parsed.errors);
    const d = parsed.data;
    const amount = d.outcome === "avslag" ? null : d.grantedAmountSek;
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
  async setDecisionDates(actor: Actor, caseId: string, input: { minutesApprovedOn: string | null; postedOn: string | null }, meta: AuditMeta = {}): Promise<Result<DecisionForCase, CommitteeError>> {
    const parsed = checkDates(input);
    if (!parsed.ok) return fail("invalid", parsed.errors);
    return this.#uow.transaction(async (r): Promise<Result<DecisionForCase, CommitteeError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "committee.handle", record: state })) return fail("not_found");
      const d = await r.committee.decision(caseId, APPLICATION_DECISION_POINT);
      if (!d) return fail("not_found");
      if (parsed.data.minutesApprovedOn && parsed.data.minutesApprovedOn < d.decidedOn)
        return fail("invalid", { minutesApprovedOn: "decision.error.minutesBeforeDecision" });
      await r.committee.setDecisionDates(d.id, parsed.data);
      await r.audit.append({
        actor,
        action: "case.decision.dates",
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        before: { minutesApprovedOn: d.minutesApprovedOn, postedOn: d.postedOn },
        after: parsed.data,
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok(withAppeal({ ...d, ...parsed.data }));
    });
  }

  /** The decision on the application and how to appeal it, for anyone who may read the case (the applicant's case page). */
  async decisionForCase(actor: Actor, caseId: string): Promise<DecisionForCase | null | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      const d = await r.committee.decision(caseId, APPLICATION_DECISION_POINT);
      return d ? withAppeal(d) : null;
    });
  }

  // ---- officer's report -----------------------------------------------------------------

  async officerReport(actor: Actor, caseId: string): Promise<OfficerReport | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !(can(actor, { action: "committee.handle", record: state }) || can(actor, { action: "case.assess", record: state }))) return undefined;
      return buildReport(r, state, actor);
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

function withAppeal(d: DecisionRecord): DecisionForCase {
  return { decision: d, appealPeriodEnds: d.postedOn ? appealPeriodEnds(d.postedOn) : null, appealTo: APPEAL_COURT };
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
  if (Array.isArray(v)) return v.map((x) => (typeof x === "string" ? x : typeof x === "object" && x ? Object.values(x).filter((y) => typeof y === "string").join(": ") : "")).filter(Boolean).join("\n");
  return "";
}

async function buildReport(r: Repositories, state: CaseState, actor: Actor): Promise<OfficerReport | undefined> {
  const found = await r.cases.find(state.id);
  if (!found) return undefined;
  const committee = await r.committee.committeeById(state.committeeId);
  const committeeName = committee?.nameSv ?? state.committeeCode;
  const answers = await r.committee.applicationAnswers(state.id);
  const assessment = await r.committee.assessment(state.id);
  const pt = assessment ? await r.processTypes.byId(assessment.processTypeId) : state.processTypeId ? await r.processTypes.byId(state.processTypeId) : undefined;
  const decision = await r.committee.decision(state.id, APPLICATION_DECISION_POINT);
  const meetings = await r.committee.meetingsForCase(state.id);
  const referrals = await r.committee.referralsForCase(state.id);

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

  const fieldText = (key: string) => text(answers[key]);
  const sections: OfficerReport["sections"] = [];
  for (const f of pt?.definition.applicationFields ?? []) {
    const v = fieldText(f.key);
    if (v && f.kind !== "area" && f.key !== "title") sections.push({ heading: f.label.sv, text: v });
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
  const responsible = [
    ...(found.contactPersonName ? [{ name: found.contactPersonName, title: "Kontaktperson" }] : []),
    ...(found.contactPersonName === actor.name ? [] : [{ name: actor.name, title: actor.role === "handlaggare" ? "Handläggare" : "Kontaktperson" }]),
  ];

  return {
    title: found.title,
    caseNumber: state.caseNumber ?? "",
    committeeName,
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
