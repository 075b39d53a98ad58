/**
 * Genomförandeplanen (issue 12): the approved efforts with their status and progress, their
 * milestones, and the changes the group asks for (the rules: src/domain/execution/plan.ts and
 * change-request.ts). The group (`process.work`: its parties and the city's case staff of the
 * committee) updates progress and asks for changes; the contact person or case officer
 * (`case.assess`) approves or refuses them, and reopens a finished effort; a change above the
 * process type's thresholds waits for the committee, whose decision the case officer
 * (`committee.handle`) records. Everyone who may read the case sees the plan and its history.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { swedishDay } from "#src/domain/dates.ts";
import { belowPaid } from "#src/domain/execution/budget.ts";
import { changeStep, checkChange, DEFAULT_CHANGE_THRESHOLDS, isApplied, type ChangeProposal, type ChangeRefusal, type ChangeStatus } from "#src/domain/execution/change-request.ts";
import { allowedStatuses, checkProgress, hasExecutionPlan, isBehind, isExecutionOpen, type EffortStatus, type ProgressRefusal } from "#src/domain/execution/plan.ts";
import type { ChangeThresholds } from "#src/domain/process-type/definition.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { CaseState } from "../cases/index.ts";
import type { AuditMeta, Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import { guarded, messages, readable } from "./guard.ts";
import type { ChangeRecord, PlanEffort } from "./ports.ts";
import { changeAnswerSchema, changeDecisionSchema, changeRequestSchema, milestoneDoneSchema, progressSchema, type ChangeAnswerInput, type ChangeDecisionInput, type ChangeRequestInput, type MilestoneDoneInput, type ProgressInput } from "./schemas.ts";

export type PlanError = "not_found" | "invalid" | "closed" | ProgressRefusal | ChangeRefusal | "below_paid";

export interface PlanEffortView extends PlanEffort {
  /** The statuses this actor may set next (the current one first). */
  nextStatuses: EffortStatus[];
  behind: boolean;
}

export interface PlanView {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: Phase;
  /** Whether the process has a plan yet (from the utförandefas on). */
  started: boolean;
  today: string;
  efforts: PlanEffortView[];
  changes: ChangeRecord[];
  thresholds: ChangeThresholds;
  may: {
    /** Update progress, mark milestones, ask for changes. */
    work: boolean;
    /** Approve or refuse a change within the thresholds; reopen a finished effort. */
    settle: boolean;
    /** Record the committee's decision on a change above the thresholds. */
    decide: boolean;
  };
}

