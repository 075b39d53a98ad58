/**
 * Sign-in, sessions, sign-out (here or everywhere), password reset by e-mail link, and forms
 * kept across an expired session.
 * Every state change is audited in the same transaction.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { afterFailure, isLocked } from "#src/domain/auth/sign-in-policy.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { Clock, PasswordHasher, UnitOfWork } from "../shared/ports.ts";
import type { KeptField } from "./ports.ts";
import { addressKey, hashToken, newSecretToken } from "../shared/tokens.ts";
import { isUuid } from "#src/domain/ids.ts";
import { newPasswordSchema } from "./schemas.ts";

export interface AuthConfig {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  resetLinkMinutes: number;
  publicUrl: string;
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export type SignInError = "invalid_credentials" | "locked";

export interface MailText {
  passwordResetSubject: string;
  passwordResetBody(link: string, minutes: number): string;
}

// A hash of a random password: verifying against it costs what a real check costs, so the
// response time does not tell whether an e-mail address has an account.
const TIMING_DUMMY = "$argon2id$v=19$m=19456,t=2,p=1$EqT+hJgDid5+Fq3oN4kyyw$pLRfHqFd/TzMQ1+SyhKRNXyPFXcxx7U3eCJPwZEUv/Q";

/** How long a form kept across an expired session waits for its user to sign in again. */
export const KEPT_SUBMISSION_MINUTES = 60;
const KEPT_SUBMISSION_MAX_FIELDS = 1_000;
const KEPT_SUBMISSION_MAX_CHARS = 1_000_000;

export class AuthService {
  readonly #uow: UnitOfWork;
  readonly #hasher: PasswordHasher;
  readonly #clock: Clock;
  readonly #config: AuthConfig;

  constructor(deps: { uow: UnitOfWork; hasher: PasswordHasher; clock: Clock; config: AuthConfig }) {
    this.#uow = deps.uow;
    this.#hasher = deps.hasher;
    this.#clock = deps.clock;
    this.#config = deps.config;
  }

