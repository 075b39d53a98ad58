/**
 * Förslaget: the efforts (insatser) the group proposes at the end of the samarbetsfas (seed 002),
 * and the committee's second decision on them (decision point "insatser").
 *
 * An effort has a responsible party, a start and an end, milestones between them, the themes
 * from the dialogue it answers, and budget lines: what the city contributes and what the actors
 * bring themselves, in money or in resources (a resource may be valued in kronor). The proposal
 * goes through its own steps:
 *
 *   utkast ──send──▶ inskickat ──ready──▶ klar_for_namnd ──decide──▶ beslutat
 *      ▲                 │                     │
 *      └────return───────┴─────────────────────┘   (the city sends it back with a reason)
 *
 * The group edits only an utkast; the city's case staff assess an inskickat proposal (per effort:
 * recommended or not, with the city's contribution; an overall assessment; the child-impact
 * analysis in brief, barnkonsekvensanalys), mark it ready for the committee, and the committee
 * decides per effort: approved or not, with the city's contribution. All approved is bifall,
 * none avslag, some delvis bifall; the decision grants the sum. The approved efforts are the
 * execution plan of the utförandefas.
 *
 * Pure: the use cases gather the facts and record what these rules allow.
 */
import { isIsoDate } from "../dates.ts";
import { isWholeKronor, type DecisionOutcome } from "../case/decision.ts";
import { fail, ok, type Result } from "../result.ts";

export const PROPOSAL_STATUSES = ["utkast", "inskickat", "klar_for_namnd", "beslutat"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Who contributes: the city, or the actors themselves. */
export const BUDGET_FUNDERS = ["stad", "aktor"] as const;
export type BudgetFunder = (typeof BUDGET_FUNDERS)[number];

/** What is contributed: money, or resources (premises, staff time, materials), valued in kronor where possible. */
export const BUDGET_FORMS = ["pengar", "resurs"] as const;
export type BudgetForm = (typeof BUDGET_FORMS)[number];

export const PROPOSAL_LIMITS = {
  titleMax: 200,
  descriptionMax: 5_000,
  responsibleMax: 200,
  contributorMax: 200,
  lineDescriptionMax: 1_000,
  milestoneTitleMax: 200,
  assessmentMax: 20_000,
  reasonMax: 2_000,
  effortsMax: 30,
  linesMax: 30,
  milestonesMax: 30,
} as const;

export interface EffortInput {
  title: string;
  description: string;
  responsible: string;
  startsOn: string;
  endsOn: string;
}

export interface BudgetLine {
  funder: BudgetFunder;
  form: BudgetForm;
  /** Who contributes: for the city the committee or administration, for the actors their name. */
  contributor: string;
  description: string;
  /** Money: the amount (required); a resource: its value in kronor, if it is valued. */
  amountSek: number | null;
}

export interface Milestone {
  title: string;
  dueOn: string;
}

export type EffortProblem = "title" | "responsible" | "startsOn" | "endsOn" | "endsBeforeStart" | "tooLong";
export type BudgetLineProblem = "funder" | "form" | "contributor" | "amount" | "amountRequired" | "description" | "tooLong";
export type MilestoneProblem = "title" | "dueOn" | "outsideEffort" | "tooLong";

type Checked<T, P extends string> = { ok: true; value: T } | { ok: false; problems: Partial<Record<string, P>> };

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** An effort: a title and a responsible party, real dates, the end not before the start; texts within their limits. */
export function checkEffort(input: EffortInput): Checked<EffortInput, EffortProblem> {
  const problems: Partial<Record<keyof EffortInput, EffortProblem>> = {};
  const title = trimmed(input.title);
  const responsible = trimmed(input.responsible);
  const description = trimmed(input.description);
  if (!title) problems.title = "title";
  else if (title.length > PROPOSAL_LIMITS.titleMax) problems.title = "tooLong";
  if (!responsible) problems.responsible = "responsible";
  else if (responsible.length > PROPOSAL_LIMITS.responsibleMax) problems.responsible = "tooLong";
  if (description.length > PROPOSAL_LIMITS.descriptionMax) problems.description = "tooLong";
  if (!isIsoDate(input.startsOn)) problems.startsOn = "startsOn";
  if (!isIsoDate(input.endsOn)) problems.endsOn = "endsOn";
  else if (!problems.startsOn && input.endsOn < input.startsOn) problems.endsOn = "endsBeforeStart";
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, value: { title, responsible, description, startsOn: input.startsOn, endsOn: input.endsOn } };
}

