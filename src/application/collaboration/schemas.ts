/**
 * What the process's phase form sends: the event (a button) and, when a process ends before its
 * resultatfas, the reason. The messages are keys of the message catalogues.
 */
import { z } from "zod";
import { PHASE_EVENTS } from "#src/domain/collaboration/process-phase.ts";
import { BUDGET_FORMS, BUDGET_FUNDERS, PROPOSAL_LIMITS } from "#src/domain/collaboration/proposal.ts";
import { FORM_ERROR, isoDate, kronor, list, optionalText, optionalUuid, text, uuid } from "../shared/schema.ts";

export const phaseChangeSchema = z.object({
  event: z.enum(PHASE_EVENTS, { error: "process.error.event" }),
  reason: optionalText(2_000, "process.error.reasonTooLong"),
});
export type PhaseChangeInput = z.input<typeof phaseChangeSchema>;

// ---- the proposal of efforts (the rules: src/domain/collaboration/proposal.ts) ----

const L = PROPOSAL_LIMITS;

/** An effort as the group's form sends it; `submissionKey` makes a double submit add one effort. */
export const effortSchema = z.object({
  title: text(L.titleMax, "proposal.error.titleTooLong", "proposal.error.title"),
  description: text(L.descriptionMax, "proposal.error.descriptionTooLong"),
  responsible: text(L.responsibleMax, "proposal.error.responsibleTooLong", "proposal.error.responsible"),
  startsOn: isoDate("proposal.error.startsOn"),
  endsOn: isoDate("proposal.error.endsOn"),
  submissionKey: optionalUuid(FORM_ERROR),
});
export type EffortFormInput = z.input<typeof effortSchema>;

/** A budget line of an effort: who, money or a resource, and how much. */
export const budgetLineSchema = z.object({
  funder: z.enum(BUDGET_FUNDERS, { error: "proposal.error.funder" }),
  form: z.enum(BUDGET_FORMS, { error: "proposal.error.form" }),
  contributor: text(L.contributorMax, "proposal.error.contributorTooLong", "proposal.error.contributor"),
  description: text(L.lineDescriptionMax, "proposal.error.lineDescriptionTooLong"),
  amountSek: kronor("proposal.error.amount"),
});
export type BudgetLineInput = z.input<typeof budgetLineSchema>;

/** A milestone of an effort. */
export const milestoneSchema = z.object({
  title: text(L.milestoneTitleMax, "proposal.error.milestoneTitleTooLong", "proposal.error.milestoneTitle"),
  dueOn: isoDate("proposal.error.dueOn"),
});
export type MilestoneInput = z.input<typeof milestoneSchema>;

/** The city sends the proposal back to the group, saying why. */
export const proposalReturnSchema = z.object({ reason: text(L.reasonMax, "proposal.error.reasonTooLong", "proposal.error.reason") });

/**
 * The city's assessment of the proposal: the overall assessment, the child-impact analysis in
 * brief (barnkonsekvensanalys), and per effort a recommendation (ja / nej / not yet) with the
 * city's contribution it proposes.
 */
export const proposalAssessmentSchema = z.object({
  assessment: text(L.assessmentMax, "proposal.error.assessmentTooLong"),
  childImpact: text(L.assessmentMax, "proposal.error.childImpactTooLong"),
  efforts: z.array(
    z.object({
      effortId: uuid(FORM_ERROR),
      recommended: z.union([z.enum(["ja", "nej", ""]), z.boolean(), z.null()], { error: FORM_ERROR }).transform((v) => (v === "" || v === null ? null : v === true || v === "ja")),
      citySek: kronor("proposal.error.amount"),
    }, { error: FORM_ERROR }),
    { error: FORM_ERROR },
  ),
});
export type ProposalAssessmentInput = z.input<typeof proposalAssessmentSchema>;

/** The dialogue's themes an effort answers: checkboxes of the process's accepted themes. */
export const effortThemesSchema = z.object({ themeIds: list(uuid(FORM_ERROR)) });
export type EffortThemesInput = z.input<typeof effortThemesSchema>;
