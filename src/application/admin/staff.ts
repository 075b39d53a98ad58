/**
 * The city's staff accounts: administrators invite a person by e-mail with a role, a department
 * and the committees they will work for; the person sets their own password from the link; an
 * administrator changes roles and committees and deactivates accounts. The city never loses its
 * last administrator. Every change is audited; the invitation link is a secret only the invited
 * person sees (the outbox shows it redacted).
 */
import type { Actor } from "#src/domain/access/actor.ts";
import type { Role } from "#src/domain/roles.ts";
import { can } from "#src/domain/access/policy.ts";
import { administratorChangeAllowed, INVITATION_DAYS, isStaffRole, normaliseEmail, type StaffRole } from "#src/domain/admin/staff.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type { Clock, PasswordHasher, Repositories, UnitOfWork } from "../shared/ports.ts";
import { fetchPage, type Page } from "../shared/paging.ts";
import { hashToken, newSecretToken } from "../shared/tokens.ts";
import type { StaffInvitationRecord, StaffRecord } from "./ports.ts";
import { openSession, type SignedInSession } from "./sessions.ts";
import { isUuid } from "#src/domain/ids.ts";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { staffAcceptanceSchema, staffChangeSchema, staffInvitationSchema, type StaffInput } from "./schemas.ts";

export type { StaffInput };

/** A member of staff's details by their schema, and whether the committees chosen exist (the use case knows them). */
function readStaff<S extends z.ZodType<{ committeeIds: string[] }>>(schema: S, input: unknown, committees: ReadonlySet<string>): Result<z.output<S>, "invalid"> {
  const parsed = schema.safeParse(input);
  const problems = parsed.success ? {} : problemsByField(parsed.error);
  const chosen = parsed.success ? parsed.data.committeeIds : [(input as { committeeIds?: unknown }).committeeIds ?? []].flat();
  if (chosen.some((id) => typeof id !== "string" || !committees.has(id))) problems.committeeIds = "admin.staff.error.committee_unknown";
  return parsed.success && Object.keys(problems).length === 0 ? ok(parsed.data) : fail("invalid", problems);
}

export interface StaffInvitationMailText {
  subject: string;
  body(args: { name: string; inviter: string; role: string; link: string; days: number }): string;
}

export interface StaffOverview {
  staff: StaffRecord[];
  invitations: StaffInvitationRecord[];
  committees: Array<{ id: string; code: string; nameSv: string; nameEn: string }>;
  departments: string[];
}

export type InviteError = "forbidden" | "invalid" | "email_taken";
export type StaffChangeError = "forbidden" | "not_found" | "invalid" | "last_administrator" | "not_yourself";
export type AcceptError = "unknown" | "expired" | "used" | "revoked" | "weak_password" | "email_taken";
export type InvitationState = "open" | "unknown" | "expired" | "used" | "revoked";


export class StaffAdministration {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #hasher: PasswordHasher;
  readonly #config: { publicUrl: string; sessionIdleMinutes: number };
  readonly #nudgeMail: () => void;

  constructor(deps: { uow: UnitOfWork; clock: Clock; hasher: PasswordHasher; config: { publicUrl: string; sessionIdleMinutes: number }; nudgeMail?: () => void }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#hasher = deps.hasher;
    this.#config = deps.config;
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
  }

