/**
 * The HTTP edge's defences (issue 8): the CSRF token read from a bounded prefix of the body
 * and each form's size limit; the client address behind trusted proxies and the per-address
 * sign-in limit (the real sign-in action behind the edge); the session cookie renewed as the
 * session slides; a form of an expired session kept until the same user signs in again; and
 * 503 with Retry-After and the "try again" page when the database cannot be reached.
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouterContextProvider } from "react-router";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { openDatabase } from "#src/adapters/db/connect.ts";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { requestContext, type AppServices } from "#src/web/app/context.ts";
import { action as signInAction } from "#src/web/app/routes/auth/sign-in.tsx";
import { handleError } from "#src/web/app/entry.server.tsx";
import { createHttpApp, RETRY_AFTER_SECONDS } from "#src/web/edge/http-app.ts";
import { PUBLIC_BODY_LIMIT } from "#src/web/edge/body-limits.ts";
import { SESSION_COOKIE_GRACE_MS } from "#src/web/edge/cookies.ts";
import { TOKEN_PREFIX_BYTES } from "#src/web/edge/request-body.ts";
import { createServices, keepInOutbox } from "#src/web/server/services.ts";
import { FakeClock, Fixtures, TEST_PASSWORD } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const BASE = "http://samverka.test";
const SECRET = "a-test-secret-that-is-long-enough-0123456789";

interface Reached {
  method: string;
  path: string;
  search: string;
  actor: string | null;
  ip: string | null;
  body: Record<string, string> | null;
}

/**
 * An edge in front of a stand-in for React Router: the sign-in page's real action, the
 * refusal pages as a marker, and every other request echoed (a POST's form read once).
 */
function edge(services: AppServices, opts: { trustProxy?: number; failLoaderWith?: () => unknown } = {}) {
  const reached: Reached[] = [];
  const app = createHttpApp({
    services,
    csrfSecret: SECRET,
    log: pino({ level: process.env.EDGE_LOG ?? "silent" }),
    isReady: async () => true,
    trustProxy: opts.trustProxy ?? 0,
    publicUrlIsHttps: false,
    async handleRequest(request: Request, context: RouterContextProvider) {
      const state = context.get(requestContext);
      const url = new URL(request.url);
      if (url.pathname.startsWith("/_fel/")) return new Response(`<h1>EDGE PAGE ${url.pathname}</h1>`, { headers: { "content-type": "text/html; charset=utf-8" } });
      if (opts.failLoaderWith) {
        // A loader that throws: React Router reports it through entry.server's handleError and renders its error page.
        await handleError(opts.failLoaderWith() as Error, { request, context, params: {} } as never);
        return new Response("<h1>Unexpected Server Error</h1>", { status: 500, headers: { "content-type": "text/html" } });
      }
      if (request.method === "POST" && url.pathname === "/logga-in") {
        const result = await signInAction({ request, context, params: {} } as never);
        return result instanceof Response ? result : Response.json(result);
      }
      const isForm = /form/.test(request.headers.get("content-type") ?? "");
      const body = request.method === "POST" && isForm ? (Object.fromEntries([...(await request.formData()).entries()].map(([k, v]) => [k, typeof v === "string" ? v : `file:${v.size}`])) as Record<string, string>) : null;
      reached.push({ method: request.method, path: url.pathname, search: url.search, actor: state.actor?.email ?? null, ip: state.ip, body });
      return Response.json({ csrfToken: state.csrfToken, body });
    },
  });
  return { app, reached };
}

/** A browser: keeps cookies between requests, like a real one. */
function browser(app: ReturnType<typeof createHttpApp>) {
  const jar = new Map<string, string>();
  return {
    jar,
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
      const res = await this.fetch("/x");
      return ((await res.json()) as { csrfToken: string }).csrfToken;
    },
  };
}

const form = (fields: Record<string, string>, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
  body: new URLSearchParams(fields).toString(),
});

/** A body of `total` bytes made on demand, counting what the reader pulled. */
function countedBody(first: string, total: number, chunk = 64 * 1024) {
  const counter = { pulled: 0 };
  const head = new TextEncoder().encode(first);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(chunk, total - sent);
      const bytes = new Uint8Array(size).fill(0x61);
      if (sent === 0) bytes.set(head.subarray(0, size));
      sent += size;
      counter.pulled += size;
      controller.enqueue(bytes);
    },
  });
  return { stream, counter };
}

