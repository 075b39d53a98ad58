import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { AuthService } from "#src/application/auth/auth-service.ts";
import { addressKey, hashToken } from "#src/application/shared/tokens.ts";
import { FakeClock, Fixtures, TEST_PASSWORD } from "../support/fixtures.ts";
import { linkIn, MailCatcher, testMailSecrets } from "../support/mail.ts";
import { createTestDatabase } from "../support/test-db.ts";

const meta = { ip: "127.0.0.1", userAgent: "vitest", requestId: "test" };
const mailText = { passwordResetSubject: "Återställ lösenord", passwordResetBody: (link: string, minutes: number) => `Länk: ${link} (${minutes} min)` };

describe("AuthService", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let clock: FakeClock;
  let sut: AuthService;
  let uow: KyselyUnitOfWork;
  const mailbox = new MailCatcher();

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
  });
  beforeEach(() => {
    clock = new FakeClock();
    uow = new KyselyUnitOfWork(handle.db, { mailSecrets: testMailSecrets() });
    sut = new AuthService({
      uow,
      hasher: argon2idHasher,
      clock,
      config: { sessionIdleMinutes: 120, sessionAbsoluteHours: 12, resetLinkMinutes: 60, publicUrl: "https://samverka.test" },
    });
  });
  afterAll(async () => handle.close());

  const auditActions = async (userId: string) =>
    (await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", userId).orderBy("id").execute()).map((r) => r.action);

  it("signs in with the right password, case-insensitively on the e-mail, and audits it", async () => {
    const user = await fx.user("aktor");
    const result = await sut.signIn(`  ${user.email.toUpperCase()} `, TEST_PASSWORD, meta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.actor.userId).toBe(user.userId);
    const resolved = await sut.resolveSession(result.value.sessionToken);
    expect(resolved?.actor.email).toBe(user.email);
    expect(await auditActions(user.userId)).toEqual(["auth.signed_in"]);
    // Only the hash of the token is stored.
    const stored = await handle.db.selectFrom("user_session").select("token_hash").where("user_id", "=", user.userId).execute();
    expect(stored).toEqual([{ token_hash: hashToken(result.value.sessionToken) }]);
  });

  it("refuses a wrong password and an unknown address with the same answer", async () => {
    const user = await fx.user("aktor");
    expect(await sut.signIn(user.email, "fel lösenord", meta)).toEqual({ ok: false, error: "invalid_credentials" });
    expect(await sut.signIn("ingen@test.invalid", "fel lösenord", meta)).toEqual({ ok: false, error: "invalid_credentials" });
  });

  it("locks the account after five failures, refuses even the right password, and opens after 15 minutes", async () => {
    const user = await fx.user("kontaktperson");
    for (let i = 0; i < 4; i++) expect((await sut.signIn(user.email, "fel", meta)).ok).toBe(false);
    expect(await sut.signIn(user.email, "fel", meta)).toEqual({ ok: false, error: "locked" });
    expect(await sut.signIn(user.email, TEST_PASSWORD, meta)).toEqual({ ok: false, error: "locked" });
    clock.advanceMinutes(16);
    expect((await sut.signIn(user.email, TEST_PASSWORD, meta)).ok).toBe(true);
    expect(await auditActions(user.userId)).toEqual([...Array(4).fill("auth.sign_in_failed"), "auth.locked", "auth.signed_in"]);
  });

  it("counts parallel wrong passwords one by one: 10 at once lock the account after 5", async () => {
    const user = await fx.user("aktor");
    const results = await Promise.all(Array.from({ length: 10 }, () => sut.signIn(user.email, "fel lösenord", meta)));
    const errors = results.map((r) => (r.ok ? "ok" : r.error));
    expect(errors.filter((e) => e === "invalid_credentials")).toHaveLength(4);
    expect(errors.filter((e) => e === "locked")).toHaveLength(6);
    const actions = await auditActions(user.userId);
    expect(actions).toEqual([...Array(4).fill("auth.sign_in_failed"), "auth.locked"]);
    const row = await handle.db.selectFrom("sign_in_failure").select(["failures", "locked_until"]).where("address_hash", "=", addressKey(user.email)).executeTakeFirstOrThrow();
    expect(row.failures).toBe(5);
    expect(row.locked_until?.getTime()).toBe(clock.now().getTime() + 15 * 60_000);
    expect(await sut.signIn(user.email, TEST_PASSWORD, meta)).toEqual({ ok: false, error: "locked" });
  });

  it("locks an address without an account the same way, after the same number of failures", async () => {
    const user = await fx.user("handlaggare");
    const unknown = `ingen-${Date.now()}@test.invalid`;
    const known: string[] = [];
    const other: string[] = [];
    for (let i = 0; i < 7; i++) {
      const a = await sut.signIn(user.email, "fel lösenord", meta);
      const b = await sut.signIn(unknown, "fel lösenord", meta);
      known.push(a.ok ? "ok" : a.error);
      other.push(b.ok ? "ok" : b.error);
    }
    expect(other).toEqual(known);
    expect(known).toEqual([...Array(4).fill("invalid_credentials"), "locked", "locked", "locked"]);
    // Nothing of the unknown address is stored in clear.
    expect(await handle.db.selectFrom("sign_in_failure").select("address_hash").where("address_hash", "=", unknown).execute()).toHaveLength(0);
  });

  it("spends one password-hash verification on every attempt: known, unknown, disabled or locked", async () => {
    const counting = { verifies: 0 };
    const hasher = { hash: argon2idHasher.hash, verify: async (h: string, p: string) => (counting.verifies++, argon2idHasher.verify(h, p)) };
    const timed = new AuthService({ uow: new KyselyUnitOfWork(handle.db), hasher, clock, config: { sessionIdleMinutes: 120, sessionAbsoluteHours: 12, resetLinkMinutes: 60, publicUrl: "https://samverka.test" } });
    const user = await fx.user("aktor");
    const disabled = await fx.user("aktor");
    await handle.db.updateTable("app_user").set({ disabled_at: new Date() }).where("id", "=", disabled.userId).execute();
    const attempt = async (email: string, password = "fel lösenord") => {
      const before = counting.verifies;
      const result = await timed.signIn(email, password, meta);
      return { verifies: counting.verifies - before, answer: result.ok ? "ok" : result.error };
    };
    expect(await attempt(user.email)).toEqual({ verifies: 1, answer: "invalid_credentials" });
    expect(await attempt("finns-inte@test.invalid")).toEqual({ verifies: 1, answer: "invalid_credentials" });
    expect(await attempt(disabled.email, TEST_PASSWORD)).toEqual({ verifies: 1, answer: "invalid_credentials" });
    for (let i = 0; i < 4; i++) await attempt(user.email);
    expect(await attempt(user.email)).toEqual({ verifies: 1, answer: "locked" });
    expect(await attempt(user.email, TEST_PASSWORD)).toEqual({ verifies: 1, answer: "locked" });
  });

  it("lifts a lockout when the password is reset", async () => {
    const user = await fx.user("aktor");
    for (let i = 0; i < 5; i++) await sut.signIn(user.email, "fel", meta);
    expect(await sut.signIn(user.email, TEST_PASSWORD, meta)).toEqual({ ok: false, error: "locked" });
    await sut.requestPasswordReset(user.email, mailText, meta);
    await mailbox.deliver(uow, clock);
    const { token } = linkIn(mailbox.lastTo(user.email).text);
    expect((await sut.resetPassword(token, "ett helt nytt lösenord", meta)).ok).toBe(true);
    expect((await sut.signIn(user.email, "ett helt nytt lösenord", meta)).ok).toBe(true);
  });

  it("says when a sliding session's expiry moved, so the edge renews the cookie", async () => {
    const user = await fx.user("kontaktperson");
    const result = await sut.signIn(user.email, TEST_PASSWORD, meta);
    if (!result.ok) throw new Error("sign-in failed");
    expect((await sut.resolveSession(result.value.sessionToken))?.renewed).toBe(false);
    clock.advanceMinutes(30);
    const slid = await sut.resolveSession(result.value.sessionToken);
    expect(slid?.renewed).toBe(true);
    expect(slid?.expiresAt.getTime()).toBe(clock.now().getTime() + 120 * 60_000);
  });

  it("keeps a form of an expired session for the same user only, once", async () => {
    const user = await fx.user("aktor");
    const other = await fx.user("aktor");
    const result = await sut.signIn(user.email, TEST_PASSWORD, meta);
    if (!result.ok) throw new Error("sign-in failed");
    clock.advanceMinutes(121);
    expect(await sut.resolveSession(result.value.sessionToken)).toBeNull();
    const fields = [["title", "Levande torg"], ["summary", "Det vi skrev"]] as const;
    const id = await sut.keepSubmission(result.value.sessionToken, "/ansokan/ny", fields, meta);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await sut.keepSubmission("no-such-session", "/ansokan/ny", fields, meta)).toBeNull();
    const otherActor = { ...user, userId: other.userId };
    expect(await sut.takeKeptSubmission(otherActor, id!, "/ansokan/ny")).toBeUndefined();
    expect(await sut.takeKeptSubmission(user, id!, "/annan-sida")).toBeUndefined();
    expect(await sut.takeKeptSubmission(user, id!, "/ansokan/ny")).toEqual(fields.map((f) => [...f]));
    expect(await sut.takeKeptSubmission(user, id!, "/ansokan/ny")).toBeUndefined();
    // A kept form waits an hour, no longer.
    const late = await sut.keepSubmission(result.value.sessionToken, "/ansokan/ny", fields, meta);
    clock.advanceMinutes(61);
    expect(await sut.takeKeptSubmission(user, late!, "/ansokan/ny")).toBeUndefined();
  });

  it("expires an idle session and never extends one past its absolute lifetime", async () => {
    const user = await fx.user("handlaggare");
    const result = await sut.signIn(user.email, TEST_PASSWORD, meta);
    if (!result.ok) throw new Error("sign-in failed");
    const token = result.value.sessionToken;
    // Active use every 100 minutes keeps it alive …
    for (let i = 0; i < 7; i++) {
      clock.advanceMinutes(100);
      expect(await sut.resolveSession(token), `after ${(i + 1) * 100} min`).not.toBeNull();
    }
    // … but not past 12 hours from sign-in.
    clock.advanceMinutes(100);
    expect(await sut.resolveSession(token)).toBeNull();

    const second = await sut.signIn(user.email, TEST_PASSWORD, meta);
    if (!second.ok) throw new Error("sign-in failed");
    clock.advanceMinutes(121);
    expect(await sut.resolveSession(second.value.sessionToken)).toBeNull();
  });

  it("signs out one session, or every session of the user", async () => {
    const user = await fx.user("analytiker");
    const a = await sut.signIn(user.email, TEST_PASSWORD, meta);
    const b = await sut.signIn(user.email, TEST_PASSWORD, meta);
    const c = await sut.signIn(user.email, TEST_PASSWORD, meta);
    if (!a.ok || !b.ok || !c.ok) throw new Error("sign-in failed");
    await sut.signOut(a.value.sessionToken, meta);
    expect(await sut.resolveSession(a.value.sessionToken)).toBeNull();
    expect(await sut.resolveSession(b.value.sessionToken)).not.toBeNull();
    expect(await sut.signOutEverywhere(b.value.actor, meta)).toBe(2);
    expect(await sut.resolveSession(b.value.sessionToken)).toBeNull();
    expect(await sut.resolveSession(c.value.sessionToken)).toBeNull();
    expect((await auditActions(user.userId)).slice(-2)).toEqual(["auth.signed_out", "auth.signed_out_everywhere"]);
  });

  it("resets a password through a single-use e-mail link, ending every session", async () => {
    const user = await fx.user("administrator");
    const session = await sut.signIn(user.email, TEST_PASSWORD, meta);
    if (!session.ok) throw new Error("sign-in failed");
    await sut.requestPasswordReset(user.email, mailText, meta);

    // The link as its recipient reads it: in the delivered mail.
    await mailbox.deliver(uow, clock);
    const mail = mailbox.lastTo(user.email);
    expect(mail.subject).toBe("Återställ lösenord");
    const { token } = linkIn(mail.text);
    expect(await sut.isResetTokenUsable(token)).toBe(true);

    expect(await sut.resetPassword(token, "kort", meta)).toEqual({ ok: false, error: "weak_password" });
    expect(await sut.resetPassword(token, "ett helt nytt lösenord", meta)).toEqual({ ok: true, value: undefined });
    expect(await sut.resolveSession(session.value.sessionToken)).toBeNull();
    expect((await sut.signIn(user.email, TEST_PASSWORD, meta)).ok).toBe(false);
    expect((await sut.signIn(user.email, "ett helt nytt lösenord", meta)).ok).toBe(true);
    // The link works once.
    expect(await sut.resetPassword(token, "ett tredje lösenord!!", meta)).toEqual({ ok: false, error: "invalid_token" });
  });

  it("refuses an expired reset link and sends nothing for an unknown address", async () => {
    const user = await fx.user("aktor");
    await sut.requestPasswordReset(user.email, mailText, meta);
    await mailbox.deliver(uow, clock);
    const { token } = linkIn(mailbox.lastTo(user.email).text);
    clock.advanceMinutes(61);
    expect(await sut.resetPassword(token, "ett helt nytt lösenord", meta)).toEqual({ ok: false, error: "invalid_token" });

    const before = await handle.db.selectFrom("mail_outbox").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    await sut.requestPasswordReset("finns-inte@test.invalid", mailText, meta);
    const after = await handle.db.selectFrom("mail_outbox").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
