/**
 * The HTTP edge in front of React Router: CSRF protection on every state-changing request,
 * security headers, sessions and health checks. React Router is replaced by a stand-in
 * handler that reports whether it was reached and what request state it was given.
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouterContextProvider } from "react-router";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { requestContext } from "#src/web/app/context.ts";
import { createHttpApp } from "#src/web/edge/http-app.ts";
import { createServices, keepInOutbox } from "#src/web/server/services.ts";
import { Fixtures, TEST_PASSWORD } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const BASE = "http://samverka.test";

describe("HTTP edge", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let app: ReturnType<typeof createHttpApp>;
  let services: ReturnType<typeof createServices>;
  const reached: Array<{ method: string; path: string; actor: string | null }> = [];

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    services = createServices({ db: handle.db, hasher: argon2idHasher, transport: keepInOutbox, publicUrl: BASE });
    app = createHttpApp({
      services,
      csrfSecret: "a-test-secret-that-is-long-enough-0123456789",
      log: pino({ level: "silent" }),
      isReady: async () => true,
      trustProxy: 0,
      publicUrlIsHttps: false,
      async handleRequest(request: Request, context: RouterContextProvider) {
        const state = context.get(requestContext);
        reached.push({ method: request.method, path: new URL(request.url).pathname, actor: state.actor?.email ?? null });
        // The stand-in reads the body, as a real action would, after the edge has checked it.
        const isForm = /form/.test(request.headers.get("content-type") ?? "");
        const body = request.method === "POST" && isForm ? Object.fromEntries((await request.formData()).entries()) : null;
        return Response.json({ csrfToken: state.csrfToken, nonce: state.nonce, body });
      },
    });
  });
  afterAll(async () => handle.close());

  /** A browser: keeps cookies between requests, like a real one. */
  function browser() {
    const jar = new Map<string, string>();
    return {
      async fetch(path: string, init: RequestInit = {}) {
        const headers = new Headers(init.headers);
        if (jar.size) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
        const response = await app.request(`${BASE}${path}`, { ...init, headers });
        for (const cookie of response.headers.getSetCookie()) {
          const [pair] = cookie.split(";");
          const [name, value] = pair!.split("=");
          if (value) jar.set(name!, value);
          else jar.delete(name!);
        }
        return response;
      },
      async token(): Promise<string> {
        const res = await this.fetch("/");
        return ((await res.json()) as { csrfToken: string }).csrfToken;
      },
      set(name: string, value: string) {
        jar.set(name, value);
      },
    };
  }

  const form = (fields: Record<string, string>) => ({
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });

  it("refuses a POST without a CSRF token before any action runs", async () => {
    const b = browser();
    await b.token();
    const before = reached.length;
    const res = await b.fetch("/logga-in", form({ email: "x@test.invalid" }));
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Formuläret kunde inte skickas");
    // Only the refusal page was asked for (a GET of /_fel/formular); no action ran.
    expect(reached.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(["GET /_fel/formular"]);
  });

  it("refuses a token that belongs to another browser", async () => {
    const attacker = browser();
    const victim = browser();
    const attackersToken = await attacker.token();
    await victim.token();
    const res = await victim.fetch("/logga-in", form({ _csrf: attackersToken }));
    expect(res.status).toBe(403);
  });

  it("passes a POST with the page's token and leaves the body readable for the action", async () => {
    const b = browser();
    const token = await b.token();
    const res = await b.fetch("/logga-in", form({ _csrf: token, email: "anna@test.invalid" }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { body: Record<string, string> }).body.email).toBe("anna@test.invalid");
  });

  it("accepts the token in a multipart form and in the x-csrf-token header", async () => {
    const b = browser();
    const token = await b.token();
    const multipart = new FormData();
    multipart.set("_csrf", token);
    multipart.set("note", "åäö");
    expect((await b.fetch("/x", { method: "POST", body: multipart })).status).toBe(200);
    expect((await b.fetch("/x", { method: "POST", headers: { "x-csrf-token": token, "content-type": "application/json" }, body: "{}" })).status).toBe(200);
  });

  it("refuses a cross-site request even with a valid token", async () => {
    const b = browser();
    const token = await b.token();
    const res = await b.fetch("/logga-in", { ...form({ _csrf: token }), headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "cross-site" } });
    expect(res.status).toBe(403);
  });

  it("binds the token to the session once signed in", async () => {
    const user = await fx.user("aktor");
    const b = browser();
    const anonymousToken = await b.token();
    const signedIn = await services.auth.signIn(user.email, TEST_PASSWORD, { ip: null, userAgent: null, requestId: null });
    if (!signedIn.ok) throw new Error("sign-in failed");
    b.set("samverka_session", signedIn.value.sessionToken);
    const sessionToken = await b.token();
    expect(sessionToken).not.toBe(anonymousToken);
    expect((await b.fetch("/x", form({ _csrf: anonymousToken }))).status).toBe(403);
    expect((await b.fetch("/x", form({ _csrf: sessionToken }))).status).toBe(200);
    expect(reached.at(-1)?.actor).toBe(user.email);
  });

  it("clears a session cookie that no longer opens a session", async () => {
    const b = browser();
    b.set("samverka_session", "not-a-real-session");
    const res = await b.fetch("/");
    expect(res.headers.getSetCookie().some((c) => c.startsWith("samverka_session=;"))).toBe(true);
    expect(reached.at(-1)?.actor).toBeNull();
  });

  it("sends security headers with a fresh CSP nonce per response", async () => {
    const first = await app.request(`${BASE}/`);
    const second = await app.request(`${BASE}/`);
    const csp = first.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    const nonceOf = async (r: Response) => ((await r.json()) as { nonce: string }).nonce;
    const [a, b] = [await nonceOf(first), await nonceOf(second)];
    expect(a).not.toBe("");
    expect(a).not.toBe(b);
    expect(csp).toContain(`'nonce-${a}'`);
  });

  it("answers the health and readiness checks", async () => {
    expect((await app.request(`${BASE}/healthz`)).status).toBe(200);
    const ready = await app.request(`${BASE}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});