  async overview(actor: Actor): Promise<Result<StaffOverview, "forbidden">> {
    if (!can(actor, { action: "staff.manage" })) return fail("forbidden");
    const now = this.#clock.now();
    return ok(
      await this.#uow.read(async (r) => ({
        staff: await r.administration.staff(),
        invitations: await r.administration.openInvitations(now),
        committees: (await r.committee.committees()).map((c) => ({ id: c.id, code: c.code, nameSv: c.nameSv, nameEn: c.nameEn })),
        departments: (await r.administration.cityDepartments()).map((d) => d.name),
      })),
    );
  }

  /** The applicants' accounts, one page at a time (they grow with every organisation that registers). */
  async actorAccounts(actor: Actor, page: number): Promise<Result<Page<Awaited<ReturnType<Repositories["administration"]["actorAccounts"]>>[number]>, "forbidden">> {
    if (!can(actor, { action: "staff.manage" })) return fail("forbidden");
    return ok(await this.#uow.read((r) => fetchPage(page, () => r.administration.countActorAccounts(), (w) => r.administration.actorAccounts(w))));
  }

  async member(actor: Actor, userId: string): Promise<Result<{ member: StaffRecord; overview: StaffOverview }, "forbidden" | "not_found">> {
    const overview = await this.overview(actor);
    if (!overview.ok) return overview;
    const member = overview.value.staff.find((s) => s.id === userId);
    return member ? ok({ member, overview: overview.value }) : fail("not_found");
  }

  /** Invites a person; a new invitation to the same address replaces an open one. */
  async invite(actor: Actor, input: StaffInput, text: StaffInvitationMailText & { roleName(role: StaffRole): string }, meta: AuditMeta = {}): Promise<Result<{ invitationId: string }, InviteError>> {
    if (!can(actor, { action: "staff.manage" })) return fail("forbidden");
    const result = await this.#uow.transaction(async (r): Promise<Result<{ invitationId: string }, InviteError>> => {
      const committees = new Set((await r.committee.committees()).map((c) => c.id));
      const checked = readStaff(staffInvitationSchema, input, committees);
      if (!checked.ok) return checked;
      const s = checked.value;
      if (await r.administration.emailInUse(s.email)) return fail("email_taken");
      const at = this.#clock.now();
      const expiresAt = new Date(at.getTime() + INVITATION_DAYS * 86_400_000);
      const replaced = await r.administration.revokeOpenInvitationsTo(s.email, at);
      const organisationId = await r.administration.departmentNamed(s.department);
      const token = newSecretToken();
      const invitationId = await r.administration.createInvitation({ tokenHash: hashToken(token), email: s.email, name: s.name, role: s.role, organisationId, committeeIds: s.committeeIds, invitedBy: actor.userId, at, expiresAt });
      const link = new URL(`personal/inbjudan?token=${encodeURIComponent(token)}`, base(this.#config.publicUrl)).toString();
      await r.outbox.enqueue({
        to: s.email,
        subject: text.subject,
        text: text.body({ name: s.name, inviter: actor.name, role: text.roleName(s.role), link, days: INVITATION_DAYS }),
        relatedEntity: `staff_invitation:${invitationId}`,
        at,
        secrets: [link],
        secretsExpireAt: expiresAt,
      });
      await r.audit.append({
        actor,
        action: "staff.invite",
        entityType: "staff_invitation",
        entityId: invitationId,
        after: { email: s.email, name: s.name, role: s.role, department: s.department, committeeIds: s.committeeIds, replaced },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ invitationId });
    });
    if (result.ok) this.#nudgeMail();
    return result;
  }

  async revokeInvitation(actor: Actor, invitationId: string, meta: AuditMeta = {}): Promise<Result<void, "forbidden" | "not_found">> {
    if (!can(actor, { action: "staff.manage" })) return fail("forbidden");
    if (!isUuid(invitationId)) return fail("not_found");
    return this.#uow.transaction(async (r): Promise<Result<void, "forbidden" | "not_found">> => {
      if (!(await r.administration.revokeInvitation(invitationId, this.#clock.now()))) return fail("not_found");
      await r.audit.append({ actor, action: "staff.invitation_revoked", entityType: "staff_invitation", entityId: invitationId, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok(undefined);
    });
  }

  /** Changes a member of staff's role, department and committees. */
  async update(actor: Actor, userId: string, input: z.input<typeof staffChangeSchema>, meta: AuditMeta = {}): Promise<Result<void, StaffChangeError>> {
    return this.#changeMember(actor, userId, async (r, before) => {
      const committees = new Set((await r.committee.committees()).map((c) => c.id));
      const checked = readStaff(staffChangeSchema, input, committees);
      if (!checked.ok) return checked;
      const s = checked.value;
      const refusal = await this.#refusal(r, actor, before, { role: s.role, active: before.active });
      if (refusal) return fail(refusal);
      const organisationId = await r.administration.departmentNamed(s.department);
      await r.administration.updateStaff(before.id, { role: s.role, committeeIds: s.committeeIds, organisationId });
      const previous = { role: before.role, department: before.department, committeeIds: before.committeeIds };
      const after = { role: s.role, department: s.department, committeeIds: [...s.committeeIds].sort() };
      if (JSON.stringify(previous) !== JSON.stringify(after))
        await r.audit.append({ actor, action: "staff.update", entityType: "user", entityId: before.id, before: previous, after, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok(undefined);
    });
  }

  /** Deactivates (ends every session) or reactivates an account. */
  async setActive(actor: Actor, userId: string, active: boolean, meta: AuditMeta = {}): Promise<Result<void, StaffChangeError>> {
    return this.#changeMember(actor, userId, async (r, before) => {
      if (before.active === active) return ok(undefined);
      const refusal = await this.#refusal(r, actor, before, { role: before.role, active });
      if (refusal) return fail(refusal);
      await r.administration.setActive(before.id, active, this.#clock.now());
      await r.audit.append({ actor, action: active ? "staff.reactivate" : "staff.deactivate", entityType: "user", entityId: before.id, before: { active: before.active }, after: { active }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok(undefined);
    });
  }

  /** A change to one member of staff: by an administrator, in one transaction that holds the administrators' rows. */
  async #changeMember(actor: Actor, userId: string, work: (r: Repositories, before: StaffRecord) => Promise<Result<void, StaffChangeError>>): Promise<Result<void, StaffChangeError>> {
    if (!can(actor, { action: "staff.manage" })) return fail("forbidden");
    if (!isUuid(userId)) return fail("not_found");
    return this.#uow.transaction(async (r): Promise<Result<void, StaffChangeError>> => {
      await r.administration.lockAdministrators();
      const before = await r.administration.staffMember(userId);
      return before ? work(r, before) : fail("not_found");
    });
  }

  async #refusal(r: Repositories, actor: Actor, before: StaffRecord, next: { role: Role; active: boolean }) {
    return administratorChangeAllowed({
      actingUserId: actor.userId,
      targetUserId: before.id,
      targetRole: before.role,
      targetActive: before.active,
      newRole: next.role,
      newActive: next.active,
      activeAdministrators: await r.administration.countActiveAdministrators(),
    });
  }

  /** What the invitation page shows: whose invitation, and whether it can still be used. */
  async invitation(token: string): Promise<{ state: InvitationState; invitation: StaffInvitationRecord | null; committees: { code: string; nameSv: string; nameEn: string }[] }> {
    if (token.length < 20 || token.length > 100) return { state: "unknown", invitation: null, committees: [] };
    return this.#uow.read(async (r) => {
      const found = await r.administration.invitationByTokenHash(hashToken(token));
      // The committees the invited person will work for, by name, for the invitation page.
      const committees = found ? (await r.committee.committees()).filter((c) => found.committeeIds.includes(c.id)).map((c) => ({ code: c.code, nameSv: c.nameSv, nameEn: c.nameEn })) : [];
      return { state: stateOf(found, this.#clock.now()), invitation: found ?? null, committees };
    });
  }

  /** The invited person sets a password: the account is made with the invited role and committees, and signed in. */
  async accept(token: string, input: { password: string }, meta: AuditMeta & { userAgent?: string | null } = {}): Promise<Result<SignedInSession & { role: StaffRole }, AcceptError>> {
    const parsed = staffAcceptanceSchema.safeParse({ token, password: input.password });
    if (!parsed.success) return fail("weak_password");
    if (token.length < 20 || token.length > 100) return fail("unknown");
    const passwordHash = await this.#hasher.hash(parsed.data.password);
    return this.#uow.transaction(async (r): Promise<Result<SignedInSession & { role: StaffRole }, AcceptError>> => {
      const invitation = await r.administration.invitationByTokenHash(hashToken(token), { forUpdate: true });
      const now = this.#clock.now();
      const state = stateOf(invitation, now);
      if (state !== "open" || !invitation) return fail(state === "open" ? "unknown" : state);
      if (!isStaffRole(invitation.role)) return fail("unknown");
      if (await r.administration.emailInUse(invitation.email)) return fail("email_taken");
      const userId = await r.administration.createStaffUser({ email: normaliseEmail(invitation.email), name: invitation.name, role: invitation.role, organisationId: invitation.organisationId, passwordHash, committeeIds: invitation.committeeIds, at: now });
      // The invitation row is locked and the address was free just above: only a concurrent sign-up gets here, and it rolls back.
      if (!userId) throw new Error(`The address ${invitation.email} was taken by a concurrent request`);
      await r.administration.markInvitationAccepted(invitation.id, userId, now);
      await r.audit.append({
        actor: null,
        actorLabel: invitation.email,
        action: "staff.invitation_accepted",
        entityType: "user",
        entityId: userId,
        after: { invitationId: invitation.id, role: invitation.role, committeeIds: invitation.committeeIds },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      const session = await openSession(r, { userId, now, idleMinutes: this.#config.sessionIdleMinutes, ip: meta.ip ?? null, userAgent: meta.userAgent ?? null });
      return ok({ ...session, role: invitation.role });
    });
  }
}

function stateOf(invitation: StaffInvitationRecord | undefined, now: Date): InvitationState {
  if (!invitation) return "unknown";
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "open";
}

function base(publicUrl: string): string {
  return publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`;
}
