/**
 * A multi-year process's goals and its yearly follow-up (issue 12, "Yearly follow-up"): the goals
 * with target values set at the start, the contact person's word on whether the process is
 * multi-year, and each year's follow-up with the value reached per goal. The schedule is the
 * domain's (src/domain/results/yearly.ts).
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { swedishDay } from "#src/domain/dates.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { followUpYears, isMultiYear, mayFollowUp, type FollowUpYear, type YearlyFacts } from "#src/domain/results/yearly.ts";
import type { AuditMeta, Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { FollowUpRecord, GoalRecord } from "./ports.ts";
import { followUpSchema, goalPlanSchema, goalSchema, type FollowUpInput, type GoalInput } from "./schemas.ts";

export type GoalError = "not_found" | "invalid" | "closed" | "goal_in_use" | "not_due" | "already_followed_up";

const WORKING: readonly Phase[] = ["samarbete", "utforande", "resultat"];
const PROCESS: readonly Phase[] = [...WORKING, "avslutad"];

export interface GoalsView {
  caseId: string;
  title: string;
  phase: Phase;
  /** The contact person's word (null: the efforts decide). */
  multiYearSet: boolean | null;
  multiYear: boolean;
  goals: GoalRecord[];
  years: FollowUpYear[];
  followUps: FollowUpRecord[];
  may: {
    /** Add and remove goals (the group and the case staff, while the process runs). */
    editGoals: boolean;
    /** Say whether the process is multi-year (the contact person and case officer of its committee). */
    setPlan: boolean;
    /** The years whose follow-up may be written now. */
    followUp: number[];
  };
}

async function yearlyFacts(r: Repositories, caseId: string, phase: Phase): Promise<YearlyFacts> {
  const plan = await r.proposals.proposal(caseId);
  return {
    efforts: (plan?.efforts ?? []).filter((e) => e.approved).map((e) => ({ startsOn: e.startsOn, endsOn: e.endsOn })),
    multiYearSet: await r.results.goalPlan(caseId),
    done: (await r.results.followUps(caseId)).map((f) => f.year),
    running: phase === "utforande" || phase === "resultat",
  };
}