  /**
   * Signs in with an address and a password. Failures are counted per typed address, whether
   * or not it has an account, in one locked row per address, so parallel attempts count one
   * by one. Every attempt costs one password-hash verification (known, unknown, disabled or
   * locked alike) and the answers are the same, so neither the text nor the time tells
   * whether an address has an account.
   */
  async signIn(email: string, password: string, meta: RequestMeta): Promise<Result<{ sessionToken: string; actor: Actor; expiresAt: Date }, SignInError>> {
    const normalised = email.trim().toLowerCase();
    const key = addressKey(normalised);
    const found = await this.#uow.read((r) => r.users.findCredentialsByEmail(normalised));
    const account = found && !found.disabled ? found : null;
    const valid = account ? await this.#hasher.verify(account.passwordHash, password) : await this.#hasher.verify(TIMING_DUMMY, password).then(() => false, () => false);
    const now = this.#clock.now();

    return this.#uow.transaction(async (r) => {
      const state = await r.signInFailures.lockForUpdate(key);
      // Locked: refused even with the right password, and not counted further.
      if (isLocked(state, now)) return fail("locked");
      if (!valid || !account) {
        const next = afterFailure(state, now);
        await r.signInFailures.save(key, next, now);
        await r.audit.append({
          actor: null,
          actorLabel: normalised,
          action: next.lockedUntil ? "auth.locked" : "auth.sign_in_failed",
          entityType: account ? "user" : "sign_in_address",
          entityId: account ? account.id : key,
          organisationId: account?.organisationId ?? null,
          after: { failedSignIns: next.failedSignIns, lockedUntil: next.lockedUntil?.toISOString() ?? null },
          ip: meta.ip,
          requestId: meta.requestId,
        });
        return fail(next.lockedUntil ? "locked" : "invalid_credentials");
      }
      await r.signInFailures.clear(key);
      const sessionToken = newSecretToken();
      const expiresAt = this.#expiry(now, now);
      await r.sessions.create({ tokenHash: hashToken(sessionToken), userId: account.id, createdAt: now, expiresAt, userAgent: meta.userAgent, ip: meta.ip });
      const actor = await r.users.findActor(account.id);
      if (!actor) throw new Error(`User ${account.id} vanished during sign-in`);
      await r.audit.append({ actor, action: "auth.signed_in", entityType: "user", entityId: account.id, organisationId: account.organisationId, ip: meta.ip, requestId: meta.requestId });
      return ok({ sessionToken, actor, expiresAt });
    });
  }

  /**
   * The actor behind a session cookie, or null. Extends an idle session (sliding expiry);
   * `renewed` says the expiry moved, so the cookie is sent again with the new one.
   */
  async resolveSession(sessionToken: string): Promise<{ actor: Actor; expiresAt: Date; renewed: boolean } | null> {
    const tokenHash = hashToken(sessionToken);
    const now = this.#clock.now();
    return this.#uow.read(async (r) => {
      const session = await r.sessions.find(tokenHash);
      if (!session || session.expiresAt.getTime() <= now.getTime()) return null;
      const actor = await r.users.findActor(session.userId);
      if (!actor) return null;
      let expiresAt = session.expiresAt;
      let renewed = false;
      // Slide the idle expiry, writing at most once a minute per session.
      if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
        expiresAt = this.#expiry(now, session.createdAt);
        renewed = expiresAt.getTime() !== session.expiresAt.getTime();
        await r.sessions.touch(tokenHash, now, expiresAt);
      }
      return { actor, expiresAt, renewed };
    });
  }

  /**
   * Whether the cookie's session exists but has ended (idle or absolute limit), as opposed to
   * a token that opens nothing at all (signed out, ended everywhere, or never issued). The
   * edge keeps the cookie of an ended session, so that a form sent from one of its pages can
   * still be kept for its user.
   */
  async hasEndedSession(sessionToken: string): Promise<boolean> {
    const session = await this.#uow.read((r) => r.sessions.find(hashToken(sessionToken)));
    return session !== undefined;
  }

  /**
   * Keeps the text fields of a form that was posted from the page of a session that has
   * since expired, for the same user to get back after signing in again. Only for a session
   * that still exists (it was not ended on purpose) of an active user. Returns the id to
   * restore it with, or null when nothing was kept.
   */
  async keepSubmission(sessionToken: string, path: string, fields: readonly KeptField[], meta: RequestMeta): Promise<string | null> {
    const size = fields.reduce((n, [name, value]) => n + name.length + value.length, 0);
    if (fields.length > KEPT_SUBMISSION_MAX_FIELDS || size > KEPT_SUBMISSION_MAX_CHARS || !path.startsWith("/") || path.length > 2_000) return null;
    const now = this.#clock.now();
    return this.#uow.transaction(async (r) => {
      const session = await r.sessions.find(hashToken(sessionToken));
      if (!session) return null;
      const actor = await r.users.findActor(session.userId);
      if (!actor) return null;
      await r.pendingSubmissions.deleteExpired(now);
      const id = await r.pendingSubmissions.create({ userId: actor.userId, path, fields, createdAt: now, expiresAt: new Date(now.getTime() + KEPT_SUBMISSION_MINUTES * 60_000) });
      await r.audit.append({ actor, action: "auth.submission_kept", entityType: "user", entityId: actor.userId, organisationId: actor.organisationId, after: { path, fields: fields.length }, ip: meta.ip, requestId: meta.requestId });
      return id;
    });
  }

  /** The kept form for this user and path, once; undefined for anyone else, a second time, or too late. */
  async takeKeptSubmission(actor: Actor, id: string, path: string): Promise<KeptField[] | undefined> {
    if (!isUuid(id)) return undefined;
    return this.#uow.transaction((r) => r.pendingSubmissions.take({ id, userId: actor.userId, path, now: this.#clock.now() }));
  }

  async signOut(sessionToken: string, meta: RequestMeta): Promise<void> {
    const tokenHash = hashToken(sessionToken);
    await this.#uow.transaction(async (r) => {
      const session = await r.sessions.find(tokenHash);
      if (!session) return;
      await r.sessions.delete(tokenHash);
      const actor = await r.users.findActor(session.userId);
      await r.audit.append({ actor: actor ?? null, actorLabel: "okänd", action: "auth.signed_out", entityType: "user", entityId: session.userId, organisationId: actor?.organisationId ?? null, ip: meta.ip, requestId: meta.requestId });
    });
  }

  /** Ends every session of the actor, on every device. */
  async signOutEverywhere(actor: Actor, meta: RequestMeta): Promise<number> {
    return this.#uow.transaction(async (r) => {
      const ended = await r.sessions.deleteAllForUser(actor.userId);
      await r.audit.append({ actor, action: "auth.signed_out_everywhere", entityType: "user", entityId: actor.userId, organisationId: actor.organisationId, after: { endedSessions: ended }, ip: meta.ip, requestId: meta.requestId });
      return ended;
    });
  }

  /**
   * Sends a reset link when the address has an account. The answer is the same either way,
   * so the form cannot be used to find out who has an account.
   */
  async requestPasswordReset(email: string, text: MailText, meta: RequestMeta): Promise<void> {
    const normalised = email.trim().toLowerCase();
    const now = this.#clock.now();
    await this.#uow.transaction(async (r) => {
      const user = await r.users.findCredentialsByEmail(normalised);
      if (!user || user.disabled) return;
      const token = newSecretToken();
      const minutes = this.#config.resetLinkMinutes;
      const expiresAt = new Date(now.getTime() + minutes * 60_000);
      await r.passwordResets.create({ tokenHash: hashToken(token), userId: user.id, expiresAt });
      // Relative to PUBLIC_URL, keeping any path prefix it has (https://example.se/samverka/).
      const base = this.#config.publicUrl.endsWith("/") ? this.#config.publicUrl : `${this.#config.publicUrl}/`;
      const link = new URL(`aterstall-losenord?token=${encodeURIComponent(token)}`, base).toString();
      // The link is the key to the account: only the recipient may read it (staff see it hidden).
      await r.outbox.enqueue({ to: user.email, subject: text.passwordResetSubject, text: text.passwordResetBody(link, minutes), secrets: [link], secretsExpireAt: expiresAt, relatedEntity: `user:${user.id}`, at: now });
      await r.audit.append({ actor: null, actorLabel: normalised, action: "auth.password_reset_requested", entityType: "user", entityId: user.id, organisationId: user.organisationId, ip: meta.ip, requestId: meta.requestId });
    });
  }

  async isResetTokenUsable(token: string): Promise<boolean> {
    return this.#uow.read((r) => r.passwordResets.isUsable(hashToken(token), this.#clock.now()));
  }

  /** Sets a new password from a reset link; ends all sessions and lifts a lockout. */
  async resetPassword(token: string, newPassword: string, meta: RequestMeta): Promise<Result<void, "invalid_token" | "weak_password">> {
    if (!newPasswordSchema.safeParse(newPassword).success) return fail("weak_password");
    const hash = await this.#hasher.hash(newPassword);
    return this.#uow.transaction(async (r) => {
      const userId = await r.passwordResets.consume(hashToken(token), this.#clock.now());
      if (!userId) return fail("invalid_token");
      await r.users.setPasswordHash(userId, hash);
      const ended = await r.sessions.deleteAllForUser(userId);
      const actor = await r.users.findActor(userId);
      if (actor) await r.signInFailures.clear(addressKey(actor.email));
      await r.audit.append({ actor: actor ?? null, actorLabel: "återställningslänk", action: "auth.password_reset", entityType: "user", entityId: userId, organisationId: actor?.organisationId ?? null, after: { endedSessions: ended }, ip: meta.ip, requestId: meta.requestId });
      return ok(undefined);
    });
  }

  /** Idle expiry from now, never past the absolute lifetime counted from the sign-in. */
  #expiry(now: Date, createdAt: Date): Date {
    const idle = now.getTime() + this.#config.sessionIdleMinutes * 60_000;
    const absolute = createdAt.getTime() + this.#config.sessionAbsoluteHours * 3_600_000;
    return new Date(Math.min(idle, absolute));
  }
}
