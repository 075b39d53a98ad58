/**
 * Actor organisations: registering an organisation with its first user (confirmed by a link
 * mailed to the address, so the form never tells whether an address has an account), the organisation's
 * page (members and invitations), and invitations by e-mail, either to join the organisation
 * as a member or, carrying a case, to join an application as a co-applicant organisation.
 * Every change is done in one transaction and audited; only a hash of a token is stored.
 */
import type { z } from "zod";
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { ActorType } from "#src/domain/roles.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type { InvitationRecord, MemberRecord, OrganisationRecord } from "../outreach/index.ts";
import type { Clock, PasswordHasher, Repositories, UnitOfWork } from "../shared/ports.ts";
import { hashToken, newSecretToken } from "../shared/tokens.ts";
import { sendInvitation, type InvitationMailText } from "./send-invitation.ts";
import { isUuid } from "#src/domain/ids.ts";
import { coApplicantInvitationSchema, memberInvitationSchema, organisationProblem, organisationSchema, personProblem, personSchema, registrationSchema, type RegistrationInput } from "./schemas.ts";

export type { RegistrationInput };

export interface OrganisationConfig {
  sessionIdleMinutes: number;
  invitationDays: number;
  publicUrl: string;
}

/** A person accepting an invitation; for an organisation's invitation (a co-applicant, an applicant) the new organisation too. */
export type AcceptInput = z.input<typeof personSchema> & { organisationName?: string | null; actorType?: string | null; orgNumber?: string | null };

/** How long a registration's confirmation link works. */
export const REGISTRATION_LINK_HOURS = 24;

/** The two registration mails: fixed texts, nothing from the form in them. */
export interface RegistrationMailText {
  confirmSubject: string;
  confirmBody(args: { link: string; hours: number }): string;
  existingSubject: string;
  existingBody(args: { signInLink: string; resetLink: string }): string;
}

export type { InvitationMailText } from "./send-invitation.ts";

export type RegistrationError = "invalid" | "invalid_org_number" | "weak_password";
export type InviteError = "not_found" | "invalid";
export type InvitationState = "usable" | "expired" | "used" | "unknown";
export type AcceptError = "expired" | "used" | "unknown" | "email_taken" | RegistrationError;
/** `other_address`: signed in as someone the invitation was not sent to (a forwarded link). */
export type ApplyAcceptError = "expired" | "used" | "unknown" | "other_address";

export interface SignedIn {
  sessionToken: string;
  expiresAt: Date;
  userId: string;
  organisationId: string;
}

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && "code" in e && (e as { code: unknown }).code === "23505";

/** The new organisation as its schema reads it (`organisationSchema`). */
function checkOrganisation(input: AcceptInput): Result<{ name: string; actorType: ActorType; orgNumber: string | null }, "invalid" | "invalid_org_number"> {
  const parsed = organisationSchema.safeParse({ organisationName: input.organisationName ?? "", actorType: input.actorType ?? "", orgNumber: input.orgNumber });
  if (!parsed.success) return fail(organisationProblem(parsed.error));
  return ok({ name: parsed.data.organisationName, actorType: parsed.data.actorType, orgNumber: parsed.data.orgNumber });
}

/** The person as its schema reads them (`personSchema`). */
function checkPerson(input: AcceptInput): Result<{ name: string; password: string }, "invalid" | "weak_password"> {
  const parsed = personSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(personProblem(parsed.error));
}

export class OrganisationService {
  readonly #uow: UnitOfWork;
  readonly #hasher: PasswordHasher;
  readonly #clock: Clock;
  readonly #config: OrganisationConfig;
  readonly #nudgeMail: () => void;

  constructor(deps: { uow: UnitOfWork; hasher: PasswordHasher; clock: Clock; config: OrganisationConfig; nudgeMail?: () => void }) {
    this.#uow = deps.uow;
    this.#hasher = deps.hasher;
    this.#clock = deps.clock;
    this.#config = deps.config;
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
  }