export class ExecutionPlanService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;

  constructor(deps: { uow: UnitOfWork; clock: Clock }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
  }

  /** The plan as its page shows it, for those who may read the case; undefined otherwise. */
  async view(actor: Actor, caseId: string): Promise<PlanView | undefined> {
    return this.#uow.read(async (r) => {
      const state = await readable(r, actor, caseId);
      if (!state) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const started = hasExecutionPlan(state.phase);
      const open = isExecutionOpen(state.phase);
      const work = open && can(actor, { action: "process.work", record: state });
      const settle = open && can(actor, { action: "case.assess", record: state });
      const today = swedishDay(this.#clock.now());
      const efforts = started ? await r.execution.plan(caseId) : [];
      return {
        caseId,
        title: found.title,
        caseNumber: state.caseNumber,
        phase: state.phase,
        started,
        today,
        efforts: efforts.map((e) => ({ ...e, nextStatuses: work ? allowedStatuses(e.status, { mayReopen: settle }) : [], behind: isBehind(e, today) })),
        changes: started ? await r.execution.changes(caseId) : [],
        thresholds: await thresholdsOf(r, state),
        may: { work, settle, decide: open && can(actor, { action: "committee.handle", record: state }) },
      };
    });
  }

  /** The group's progress on an effort: status, percent, note. */
  async updateProgress(actor: Actor, caseId: string, effortId: string, input: ProgressInput, meta: AuditMeta = {}): Promise<Result<{ effortId: string }, PlanError>> {
    const parsed = progressSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    if (!isUuid(effortId)) return fail("not_found");
    return guarded(this.#uow, actor, caseId, "process.work", meta, async (r, state) => {
      const effort = (await r.execution.plan(caseId)).find((e) => e.id === effortId);
      if (!effort) return fail("not_found");
      const checked = checkProgress(effort.status, parsed.data, { phase: state.phase, mayReopen: can(actor, { action: "case.assess", record: state }) });
      if (!checked.ok) return checked.error === "transition" ? fail("invalid", { status: "execution.error.transition" }) : fail(checked.error);
      await r.execution.saveProgress(effortId, checked.value, actor.userId, this.#clock.now());
      return ok({ effortId, audit: { action: "execution.progress", after: { effortId, title: effort.title, from: effort.status, status: checked.value.status, percent: checked.value.percent } } });
    });
  }

  /** Marks a milestone done (on a date; today when none is given) or not done. */
  async markMilestone(actor: Actor, caseId: string, effortId: string, input: MilestoneDoneInput, meta: AuditMeta = {}): Promise<Result<{ milestoneId: string }, PlanError>> {
    const parsed = milestoneDoneSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    if (!isUuid(effortId)) return fail("not_found");
    return guarded(this.#uow, actor, caseId, "process.work", meta, async (r) => {
      const effort = (await r.execution.plan(caseId)).find((e) => e.id === effortId);
      const milestone = effort?.milestones.find((m) => m.id === parsed.data.milestoneId);
      if (!effort || !milestone) return fail("not_found");
      const at = this.#clock.now();
      const doneOn = parsed.data.done === "ja" ? (parsed.data.doneOn ?? swedishDay(at)) : null;
      await r.execution.markMilestone(milestone.id, doneOn, actor.userId, at);
      return ok({ milestoneId: milestone.id, audit: { action: "execution.milestone", after: { effortId, milestoneId: milestone.id, title: milestone.title, doneOn } } });
    });
  }

  /**
   * The group asks for a change to an effort's city contribution or a date, saying why. Within
   * the process type's thresholds it waits for the contact person; above them for the
   * committee. The same form key twice records one request.
   */
  async requestChange(actor: Actor, caseId: string, input: ChangeRequestInput, meta: AuditMeta = {}): Promise<Result<{ changeId: string; needsDecision: boolean }, PlanError>> {
    const parsed = changeRequestSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const d = parsed.data;
    const missing: Record<string, string> = {};
    if (d.kind === "belopp" && d.toSek === null) missing.toSek = "execution.error.amount";
    if (d.kind === "datum" && !d.toStartsOn) missing.toStartsOn = "execution.error.startsOn";
    if (d.kind === "datum" && !d.toEndsOn) missing.toEndsOn = "execution.error.endsOn";
    if (d.kind === "milstolpe" && !d.milestoneId) missing.milestoneId = "execution.error.milestone";
    if (d.kind === "milstolpe" && !d.toDueOn) missing.toDueOn = "execution.error.dueOn";
    if (Object.keys(missing).length) return fail("invalid", missing);
    return guarded<{ changeId: string; needsDecision: boolean }, PlanError>(this.#uow, actor, caseId, "process.work", meta, async (r, state) => {
      if (d.submissionKey) {
        const earlier = await r.execution.changeBySubmissionKey(d.submissionKey);
        if (earlier) return earlier.caseId === caseId ? ok({ changeId: earlier.id, needsDecision: earlier.status === "kraver_beslut" }) : fail("invalid", { form: "appl.error.form" });
      }
      const effort = (await r.execution.plan(caseId)).find((e) => e.id === d.effortId);
      if (!effort) return fail("invalid", { effortId: "execution.error.effort" });
      const milestone = d.kind === "milstolpe" ? effort.milestones.find((m) => m.id === d.milestoneId) : undefined;
      if (d.kind === "milstolpe" && !milestone) return fail("invalid", { milestoneId: "execution.error.milestone" });
      const proposal: ChangeProposal = d.kind === "belopp" ? { kind: "belopp", toSek: d.toSek ?? 0 } : d.kind === "datum" ? { kind: "datum", toStartsOn: d.toStartsOn ?? "", toEndsOn: d.toEndsOn ?? "" } : { kind: "milstolpe", milestoneId: milestone?.id ?? "", toDueOn: d.toDueOn ?? "" };
      const checked = checkChange(proposal, d.reason, { decidedSek: effort.decidedCitySek, currentSek: effort.citySek, startsOn: effort.startsOn, endsOn: effort.endsOn, ...(milestone ? { milestoneDueOn: milestone.dueOn } : {}) }, await thresholdsOf(r, state));
      if (!checked.ok) return fail("invalid", messages(checked.problems));
      const at = this.#clock.now();
      const status: ChangeStatus = checked.needsDecision ? "kraver_beslut" : "begard";
      const changeId = await r.execution.addChange({
        caseId,
        effortId: effort.id,
        milestoneId: milestone?.id ?? null,
        kind: d.kind,
        fromSek: d.kind === "belopp" ? effort.citySek : null,
        toSek: d.kind === "belopp" ? d.toSek : null,
        fromStartsOn: d.kind === "datum" ? effort.startsOn : d.kind === "milstolpe" ? (milestone?.dueOn ?? null) : null,
        toStartsOn: d.kind === "datum" ? d.toStartsOn : d.kind === "milstolpe" ? d.toDueOn : null,
        fromEndsOn: d.kind === "datum" ? effort.endsOn : null,
        toEndsOn: d.kind === "datum" ? d.toEndsOn : null,
        reason: checked.reason,
        status,
        requestedBy: actor.userId,
        at,
        submissionKey: d.submissionKey,
      });
      return ok({ changeId, needsDecision: checked.needsDecision, audit: { action: "execution.change.request", after: { changeId, effortId: effort.id, title: effort.title, kind: d.kind, status } } });
    });
  }

  /** The contact person (or case officer) approves a change within the thresholds, or refuses one with a reason. */
  async answerChange(actor: Actor, caseId: string, input: ChangeAnswerInput, meta: AuditMeta = {}): Promise<Result<{ status: ChangeStatus }, PlanError>> {
    const parsed = changeAnswerSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const { changeId, answer, note } = parsed.data;
    return guarded(this.#uow, actor, caseId, "case.assess", meta, async (r, state) => {
      const change = await r.execution.changeForUpdate(caseId, changeId);
      if (!change) return fail("not_found");
      const step = changeStep(change.status, answer, { phase: state.phase, note });
      if (!step.ok) return step.error === "note_required" ? fail("invalid", { note: "execution.error.note_required" }) : fail(step.error);
      const applied = await this.#settle(r, change, step.value, actor, { note, decisionReference: null, decisionOn: null });
      if (!applied.ok) return applied;
      return ok({ status: step.value, audit: { action: answer === "approve" ? "execution.change.approve" : "execution.change.refuse", after: { changeId, effortId: change.effortId, title: change.effortTitle, kind: change.kind, note } } });
    });
  }

  /** The case officer records the committee's decision on a change above the thresholds. */
  async recordChangeDecision(actor: Actor, caseId: string, input: ChangeDecisionInput, meta: AuditMeta = {}): Promise<Result<{ status: ChangeStatus }, PlanError>> {
    const parsed = changeDecisionSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const d = parsed.data;
    return guarded(this.#uow, actor, caseId, "committee.handle", meta, async (r, state) => {
      const change = await r.execution.changeForUpdate(caseId, d.changeId);
      if (!change) return fail("not_found");
      const step = changeStep(change.status, d.outcome === "bifall" ? "decide_bifall" : "decide_avslag", { phase: state.phase, note: d.note });
      if (!step.ok) return fail(step.error);
      const applied = await this.#settle(r, change, step.value, actor, { note: d.note, decisionReference: d.reference, decisionOn: d.decidedOn });
      if (!applied.ok) return applied;
      return ok({ status: step.value, audit: { action: "execution.change.decide", after: { changeId: d.changeId, effortId: change.effortId, title: change.effortTitle, outcome: d.outcome, reference: d.reference, decidedOn: d.decidedOn } } });
    });
  }

  /** Settles a request; an approved one changes the plan (a contribution never below what is paid already). */
  async #settle(r: Repositories, change: ChangeRecord, status: ChangeStatus, actor: Actor, s: { note: string; decisionReference: string | null; decisionOn: string | null }): Promise<Result<true, PlanError>> {
    const at = this.#clock.now();
    if (isApplied(status)) {
      if (change.kind === "belopp" && change.toSek !== null) {
        if (belowPaid(change.toSek, await r.execution.paidTo(change.effortId))) return fail("below_paid");
        await r.execution.setCityInForce(change.effortId, change.toSek, actor.userId, at);
      } else if (change.kind === "datum" && change.toStartsOn && change.toEndsOn) {
        await r.execution.setEffortDates(change.effortId, change.toStartsOn, change.toEndsOn, at);
      } else if (change.kind === "milstolpe" && change.milestoneId && change.toStartsOn) {
        await r.execution.setMilestoneDate(change.milestoneId, change.toStartsOn);
      }
    }
    await r.execution.settleChange(change.id, { status, by: actor.userId, at, ...s });
    return ok(true);
  }
}

/** The thresholds of the process's type (an older stored version without them: the domain's defaults). */
export async function thresholdsOf(r: Repositories, state: CaseState): Promise<ChangeThresholds> {
  const type = state.processTypeId ? await r.processTypes.byId(state.processTypeId) : undefined;
  return type?.definition.changeThresholds ?? DEFAULT_CHANGE_THRESHOLDS;
}
