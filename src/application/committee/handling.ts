/**
 * The city's handling of its committees' cases at a glance: a committee officer's inbox (the
 * cases of the committees they work for and what other committees sent to them), and on a case,
 * the next steps (each marked as the signed-in person's to take, by the access policy) and whom
 * its contact person can be.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { APPLICATION_DECISION_POINT, EFFORTS_DECISION_POINT } from "#src/domain/case/decision.ts";
import { staffNextSteps, type ApplicantTurn, type StaffStep } from "#src/domain/case/next-step.ts";
import { isUuid } from "#src/domain/ids.ts";
import type { UnitOfWork } from "../shared/ports.ts";
import type { CommitteeDeps } from "./common.ts";
import type { CommitteeCase, ReferralRecord, StaffMember } from "./ports.ts";

/** What the staff case page shows above the application: the next steps and the contact person. */
export interface HandlingOverview {
  /** The next steps in order; `mine`: the signed-in person may take it (by the access policy). */
  steps: Array<{ step: StaffStep; mine: boolean }>;
  applicantTurn: ApplicantTurn | null;
  contactPersonId: string | null;
  /** Whom the contact person can be; empty when the signed-in person may not assign one. */
  candidates: StaffMember[];
  canAssign: boolean;
  /** The contact request the case came from (its page is for those who handle contact requests). */
  contactRequest: { id: string; name: string } | null;
}

export class Handling {
  readonly #uow: UnitOfWork;

  constructor(deps: CommitteeDeps) {
    this.#uow = deps.uow;
  }

  /** A committee officer's list: the cases of the committees they work for and what other committees sent to them. */
  async inbox(actor: Actor): Promise<{ committeeIds: readonly string[]; cases: CommitteeCase[]; referrals: ReferralRecord[] } | undefined> {
    if (!can(actor, { action: "handling.inbox" })) return undefined;
    const committeeIds = actor.committeeIds;
    if (committeeIds.length === 0) return { committeeIds, cases: [], referrals: [] };
    return this.#uow.read(async (r) => {
      const cases = [];
      const referrals = [];
      for (const id of committeeIds) {
        cases.push(...(await r.committee.casesOfCommittee(id)));
        referrals.push(...(await r.committee.referralsTo(id)));
      }
      return { committeeIds, cases, referrals };
    });
  }

  /** For the city's case staff: the next steps on the case, and who its contact person can be. */
  async handlingOverview(actor: Actor, caseId: string): Promise<HandlingOverview | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.readInternal", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      const application = await r.applications.find(caseId);
      if (!found) return undefined;
      const d = await r.committee.decision(caseId, APPLICATION_DECISION_POINT);
      const dates = (x: { minutesApprovedOn: string | null; postedOn: string | null } | undefined) => (x ? { minutesApprovedOn: x.minutesApprovedOn, postedOn: x.postedOn } : null);
      const running = state.status === "beslutat" && state.phase === "samarbete";
      const next = staffNextSteps({
        status: state.status,
        hasContactPerson: found.contactPersonId !== null,
        hasDiariumNumber: !!application?.diariumNumber,
        onAgenda: (await r.committee.meetingsForCase(caseId, APPLICATION_DECISION_POINT)).some((m) => m.committeeId === state.committeeId),
        decision: dates(d),
        efforts: running
          ? {
              proposal: (await r.proposals.statusOf(caseId)) ?? null,
              onAgenda: (await r.committee.meetingsForCase(caseId, EFFORTS_DECISION_POINT)).some((m) => m.committeeId === state.committeeId),
              decision: dates(await r.committee.decision(caseId, EFFORTS_DECISION_POINT)),
            }
          : undefined,
        later:
          state.status === "beslutat" && (state.phase === "utforande" || state.phase === "resultat")
            ? { phase: state.phase, resultReport: state.phase === "resultat" ? ((await r.results.report(caseId))?.status ?? null) : null }
            : undefined,
      });
      const canAssign = can(actor, { action: "case.assess", record: state });
      return {
        steps: next.steps.map((s) => ({ step: s.step, mine: can(actor, { action: s.needs, record: state }) })),
        applicantTurn: next.applicantTurn,
        contactPersonId: found.contactPersonId,
        candidates: canAssign ? await r.committee.caseStaff(state.committeeId) : [],
        canAssign,
        contactRequest: can(actor, { action: "contactRequest.handle" }) ? ((await r.outreach.contactRequestForCase(caseId)) ?? null) : null,
      };
    });
  }
}