/**
 * A budget line: who contributes and in what form; money needs an amount above 0, a resource a
 * description of what it is (its value is optional); amounts are whole kronor.
 */
export function checkBudgetLine(input: BudgetLine): Checked<BudgetLine, BudgetLineProblem> {
  const problems: Partial<Record<keyof BudgetLine, BudgetLineProblem>> = {};
  if (!(BUDGET_FUNDERS as readonly string[]).includes(input.funder)) problems.funder = "funder";
  if (!(BUDGET_FORMS as readonly string[]).includes(input.form)) problems.form = "form";
  const contributor = trimmed(input.contributor);
  const description = trimmed(input.description);
  if (!contributor) problems.contributor = "contributor";
  else if (contributor.length > PROPOSAL_LIMITS.contributorMax) problems.contributor = "tooLong";
  if (description.length > PROPOSAL_LIMITS.lineDescriptionMax) problems.description = "tooLong";
  else if (input.form === "resurs" && !description) problems.description = "description";
  if (input.amountSek !== null && !isWholeKronor(input.amountSek)) problems.amountSek = "amount";
  else if (input.form === "pengar" && (input.amountSek === null || input.amountSek <= 0)) problems.amountSek = "amountRequired";
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, value: { funder: input.funder, form: input.form, contributor, description, amountSek: input.amountSek } };
}

/** A milestone: a title and a real date within the effort's start and end. */
export function checkMilestone(input: Milestone, effort: { startsOn: string; endsOn: string }): Checked<Milestone, MilestoneProblem> {
  const problems: Partial<Record<keyof Milestone, MilestoneProblem>> = {};
  const title = trimmed(input.title);
  if (!title) problems.title = "title";
  else if (title.length > PROPOSAL_LIMITS.milestoneTitleMax) problems.title = "tooLong";
  if (!isIsoDate(input.dueOn)) problems.dueOn = "dueOn";
  else if (input.dueOn < effort.startsOn || input.dueOn > effort.endsOn) problems.dueOn = "outsideEffort";
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, value: { title, dueOn: input.dueOn } };
}

/** The sums of budget lines: money and valued resources, from the city and from the actors. */
export interface BudgetSums {
  cityMoney: number;
  cityResources: number;
  actorsMoney: number;
  actorsResources: number;
  /** Everything, money and valued resources, city and actors. */
  total: number;
}

export function budgetSums(lines: readonly Pick<BudgetLine, "funder" | "form" | "amountSek">[]): BudgetSums {
  const sums: BudgetSums = { cityMoney: 0, cityResources: 0, actorsMoney: 0, actorsResources: 0, total: 0 };
  for (const l of lines) {
    const amount = l.amountSek ?? 0;
    if (l.funder === "stad") sums[l.form === "pengar" ? "cityMoney" : "cityResources"] += amount;
    else sums[l.form === "pengar" ? "actorsMoney" : "actorsResources"] += amount;
    sums.total += amount;
  }
  return sums;
}

/** The sums of many efforts' sums. */
export function addSums(all: readonly BudgetSums[]): BudgetSums {
  return all.reduce((a, s) => ({ cityMoney: a.cityMoney + s.cityMoney, cityResources: a.cityResources + s.cityResources, actorsMoney: a.actorsMoney + s.actorsMoney, actorsResources: a.actorsResources + s.actorsResources, total: a.total + s.total }), budgetSums([]));
}

