/**
 * Routing a case to another committee: forwarding it (överlämning: the case moves to the other
 * committee, which takes it up) or sending a copy for an opinion (remiss för yttrande: no status
 * change; the other committee answers). Authorised per object, one transaction, audited.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { CaseStatus } from "#src/domain/case/lifecycle.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { applyCaseEvent, type CaseState } from "../cases/index.ts";
import type { AuditMeta, Clock, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { CommitteeDeps, CommitteeError } from "./common.ts";
import { referralAnswerSchema, routeSchema, type RouteInput } from "./schemas.ts";
import type { CommitteeInfo, ReferralKind, ReferralRecord } from "./ports.ts";

export class CaseRouting {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;

  constructor(deps: CommitteeDeps) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
  }

  async committees(): Promise<CommitteeInfo[]> {
    return this.#uow.read((r) => r.committee.committees());
  }

  async routingView(actor: Actor, caseId: string): Promise<{ case: CaseState; title: string; committees: CommitteeInfo[]; referrals: ReferralRecord[] } | undefined> {
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.route", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      return { case: state, title: found.title, committees: await r.committee.committees(), referrals: await r.committee.referralsForCase(caseId) };
    });
  }

  /** Forward the case (it moves to the other committee) or send a copy for an opinion (no status change). */
  async route(actor: Actor, caseId: string, input: RouteInput, meta: AuditMeta = {}): Promise<Result<{ referralId: string }, CommitteeError>> {
    const parsed = routeSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const { kind, toCommitteeId, note } = parsed.data;
    return this.#uow.transaction(async (r): Promise<Result<{ referralId: string }, CommitteeError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.route", record: state })) return fail("not_found");
      const target = await r.committee.committeeById(toCommitteeId);
      if (!target) return fail("invalid");
      // A replayed form finds the open referral it created.
      const open = await r.committee.openReferral(caseId, toCommitteeId, kind);
      if (open && (kind === "yttrande" || state.committeeId === toCommitteeId)) return ok({ referralId: open.id });
      if (toCommitteeId === state.committeeId) return fail("same_committee");
      const at = this.#clock.now();
      if (kind === "overlamning") {
        const moved = await applyCaseEvent(r, { actor, caseId, event: "forward", facts: { targetCommitteeDiffers: true }, at, meta, details: { toCommittee: target.code } });
        if (!moved.ok) return moved;
      }
      const referralId = await r.committee.addReferral({ caseId, fromCommitteeId: state.committeeId, toCommitteeId, kind, note, referredBy: actor.userId, at });
      if (kind === "overlamning") await r.committee.setCaseCommittee(caseId, toCommitteeId, at);
      await r.audit.append({
        actor,
        action: `case.referral.${kind}`,
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        before: { committeeId: state.committeeId },
        after: { referralId, toCommitteeId, toCommittee: target.code, kind },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ referralId });
    });
  }

  /** The receiving committee takes up a forwarded case: it goes back to assessment there. */
  async takeUp(actor: Actor, caseId: string, meta: AuditMeta = {}): Promise<Result<{ status: CaseStatus }, CommitteeError>> {
    return this.#uow.transaction(async (r): Promise<Result<{ status: CaseStatus }, CommitteeError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.assess", record: state })) return fail("not_found");
      const at = this.#clock.now();
      const moved = await applyCaseEvent(r, { actor, caseId, event: "takeUpForwarded", at, meta });
      if (!moved.ok) return moved;
      const open = await r.committee.openReferral(caseId, state.committeeId, "overlamning");
      if (open) await r.committee.answerReferral(open.id, "Upptaget", at);
      return ok({ status: moved.value.to });
    });
  }

  /** The receiving committee answers a request for an opinion (yttrande). */
  async answerReferral(actor: Actor, referralId: string, answer: string, meta: AuditMeta = {}): Promise<Result<{ caseId: string }, CommitteeError>> {
    const parsed = referralAnswerSchema.safeParse({ referralId, answer });
    if (!parsed.success) return fail("invalid");
    const text = parsed.data.answer;
    return this.#uow.transaction(async (r): Promise<Result<{ caseId: string }, CommitteeError>> => {
      const ref = isUuid(referralId) ? await r.committee.referral(referralId) : undefined;
      if (!ref || ref.kind !== "yttrande" || !can(actor, { action: "referral.answer", record: ref })) return fail("not_found");
      if (ref.answeredAt) return ref.answer === text ? ok({ caseId: ref.caseId }) : fail("already_answered");
      const state = await r.cases.state(ref.caseId);
      await r.committee.answerReferral(referralId, text, this.#clock.now());
      await r.audit.append({
        actor,
        action: "case.referral.answer",
        entityType: "case",
        entityId: ref.caseId,
        organisationId: state?.applicantOrganisationId ?? null,
        after: { referralId, length: text.length },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ caseId: ref.caseId });
    });
  }
}