export class GoalService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;

  constructor(deps: { uow: UnitOfWork; clock: Clock }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
  }

  async view(actor: Actor, caseId: string): Promise<GoalsView | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state }) || !PROCESS.includes(state.phase)) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const facts = await yearlyFacts(r, caseId, state.phase);
      const today = swedishDay(this.#clock.now());
      const years = followUpYears(facts, today);
      const work = can(actor, { action: "process.work", record: state });
      return {
        caseId,
        title: found.title,
        phase: state.phase,
        multiYearSet: facts.multiYearSet,
        multiYear: isMultiYear(facts),
        goals: await r.results.goals(caseId),
        years,
        followUps: await r.results.followUps(caseId),
        may: {
          editGoals: work && WORKING.includes(state.phase),
          setPlan: can(actor, { action: "process.phase", record: state }) && WORKING.includes(state.phase),
          followUp: work ? years.filter((y) => mayFollowUp(facts, y.year, today)).map((y) => y.year) : [],
        },
      };
    });
  }

  /** The contact person says whether the process is multi-year (and so followed up every year). */
  async setPlan(actor: Actor, caseId: string, input: { multiYear: unknown }, meta: AuditMeta = {}): Promise<Result<{ multiYear: boolean }, GoalError>> {
    const parsed = goalPlanSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#change(actor, caseId, "process.phase", meta, async (r, _phase, at) => {
      await r.results.setGoalPlan(caseId, parsed.data.multiYear, actor.userId, at);
      return ok({ multiYear: parsed.data.multiYear, audit: { action: "results.goals.plan", after: { multiYear: parsed.data.multiYear } } });
    });
  }

  async addGoal(actor: Actor, caseId: string, input: GoalInput, meta: AuditMeta = {}): Promise<Result<{ goalId: string }, GoalError>> {
    const parsed = goalSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const g = parsed.data;
    return this.#change(actor, caseId, "process.work", meta, async (r, _phase, at) => {
      const saved = await r.results.addGoal(caseId, { goal: g.goal, measure: g.measure, unit: g.unit, baseline: g.baseline!, target: g.target!, targetYear: g.targetYear }, actor.userId, at, g.submissionKey);
      if (saved.caseId !== caseId) return fail("invalid");
      return ok({ goalId: saved.id, audit: saved.created ? { action: "results.goal.add", after: { goalId: saved.id, goal: g.goal, baseline: g.baseline, target: g.target, targetYear: g.targetYear } } : null });
    });
  }

  /** Removes a goal not yet followed up (a goal with values keeps its history). */
  async removeGoal(actor: Actor, caseId: string, goalId: string, meta: AuditMeta = {}): Promise<Result<{ goalId: string }, GoalError>> {
    if (!isUuid(goalId)) return fail("not_found");
    return this.#change(actor, caseId, "process.work", meta, async (r) => {
      const removed = await r.results.removeGoal(caseId, goalId);
      if (removed === "not_found") return fail("not_found");
      if (removed === "in_use") return fail("goal_in_use");
      return ok({ goalId, audit: { action: "results.goal.remove", after: { goalId } } });
    });
  }

  /** Records a year's follow-up: the value reached per goal and a text; what was learned may become a lesson. */
  async followUp(actor: Actor, caseId: string, input: FollowUpInput, meta: AuditMeta = {}): Promise<Result<{ followUpId: string; lessonId: string | null }, GoalError>> {
    const parsed = followUpSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error, (path) => (path[0] === "values" && path.length > 1 ? `value_${String(path[1])}` : String(path[0] ?? "form"))));
    const f = parsed.data;
    return this.#change(actor, caseId, "process.work", meta, async (r, phase, at) => {
      const facts = await yearlyFacts(r, caseId, phase);
      if (facts.done.includes(f.year)) return fail("already_followed_up");
      if (!mayFollowUp(facts, f.year, swedishDay(at))) return fail("not_due");
      const goals = await r.results.goals(caseId);
      const values = Object.fromEntries(goals.map((g) => [g.id, f.values[g.id] ?? null]));
      const saved = await r.results.addFollowUp(caseId, { year: f.year, summary: f.summary, learned: f.learned, values }, actor.userId, at);
      if (!saved.created) return fail("already_followed_up");
      let lessonId: string | null = null;
      if (f.lessonToLibrary && f.learned.trim()) {
        const found = await r.cases.find(caseId);
        lessonId = await r.lessons.add({ caseId, source: "arsuppfoljning", title: `${found?.title ?? caseId} ${f.year}`.slice(0, 200), body: f.learned.slice(0, 20_000), phase, createdBy: actor.userId });
      }
      return ok({ followUpId: saved.id, lessonId, audit: { action: "results.followup.add", after: { followUpId: saved.id, year: f.year, values, lessonId } } });
    });
  }

  async #change<T>(
    actor: Actor,
    caseId: string,
    permission: "process.work" | "process.phase",
    meta: AuditMeta,
    work: (r: Repositories, phase: Phase, at: Date) => Promise<Result<T & { audit: { action: string; after: unknown } | null }, GoalError>>,
  ): Promise<Result<T, GoalError>> {
    if (!isUuid(caseId)) return fail("not_found");
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: permission, record: state }) || !PROCESS.includes(state.phase)) return fail("not_found");
      if (!WORKING.includes(state.phase)) return fail("closed");
      const done = await work(r, state.phase, this.#clock.now());
      if (!done.ok) return done;
      const { audit, ...value } = done.value;
      if (audit) await r.audit.append({ actor, action: audit.action, entityType: "case", entityId: caseId, organisationId: state.applicantOrganisationId, after: audit.after, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok(value as unknown as T);
    });
  }
}
