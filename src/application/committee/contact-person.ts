/**
 * The case's contact person: a person of the case's committee (kontaktperson or handläggare)
 * who is the applicant's way in, and to whom the applicant's messages go. Choosing one is
 * authorised per case, audited, and the person is told by e-mail.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { AuditMeta, Clock, UnitOfWork } from "../shared/ports.ts";
import { caseLink, type CommitteeDeps } from "./common.ts";

/** The mail that tells a member of staff they are now a case's contact person. */
export interface ContactPersonMailText {
  subject(label: string): string;
  body(args: { label: string; title: string; assignedBy: string; link: string }): string;
}

export type AssignError = "not_found" | "invalid";

export class ContactPersons {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #publicUrl: string;
  readonly #nudgeMail: () => void;

  constructor(deps: CommitteeDeps) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#publicUrl = deps.publicUrl;
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
  }

  /**
   * Makes a person of the case's committee (kontaktperson or handläggare) the case's contact
   * person, or removes it (`userId` null). The person is told by e-mail. Choosing the same
   * person again changes nothing.
   */
  async assignContactPerson(actor: Actor, caseId: string, userId: string | null, text: ContactPersonMailText, meta: AuditMeta = {}): Promise<Result<void, AssignError>> {
    if (!isUuid(caseId) || (userId !== null && !isUuid(userId))) return fail(isUuid(caseId) ? "invalid" : "not_found");
    const mailed = await this.#uow.transaction(async (r): Promise<Result<boolean, AssignError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.assess", record: state })) return fail("not_found");
      const found = await r.cases.find(caseId);
      if (!found) return fail("not_found");
      if (found.contactPersonId === userId) return ok(false);
      const person = userId === null ? null : (await r.committee.caseStaff(state.committeeId)).find((p) => p.id === userId);
      if (userId !== null && !person) return fail("invalid");
      const at = this.#clock.now();
      await r.committee.setContactPerson(caseId, userId, at);
      await r.audit.append({
        actor,
        action: "case.contact_person",
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        before: { userId: found.contactPersonId, name: found.contactPersonName },
        after: { userId, name: person?.name ?? null },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      if (person && person.id !== actor.userId) {
        const label = state.caseNumber ?? found.title;
        const link = caseLink(this.#publicUrl, caseId);
        await r.outbox.enqueue({ to: person.email, subject: text.subject(label), text: text.body({ label, title: found.title, assignedBy: actor.name, link }), relatedEntity: `case:${caseId}`, at });
        return ok(true);
      }
      return ok(false);
    });
    if (!mailed.ok) return mailed;
    if (mailed.value) this.#nudgeMail();
    return ok(undefined);
  }
}
