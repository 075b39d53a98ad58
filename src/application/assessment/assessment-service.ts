/**
 * Criteria assessment by the contact person or case officer: a rating, justification and
 * evidence per criterion of the case's process type version, and an overall recommendation.
 * The assessment keeps the version it was made against, so an old case keeps its criteria.
 * The lifecycle buttons (start, ready for the committee, back to assessment) go through
 * `applyCaseEvent`.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { TRANSITION_REFUSALS, type CaseStatus } from "#src/domain/case/lifecycle.ts";
import { isAssessmentComplete, type ProcessTypeDefinition } from "#src/domain/process-type/definition.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { applyCaseEvent } from "../cases/index.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type { AssessmentRecord, CriterionAssessment } from "../committee/index.ts";
import type { CoordinationService } from "../coordination/index.ts";
import type { Clock, ProcessTypeRecord, Repositories, UnitOfWork } from "../shared/ports.ts";
import type { CaseState } from "../cases/index.ts";
import { assessmentSchema, type AssessmentInput } from "./schemas.ts";
import { swedishDay } from "#src/domain/dates.ts";

export type { AssessmentInput };

export type AssessmentStep = "startAssessment" | "markReadyForCommittee" | "returnToAssessment";
/** Why an assessment use case refuses: its own reasons and the lifecycle's (each has a sentence, `refusal.*`). */
export const ASSESSMENT_ERRORS = ["not_found", "invalid", "no_process_type", ...TRANSITION_REFUSALS] as const;
export type AssessmentError = (typeof ASSESSMENT_ERRORS)[number];

export interface AssessmentView {
  case: CaseState;
  title: string;
  processType: ProcessTypeRecord;
  assessment: AssessmentRecord | null;
  complete: boolean;
  canEdit: boolean;
}

/** The assessment page: the assessment, and how many processes meet the case in space and time (and how many it is coordinated with). */
export interface AssessmentPage extends AssessmentView {
  overlapCount: number;
  coordinatedCount: number;
}

export class AssessmentService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #coordination: Pick<CoordinationService, "forCase"> | null;
  /** `coordination`: the coordination feature, for the overlaps shown during assessment (without it, none are counted). */
  constructor(deps: { uow: UnitOfWork; clock: Clock; coordination?: Pick<CoordinationService, "forCase"> }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#coordination = deps.coordination ?? null;
  }

  /** The process type version to assess against: the one the assessment was made with, else the case's, else the current one. */
  static async processTypeFor(r: Repositories, state: CaseState, existing: AssessmentRecord | undefined, today: string): Promise<ProcessTypeRecord | undefined> {
    if (existing) return r.processTypes.byId(existing.processTypeId);
    if (state.processTypeId) return r.processTypes.byId(state.processTypeId);
    return r.processTypes.current("samverkansstod", today);
  }

  async view(actor: Actor, caseId: string): Promise<AssessmentView | undefined> {
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.assess", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      const existing = await r.committee.assessment(caseId);
      const pt = await AssessmentService.processTypeFor(r, state, existing, this.#today());
      if (!pt || !found) return undefined;
      return {
        case: state,
        title: found.title,
        processType: pt,
        assessment: existing ?? null,
        complete: existing ? isAssessmentComplete(pt.definition, existing) : false,
        canEdit: EDITABLE.includes(state.status),
      };
    });
  }

  /** The assessment page in one call: the view, and other processes in the same place at the same time (asked of coordination). */
  async page(actor: Actor, caseId: string): Promise<AssessmentPage | undefined> {
    const view = await this.view(actor, caseId);
    if (!view) return undefined;
    const coordination = this.#coordination ? await this.#coordination.forCase(actor, caseId) : undefined;
    return { ...view, overlapCount: coordination?.overlaps.length ?? 0, coordinatedCount: coordination?.coordinations.length ?? 0 };
  }

  /** Saves the assessment (a draft may be incomplete). Only criteria of the version are kept. */
  async save(actor: Actor, caseId: string, input: AssessmentInput, meta: AuditMeta = {}): Promise<Result<{ complete: boolean }, AssessmentError>> {
    const parsed = assessmentSchema.safeParse(input);
    if (!parsed.success) return fail("invalid");
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.assess", record: state })) return fail("not_found");
      if (!EDITABLE.includes(state.status)) return fail("not_allowed_from_status");
      const existing = await r.committee.assessment(caseId);
      const pt = await AssessmentService.processTypeFor(r, state, existing, this.#today());
      if (!pt) return fail("no_process_type");
      const ratings = keepCriteria(pt.definition, parsed.data.ratings);
      const record = {
        caseId,
        processTypeId: pt.id,
        ratings,
        recommendation: parsed.data.recommendation,
        recommendationText: parsed.data.recommendationText,
        proposedAmountSek: parsed.data.recommendation === "avslag" ? null : parsed.data.proposedAmountSek,
        assessedBy: actor.userId,
      };
      await r.committee.saveAssessment(record, this.#clock.now());
      const complete = isAssessmentComplete(pt.definition, record);
      await r.audit.append({
        actor,
        action: "case.assessment.save",
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        before: existing ? { recommendation: existing.recommendation, proposedAmountSek: existing.proposedAmountSek } : null,
        after: { recommendation: record.recommendation, proposedAmountSek: record.proposedAmountSek, complete, processTypeId: pt.id },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ complete });
    });
  }

  /** Start, ready for the committee, or back to assessment. */
  async step(actor: Actor, caseId: string, step: AssessmentStep, meta: AuditMeta = {}): Promise<Result<{ status: CaseStatus }, AssessmentError>> {
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.assess", record: state })) return fail("not_found");
      let assessmentComplete = false;
      if (step === "markReadyForCommittee") {
        const existing = await r.committee.assessment(caseId);
        const pt = existing ? await r.processTypes.byId(existing.processTypeId) : undefined;
        assessmentComplete = !!existing && !!pt && isAssessmentComplete(pt.definition, existing);
      }
      const moved = await applyCaseEvent(r, { actor, caseId, event: step, facts: { assessmentComplete }, at: this.#clock.now(), meta });
      if (!moved.ok) return moved;
      return ok({ status: moved.value.to });
    });
  }

  #today(): string {
    return swedishDay(this.#clock.now());
  }
}

/** Assessment is written after "Påbörja bedömning" and until the case is ready for the committee. */
const EDITABLE: readonly CaseStatus[] = ["under_bedomning", "vantar_komplettering", "kompletterad"];

/** The version's criteria, each as assessed or not yet (the schema has trimmed the texts). */
function keepCriteria(definition: ProcessTypeDefinition, ratings: Record<string, CriterionAssessment>): Record<string, CriterionAssessment> {
  return Object.fromEntries(definition.criteria.map((c) => [c.key, ratings[c.key] ?? { rating: null, justification: "", evidence: "" }]));
}
