/**
 * The public contact form behind the real edge (the route's own loader and action): a trap
 * field and a minimum time to fill it in catch programs, a limit per client address holds,
 * and the receipt to the typed address is a fixed text sent a few times an hour at most.
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouterContextProvider } from "react-router";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { action, loader } from "#src/web/app/routes/outreach/contact.tsx";
import { csrfTokenFor } from "#src/web/edge/csrf.ts";
import { createHttpApp } from "#src/web/edge/http-app.ts";
import { createServices, keepInOutbox } from "#src/web/server/services.ts";
import { FakeClock } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const BASE = "http://samverka.test";

describe("the contact form", () => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle.close());

  function site(opts: { perIp?: number; minSeconds?: number } = {}) {
    const services = createServices({ db: handle.db, hasher: argon2idHasher, transport: keepInOutbox, publicUrl: BASE, clock: new FakeClock(new Date()), contactRequestsPerIp: opts.perIp ?? 100, contactMinFillSeconds: opts.minSeconds ?? 0 });
    const app = createHttpApp({
      services,
      csrfSecret: "a-test-secret-that-is-long-enough-0123456789",
      log: pino({ level: "silent" }),
      isReady: async () => true,
      trustProxy: 1,
      publicUrlIsHttps: false,
      async handleRequest(request: Request, context: RouterContextProvider) {
        const args = { request, context, params: {} } as never;
        const result = request.method === "POST" ? await action(args) : await loader(args);
        return result instanceof Response ? result : Response.json(result);
      },
    });
    return {
      /** Opens the form (as a browser at `ip`) and sends it with `fields`. */
      async send(fields: Record<string, string>, ip = "203.0.113.20", waitMs = 0) {
        const page = await app.request(`${BASE}/samverkansstod/kontakt`, { headers: { "x-forwarded-for": ip } });
        const cookie = page.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
        const shown = (await page.json()) as { submissionKey: string; started: string };
        if (waitMs) await new Promise((r) => setTimeout(r, waitMs));
        const body = new URLSearchParams({ _csrf: tokenFor(cookie), submission_key: shown.submissionKey, started: shown.started, webbplats: "", ...fields });
        return app.request(`${BASE}/samverkansstod/kontakt`, { method: "POST", headers: { cookie, "x-forwarded-for": ip, "content-type": "application/x-www-form-urlencoded" }, body: body.toString() });
      },
    };
  }

  // The CSRF token of a browser id, made as the edge makes it (masked afresh each time).
  const tokenFor = (cookie: string) => {
    const id = /samverka_bid=([^;]+)/.exec(cookie)![1]!;
    return csrfTokenFor("a-test-secret-that-is-long-enough-0123456789", `b:${id}`);
  };

  const request = (email: string, extra: Record<string, string> = {}) => ({ name: "Eva Exempel", email, areaText: "Limhamns torg", message: "Köp billiga klockor på https://spam.example/", organisationName: "Köp nu!", ...extra });
  const stored = async (email: string) => handle.db.selectFrom("contact_request").select("id").where("email", "=", email).execute();
  const mails = async (email: string) => handle.db.selectFrom("mail_outbox").select(["body_text", "subject"]).where("to_address", "=", email).execute();

  it("takes a request from a person and sends a receipt with none of the typed text in it", async () => {
    const res = await site().send(request("eva@exempel.test"));
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/samverkansstod/kontakt?skickat=1");
    expect(await stored("eva@exempel.test")).toHaveLength(1);
    const [receipt] = await mails("eva@exempel.test");
    expect(receipt!.body_text).not.toMatch(/Eva|spam\.example|Köp/);
  });

  it("answers a filled-in trap field as sent, and stores and mails nothing", async () => {
    const res = await site().send(request("bot@exempel.test", { webbplats: "https://spam.example/" }));
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/samverkansstod/kontakt?skickat=1");
    expect(await stored("bot@exempel.test")).toHaveLength(0);
    expect(await mails("bot@exempel.test")).toHaveLength(0);
  });

  it("asks for the form again, keeping what was typed, when it is sent too soon after it was shown", async () => {
    const form = site({ minSeconds: 1 });
    const res = await form.send(request("snabb@exempel.test"));
    const failure = (await res.json()) as { errors: { form: string }; values: Record<string, string> };
    expect(failure.errors.form).toBe("contact.error.tooFast");
    expect(failure.values).toMatchObject({ name: "Eva Exempel", areaText: "Limhamns torg" });
    expect(await stored("snabb@exempel.test")).toHaveLength(0);
    // A forged stamp is no better.
    const forged = await form.send(request("snabb@exempel.test", { started: `${Date.now() - 60_000}.forged` }));
    expect(((await forged.json()) as { errors: { form: string } }).errors.form).toBe("contact.error.tooFast");
    // After the time has gone by, the same form is taken.
    expect((await form.send(request("snabb@exempel.test"), "203.0.113.20", 1100)).status).toBe(302);
    expect(await stored("snabb@exempel.test")).toHaveLength(1);
  });

  it("limits requests per client address", async () => {
    const form = site({ perIp: 2 });
    expect((await form.send(request("a1@exempel.test"), "198.51.100.1")).status).toBe(302);
    expect((await form.send(request("a2@exempel.test"), "198.51.100.1")).status).toBe(302);
    const third = await form.send(request("a3@exempel.test"), "198.51.100.1");
    expect(((await third.json()) as { errors: { form: string } }).errors.form).toBe("contact.error.rateLimited");
    expect(await stored("a3@exempel.test")).toHaveLength(0);
    // Another address is not affected.
    expect((await form.send(request("a4@exempel.test"), "198.51.100.2")).status).toBe(302);
  });

  it("sends at most three receipts an hour to one address, however many requests name it", async () => {
    const form = site();
    for (let i = 0; i < 6; i++) expect((await form.send(request("offer@exempel.test"), `192.0.2.${i + 1}`)).status).toBe(302);
    expect(await stored("offer@exempel.test")).toHaveLength(6);
    expect(await mails("offer@exempel.test")).toHaveLength(3);
  });
});
