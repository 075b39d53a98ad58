/**
 * Accepting the city's invitation to apply (sent from a contact request), as one use case:
 * the requester's account and organisation are created (or a signed-in applicant joins with
 * its own organisation), then the application draft is started, prefilled from the request
 * and linked to it. The draft's submission key is the invitation's id, so a double click, a
 * retry or coming back to the link gives the one draft.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { ApplicationService, StartError } from "./application-service.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type { AcceptError, AcceptInput, ApplyAcceptError, OrganisationService, SignedIn } from "../organisations/index.ts";
import type { UnitOfWork } from "../shared/ports.ts";

export type ApplyInvitationError = AcceptError | ApplyAcceptError | StartError;

export class ApplyInvitation {
  readonly #uow: UnitOfWork;
  readonly #organisations: OrganisationService;
  readonly #applications: ApplicationService;

  constructor(deps: { uow: UnitOfWork; organisations: OrganisationService; applications: ApplicationService }) {
    this.#uow = deps.uow;
    this.#organisations = deps.organisations;
    this.#applications = deps.applications;
  }

  /**
   * `actor`: the signed-in applicant, or null for a new account made from `input`. Answers the
   * draft's case id, and the new session when an account was made (even if the draft could
   * not be started: the person can come back to the link signed in).
   */
  async accept(token: string, actor: Actor | null, input: AcceptInput | null, meta: AuditMeta & { userAgent?: string | null } = {}): Promise<Result<{ caseId: string | null; signedIn: SignedIn | null }, ApplyInvitationError>> {
    let applicant: Actor | undefined;
    let signedIn: SignedIn | null = null;
    let accepted: { invitationId: string; contactRequestId: string };
    if (actor) {
      const joined = await this.#organisations.acceptToApplySignedIn(actor, token, meta);
      if (!joined.ok) return joined;
      applicant = actor;
      accepted = joined.value;
    } else {
      if (!input) return fail("invalid");
      const created = await this.#organisations.acceptToApply(token, input, meta);
      if (!created.ok) return created;
      const { invitationId, contactRequestId, ...session } = created.value;
      signedIn = session;
      accepted = { invitationId, contactRequestId };
      applicant = await this.#uow.read((r) => r.users.findActor(session.userId));
      if (!applicant) return ok({ caseId: null, signedIn });
    }
    const started = await this.#applications.start(applicant, { submissionKey: accepted.invitationId, title: "", fromContactRequest: accepted.contactRequestId }, meta);
    if (!started.ok) return signedIn ? ok({ caseId: null, signedIn }) : started;
    return ok({ caseId: started.value.caseId, signedIn });
  }
}
