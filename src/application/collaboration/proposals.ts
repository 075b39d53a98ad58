/**
 * The group's proposal of efforts (insatser) and the city's assessment of it, up to the point
 * where the committee decides (the decision itself is the committee feature's:
 * src/application/committee/efforts-decision.ts). The rules are the domain's
 * (src/domain/collaboration/proposal.ts); this use case gathers the facts, checks who may act
 * (`process.work` for the group's changes, `case.assess` for the city's), and records each
 * change with the audit log in one transaction.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { addSums, budgetSums, checkBudgetLine, checkEffort, checkMilestone, mayEditProposal, proposalStep, type BudgetSums, type ProposalRefusal, type ProposalStatus } from "#src/domain/collaboration/proposal.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { CaseState } from "../cases/index.ts";
import type { AuditMeta, Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { EffortRecord, ProposalRecord } from "./ports.ts";
import { budgetLineSchema, effortSchema, effortThemesSchema, milestoneSchema, proposalAssessmentSchema, proposalReturnSchema, type BudgetLineInput, type EffortFormInput, type EffortThemesInput, type MilestoneInput, type ProposalAssessmentInput } from "./schemas.ts";

export type ProposalError = "not_found" | "invalid" | "locked" | ProposalRefusal;

export interface EffortView extends EffortRecord {
  sums: BudgetSums;
}

export interface ProposalView {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: Phase;
  status: ProposalStatus;
  sentAt: Date | null;
  returnedReason: string | null;
  /** The city's assessment and child-impact analysis: shown to the city's staff and, once decided, to everyone who reads the case. */
  assessment: string;
  childImpact: string;
  efforts: EffortView[];
  sums: BudgetSums;
  /** The process's accepted themes from the dialogue, that an effort can answer. */
  themes: Array<{ id: string; name: string }>;
  may: {
    /** Add, change and remove efforts, lines and milestones (the group and the case staff, an utkast in the samarbetsfas). */
    edit: boolean;
    /** Send the proposal to the committee. */
    send: boolean;
    /** Assess it, send it back, make it ready for the committee (the case staff of its committee). */
    assess: boolean;
  };
}

const EMPTY: Omit<ProposalRecord, "caseId"> = { status: "utkast", sentAt: null, returnedReason: null, assessment: "", childImpact: "", assessedAt: null, efforts: [] };

/** Whether the city's assessment is complete: both texts written and a recommendation for every effort. */
export function isAssessed(p: Pick<ProposalRecord, "assessment" | "childImpact" | "efforts">): boolean {
  return p.assessment.trim() !== "" && p.childImpact.trim() !== "" && p.efforts.length > 0 && p.efforts.every((e) => e.recommended !== null);
}

