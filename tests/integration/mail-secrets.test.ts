/**
 * Secrets in mail (issue 8, 2.1): a password reset or invitation link is readable only by its
 * recipient. The attack: an anonymous reset request for the administrator, then a member of
 * staff reads the link in the outbox (/utkorg) and takes over the account. Here the outbox, the
 * audit log and the worker's log show the link hidden, a handläggare cannot open the outbox at
 * all, the real link reaches the recipient over SMTP (a real server on 127.0.0.1), and the
 * secret is gone from the database once sent, expired, given up, or when mail is only kept.
 * Runs on PGlite, or on the server named by DATABASE_URL.
 */
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { hideStoredLinks } from "#src/adapters/db/migrations/0008_mail_secrets.ts";
import { JobQueue } from "#src/adapters/jobs/job-queue.ts";
import { smtpTransport } from "#src/adapters/mail/transports.ts";
import { SECRET_UNAVAILABLE } from "#src/application/mail/mail-delivery.ts";
import type { MailTransport } from "#src/application/shared/ports.ts";
import { SECRET_PLACEHOLDER, SECRET_PLACEHOLDER_NOT_SENT } from "#src/domain/mail/secrets.ts";
import { createServices, keepInOutbox } from "#src/web/server/services.ts";
import { FakeClock, Fixtures, TEST_PASSWORD } from "../support/fixtures.ts";
import { linkIn, startSmtpServer, testMailSecrets, type TestSmtpServer } from "../support/mail.ts";
import { createTestDatabase } from "../support/test-db.ts";

const BASE = "https://samverka.test";
const meta = { ip: "203.0.113.9", userAgent: "vitest", requestId: "mail-secrets" };
const resetText = {
  passwordResetSubject: "Återställ ditt lösenord i Samverka",
  passwordResetBody: (link: string, minutes: number) => `Hej!\n\nÖppna länken för att välja ett nytt lösenord:\n${link}\n\nLänken gäller i ${minutes} minuter.`,
};
const inviteText = {
  subject: (org: string) => `Inbjudan från ${org}`,
  body: (a: { inviter: string; link: string; days: number }) => `${a.inviter} bjuder in dig. Öppna ${a.link} inom ${a.days} dagar.`,
};
const NEW_PASSWORD = "ett övertaget lösenord 4711";
/** What a token looks like (32 random bytes, base64url): anything of this shape is tried. */
const TOKEN_SHAPE = /[A-Za-z0-9_-]{43}/g;

