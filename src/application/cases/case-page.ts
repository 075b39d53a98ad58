/**
 * The case page (/arenden/:id) in one use case: the case, its message thread and (for the city's
 * staff) its event log and the need of its area, the application, the decision, the city's next
 * steps, and what the signed-in person may do there, each asked of the access policy.
 *
 * The application (intake) and the decision and next steps (committee) belong to features that
 * build on this one (they move a case through its lifecycle), so this feature cannot import
 * them: they come in as `parts`, plugged in by the composition root. The area's need is asked of
 * the area index through its feature's index (docs/decisions/0017-rules-committee-services-and-page-queries.md).
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { eventsFrom } from "#src/domain/case/lifecycle.ts";
import { needOf, type AreaNeed } from "#src/domain/coordination/equity.ts";
import { isUuid } from "#src/domain/ids.ts";
import { needsMap, type AreaNeedsSource } from "../area-index/index.ts";
import type { AuditEntry, UnitOfWork } from "../shared/ports.ts";
import type { CaseDetail, CaseMessage } from "./ports.ts";

/** What the case page shows from other features, each read with its own access check (undefined: not for this person). */
export interface CasePageParts<Application, Decision, Handling> {
  /** The application's answers, areas, parties and attachments (intake). */
  application(actor: Actor, caseId: string): Promise<Application | undefined>;
  /** The decision on the application with its appeal period (committee); null while there is none. */
  decision(actor: Actor, caseId: string): Promise<Decision | null | undefined>;
  /** The city's next steps and whom the contact person can be (committee), for the city's staff. */
  handling(actor: Actor, caseId: string): Promise<Handling | undefined>;
}

/** What the signed-in person may do on the page, by the access policy and the lifecycle. */
export interface CasePageActions {
  /** Write in the message thread (not on a draft). */
  message: boolean;
  /** Ask the applicant to complete the application. */
  requestCompletion: boolean;
  /** Answer the city's request to complete it. */
  answerCompletion: boolean;
  /** The case-handling pages: assessment and coordination, routing, registration, decision, the officer's report. */
  assess: boolean;
  route: boolean;
  register: boolean;
  decide: boolean;
  officerReport: boolean;
}

export interface CasePageView<Application, Decision, Handling> {
  case: CaseDetail;
  /** The event log, for those who may read it; else null. */
  audit: AuditEntry[] | null;
  thread: CaseMessage[];
  application: Application | null;
  decision: Decision | null;
  handling: Handling | null;
  /** The city's view (internal status, next steps, actions first, event log) rather than the applicant's. */
  staffView: boolean;
  /** The need of the case's neediest area by the area index, for the city's staff (null: none ranked, or not shown). */
  need: (AreaNeed & { areaCode: string; areaName: string; ranked: number }) | null;
  /** Whether need is shown at all (the area index can be read and computed). */
  hasNeeds: boolean;
  may: CasePageActions;
}

export class CasePage<Application, Decision, Handling> {
  readonly #uow: UnitOfWork;
  readonly #index: AreaNeedsSource | null;
  readonly #parts: CasePageParts<Application, Decision, Handling>;

  constructor(deps: { uow: UnitOfWork; index?: AreaNeedsSource; parts: CasePageParts<Application, Decision, Handling> }) {
    this.#uow = deps.uow;
    this.#index = deps.index ?? null;
    this.#parts = deps.parts;
  }

  /** undefined when the case does not exist *or* the actor may not see it: the page answers 404 either way. */
  async view(actor: Actor, caseId: string): Promise<CasePageView<Application, Decision, Handling> | undefined> {
    if (!isUuid(caseId)) return undefined;
    const own = await this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const audit = can(actor, { action: "case.readAudit", record: state }) ? await r.audit.forEntity("case", caseId) : null;
      return { state, found, audit, thread: await r.messages.forCase(caseId) };
    });
    if (!own) return undefined;
    const { state, found } = own;
    const staffView = can(actor, { action: "case.readInternal", record: state });
    const events = eventsFrom(state.status);
    const needs = staffView && this.#index ? await this.#index.areaNeeds(actor) : null;
    const need = needs ? needOf(found.areaCodes, needsMap(needs)) : null;
    const assess = can(actor, { action: "case.assess", record: state });
    const decide = can(actor, { action: "committee.handle", record: state });
    return {
      case: found,
      audit: own.audit,
      thread: own.thread,
      application: (await this.#parts.application(actor, caseId)) ?? null,
      decision: (await this.#parts.decision(actor, caseId)) ?? null,
      handling: staffView ? ((await this.#parts.handling(actor, caseId)) ?? null) : null,
      staffView,
      need: need && needs ? { ...need, areaName: needs.byArea[need.areaCode]?.name ?? need.areaCode, ranked: needs.ranked } : null,
      hasNeeds: needs !== null,
      may: {
        message: state.status !== "utkast" && can(actor, { action: "case.message", record: state }),
        requestCompletion: assess && events.includes("requestCompletion"),
        answerCompletion: can(actor, { action: "case.answerCompletion", record: state }) && events.includes("answerCompletion"),
        assess,
        route: can(actor, { action: "case.route", record: state }),
        register: can(actor, { action: "case.register", record: state }),
        decide,
        officerReport: decide || assess,
      },
    };
  }
}