export class ProposalService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;

  constructor(deps: { uow: UnitOfWork; clock: Clock }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
  }

  /** The proposal as its page shows it, for those who may read the case; undefined otherwise, or when the case is not a running process. */
  async view(actor: Actor, caseId: string): Promise<ProposalView | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      if (!isProcessPhase(state.phase)) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const p = (await r.proposals.proposal(caseId)) ?? { caseId, ...EMPTY };
      const efforts = p.efforts.map((e) => ({ ...e, sums: budgetSums(e.budgetLines) }));
      const work = can(actor, { action: "process.work", record: state });
      const assess = can(actor, { action: "case.assess", record: state });
      const cityMaySee = actor.role !== "aktor" || p.status === "beslutat";
      return {
        caseId,
        title: found.title,
        caseNumber: state.caseNumber,
        phase: state.phase,
        status: p.status,
        sentAt: p.sentAt,
        returnedReason: p.returnedReason,
        assessment: cityMaySee ? p.assessment : "",
        childImpact: cityMaySee ? p.childImpact : "",
        efforts,
        sums: addSums(efforts.map((e) => e.sums)),
        themes: await r.proposals.acceptedThemes(caseId),
        may: {
          edit: work && mayEditProposal({ status: p.status, phase: state.phase }),
          send: work && proposalStep({ status: p.status, phase: state.phase, effortCount: p.efforts.length, assessed: false }, "send").ok,
          assess: assess && state.phase === "samarbete" && (p.status === "inskickat" || p.status === "klar_for_namnd"),
        },
      };
    });
  }

  async addEffort(actor: Actor, caseId: string, input: EffortFormInput, meta: AuditMeta = {}): Promise<Result<{ effortId: string }, ProposalError>> {
    const parsed = effortSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const checked = checkEffort(parsed.data);
    if (!checked.ok) return fail("invalid", effortProblems(checked.problems));
    const key = parsed.data.submissionKey;
    return this.#edit(actor, caseId, meta, async (r, state, at) => {
      if (key) {
        const earlier = await r.proposals.effortBySubmissionKey(key);
        if (earlier) return earlier.caseId === caseId ? ok({ effortId: earlier.id }) : fail("invalid");
      }
      const effortId = await r.proposals.addEffort(caseId, checked.value, actor.userId, at, key);
      return ok({ effortId, audit: { action: "proposal.effort.add", after: { effortId, title: checked.value.title } } });
    });
  }

  async updateEffort(actor: Actor, caseId: string, effortId: string, input: EffortFormInput, meta: AuditMeta = {}): Promise<Result<{ effortId: string }, ProposalError>> {
    const parsed = effortSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const checked = checkEffort(parsed.data);
    if (!checked.ok) return fail("invalid", effortProblems(checked.problems));
    if (!isUuid(effortId)) return fail("not_found");
    return this.#edit(actor, caseId, meta, async (r, _state, at) => {
      if (!(await r.proposals.effortOf(caseId, effortId))) return fail("not_found");
      await r.proposals.updateEffort(effortId, checked.value, at);
      return ok({ effortId, audit: { action: "proposal.effort.update", after: { effortId, title: checked.value.title, startsOn: checked.value.startsOn, endsOn: checked.value.endsOn } } });
    });
  }

  async removeEffort(actor: Actor, caseId: string, effortId: string, meta: AuditMeta = {}): Promise<Result<{ effortId: string }, ProposalError>> {
    if (!isUuid(effortId)) return fail("not_found");
    return this.#edit(actor, caseId, meta, async (r) => {
      if (!(await r.proposals.effortOf(caseId, effortId))) return fail("not_found");
      await r.proposals.removeEffort(effortId);
      return ok({ effortId, audit: { action: "proposal.effort.remove", after: { effortId } } });
    });
  }

  async addBudgetLine(actor: Actor, caseId: string, effortId: string, input: BudgetLineInput, meta: AuditMeta = {}): Promise<Result<{ lineId: string }, ProposalError>> {
    const parsed = budgetLineSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const checked = checkBudgetLine(parsed.data);
    if (!checked.ok) return fail("invalid", lineProblems(checked.problems));
    if (!isUuid(effortId)) return fail("not_found");
    return this.#edit(actor, caseId, meta, async (r) => {
      if (!(await r.proposals.effortOf(caseId, effortId))) return fail("not_found");
      const lineId = await r.proposals.addBudgetLine(effortId, checked.value);
      return ok({ lineId, audit: { action: "proposal.budget.add", after: { effortId, lineId, funder: checked.value.funder, form: checked.value.form, amountSek: checked.value.amountSek } } });
    });
  }

  async removeBudgetLine(actor: Actor, caseId: string, effortId: string, lineId: string, meta: AuditMeta = {}): Promise<Result<{ lineId: string }, ProposalError>> {
    if (!isUuid(effortId) || !isUuid(lineId)) return fail("not_found");
    return this.#edit(actor, caseId, meta, async (r) => {
      if (!(await r.proposals.effortOf(caseId, effortId))) return fail("not_found");
      if (!(await r.proposals.removeBudgetLine(effortId, lineId))) return fail("not_found");
      return ok({ lineId, audit: { action: "proposal.budget.remove", after: { effortId, lineId } } });
    });
  }

  async addMilestone(actor: Actor, caseId: string, effortId: string, input: MilestoneInput, meta: AuditMeta = {}): Promise<Result<{ milestoneId: string }, ProposalError>> {
    const parsed = milestoneSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    if (!isUuid(effortId)) return fail("not_found");
    return this.#edit(actor, caseId, meta, async (r) => {
      const effort = await r.proposals.effortOf(caseId, effortId);
      if (!effort) return fail("not_found");
      const checked = checkMilestone(parsed.data, effort);
      if (!checked.ok) return fail("invalid", prefixed(checked.problems, { title: "milestoneTitle", dueOn: "dueOn", outsideEffort: "outsideEffort", tooLong: "milestoneTitleTooLong" }));
      const milestoneId = await r.proposals.addMilestone(effortId, checked.value);
      return ok({ milestoneId, audit: { action: "proposal.milestone.add", after: { effortId, milestoneId, dueOn: checked.value.dueOn } } });
    });
  }

  async removeMilestone(actor: Actor, caseId: string, effortId: string, milestoneId: string, meta: AuditMeta = {}): Promise<Result<{ milestoneId: string }, ProposalError>> {
    if (!isUuid(effortId) || !isUuid(milestoneId)) return fail("not_found");
    return this.#edit(actor, caseId, meta, async (r) => {
      if (!(await r.proposals.effortOf(caseId, effortId))) return fail("not_found");
      if (!(await r.proposals.removeMilestone(effortId, milestoneId))) return fail("not_found");
      return ok({ milestoneId, audit: { action: "proposal.milestone.remove", after: { effortId, milestoneId } } });
    });
  }

  /** Sets the dialogue's themes an effort answers (accepted themes of the same process only). */
  async setEffortThemes(actor: Actor, caseId: string, effortId: string, input: EffortThemesInput, meta: AuditMeta = {}): Promise<Result<{ effortId: string }, ProposalError>> {
    const parsed = effortThemesSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    if (!isUuid(effortId)) return fail("not_found");
    const themeIds = [...new Set(parsed.data.themeIds)];
    return this.#edit(actor, caseId, meta, async (r) => {
      if (!(await r.proposals.effortOf(caseId, effortId))) return fail("not_found");
      const accepted = new Set((await r.proposals.acceptedThemes(caseId)).map((t) => t.id));
      if (themeIds.some((id) => !accepted.has(id))) return fail("invalid", { themeIds: "proposal.error.theme" });
      await r.proposals.setEffortThemes(effortId, themeIds);
      return ok({ effortId, audit: { action: "proposal.effort.themes", after: { effortId, themeIds } } });
    });
  }

  /** The group sends the proposal to the committee; sending it again changes nothing. */
  async send(actor: Actor, caseId: string, meta: AuditMeta = {}): Promise<Result<{ status: ProposalStatus }, ProposalError>> {
    return this.#step<{ status: ProposalStatus }>(actor, caseId, "process.work", meta, async (r, state, status, p, at) => {
      if (status === "inskickat") return ok({ status });
      const step = proposalStep({ status, phase: state.phase, effortCount: p.efforts.length, assessed: false }, "send");
      if (!step.ok) return step;
      await r.proposals.setStatus(caseId, step.value, at, { sentBy: actor.userId });
      return ok({ status: step.value, audit: { action: "proposal.send", after: { efforts: p.efforts.length, cityMoneySek: addSums(p.efforts.map((e) => budgetSums(e.budgetLines))).cityMoney } } });
    });
  }

  /** The city sends the proposal back to the group, with the reason; the group can change it and send it again. */
  async returnToGroup(actor: Actor, caseId: string, input: { reason: string }, meta: AuditMeta = {}): Promise<Result<{ status: ProposalStatus }, ProposalError>> {
    const parsed = proposalReturnSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#step<{ status: ProposalStatus }>(actor, caseId, "case.assess", meta, async (r, state, status, p, at) => {
      const step = proposalStep({ status, phase: state.phase, effortCount: p.efforts.length, assessed: isAssessed(p) }, "return", parsed.data.reason);
      if (!step.ok) return step;
      await r.proposals.setStatus(caseId, step.value, at, { returnedReason: parsed.data.reason });
      return ok({ status: step.value, audit: { action: "proposal.return", after: { reason: parsed.data.reason } } });
    });
  }

  /** The city's assessment: the overall text, the child-impact analysis, a recommendation per effort. */
  async saveAssessment(actor: Actor, caseId: string, input: ProposalAssessmentInput, meta: AuditMeta = {}): Promise<Result<{ assessed: boolean }, ProposalError>> {
    const parsed = proposalAssessmentSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const a = parsed.data;
    const problems: Record<string, string> = {};
    a.efforts.forEach((e, i) => {
      if (e.recommended === true && e.citySek === null) problems[`efforts_${i}_citySek`] = "proposal.error.recommendedAmount";
    });
    if (Object.keys(problems).length) return fail("invalid", problems);
    return this.#step(actor, caseId, "case.assess", meta, async (r, state, status, p, at) => {
      if (state.phase !== "samarbete") return fail("not_in_samarbete");
      if (status !== "inskickat" && status !== "klar_for_namnd") return fail("wrong_status");
      const ids = new Set(p.efforts.map((e) => e.id));
      if (a.efforts.some((e) => !ids.has(e.effortId))) return fail("invalid", { form: "proposal.error.changed" });
      await r.proposals.saveAssessment(caseId, { assessment: a.assessment, childImpact: a.childImpact, efforts: a.efforts.map((e) => ({ effortId: e.effortId, recommended: e.recommended, citySek: e.recommended ? e.citySek : null })) }, actor.userId, at);
      const after = { ...p, assessment: a.assessment, childImpact: a.childImpact, efforts: p.efforts.map((e) => ({ ...e, recommended: a.efforts.find((x) => x.effortId === e.id)?.recommended ?? e.recommended })) };
      return ok({ assessed: isAssessed(after), audit: { action: "proposal.assess", after: { recommendations: a.efforts.map((e) => ({ effortId: e.effortId, recommended: e.recommended, citySek: e.citySek })) } } });
    });
  }

  /** The city marks the assessed proposal ready for the committee (it can then be put on an agenda). */
  async markReady(actor: Actor, caseId: string, meta: AuditMeta = {}): Promise<Result<{ status: ProposalStatus }, ProposalError>> {
    return this.#step<{ status: ProposalStatus }>(actor, caseId, "case.assess", meta, async (r, state, status, p, at) => {
      if (status === "klar_for_namnd") return ok({ status });
      const step = proposalStep({ status, phase: state.phase, effortCount: p.efforts.length, assessed: isAssessed(p) }, "ready");
      if (!step.ok) return step;
      await r.proposals.setStatus(caseId, step.value, at);
      return ok({ status: step.value, audit: { action: "proposal.ready", after: {} } });
    });
  }

  /** A change by the group (or the case staff) to an utkast: authorised, the proposal locked, audited. */
  async #edit<T extends object>(actor: Actor, caseId: string, meta: AuditMeta, change: (r: Repositories, state: CaseState, at: Date) => Promise<Result<T & { audit?: { action: string; after: Record<string, unknown> } }, ProposalError>>): Promise<Result<T, ProposalError>> {
    if (!isUuid(caseId)) return fail("not_found");
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "process.work", record: state }) || !isProcessPhase(state.phase)) return fail("not_found");
      const at = this.#clock.now();
      const status = await r.proposals.lockOrBegin(caseId, at);
      if (!mayEditProposal({ status, phase: state.phase })) return fail("locked");
      const done = await change(r, state, at);
      if (!done.ok) return done;
      const { audit, ...value } = done.value;
      if (audit) await r.audit.append({ actor, action: audit.action, entityType: "case", entityId: caseId, organisationId: state.applicantOrganisationId, after: audit.after, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok(value as T);
    });
  }

  async #step<T extends object>(
    actor: Actor,
    caseId: string,
    action: "process.work" | "case.assess",
    meta: AuditMeta,
    change: (r: Repositories, state: CaseState, status: ProposalStatus, p: ProposalRecord, at: Date) => Promise<Result<T & { audit?: { action: string; after: Record<string, unknown> } }, ProposalError>>,
  ): Promise<Result<T, ProposalError>> {
    if (!isUuid(caseId)) return fail("not_found");
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action, record: state }) || !isProcessPhase(state.phase)) return fail("not_found");
      const at = this.#clock.now();
      const status = await r.proposals.lockOrBegin(caseId, at);
      const p = (await r.proposals.proposal(caseId)) ?? { caseId, ...EMPTY };
      const done = await change(r, state, status, p, at);
      if (!done.ok) return done;
      const { audit, ...value } = done.value;
      if (audit) await r.audit.append({ actor, action: audit.action, entityType: "case", entityId: caseId, organisationId: state.applicantOrganisationId, after: audit.after, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok(value as T);
    });
  }
}

function isProcessPhase(phase: Phase): boolean {
  return phase === "samarbete" || phase === "utforande" || phase === "resultat" || phase === "avslutad";
}

/** The domain's problems as message keys by field. */
function prefixed(problems: Partial<Record<string, string>>, keys: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, `proposal.error.${keys[p ?? ""] ?? p}`]));
}

function lineProblems(problems: Partial<Record<string, string>>): Record<string, string> {
  const key = (field: string, p: string | undefined) => (p === "tooLong" ? (field === "description" ? "lineDescriptionTooLong" : `${field}TooLong`) : p === "description" ? "lineDescription" : p);
  return Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, `proposal.error.${key(field, p)}`]));
}

function effortProblems(problems: Partial<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(problems).map(([field, p]) => {
      if (p === "tooLong") return [field, `proposal.error.${field}TooLong`];
      return [field, `proposal.error.${p}`];
    }),
  );
}