describe("secrets in mail", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let smtp: TestSmtpServer;
  let transport: ReturnType<typeof smtpTransport>;
  let clock: FakeClock;
  const mailSecrets = testMailSecrets();

  beforeAll(async () => {
    [handle, smtp] = await Promise.all([createTestDatabase(), startSmtpServer()]);
    fx = new Fixtures(handle.db);
    transport = smtpTransport(smtp.url, "Samverka <noreply@samverka.invalid>");
  });
  beforeEach(async () => {
    await handle.db.deleteFrom("mail_outbox").execute();
    smtp.received.length = 0;
    smtp.refuse.clear();
    clock = new FakeClock(new Date(Date.now() + 1000));
  });
  afterAll(async () => {
    transport?.close();
    await Promise.all([smtp?.close(), handle?.close()]);
  });

  /** The services as the server wires them, with a mail server (SMTP_URL) or without. */
  const servicesWith = (mail: MailTransport) => createServices({ db: handle.db, hasher: argon2idHasher, clock, transport: mail, mailSecrets, publicUrl: BASE });
  const rowsTo = (to: string) => handle.db.selectFrom("mail_outbox").selectAll().where("to_address", "=", to).execute();

  it("shows staff no usable link after an anonymous reset request for the administrator", async () => {
    const services = servicesWith(transport);
    const administrator = await fx.user("administrator");
    const handlaggare = await fx.user("handlaggare");
    const aktor = await fx.user("aktor");

    await services.auth.requestPasswordReset(administrator.email, resetText, meta);
    const invited = await services.organisations.invite(aktor, { email: "ny.medlem@test.invalid" }, inviteText);
    expect(invited.ok).toBe(true);

    // A handläggare cannot open the outbox at all.
    expect(await services.admin.outbox(handlaggare)).toEqual({ ok: false, error: "forbidden" });

    // An administrator sees both mails, each link hidden.
    const outbox = await services.admin.outbox(administrator);
    if (!outbox.ok) throw new Error("the administrator may read the outbox");
    const reset = outbox.value.find((m) => m.to === administrator.email);
    const invitation = outbox.value.find((m) => m.to === "ny.medlem@test.invalid");
    expect(reset?.text).toContain(`Öppna länken för att välja ett nytt lösenord:\n${SECRET_PLACEHOLDER}\n`);
    expect(invitation?.text).toContain(`Öppna ${SECRET_PLACEHOLDER} inom 14 dagar`);
    const audit = await services.admin.auditLog(administrator);
    const everythingStaffSee = JSON.stringify([outbox, audit]);
    expect(everythingStaffSee).not.toMatch(/token=/);

    // Whatever in it looks like a token does not reset the administrator's password.
    for (const candidate of everythingStaffSee.match(TOKEN_SHAPE) ?? []) {
      expect(await services.auth.resetPassword(candidate, NEW_PASSWORD, meta)).toEqual({ ok: false, error: "invalid_token" });
    }
    expect((await services.auth.signIn(administrator.email, TEST_PASSWORD, meta)).ok).toBe(true);

    // Nor does the database hold the link in the clear: only sealed, for the delivery.
    const [row] = await rowsTo(administrator.email);
    expect(row).toMatchObject({ has_secrets: true, status: "pending" });
    expect(row!.sealed_body).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toMatch(/token=/);
  });

  it("delivers the real link over SMTP to the recipient, logs nothing of it, and wipes it once sent", async () => {
    const logLines: string[] = [];
    const log = pino({ level: "trace" }, { write: (line: string) => void logLines.push(line) });
    // The server's way: the mail becomes a job of the queue in the transaction that writes it.
    const queue = new JobQueue({ database: handle, log, deliversMail: true, pollingIntervalSeconds: 0.5, schedule: false });
    const services = createServices({ db: handle.db, hasher: argon2idHasher, clock, transport, mailSecrets, publicUrl: BASE, queue: queue.hooks, nudgeMail: () => queue.nudgeMail() });
    await queue.start({ mailDelivery: services.mailDelivery, sweeps: [] });
    const administrator = await fx.user("administrator");
    try {
      await services.auth.requestPasswordReset(administrator.email, resetText, meta);
      await vi.waitFor(async () => expect((await rowsTo(administrator.email))[0]?.status).toBe("sent"), { timeout: 10_000, interval: 20 });
    } finally {
      await queue.stop();
    }

    expect(smtp.received.map((m) => m.envelopeTo)).toEqual([[administrator.email]]);
    const { link, token } = linkIn(smtp.received[0]!.text);
    expect(link.startsWith(`${BASE}/aterstall-losenord?token=`)).toBe(true);
    expect(logLines.join("\n")).toContain("mail job done");
    expect(logLines.join("\n")).not.toContain(token);

    // Sent: the sealed copy is gone, and nothing in the row holds the token.
    const [row] = await rowsTo(administrator.email);
    expect(row).toMatchObject({ status: "sent", has_secrets: true, sealed_body: null });
    expect(JSON.stringify(row)).not.toContain(token);

    // The recipient's link works (once).
    expect(await services.auth.resetPassword(token, NEW_PASSWORD, meta)).toEqual({ ok: true, value: undefined });
    expect((await services.auth.signIn(administrator.email, NEW_PASSWORD, meta)).ok).toBe(true);
  });

  it("stores no secret when mail is only kept (no SMTP_URL), and never sends such a mail without it later", async () => {
    const kept = servicesWith(keepInOutbox);
    const user = await fx.user("kontaktperson");
    await kept.auth.requestPasswordReset(user.email, resetText, meta);
    const [row] = await rowsTo(user.email);
    expect(row).toMatchObject({ has_secrets: true, sealed_body: null, status: "pending" });
    expect(row!.body_text).toContain(SECRET_PLACEHOLDER_NOT_SENT);
    expect(row!.body_text).not.toMatch(/token=/);

    // A mail server is configured later: the mail whose link is gone is given up, not sent.
    const later = servicesWith(transport);
    expect(await later.mailDelivery.deliverDue()).toEqual({ sent: 0, failed: 1 });
    expect(smtp.received).toEqual([]);
    expect((await rowsTo(user.email))[0]).toMatchObject({ status: "failed", last_error: SECRET_UNAVAILABLE });
  });

  it("wipes a sealed link at start-up without a mail server (it may remain from a run with one)", async () => {
    const user = await fx.user("handlaggare");
    await servicesWith(transport).auth.requestPasswordReset(user.email, resetText, meta);
    expect((await rowsTo(user.email))[0]!.sealed_body).not.toBeNull();
    expect(await servicesWith(keepInOutbox).mailDelivery.wipeUnusableSecrets()).toBe(1);
    expect((await rowsTo(user.email))[0]!.sealed_body).toBeNull();
  });

  it("wipes a link that expires before it could be delivered and does not send the mail", async () => {
    const services = servicesWith(transport);
    const user = await fx.user("aktor");
    smtp.refuse.add(user.email);
    await services.auth.requestPasswordReset(user.email, resetText, meta);
    expect(await services.mailDelivery.deliverDue()).toEqual({ sent: 0, failed: 1 });
    expect((await rowsTo(user.email))[0]).toMatchObject({ status: "pending", attempts: 1 });
    expect((await rowsTo(user.email))[0]!.sealed_body).not.toBeNull();

    // The server would accept now, but the link (60 minutes) has expired.
    smtp.refuse.clear();
    clock.advanceMinutes(61);
    expect(await services.mailDelivery.deliverDue()).toEqual({ sent: 0, failed: 1 });
    expect(smtp.received).toEqual([]);
    expect((await rowsTo(user.email))[0]).toMatchObject({ status: "failed", sealed_body: null, last_error: SECRET_UNAVAILABLE });
  });

  it("wipes the link when delivery gives up", async () => {
    const services = servicesWith(transport);
    const user = await fx.user("aktor");
    smtp.refuse.add(user.email);
    await services.auth.requestPasswordReset(user.email, resetText, meta);
    await handle.db.updateTable("mail_outbox").set({ attempts: 7 }).where("to_address", "=", user.email).execute();
    expect(await services.mailDelivery.deliverDue()).toEqual({ sent: 0, failed: 1 });
    expect((await rowsTo(user.email))[0]).toMatchObject({ status: "failed", attempts: 8, sealed_body: null });
  });

  it("hides the links of mail stored before secrets were kept apart (migration 0008)", async () => {
    const old = "Öppna länken:\nhttps://samverka.test/aterstall-losenord?token=gammal_TOKEN-123\n\nMalmö stad";
    await handle.db
      .insertInto("mail_outbox")
      .values([
        { to_address: "gammal@test.invalid", subject: "Återställ", body_text: old, status: "sent", next_attempt_at: new Date() },
        { to_address: "beslut@test.invalid", subject: "Beslut", body_text: "Läs beslutet: https://samverka.test/arenden/1", next_attempt_at: new Date() },
      ])
      .execute();
    expect(await hideStoredLinks(handle.db)).toBe(1);
    expect((await rowsTo("gammal@test.invalid"))[0]).toMatchObject({ body_text: `Öppna länken:\n${SECRET_PLACEHOLDER}\n\nMalmö stad`, has_secrets: true });
    expect((await rowsTo("beslut@test.invalid"))[0]).toMatchObject({ body_text: "Läs beslutet: https://samverka.test/arenden/1", has_secrets: false });
  });
});
