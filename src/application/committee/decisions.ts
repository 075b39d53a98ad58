/**
 * The committee's decision on the application: recording it (the decision row and the status
 * change in one transaction, the applicants told by e-mail), the dates of justering and anslag
 * that start the appeal period (the applicants told the last day to appeal), and reading it back
 * with its appeal, also as an extract of the minutes (protokollsutdrag). The rules a decision
 * and its dates obey are the domain's (src/domain/case/decision.ts).
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { appealPeriodEnds } from "#src/domain/case/appeal.ts";
import { APPEAL_COURT, APPLICATION_DECISION_POINT, checkDecision, checkDecisionDates, withAppeal, type DecisionDates, type DecisionInput, type DecisionOutcome } from "#src/domain/case/decision.ts";
import { isUuid } from "#src/domain/ids.ts";
import { phaseChange } from "#src/domain/collaboration/process-phase.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { applyCaseEvent, type CaseState } from "../cases/index.ts";
import type { AuditMeta, Clock, UnitOfWork } from "../shared/ports.ts";
import { caseLink, problemKeys, type CommitteeDeps, type CommitteeError } from "./common.ts";
import { swedishDay } from "#src/domain/dates.ts";
import type { AssessmentRecord, DecisionExtract, DecisionRecord, MeetingRecord, OfficerReportRenderer } from "./ports.ts";

export interface DecisionForCase {
  decision: DecisionRecord;
  /** Last day to appeal (laglighetsprövning), once the minutes have been posted; else null. */
  appealPeriodEnds: string | null;
  appealTo: string;
}

/** The mail that tells the applicants the committee's decision and how to appeal it, sent when it is recorded. */
export interface DecisionMailText {
  /** `label`: the case number, or null when the case has none. */
  subject(label: string | null): string;
  body(args: { label: string | null; committee: string; paragraph: string; decidedOn: string; outcome: DecisionOutcome; grantedAmountSek: number | null; conditions: string; court: string; link: string }): string;
}

/** The mail that tells the applicants the last day to appeal, sent when the posting (anslag) date is set or changed. */
export interface AppealMailText {
  subject(label: string): string;
  body(args: { label: string; committee: string; paragraph: string; decidedOn: string; postedOn: string; previousPostedOn: string | null; lastDay: string; court: string; link: string }): string;
}

/**
 * The words of the extract of the minutes, from the message catalogues (the page passes them).
 * The extract is the committee's document: the page passes Swedish.
 */
export interface DecisionExtractText {
  /** The decision as one sentence ("Tekniska nämnden beviljar samverkansstöd till …"). */
  decision(args: { committee: string; applicant: string; title: string; outcome: DecisionOutcome; amount: string | null }): string;
  outcome(outcome: DecisionOutcome): string;
  amount(sek: number): string;
  /** The applicant, when the case's organisation has no name. */
  applicant(): string;
  /** How the decision is appealed, and where to. */
  appealHow(court: string): string;
}

export class Decisions {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #publicUrl: string;
  readonly #nudgeMail: () => void;
  readonly #renderer: OfficerReportRenderer | null;

  constructor(deps: CommitteeDeps) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#publicUrl = deps.publicUrl;
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
    this.#renderer = deps.renderer ?? null;
  }

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
  async recordDecision(actor: Actor, caseId: string, input: DecisionInput, text: DecisionMailText, meta: AuditMeta = {}): Promise<Result<{ decisionId: string }, CommitteeError>> {
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
      await r.committee.setCaseOutcome(caseId, { grantedAmountSek: amount, at });
      // Support granted: the case becomes a running process in its samarbetsfas (the phase rule, with its history).
      const started = phaseChange({ phase: state.phase, applicationDecision: { outcome: d.outcome, adjusted: false }, effortsDecision: null }, "samarbete_inleds");
      if (started.ok) await r.collaboration.recordPhaseChange(caseId, started.value, actor.userId, at);
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
      const label = state.caseNumber;
      const body = text.body({ label, committee: committee?.nameSv ?? state.committeeCode, paragraph: d.paragraph, decidedOn: d.decidedOn, outcome: d.outcome, grantedAmountSek: amount, conditions: d.conditions, court: APPEAL_COURT, link: caseLink(this.#publicUrl, caseId) });
      for (const to of await r.committee.applicantEmails(caseId)) {
        await r.outbox.enqueue({ to, subject: text.subject(label), text: body, relatedEntity: `case:${caseId}`, at });
      }
      return ok({ decisionId });
    });
    if (result.ok) this.#nudgeMail();
    return result;
  }

  /**
   * Justering (minutes approved) and anslag (posted on the notice board): the appeal period runs
   * from the anslag date. When the posting date is set, or changed, the applicant parties get the
   * last day to appeal by e-mail; saving the same date again sends nothing.
   */
  async setDecisionDates(actor: Actor, caseId: string, input: DecisionDates, text: AppealMailText, meta: AuditMeta = {}, decisionPoint: string = APPLICATION_DECISION_POINT): Promise<Result<DecisionForCase, CommitteeError>> {
    const parsed = checkDecisionDates(input);
    if (!parsed.ok) return fail("invalid", problemKeys("decision.error.", parsed.problems));
    const result = await this.#uow.transaction(async (r): Promise<Result<DecisionForCase & { mailed: boolean }, CommitteeError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "committee.handle", record: state })) return fail("not_found");
      const d = await r.committee.decision(caseId, decisionPoint);
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
        before: { decisionPoint, minutesApprovedOn: d.minutesApprovedOn, postedOn: d.postedOn },
        after: { decisionPoint, ...parsed.value },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      const postedOn = parsed.value.postedOn;
      const mailed = postedOn !== null && postedOn !== d.postedOn;
      if (mailed) {
        const lastDay = appealPeriodEnds(postedOn);
        const committee = await r.committee.committeeById(state.committeeId);
        const label = state.caseNumber ?? (await r.cases.find(caseId))?.title ?? "";
        const link = caseLink(this.#publicUrl, caseId);
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
  async decisionExtractFile(actor: Actor, caseId: string, words: DecisionExtractText): Promise<{ bytes: Uint8Array; filename: string } | undefined> {
    if (!this.#renderer) throw new Error("Decisions: no document renderer configured");
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
      const amount = d.grantedAmountSek !== null && d.grantedAmountSek > 0 ? words.amount(d.grantedAmountSek) : null;
      const applicant = found.applicantOrganisationName ?? words.applicant();
      const decisionText = words.decision({ committee: committeeName, applicant, title: found.title, outcome: d.outcome, amount });
      return {
        committeeName,
        meetingOn: meeting?.meetsOn ?? d.decidedOn,
        paragraph: d.paragraph,
        caseNumber: state.caseNumber ?? "",
        diariumNumber: application?.diariumNumber ?? null,
        title: found.title,
        applicant,
        decisionText,
        outcome: words.outcome(d.outcome),
        grantedAmount: amount,
        conditions: d.conditions,
        minutesApprovedOn: d.minutesApprovedOn,
        postedOn: d.postedOn,
        appealPeriodEnds: appeal.appealPeriodEnds,
        appealHow: words.appealHow(APPEAL_COURT),
        madeOn: swedishDay(this.#clock.now()),
      };
    });
    if (!extract) return undefined;
    const safe = (extract.caseNumber || "arende").replace(/[^A-Za-z0-9-]/g, "_");
    return { bytes: await this.#renderer.decisionExtractPdf(extract), filename: `Protokollsutdrag-${safe}.pdf` };
  }
}