describe("HTTP edge: security", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  const clock = new FakeClock(new Date());
  let services: ReturnType<typeof createServices>;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    services = createServices({ db: handle.db, hasher: argon2idHasher, transport: keepInOutbox, publicUrl: BASE, clock, signInAttemptsPerIp: 5 });
  });
  afterAll(async () => handle.close());

  describe("bounded reading of bodies", () => {
    it("refuses a 25 MB body with a wrong token after reading only the first kilobytes", async () => {
      const { app, reached } = edge(services);
      const b = browser(app);
      await b.token();
      const { stream, counter } = countedBody("_csrf=wrong&note=", 25 * 1024 * 1024);
      const res = await b.fetch("/ansokan/x/bilagor", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: stream, duplex: "half" } as RequestInit);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("EDGE PAGE /_fel/formular");
      // The prefix, and at most what the body stream buffers ahead of it (two chunks of 64 KB).
      expect(counter.pulled).toBeLessThanOrEqual(TOKEN_PREFIX_BYTES + 2 * 64 * 1024);
      expect(reached.filter((r) => r.method === "POST")).toEqual([]);
    });

    it("refuses a multipart body whose first part is not the token, without reading it all", async () => {
      const { app } = edge(services);
      const b = browser(app);
      await b.token();
      const boundary = "----samverka";
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
      const { stream, counter } = countedBody(head, 25 * 1024 * 1024);
      const res = await b.fetch("/ansokan/x/bilagor", { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, body: stream, duplex: "half" } as RequestInit);
      expect(res.status).toBe(403);
      expect(counter.pulled).toBeLessThanOrEqual(TOKEN_PREFIX_BYTES + 2 * 64 * 1024);
    });

    it("hands the action the whole body, read once, when the token is right", async () => {
      const { app, reached } = edge(services);
      const b = browser(app);
      const token = await b.token();
      const note = "å".repeat(20_000);
      const res = await b.fetch("/samverkansstod/kontakt", form({ _csrf: token, note }));
      expect(res.status).toBe(200);
      expect(reached.at(-1)?.body).toEqual({ _csrf: token, note });
    });

    it("gives each form its own size limit: 413 before reading a declared larger body", async () => {
      const { app, reached } = edge(services);
      const b = browser(app);
      const token = await b.token();
      const before = reached.length;
      const signIn = await b.fetch("/logga-in", form({ _csrf: token, email: "a@test.invalid", password: "x".repeat(20_000) }));
      expect(signIn.status).toBe(413);
      expect(await signIn.text()).toContain("EDGE PAGE /_fel/for-stort");
      // The contact form takes its 10,000 characters, but not 200 KB.
      expect((await b.fetch("/samverkansstod/kontakt", form({ _csrf: token, message: "a".repeat(PUBLIC_BODY_LIMIT + 1) }))).status).toBe(413);
      expect(reached.slice(before).filter((r) => r.method === "POST")).toEqual([]);
    });

    it("counts a body sent without a declared length against the limit too", async () => {
      const { app } = edge(services);
      const b = browser(app);
      const token = await b.token();
      const { stream } = countedBody(`_csrf=${token}&note=`, 1024 * 1024);
      const res = await b.fetch("/processer/ny", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: stream, duplex: "half" } as RequestInit);
      expect(res.status).toBe(413);
    });

    it("keeps the large upload limits for signed-in users only", async () => {
      const user = await fx.user("aktor");
      const { app, reached } = edge(services);
      const anonymous = browser(app);
      const anonymousToken = await anonymous.token();
      const upload = async (token: string) => {
        const data = new FormData();
        data.set("_csrf", token);
        data.set("file", new Blob([new Uint8Array(1024 * 1024)], { type: "application/pdf" }), "bilaga.pdf");
        // As bytes, the way a browser sends them (no length declared in-process).
        const encoded = new Response(data);
        return { method: "POST", headers: { "content-type": encoded.headers.get("content-type")! }, body: await encoded.arrayBuffer() };
      };
      expect((await anonymous.fetch("/ansokan/x/bilagor", await upload(anonymousToken))).status).toBe(413);
      const signedIn = browser(app);
      const session = await services.auth.signIn(user.email, TEST_PASSWORD, { ip: null, userAgent: null, requestId: null });
      if (!session.ok) throw new Error("sign-in failed");
      signedIn.jar.set("samverka_session", session.value.sessionToken);
      const res = await signedIn.fetch("/ansokan/x/bilagor", await upload(await signedIn.token()));
      expect(res.status).toBe(200);
      expect(reached.at(-1)?.body?.file).toBe(`file:${1024 * 1024}`);
    });
  });

  describe("the client address and the per-address sign-in limit", () => {
    it("takes the address the trusted proxy saw, whatever the client writes on the left", async () => {
      const { app, reached } = edge(services, { trustProxy: 1 });
      const b = browser(app);
      for (let i = 0; i < 5; i++) await b.fetch("/x", { headers: { "x-forwarded-for": `10.0.${i}.${i}, 203.0.113.7` } });
      expect(new Set(reached.map((r) => r.ip))).toEqual(new Set(["203.0.113.7"]));
    });

    it("still limits sign-in failures from one address when the forged leftmost entry rotates", async () => {
      const limited = createServices({ db: handle.db, hasher: argon2idHasher, transport: keepInOutbox, publicUrl: BASE, clock, signInAttemptsPerIp: 3 });
      const { app } = edge(limited, { trustProxy: 1 });
      const answers: string[] = [];
      for (let i = 0; i < 5; i++) {
        const b = browser(app);
        const token = await b.token();
        const res = await b.fetch("/logga-in", form({ _csrf: token, email: `vem-${i}@test.invalid`, password: "fel lösenord" }, { "x-forwarded-for": `198.51.100.${i}, 203.0.113.8` }));
        answers.push(((await res.json()) as { errors: { form: string } }).errors.form);
      }
      expect(answers).toEqual(["signIn.error.invalid", "signIn.error.invalid", "signIn.error.invalid", "signIn.error.rateLimited", "signIn.error.rateLimited"]);
    });

    it("never refuses an office behind one address for signing in, and still limits its failures", async () => {
      const office = createServices({ db: handle.db, hasher: argon2idHasher, transport: keepInOutbox, publicUrl: BASE, clock, signInAttemptsPerIp: 30 });
      const { app } = edge(office, { trustProxy: 1 });
      const users = await Promise.all(Array.from({ length: 10 }, () => fx.user("aktor")));
      const signIn = async (email: string, password: string) => {
        const b = browser(app);
        const token = await b.token();
        return b.fetch("/logga-in", form({ _csrf: token, email, password }, { "x-forwarded-for": "203.0.113.9" }));
      };
      for (let i = 0; i < 100; i++) {
        const res = await signIn(users[i % users.length]!.email, TEST_PASSWORD);
        expect(res.status, `sign-in ${i + 1}`).toBe(302);
      }
      const failures: number[] = [];
      for (let i = 0; i < 31; i++) {
        const res = await signIn(`ingen-${i}@test.invalid`, "fel lösenord");
        failures.push(((await res.json()) as { errors: { form: string } }).errors.form === "signIn.error.rateLimited" ? 1 : 0);
      }
      expect(failures.indexOf(1)).toBe(30);
    }, 120_000);
  });

  describe("sessions", () => {
    it("sends the session cookie again with the new expiry when the session slides", async () => {
      const user = await fx.user("handlaggare");
      const { app } = edge(services);
      const b = browser(app);
      const session = await services.auth.signIn(user.email, TEST_PASSWORD, { ip: null, userAgent: null, requestId: null });
      if (!session.ok) throw new Error("sign-in failed");
      b.jar.set("samverka_session", session.value.sessionToken);
      clock.advanceMinutes(90);
      const res = await b.fetch("/x");
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith("samverka_session="));
      expect(cookie).toBeDefined();
      const expires = new Date(/Expires=([^;]+)/.exec(cookie!)![1]!);
      // The session's new end, two hours from now (not from the sign-in), and the cookie's
      // grace after it (to the second).
      expect(Math.abs(expires.getTime() - (clock.now().getTime() + 120 * 60_000 + SESSION_COOKIE_GRACE_MS))).toBeLessThan(1000);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
    });

    it("keeps a form posted after the session expired and gives it back to the same user after sign-in", async () => {
      const user = await fx.user("aktor");
      const { app, reached } = edge(services);
      const b = browser(app);
      const first = await services.auth.signIn(user.email, TEST_PASSWORD, { ip: null, userAgent: null, requestId: null });
      if (!first.ok) throw new Error("sign-in failed");
      b.jar.set("samverka_session", first.value.sessionToken);
      const token = await b.token();
      clock.advanceMinutes(121);
      // Hovering a link asks for data in the background: that does not end the cookie.
      const background = await b.fetch("/arenden.data");
      expect(background.headers.getSetCookie().filter((c) => c.startsWith("samverka_session="))).toEqual([]);

      const posted = await b.fetch("/ansokan/abc/steg/forslag?index", form({ _csrf: token, title: "Levande torg", purpose: "Det jag skrev i en timme" }));
      expect(posted.status).toBe(303);
      const signInUrl = new URL(posted.headers.get("location")!, BASE);
      expect(signInUrl.pathname).toBe("/logga-in");
      expect(signInUrl.searchParams.get("sparat")).toBe("1");
      const next = signInUrl.searchParams.get("next")!;
      expect(next).toMatch(/^\/ansokan\/abc\/steg\/forslag\?aterstall=[0-9a-f-]{36}$/);
      expect(reached.filter((r) => r.method === "POST")).toEqual([]);

      // Someone else signing in on that computer gets nothing.
      const other = await fx.user("aktor");
      const stranger = browser(app);
      const strangerSession = await services.auth.signIn(other.email, TEST_PASSWORD, { ip: null, userAgent: null, requestId: null });
      if (!strangerSession.ok) throw new Error("sign-in failed");
      stranger.jar.set("samverka_session", strangerSession.value.sessionToken);
      const refused = await stranger.fetch(next);
      expect(refused.status).toBe(303);
      expect(refused.headers.get("location")).toBe("/ansokan/abc/steg/forslag");
      expect(reached.filter((r) => r.method === "POST")).toEqual([]);

      // The same user, signed in again, is sent to the form's action with what was typed.
      const again = await services.auth.signIn(user.email, TEST_PASSWORD, { ip: null, userAgent: null, requestId: null });
      if (!again.ok) throw new Error("sign-in failed");
      b.jar.set("samverka_session", again.value.sessionToken);
      const restored = await b.fetch(next);
      expect(restored.status).toBe(200);
      expect(reached.at(-1)).toMatchObject({ method: "POST", path: "/ansokan/abc/steg/forslag", actor: user.email, body: { title: "Levande torg", purpose: "Det jag skrev i en timme" } });
      // Once.
      const twice = await b.fetch(next);
      expect(twice.status).toBe(303);
      expect(twice.headers.get("location")).toBe("/ansokan/abc/steg/forslag");
    });

    it("leaves the app's own query parameters alone: only a kept form's id brings one back", async () => {
      const user = await fx.user("aktor");
      const { app, reached } = edge(services);
      const b = browser(app);
      const session = await services.auth.signIn(user.email, TEST_PASSWORD, { ip: null, userAgent: null, requestId: null });
      if (!session.ok) throw new Error("sign-in failed");
      b.jar.set("samverka_session", session.value.sessionToken);
      for (const search of ["?sparad=1", "?aterstall=1"]) {
        const res = await b.fetch(`/processer/abc${search}`);
        expect(res.status).toBe(200);
        expect(reached.at(-1)).toMatchObject({ method: "GET", search });
      }
    });

    it("answers a data request of an expired session with a full-page redirect to sign in", async () => {
      const user = await fx.user("aktor");
      const { app } = edge(services);
      const b = browser(app);
      const session = await services.auth.signIn(user.email, TEST_PASSWORD, { ip: null, userAgent: null, requestId: null });
      if (!session.ok) throw new Error("sign-in failed");
      b.jar.set("samverka_session", session.value.sessionToken);
      const token = await b.token();
      clock.advanceMinutes(121);
      const res = await b.fetch("/arenden/abc.data", form({ _csrf: token, body: "Hej" }));
      expect(res.status).toBe(204);
      expect(res.headers.get("x-remix-reload-document")).toBe("true");
      expect(res.headers.get("x-remix-redirect")).toMatch(/^\/logga-in\?next=%2Farenden%2Fabc%3Faterstall%3D[0-9a-f-]{36}&sparat=1$/);
    });

    it("does not keep a form of a session that was ended on purpose", async () => {
      const user = await fx.user("aktor");
      const { app } = edge(services);
      const b = browser(app);
      const session = await services.auth.signIn(user.email, TEST_PASSWORD, { ip: null, userAgent: null, requestId: null });
      if (!session.ok) throw new Error("sign-in failed");
      b.jar.set("samverka_session", session.value.sessionToken);
      const token = await b.token();
      await services.auth.signOutEverywhere(session.value.actor, { ip: null, userAgent: null, requestId: null });
      const res = await b.fetch("/arenden/abc", form({ _csrf: token, body: "Hej" }));
      expect(res.status).toBe(403);
    });
  });

  describe("a database outage", () => {
    const outage = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const stubbed = (): AppServices =>
      ({
        ...services,
        auth: { ...services.auth, resolveSession: async () => Promise.reject(outage()) } as unknown as AppServices["auth"],
      }) as AppServices;

    it("answers a signed-in page with 503, Retry-After and the app's own page when the session cannot be read", async () => {
      const { app } = edge(stubbed());
      const res = await app.request(`${BASE}/arenden`, { headers: { cookie: "samverka_session=abc" } });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
      expect(res.headers.get("content-type")).toMatch(/text\/html/);
      expect(await res.text()).toContain("EDGE PAGE /_fel/otillganglig");
    });

    it("answers 503 when a loader or action finds the database gone", async () => {
      const { app } = edge(services, { failLoaderWith: outage });
      const res = await app.request(`${BASE}/start`);
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
      expect(await res.text()).toContain("EDGE PAGE /_fel/otillganglig");
    });

    it("leaves other errors to the app's own error page", async () => {
      const { app } = edge(services, { failLoaderWith: () => new TypeError("a bug") });
      const res = await app.request(`${BASE}/start`);
      expect(res.status).toBe(500);
    });

    it("answers a data request with 503 for the browser's error page", async () => {
      const { app } = edge(stubbed());
      const res = await app.request(`${BASE}/arenden.data`, { headers: { cookie: "samverka_session=abc" } });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
      expect(await res.text()).toBe("unavailable");
    });

    it("answers with a plain Swedish page when even the app's page cannot be rendered", async () => {
      const app = createHttpApp({
        services: stubbed(),
        csrfSecret: SECRET,
        log: pino({ level: "silent" }),
        isReady: async () => false,
        trustProxy: 0,
        publicUrlIsHttps: false,
        handleRequest: async () => Promise.reject(outage()),
      });
      const res = await app.request(`${BASE}/arenden`, { headers: { cookie: "samverka_session=abc" } });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("Tjänsten är tillfälligt otillgänglig – försök igen om en stund");
    });

    it("answers 503 against a PostgreSQL server that is not running", async () => {
      // Nothing listens on port 1: what a stopped server looks like to the pool.
      const stopped = await openDatabase({ databaseUrl: "postgres://postgres@127.0.0.1:1/samverka", poolSize: 1, onConnectionError: () => {} });
      try {
        const down = createServices({ db: stopped.db, hasher: argon2idHasher, transport: keepInOutbox, publicUrl: BASE });
        const { app } = edge(down);
        const signedIn = await app.request(`${BASE}/arenden`, { headers: { cookie: "samverka_session=abc" } });
        expect(signedIn.status).toBe(503);
        expect(signedIn.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
        const b = browser(app);
        const token = await b.token();
        const posted = await b.fetch("/logga-in", form({ _csrf: token, email: "a@test.invalid", password: "x" }));
        expect(posted.status).toBe(503);
      } finally {
        await stopped.close();
      }
    });
  });
});