// ---- the proposal's steps ----

export type ProposalStep = "send" | "ready" | "return" | "decide";
export type ProposalRefusal = "wrong_status" | "no_efforts" | "not_in_samarbete" | "not_assessed" | "reason_required";

export interface ProposalFacts {
  status: ProposalStatus;
  /** The process's phase: a proposal is made and decided in the samarbetsfas. */
  phase: string;
  effortCount: number;
  /** The city's assessment and the child-impact analysis are written, and every effort has a recommendation. */
  assessed: boolean;
}

/** Whether the group may change the proposal's efforts now: an utkast, in the samarbetsfas. */
export function mayEditProposal(facts: Pick<ProposalFacts, "status" | "phase">): boolean {
  return facts.status === "utkast" && facts.phase === "samarbete";
}

/** The status a step leads to, if the rule allows it now. */
export function proposalStep(facts: ProposalFacts, step: ProposalStep, reason: string | null = null): Result<ProposalStatus, ProposalRefusal> {
  if (facts.phase !== "samarbete") return fail("not_in_samarbete");
  switch (step) {
    case "send":
      if (facts.status !== "utkast") return fail("wrong_status");
      if (facts.effortCount === 0) return fail("no_efforts");
      return ok("inskickat");
    case "ready":
      if (facts.status !== "inskickat") return fail("wrong_status");
      if (!facts.assessed) return fail("not_assessed");
      return ok("klar_for_namnd");
    case "return":
      if (facts.status !== "inskickat" && facts.status !== "klar_for_namnd") return fail("wrong_status");
      if (!reason || !reason.trim()) return fail("reason_required");
      return ok("utkast");
    case "decide":
      if (facts.status !== "klar_for_namnd") return fail("wrong_status");
      return ok("beslutat");
  }
}

// ---- the committee's decision on the efforts ----

/** The committee's word on one effort: approved or not, and the city's contribution if approved. */
export interface EffortVerdict {
  effortId: string;
  approved: boolean;
  /** Whole kronor, 0 or more, when approved (an effort may need no money from the city); null when not. */
  citySek: number | null;
}

export type EffortVerdictProblem = "missing" | "amount";

/**
 * Checks the verdicts against the proposal's efforts: one per effort, none for another; an
 * approved effort has the city's contribution in whole kronor (0 allowed), a refused one none.
 * Returns the outcome (all approved: bifall; none: avslag; else delvis bifall) and the sum granted.
 */
export function effortsOutcome(effortIds: readonly string[], verdicts: readonly EffortVerdict[]): { ok: true; outcome: DecisionOutcome; grantedSek: number; verdicts: EffortVerdict[] } | { ok: false; problems: Record<string, EffortVerdictProblem> } {
  const problems: Record<string, EffortVerdictProblem> = {};
  const byId = new Map(verdicts.map((v) => [v.effortId, v]));
  const clean: EffortVerdict[] = [];
  for (const id of effortIds) {
    const v = byId.get(id);
    if (!v) {
      problems[id] = "missing";
      continue;
    }
    if (v.approved && (v.citySek === null || !isWholeKronor(v.citySek))) problems[id] = "amount";
    clean.push({ effortId: id, approved: v.approved, citySek: v.approved ? v.citySek : null });
  }
  for (const v of verdicts) if (!effortIds.includes(v.effortId)) problems[v.effortId] = "missing";
  if (effortIds.length === 0) problems["efforts"] = "missing";
  if (Object.keys(problems).length) return { ok: false, problems };
  const approved = clean.filter((v) => v.approved);
  const outcome: DecisionOutcome = approved.length === clean.length ? "bifall" : approved.length === 0 ? "avslag" : "delvis_bifall";
  return { ok: true, outcome, grantedSek: approved.reduce((s, v) => s + (v.citySek ?? 0), 0), verdicts: clean };
}
