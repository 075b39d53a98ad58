/**
 * The committee's second decision: on the efforts (insatser) the group proposed, decision point
 * "insatser" (seed 002). Handled like the first: the city's assessment and officer's report
 * (src/application/collaboration/proposals.ts, ./officer-report.ts), the agenda (./meetings.ts),
 * the decision with its paragraph, then justering and anslag with the last day to appeal
 * (`Decisions.setDecisionDates` with this decision point). The decision approves all, some or
 * none of the efforts, each with the city's contribution (the rule: `effortsOutcome` in
 * src/domain/collaboration/proposal.ts); the approved efforts become the execution plan.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { APPEAL_COURT, checkDecisionRecord, EFFORTS_DECISION_POINT, withAppeal, type DecisionOutcome, type DecisionRecordInput } from "#src/domain/case/decision.ts";
import { effortsOutcome, proposalStep, type EffortVerdict } from "#src/domain/collaboration/proposal.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { ProposalRecord } from "../collaboration/index.ts";
import type { CaseState } from "../cases/index.ts";
import type { AuditMeta, Clock, UnitOfWork } from "../shared/ports.ts";
import { caseLink, problemKeys, type CommitteeDeps, type CommitteeError } from "./common.ts";
import type { DecisionForCase } from "./decisions.ts";
import type { MeetingRecord } from "./ports.ts";

export interface EffortsDecisionInput extends DecisionRecordInput {
  verdicts: EffortVerdict[];
}

/** The mail that tells the applicant group the committee's decision on its efforts. */
export interface EffortsDecisionMailText {
  subject(label: string | null): string;
  body(args: { label: string | null; committee: string; paragraph: string; decidedOn: string; outcome: DecisionOutcome; efforts: Array<{ title: string; approved: boolean; citySek: number | null }>; conditions: string; court: string; link: string }): string;
}

export interface EffortsDecisionView {
  case: CaseState;
  title: string;
  proposal: ProposalRecord | null;
  decision: DecisionForCase | null;
  meetings: MeetingRecord[];
  /** The proposal is ready for the committee (klar för nämnd) and not yet decided. */
  ready: boolean;
}

export type EffortsDecisionError = CommitteeError | "not_ready";

export class EffortsDecisions {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #publicUrl: string;
  readonly #nudgeMail: () => void;

  constructor(deps: CommitteeDeps) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#publicUrl = deps.publicUrl;
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
  }

  /** The decision page: the proposal with the city's recommendations, the meetings, the decision once made. */
  async view(actor: Actor, caseId: string): Promise<EffortsDecisionView | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "committee.handle", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      const proposal = (await r.proposals.proposal(caseId)) ?? null;
      if (!found || !proposal) return undefined;
      const d = await r.committee.decision(caseId, EFFORTS_DECISION_POINT);
      return { case: state, title: found.title, proposal, decision: d ? withAppeal(d) : null, meetings: await r.committee.meetingsForCase(caseId), ready: proposal.status === "klar_for_namnd" };
    });
  }

  /**
   * Records the decision on the efforts: the decision row (decision point "insatser"), each
   * effort's verdict, the proposal decided, in one transaction; the applicant group told by
   * e-mail how to appeal. The same decision sent twice gives the first.
   */
  async record(actor: Actor, caseId: string, input: EffortsDecisionInput, text: EffortsDecisionMailText, meta: AuditMeta = {}): Promise<Result<{ decisionId: string }, EffortsDecisionError>> {
    if (!isUuid(caseId)) return fail("not_found");
    const checked = checkDecisionRecord(input);
    if (!checked.ok) return fail("invalid", problemKeys("decision.error.", checked.problems));
    const d = checked.value;
    const result = await this.#uow.transaction(async (r): Promise<Result<{ decisionId: string }, EffortsDecisionError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "committee.handle", record: state })) return fail("not_found");
      const earlier = await r.committee.decision(caseId, EFFORTS_DECISION_POINT);
      if (earlier) return earlier.paragraph === d.paragraph ? ok({ decisionId: earlier.id }) : fail("decided_earlier");
      // The case row is locked above: no other change to its proposal runs meanwhile.
      const proposal = await r.proposals.proposal(caseId);
      if (!proposal) return fail("not_ready");
      const step = proposalStep({ status: proposal.status, phase: state.phase, effortCount: proposal.efforts.length, assessed: true }, "decide");
      if (!step.ok) return fail("not_ready");
      const outcome = effortsOutcome(
        proposal.efforts.map((e) => e.id),
        input.verdicts,
      );
      if (!outcome.ok) {
        const index = new Map(input.verdicts.map((v, i) => [v.effortId, i]));
        return fail(
          "invalid",
          Object.fromEntries(Object.entries(outcome.problems).map(([id, p]) => [index.has(id) ? `verdicts_${index.get(id)}_${p === "amount" ? "citySek" : "approved"}` : "form", p === "amount" ? "effortsDecision.error.amount" : "effortsDecision.error.verdict"])),
        );
      }
      if (d.meetingId) {
        const m = await r.committee.meeting(d.meetingId);
        if (!m || m.committeeId !== state.committeeId) return fail("invalid");
      }
      const at = this.#clock.now();
      const granted = outcome.outcome === "avslag" ? null : outcome.grantedSek;
      const decisionId = await r.committee.addDecision({
        caseId,
        meetingId: d.meetingId,
        decisionPoint: EFFORTS_DECISION_POINT,
        paragraph: d.paragraph,
        decidedOn: d.decidedOn,
        outcome: outcome.outcome,
        grantedAmountSek: granted,
        conditions: d.conditions,
        recipients: d.recipients,
        recordedBy: actor.userId,
        at,
      });
      await r.proposals.recordVerdicts(caseId, outcome.verdicts, at);
      await r.proposals.setStatus(caseId, step.value, at);
      await r.audit.append({
        actor,
        action: "case.decision.record",
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        after: { decisionId, decisionPoint: EFFORTS_DECISION_POINT, paragraph: d.paragraph, decidedOn: d.decidedOn, outcome: outcome.outcome, grantedAmountSek: granted, verdicts: outcome.verdicts },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      const committee = await r.committee.committeeById(state.committeeId);
      const titles = new Map(proposal.efforts.map((e) => [e.id, e.title]));
      const body = text.body({
        label: state.caseNumber,
        committee: committee?.nameSv ?? state.committeeCode,
        paragraph: d.paragraph,
        decidedOn: d.decidedOn,
        outcome: outcome.outcome,
        efforts: outcome.verdicts.map((v) => ({ title: titles.get(v.effortId) ?? "", approved: v.approved, citySek: v.citySek })),
        conditions: d.conditions,
        court: APPEAL_COURT,
        link: caseLink(this.#publicUrl, caseId),
      });
      for (const to of await r.committee.applicantEmails(caseId)) await r.outbox.enqueue({ to, subject: text.subject(state.caseNumber), text: body, relatedEntity: `case:${caseId}`, at });
      return ok({ decisionId });
    });
    if (result.ok) this.#nudgeMail();
    return result;
  }
}
