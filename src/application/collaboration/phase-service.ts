/**
 * The running process's phases (samverkansprocessen, issue 11): what phase it is in, how it got
 * there, and moving it on. The rule is the domain's (src/domain/collaboration/process-phase.ts);
 * this use case gathers its facts (the two decisions), checks who may act (the city's case
 * staff of the process's committee), and records the change with its history and the audit log
 * in one transaction.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { APPLICATION_DECISION_POINT, EFFORTS_DECISION_POINT } from "#src/domain/case/decision.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { phaseChange, possibleEvents, type PhaseEvent, type PhaseFacts, type PhaseRefusal } from "#src/domain/collaboration/process-phase.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { applyCaseEvent } from "../cases/index.ts";
import type { AuditMeta, Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { PhaseHistoryEntry } from "./ports.ts";
import { phaseChangeSchema, type PhaseChangeInput } from "./schemas.ts";

export type PhaseChangeError = "not_found" | "invalid" | PhaseRefusal;

export interface ProcessPhases {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: Phase;
  history: PhaseHistoryEntry[];
  /** The events the actor may make happen now (none for those who may only read). */
  possible: PhaseEvent[];
}

export class PhaseService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;

  constructor(deps: { uow: UnitOfWork; clock: Clock }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
  }

  static async facts(r: Repositories, caseId: string, phase: Phase): Promise<PhaseFacts> {
    const decisionFacts = async (point: string) => {
      const d = await r.committee.decision(caseId, point);
      return d ? { outcome: d.outcome, adjusted: d.minutesApprovedOn !== null } : null;
    };
    return { phase, applicationDecision: await decisionFacts(APPLICATION_DECISION_POINT), effortsDecision: await decisionFacts(EFFORTS_DECISION_POINT) };
  }

  /** The process's phase and history, for those who may read the case; undefined otherwise. */
  async phases(actor: Actor, caseId: string): Promise<ProcessPhases | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const history = await r.collaboration.phaseHistory(caseId);
      const possible = can(actor, { action: "process.phase", record: state }) ? possibleEvents(await PhaseService.facts(r, caseId, state.phase)) : [];
      return { caseId, title: found.title, caseNumber: state.caseNumber, phase: state.phase, history, possible };
    });
  }

  /** Makes the event happen, if the rule allows it now; audited, with the phase history. */
  async changePhase(actor: Actor, caseId: string, input: PhaseChangeInput, meta: AuditMeta = {}): Promise<Result<{ phase: Phase }, PhaseChangeError>> {
    if (!isUuid(caseId)) return fail("not_found");
    const parsed = phaseChangeSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#uow.transaction((r) => PhaseService.changeWithin(r, actor, caseId, parsed.data.event, parsed.data.reason, this.#clock.now(), meta));
  }

  /**
   * The change itself, inside a transaction a use case already holds: for a use case whose own
   * step moves the process on (approving the result report closes the process, issue 12), so
   * both are one transaction. Checks who may act and the rule, like `changePhase`.
   */
  static async changeWithin(r: Repositories, actor: Actor, caseId: string, event: PhaseEvent, reason: string | null | undefined, at: Date, meta: AuditMeta = {}): Promise<Result<{ phase: Phase }, PhaseChangeError>> {
    const state = await r.cases.state(caseId, { forUpdate: true });
    if (!state || !can(actor, { action: "process.phase", record: state })) return fail("not_found");
    const change = phaseChange(await PhaseService.facts(r, caseId, state.phase), event, reason);
    if (!change.ok) return change;
    await r.collaboration.recordPhaseChange(caseId, change.value, actor.userId, at);
    // A closed process is a closed case: the register shows it ended from today.
    if (change.value.to === "avslutad" && state.status === "beslutat") {
      const closed = await applyCaseEvent(r, { actor, caseId, event: "close", at, meta });
      if (!closed.ok) throw new Error(`closing the case of a closed process failed: ${closed.error}`);
    }
    await r.audit.append({
      actor,
      action: "process.phase.change",
      entityType: "case",
      entityId: caseId,
      organisationId: state.applicantOrganisationId,
      before: { phase: change.value.from },
      after: { phase: change.value.to, event: change.value.event, reason: change.value.reason },
      ip: meta.ip ?? null,
      requestId: meta.requestId ?? null,
    });
    return ok({ phase: change.value.to });
  }
}
