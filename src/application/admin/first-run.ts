/**
 * A city's first run: with no administrator, nobody could sign in. Two ways in, both audited:
 * the command line (`samverka admin create`, any time, by whoever runs the server), and a
 * one-time setup link that the server prints at start-up while no administrator exists
 * (single use, valid 24 hours; a new start replaces an unused one).
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type { Clock, PasswordHasher, Repositories, UnitOfWork } from "../shared/ports.ts";
import { hashToken, newSecretToken } from "../shared/tokens.ts";
import { openSession, type SignedInSession } from "./sessions.ts";
import { problemsByField } from "../shared/schema.ts";
import { administratorSchema, DEFAULT_DEPARTMENT, type AdministratorInput } from "./schemas.ts";
import { swedishDay } from "#src/domain/dates.ts";

export { DEFAULT_DEPARTMENT, type AdministratorInput };

export const SETUP_LINK_HOURS = 24;

/** How far the city has come in setting Samverka up: what an administrator's start page lists. */
export interface SetupProgress {
  committees: number;
  /** Whether some committee takes applications of the main process type. */
  takesApplications: boolean;
  contactPersons: number;
  caseOfficers: number;
  goals: number;
  areas: number;
}

export type CreateAdministratorError = "invalid" | "weak_password" | "email_taken";
export type SetupError = CreateAdministratorError | "link_invalid" | "already_set_up";

export class FirstRun {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #hasher: PasswordHasher;
  readonly #config: { publicUrl: string; sessionIdleMinutes: number };

  constructor(deps: { uow: UnitOfWork; clock: Clock; hasher: PasswordHasher; config: { publicUrl: string; sessionIdleMinutes: number } }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#hasher = deps.hasher;
    this.#config = deps.config;
  }

  async progress(actor: Actor, processTypeCode: string): Promise<SetupProgress | null> {
    if (!can(actor, { action: "committees.manage" })) return null;
    const today = swedishDay(this.#clock.now());
    return this.#uow.read(async (r) => {
      const staff = (await r.administration.staff()).filter((s) => s.active);
      return {
        committees: (await r.administration.committees()).length,
        takesApplications: (await r.committee.committeesOffering(processTypeCode)).length > 0,
        contactPersons: staff.filter((s) => s.role === "kontaktperson").length,
        caseOfficers: staff.filter((s) => s.role === "handlaggare").length,
        goals: (await r.administration.cityGoals({ includeInactive: false })).length,
        areas: (await r.areas.currentNames(today)).length,
      };
    });
  }

  /** True while no active administrator exists. */
  async needsSetup(): Promise<boolean> {
    return (await this.#uow.read((r) => r.administration.countActiveAdministrators())) === 0;
  }

  /** A fresh setup link while no administrator exists (replacing any unused one); else null. */
  async issueSetupLink(): Promise<{ link: string; expiresAt: Date } | null> {
    return this.#uow.transaction(async (r) => {
      if ((await r.administration.countActiveAdministrators()) > 0) return null;
      const token = newSecretToken();
      const now = this.#clock.now();
      const expiresAt = new Date(now.getTime() + SETUP_LINK_HOURS * 3_600_000);
      await r.administration.createSetupLink(hashToken(token), now, expiresAt);
      await r.audit.append({ actor: null, actorLabel: "system", action: "setup.link_issued", entityType: "setup", entityId: "first-run", after: { expiresAt: expiresAt.toISOString() } });
      const base = this.#config.publicUrl.endsWith("/") ? this.#config.publicUrl : `${this.#config.publicUrl}/`;
      return { link: new URL(`forsta-start?token=${encodeURIComponent(token)}`, base).toString(), expiresAt };
    });
  }

  async setupLinkUsable(token: string): Promise<boolean> {
    if (token.length < 20 || token.length > 100) return false;
    return this.#uow.read(async (r) => (await r.administration.countActiveAdministrators()) === 0 && (await r.administration.setupLinkUsable(hashToken(token), this.#clock.now())));
  }

  /** The setup link's form: creates the first administrator and signs them in. The link is used up. */
  async createFirstAdministrator(token: string, input: AdministratorInput, meta: AuditMeta & { userAgent?: string | null } = {}): Promise<Result<SignedInSession, SetupError>> {
    const checked = checkAdministratorInput(input);
    if (!checked.ok) return checked;
    if (token.length < 20 || token.length > 100) return fail("link_invalid");
    const passwordHash = await this.#hasher.hash(checked.value.password);
    return this.#uow.transaction(async (r): Promise<Result<SignedInSession, SetupError>> => {
      const now = this.#clock.now();
      await r.administration.lockAdministrators();
      if ((await r.administration.countActiveAdministrators()) > 0) return fail("already_set_up");
      if (!(await r.administration.setupLinkUsable(hashToken(token), now))) return fail("link_invalid");
      const created = await this.#create(r, checked.value, passwordHash, now, { actorLabel: "inrättningslänk", ...meta });
      if (!created.ok) return created;
      // Checked above inside this transaction; a link used meanwhile rolls the whole creation back.
      if (!(await r.administration.consumeSetupLink(hashToken(token), now))) throw new Error("The setup link was used by another request");
      return ok(await openSession(r, { userId: created.value, now, idleMinutes: this.#config.sessionIdleMinutes, ip: meta.ip ?? null, userAgent: meta.userAgent ?? null }));
    });
  }

  /** The command line: creates an administrator at any time (the operator of the server is trusted). */
  async createAdministrator(input: AdministratorInput): Promise<Result<{ userId: string }, CreateAdministratorError>> {
    const checked = checkAdministratorInput(input);
    if (!checked.ok) return checked;
    const passwordHash = await this.#hasher.hash(checked.value.password);
    return this.#uow.transaction(async (r): Promise<Result<{ userId: string }, CreateAdministratorError>> => {
      const created = await this.#create(r, checked.value, passwordHash, this.#clock.now(), { actorLabel: "kommandoraden" });
      return created.ok ? ok({ userId: created.value }) : created;
    });
  }

  async #create(r: Repositories, a: { email: string; name: string; department: string }, passwordHash: string, now: Date, meta: AuditMeta & { actorLabel: string }): Promise<Result<string, "email_taken">> {
    if (await r.administration.emailInUse(a.email)) return fail("email_taken");
    const organisationId = await r.administration.departmentNamed(a.department);
    const userId = await r.administration.createStaffUser({ email: a.email, name: a.name, role: "administrator", organisationId, passwordHash, committeeIds: [], at: now });
    // Checked just above: only a concurrent registration of the same address gets here, and it rolls back.
    if (!userId) throw new Error(`The address ${a.email} was taken by a concurrent request`);
    await r.audit.append({ actor: null, actorLabel: meta.actorLabel, action: "staff.administrator_created", entityType: "user", entityId: userId, after: { email: a.email, name: a.name, department: a.department }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
    return ok(userId);
  }
}

/**
 * Reads an administrator's details by the administrator schema before anything is opened or
 * written (the command line calls it first): problems with the person come back by field
 * (message keys), a password the policy refuses as weak_password.
 */
export function checkAdministratorInput(input: AdministratorInput): Result<{ email: string; name: string; department: string; password: string }, "invalid" | "weak_password"> {
  const parsed = administratorSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const { password: _password, ...problems } = problemsByField(parsed.error);
  return Object.keys(problems).length > 0 ? fail("invalid", problems) : fail("weak_password");
}
