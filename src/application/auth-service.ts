/**
 * Sign-in, sessions, sign-out (here or everywhere) and password reset by e-mail link.
 * Every state change is audited in the same transaction.
 */
import type { Actor } from "../domain/access/actor.ts";
import { afterFailure, afterSuccess, isLocked, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../domain/auth/sign-in-policy.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import type { Clock, PasswordHasher, UnitOfWork } from "./ports.ts";
import { hashToken, newSecretToken } from "./tokens.ts";

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

  async signIn(email: string, password: string, meta: RequestMeta): Promise<Result<{ sessionToken: string; actor: Actor; expiresAt: Date }, SignInError>> {
    const normalised = email.trim().toLowerCase();
    const found = await this.#uow.read((r) => r.users.findCredentialsByEmail(normalised));
    const now = this.#clock.now();
    if (!found || found.disabled) {
      await this.#hasher.verify(TIMING_DUMMY, password).catch(() => false);
      return fail("invalid_credentials");
    }
    if (isLocked(found, now)) return fail("locked");
    const valid = await this.#hasher.verify(found.passwordHash, password);

    return this.#uow.transaction(async (r) => {
      if (!valid) {
        const next = afterFailure(found, now);
        await r.users.recordSignInState(found.id, next);
        await r.audit.append({
          actor: null,
          actorLabel: normalised,
          action: next.lockedUntil ? "auth.locked" : "auth.sign_in_failed",
          entityType: "user",
          entityId: found.id,
          organisationId: found.organisationId,
          after: { failedSignIns: next.failedSignIns, lockedUntil: next.lockedUntil?.toISOString() ?? null },
          ip: meta.ip,
          requestId: meta.requestId,
        });
        return fail(next.lockedUntil ? "locked" : "invalid_credentials");
      }
      await r.users.recordSignInState(found.id, afterSuccess());
      const sessionToken = newSecretToken();
      const expiresAt = this.#expiry(now, now);
      await r.sessions.create({ tokenHash: hashToken(sessionToken), userId: found.id, createdAt: now, expiresAt, userAgent: meta.userAgent, ip: meta.ip });
      const actor = await r.users.findActor(found.id);
      if (!actor) throw new Error(`User ${found.id} vanished during sign-in`);
      await r.audit.append({ actor, action: "auth.signed_in", entityType: "user", entityId: found.id, organisationId: found.organisationId, ip: meta.ip, requestId: meta.requestId });
      return ok({ sessionToken, actor, expiresAt });
    });
  }

  /** The actor behind a session cookie, or null. Extends an idle session (sliding expiry). */
  async resolveSession(sessionToken: string): Promise<{ actor: Actor; expiresAt: Date } | null> {
    const tokenHash = hashToken(sessionToken);
    const now = this.#clock.now();
    return this.#uow.read(async (r) => {
      const session = await r.sessions.find(tokenHash);
      if (!session || session.expiresAt.getTime() <= now.getTime()) return null;
      const actor = await r.users.findActor(session.userId);
      if (!actor) return null;
      let expiresAt = session.expiresAt;
      // Slide the idle expiry, writing at most once a minute per session.
      if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
        expiresAt = this.#expiry(now, session.createdAt);
        await r.sessions.touch(tokenHash, now, expiresAt);
      }
      return { actor, expiresAt };
    });
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
    if (newPassword.length < PASSWORD_MIN_LENGTH || newPassword.length > PASSWORD_MAX_LENGTH) return fail("weak_password");
    const hash = await this.#hasher.hash(newPassword);
    return this.#uow.transaction(async (r) => {
      const userId = await r.passwordResets.consume(hashToken(token), this.#clock.now());
      if (!userId) return fail("invalid_token");
      await r.users.setPasswordHash(userId, hash);
      await r.users.recordSignInState(userId, afterSuccess());
      const ended = await r.sessions.deleteAllForUser(userId);
      const actor = await r.users.findActor(userId);
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