  /**
   * A registration from the public form. The answer is the same whether or not the address
   * has an account (staff addresses included), and so is the work done (the password is
   * hashed either way): an unknown address gets a confirmation link that creates the
   * organisation and the account; the owner of a known address gets a mail saying someone
   * tried to register with it, with links to sign in or reset the password. Only the form's
   * own checks (an invalid field) are answered as errors. Both mails are fixed texts: nothing
   * typed in the form is sent to the address typed in it.
   */
  async requestRegistration(input: RegistrationInput, text: RegistrationMailText, meta: AuditMeta = {}): Promise<Result<void, RegistrationError>> {
    const org = checkOrganisation(input);
    if (!org.ok) return org;
    const person = checkPerson(input);
    if (!person.ok) return person;
    const parsed = registrationSchema.safeParse(input);
    if (!parsed.success) return fail("invalid");
    const email = parsed.data.email;
    const passwordHash = await this.#hasher.hash(parsed.data.password);
    const now = this.#clock.now();
    const base = this.#config.publicUrl.endsWith("/") ? this.#config.publicUrl : `${this.#config.publicUrl}/`;
    await this.#uow.transaction(async (r) => {
      const existing = await r.users.findCredentialsByEmail(email);
      if (existing) {
        const signInLink = new URL("logga-in", base).toString();
        const resetLink = new URL("glomt-losenord", base).toString();
        await r.outbox.enqueue({ to: existing.email, subject: text.existingSubject, text: text.existingBody({ signInLink, resetLink }), relatedEntity: `user:${existing.id}`, at: now });
        await r.audit.append({ actor: null, actorLabel: email, action: "organisation.registration_for_existing_account", entityType: "user", entityId: existing.id, organisationId: existing.organisationId, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
        return;
      }
      await r.registrations.deleteExpired(now);
      const token = newSecretToken();
      const tokenHash = hashToken(token);
      const hours = REGISTRATION_LINK_HOURS;
      await r.registrations.create({ tokenHash, email, organisationName: org.value.name, actorType: org.value.actorType, orgNumber: org.value.orgNumber, personName: person.value.name, passwordHash, expiresAt: new Date(now.getTime() + hours * 3_600_000) });
      const link = new URL(`registrera/bekrafta?token=${encodeURIComponent(token)}`, base).toString();
      await r.outbox.enqueue({ to: email, subject: text.confirmSubject, text: text.confirmBody({ link, hours }), relatedEntity: `registration:${tokenHash.slice(0, 16)}`, at: now, secrets: [link] });
      await r.audit.append({
        actor: null,
        actorLabel: email,
        action: "organisation.registration_requested",
        entityType: "registration",
        entityId: tokenHash.slice(0, 16),
        after: { name: org.value.name, actorType: org.value.actorType, orgNumber: org.value.orgNumber },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
    });
    this.#nudgeMail();
    return ok(undefined);
  }

  /** What a confirmation link is for, and whether it can still be used. */
  async registration(token: string): Promise<{ state: InvitationState; organisationName: string | null; email: string | null }> {
    const found = token ? await this.#uow.read((r) => r.registrations.find(hashToken(token))) : undefined;
    const state = this.#registrationState(found);
    return { state, organisationName: state === "usable" ? (found?.organisationName ?? null) : null, email: state === "usable" ? (found?.email ?? null) : null };
  }

  /** Follows a confirmation link: creates the organisation and its first user, and signs the user in. Once. */
  async confirmRegistration(token: string, meta: AuditMeta & { userAgent?: string | null } = {}): Promise<Result<SignedIn, "expired" | "used" | "unknown" | "email_taken">> {
    if (!token) return fail("unknown");
    return this.#guardUnique(() =>
      this.#uow.transaction(async (r): Promise<Result<SignedIn, "expired" | "used" | "unknown" | "email_taken">> => {
        const tokenHash = hashToken(token);
        const request = await r.registrations.find(tokenHash, { forUpdate: true });
        const state = this.#registrationState(request);
        if (state !== "usable" || !request) return fail(state === "usable" ? "unknown" : state);
        if (await r.outreach.emailTaken(request.email)) return fail("email_taken");
        const organisationId = await r.outreach.createOrganisation({ name: request.organisationName, actorType: request.actorType, orgNumber: request.orgNumber });
        const userId = await r.outreach.createUser({ name: request.personName, email: request.email, organisationId, passwordHash: request.passwordHash });
        await r.registrations.markUsed(tokenHash, this.#clock.now());
        await r.audit.append({
          actor: null,
          actorLabel: request.email,
          action: "organisation.registered",
          entityType: "organisation",
          entityId: organisationId,
          organisationId,
          after: { name: request.organisationName, actorType: request.actorType, orgNumber: request.orgNumber, userId },
          ip: meta.ip ?? null,
          requestId: meta.requestId ?? null,
        });
        return ok(await this.#startSession(r, userId, organisationId, meta));
      }),
    );
  }

  #registrationState(request: { expiresAt: Date; usedAt: Date | null } | undefined): InvitationState {
    if (!request) return "unknown";
    if (request.usedAt) return "used";
    if (request.expiresAt.getTime() <= this.#clock.now().getTime()) return "expired";
    return "usable";
  }

  /** The actor's organisation with its members and the invitations it has sent. */
  async overview(actor: Actor): Promise<{ organisation: OrganisationRecord; members: MemberRecord[]; invitations: InvitationRecord[] } | undefined> {
    if (!can(actor, { action: "organisation.manage" })) return undefined;
    return this.#uow.read(async (r) => {
      const organisation = await r.outreach.organisation(actor.organisationId);
      if (!organisation) return undefined;
      return { organisation, members: await r.outreach.members(actor.organisationId), invitations: await r.outreach.invitationsFrom(actor.organisationId) };
    });
  }

  /** The parties and invitations of an application, for whoever may invite co-applicants to it. */
  async coApplicants(actor: Actor, caseId: string) {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "application.invite", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      return { caseId, title: found?.title ?? "", parties: await r.outreach.parties(caseId), invitations: await r.outreach.invitationsForCase(caseId) };
    });
  }

  /**
   * Invites by e-mail. Without a case: a new member of the actor's organisation. With a case:
   * a co-applicant organisation, only by those who may invite for that case.
   */
  async invite(actor: Actor, input: { email: string; organisationName?: string | null; caseId?: string | null }, text: InvitationMailText, meta: AuditMeta = {}): Promise<Result<{ invitationId: string }, InviteError>> {
    if (actor.role !== "aktor") return fail("not_found");
    const caseId = input.caseId?.trim() || null;
    if (caseId !== null && !isUuid(caseId)) return fail("not_found");
    // A co-applicant organisation is invited by name too.
    const member = memberInvitationSchema.safeParse(input);
    const coApplicant = caseId === null ? null : coApplicantInvitationSchema.safeParse(input);
    if (!member.success || (coApplicant && !coApplicant.success)) return fail("invalid");
    const email = member.data.email;
    const invitedName = coApplicant?.data?.organisationName ?? "";
    const now = this.#clock.now();
    const result = await this.#uow.transaction(async (r): Promise<Result<{ invitationId: string }, InviteError>> => {
      let caseTitle: string | null = null;
      if (caseId !== null) {
        const state = await r.cases.state(caseId);
        if (!state || !can(actor, { action: "application.invite", record: state })) return fail("not_found");
        caseTitle = (await r.cases.find(caseId))?.title ?? null;
      }
      // An address that already has an account is invited like any other (its owner is told
      // on accepting): the answer must not tell the inviter whether an address has an account.
      const { invitationId } = await sendInvitation(r, {
        inviter: actor,
        caseId,
        caseTitle,
        email,
        organisationName: caseId !== null ? invitedName : actor.organisationName,
        text,
        days: this.#config.invitationDays,
        publicUrl: this.#config.publicUrl,
        now,
      });
      await r.audit.append({
        actor,
        action: caseId ? "invitation.co_applicant_created" : "invitation.member_created",
        entityType: caseId ? "case" : "organisation",
        entityId: caseId ?? actor.organisationId,
        organisationId: actor.organisationId,
        after: { invitationId, email, organisationName: caseId ? invitedName : null },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ invitationId });
    });
    if (result.ok) this.#nudgeMail();
    return result;
  }

  /** Who invited whom, and whether the link can still be used. */
  async invitation(token: string): Promise<{ state: InvitationState; invitation: InvitationRecord | null; request: { name: string; organisationName: string | null; actorType: ActorType | null } | null }> {
    return this.#uow.read(async (r) => {
      const found = await r.outreach.invitationByTokenHash(hashToken(token));
      const state = this.#state(found);
      // An invitation to apply prefills the new organisation from the contact request (the link's holder wrote it).
      const request = state === "usable" && found?.contactRequestId ? await r.outreach.findContactRequest(found.contactRequestId) : undefined;
      return { state, invitation: found ?? null, request: request ? { name: request.name, organisationName: request.organisationName, actorType: request.actorType } : null };
    });
  }

  /**
   * Accepts an invitation as a new person: a member invitation creates a user in the inviting
   * organisation; an organisation invitation creates the organisation and its first user, and
   * (with a case) adds the organisation to the application as co-applicant. Signs in.
   */
  async accept(token: string, input: AcceptInput, meta: AuditMeta & { userAgent?: string | null } = {}): Promise<Result<SignedIn, AcceptError>> {
    const person = checkPerson(input);
    if (!person.ok) return person;
    const preview = await this.#uow.read((r) => r.outreach.invitationByTokenHash(hashToken(token)));
    const state = this.#state(preview);
    if (state !== "usable" || !preview) return fail(state === "usable" ? "unknown" : state);
    // An invitation to apply (from a contact request) is accepted by `acceptToApply`, never as a member of the city's organisation.
    if (preview.contactRequestId) return fail("unknown");
    const isMember = preview.caseId === null;
    let org: { name: string; actorType: ActorType; orgNumber: string | null } | null = null;
    if (!isMember) {
      const checked = checkOrganisation(input);
      if (!checked.ok) return checked;
      org = checked.value;
    }
    const passwordHash = await this.#hasher.hash(person.value.password);
    return this.#guardUnique(() =>
      this.#uow.transaction(async (r): Promise<Result<SignedIn, AcceptError>> => {
        const invitation = await r.outreach.invitationByTokenHash(hashToken(token), { forUpdate: true });
        const now = this.#clock.now();
        const current = this.#state(invitation);
        if (current !== "usable" || !invitation || invitation.contactRequestId) return fail(current === "usable" ? "unknown" : current);
        if (await r.outreach.emailTaken(invitation.email)) return fail("email_taken");
        const organisationId = org ? await r.outreach.createOrganisation(org) : invitation.invitingOrganisationId;
        const userId = await r.outreach.createUser({ name: person.value.name, email: invitation.email, organisationId, passwordHash });
        if (invitation.caseId) await r.outreach.addParty(invitation.caseId, organisationId, "medsokande");
        await r.outreach.markInvitationAccepted(invitation.id, organisationId, now);
        await r.audit.append({
          actor: null,
          actorLabel: invitation.email,
          action: invitation.caseId ? "invitation.co_applicant_accepted" : "invitation.member_accepted",
          entityType: invitation.caseId ? "case" : "organisation",
          entityId: invitation.caseId ?? organisationId,
          organisationId,
          after: { invitationId: invitation.id, userId, organisationId, organisation: org },
          ip: meta.ip ?? null,
          requestId: meta.requestId ?? null,
        });
        return ok(await this.#startSession(r, userId, organisationId, meta));
      }),
    );
  }

  /** A signed-in applicant accepts a co-applicant invitation for its existing organisation. */
  async acceptForOrganisation(actor: Actor, token: string, meta: AuditMeta = {}): Promise<Result<{ caseId: string }, "expired" | "used" | "unknown">> {
    if (actor.role !== "aktor") return fail("unknown");
    return this.#uow.transaction(async (r) => {
      const invitation = await r.outreach.invitationByTokenHash(hashToken(token), { forUpdate: true });
      const current = this.#state(invitation);
      if (current !== "usable" || !invitation || !invitation.caseId || invitation.invitingOrganisationId === actor.organisationId) return fail(current === "usable" ? "unknown" : current);
      await r.outreach.addParty(invitation.caseId, actor.organisationId, "medsokande");
      await r.outreach.markInvitationAccepted(invitation.id, actor.organisationId, this.#clock.now());
      await r.audit.append({ actor, action: "invitation.co_applicant_accepted", entityType: "case", entityId: invitation.caseId, organisationId: actor.organisationId, after: { invitationId: invitation.id, organisationId: actor.organisationId }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ caseId: invitation.caseId });
    });
  }

  /**
   * Accepts an invitation to apply as a new person: creates the organisation (the form comes
   * prefilled from the contact request) and its first user with the invited address (the link
   * proves it), marks the invitation used and signs in. The application is started next, by
   * `ApplyInvitation`, with the invitation's id as its submission key, so it is started once.
   * An address that already has an account is told to sign in and open the link again.
   */
  async acceptToApply(token: string, input: AcceptInput, meta: AuditMeta & { userAgent?: string | null } = {}): Promise<Result<SignedIn & { invitationId: string; contactRequestId: string }, AcceptError>> {
    const person = checkPerson(input);
    if (!person.ok) return person;
    const org = checkOrganisation(input);
    if (!org.ok) return org;
    const preview = await this.#uow.read((r) => r.outreach.invitationByTokenHash(hashToken(token)));
    const state = this.#state(preview);
    if (state !== "usable" || !preview?.contactRequestId) return fail(state === "usable" ? "unknown" : state);
    if (await this.#uow.read((r) => r.outreach.emailTaken(preview.email))) return fail("email_taken");
    const passwordHash = await this.#hasher.hash(person.value.password);
    return this.#guardUnique(() =>
      this.#uow.transaction(async (r): Promise<Result<SignedIn & { invitationId: string; contactRequestId: string }, AcceptError>> => {
        const invitation = await r.outreach.invitationByTokenHash(hashToken(token), { forUpdate: true });
        const current = this.#state(invitation);
        if (current !== "usable" || !invitation?.contactRequestId) return fail(current === "usable" ? "unknown" : current);
        if (await r.outreach.emailTaken(invitation.email)) return fail("email_taken");
        const organisationId = await r.outreach.createOrganisation(org.value);
        const userId = await r.outreach.createUser({ name: person.value.name, email: invitation.email, organisationId, passwordHash });
        await r.outreach.markInvitationAccepted(invitation.id, organisationId, this.#clock.now());
        await r.audit.append({
          actor: null,
          actorLabel: `${person.value.name} (${invitation.email})`,
          action: "invitation.apply_accepted",
          entityType: "contact_request",
          entityId: invitation.contactRequestId,
          organisationId,
          after: { invitationId: invitation.id, userId, organisationId, organisation: org.value.name, newAccount: true },
          ip: meta.ip ?? null,
          requestId: meta.requestId ?? null,
        });
        const session = await this.#startSession(r, userId, organisationId, meta);
        return ok({ ...session, invitationId: invitation.id, contactRequestId: invitation.contactRequestId });
      }),
    );
  }

  /**
   * A signed-in applicant accepts an invitation to apply for its own organisation. Only the
   * person it was sent to may: a forwarded link opened by someone else is refused. Accepting
   * again (a double click, or coming back to the link) answers the same invitation.
   */
  async acceptToApplySignedIn(actor: Actor, token: string, meta: AuditMeta = {}): Promise<Result<{ invitationId: string; contactRequestId: string }, ApplyAcceptError>> {
    if (actor.role !== "aktor") return fail("unknown");
    return this.#uow.transaction(async (r): Promise<Result<{ invitationId: string; contactRequestId: string }, ApplyAcceptError>> => {
      const invitation = await r.outreach.invitationByTokenHash(hashToken(token), { forUpdate: true });
      if (!invitation?.contactRequestId) return fail("unknown");
      if (invitation.email.toLowerCase() !== actor.email.toLowerCase()) return fail("other_address");
      const current = this.#state(invitation);
      if (current === "used" && invitation.acceptedOrganisationId === actor.organisationId) return ok({ invitationId: invitation.id, contactRequestId: invitation.contactRequestId });
      if (current !== "usable") return fail(current);
      await r.outreach.markInvitationAccepted(invitation.id, actor.organisationId, this.#clock.now());
      await r.audit.append({
        actor,
        action: "invitation.apply_accepted",
        entityType: "contact_request",
        entityId: invitation.contactRequestId,
        organisationId: actor.organisationId,
        after: { invitationId: invitation.id, organisationId: actor.organisationId, organisation: actor.organisationName, newAccount: false },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ invitationId: invitation.id, contactRequestId: invitation.contactRequestId });
    });
  }

  #state(invitation: InvitationRecord | undefined): InvitationState {
    if (!invitation) return "unknown";
    if (invitation.acceptedAt) return "used";
    if (invitation.expiresAt.getTime() <= this.#clock.now().getTime()) return "expired";
    return "usable";
  }

  async #startSession(r: Repositories, userId: string, organisationId: string, meta: AuditMeta & { userAgent?: string | null }): Promise<SignedIn> {
    const now = this.#clock.now();
    const sessionToken = newSecretToken();
    const expiresAt = new Date(now.getTime() + this.#config.sessionIdleMinutes * 60_000);
    await r.sessions.create({ tokenHash: hashToken(sessionToken), userId, createdAt: now, expiresAt, userAgent: meta.userAgent ?? null, ip: meta.ip ?? null });
    return { sessionToken, expiresAt, userId, organisationId };
  }

  /** Two submits racing on the same e-mail: the loser answers "email taken" instead of failing. */
  async #guardUnique<T, E extends string>(work: () => Promise<Result<T, E>>): Promise<Result<T, E | "email_taken">> {
    try {
      return await work();
    } catch (e) {
      if (isUniqueViolation(e)) return fail("email_taken");
      throw e;
    }
  }
}
