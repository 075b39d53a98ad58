/**
 * Public pages kept once rendered (src/web/edge/kept-pages.ts): a page that says it is the same
 * for every visitor is rendered once for visitors who are not signed in, and each request gets
 * its own CSRF token, form time stamp, form key and nonce put in. Nothing of one visitor's
 * request reaches another's page; a page that is not in fact the same for everyone, a signed-in
 * visitor, a query string and a committed change all get a page rendered for the request.
 */
import pino from "pino";
import { describe, expect, it } from "vitest";
import { RecentReads } from "#src/application/shared/recent-reads.ts";
import { requestContext, type AppServices, type RequestState } from "#src/web/app/context.ts";
import { SAME_FOR_EVERY_VISITOR_HEADER } from "#src/web/app/lib/client-code.ts";
import { csrfTokenMatches } from "#src/web/edge/csrf.ts";
import { createHttpApp } from "#src/web/edge/http-app.ts";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";

function appWith(page: (path: string, state: RequestState) => { html: string; same: boolean }) {
  const keptPages = new RecentReads({ maxAgeMs: 60_000 });
  const renders: string[] = [];
  const warnings: string[] = [];
  const log = pino({ level: "warn" }, { write: (line: string) => void warnings.push(line) });
  const app = createHttpApp({
    services: { auth: { resolveSession: async () => null, hasEndedSession: async () => false } } as unknown as AppServices,
    csrfSecret: SECRET,
    log,
    isReady: async () => true,
    trustProxy: 0,
    publicUrlIsHttps: false,
    keptPages,
    handleRequest: async (request, context) => {
      const path = new URL(request.url).pathname;
      renders.push(path);
      const { html, same } = page(path, context.get(requestContext));
      return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", ...(same ? { [SAME_FOR_EVERY_VISITOR_HEADER]: "1" } : {}) } });
    },
  });
  return { app, keptPages, renders, warnings };
}

const form = (state: { csrfToken: string; formKey: string; nonce: string; formTime: { issue(): string } }) =>
  `<form><input name="_csrf" value="${state.csrfToken}"><input name="key" value="${state.formKey}"><input name="started" value="${state.formTime.issue()}"></form><script nonce="${state.nonce}"></script>`;

const valuesOf = (html: string) => ({
  csrf: /name="_csrf" value="([^"]+)"/.exec(html)![1]!,
  key: /name="key" value="([^"]+)"/.exec(html)![1]!,
  started: /name="started" value="([^"]+)"/.exec(html)![1]!,
  nonce: /nonce="([^"]+)"/.exec(html)![1]!,
});
const browserOf = (res: Response) => /samverka_bid=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];

describe("public pages kept at the edge", () => {
  it("renders a public page once and gives each visitor their own token, key, time stamp and nonce", async () => {
    const { app, renders } = appWith((_path, state) => ({ html: `<p>Samverkansstöd</p>${form(state)}`, same: true }));
    const first = await app.request("http://samverka.test/samverkansstod/kontakt");
    const second = await app.request("http://samverka.test/samverkansstod/kontakt");
    const third = await app.request("http://samverka.test/samverkansstod/kontakt");
    // The first request's own render shows the page can be kept; the second keeps it (rendered twice to compare); the third renders nothing.
    expect(renders).toHaveLength(3);

    const pages = [first, second, third];
    const values = await Promise.all(pages.map(async (r) => valuesOf(await r.text())));
    for (const [i, res] of pages.entries()) {
      expect(res.status).toBe(200);
      expect(res.headers.has(SAME_FOR_EVERY_VISITOR_HEADER)).toBe(false);
      const browser = browserOf(res);
      expect(browser).toBeTruthy();
      expect(csrfTokenMatches(SECRET, `b:${browser}`, values[i]!.csrf)).toBe(true);
      expect(values[i]!.nonce).toBe(/'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")![1]);
      expect(values[i]!.started).toMatch(/^\d+\.[\w-]+$/);
      expect(values[i]!.key).toMatch(/^[0-9a-f-]{36}$/);
    }
    for (const name of ["csrf", "key", "started", "nonce"] as const) expect(new Set(values.map((v) => v[name])).size).toBe(3);
    // One visitor's token does not open another's forms.
    expect(csrfTokenMatches(SECRET, `b:${browserOf(second)}`, values[2]!.csrf)).toBe(false);
  });

  it("keeps a visitor who comes back with their browser cookie on their own binding", async () => {
    const { app } = appWith((_path, state) => ({ html: form(state), same: true }));
    await app.request("http://samverka.test/");
    const res = await app.request("http://samverka.test/", { headers: { cookie: "samverka_bid=abcdefghijklmnopqrstuvwxyz012345" } });
    expect(csrfTokenMatches(SECRET, "b:abcdefghijklmnopqrstuvwxyz012345", valuesOf(await res.text()).csrf)).toBe(true);
  });

  it("renders for each request a page that says it is the same for everyone but is not, and says so in the log", async () => {
    let n = 0;
    const { app, renders, warnings } = appWith((_path, state) => ({ html: `<p>${++n}</p>${form(state)}`, same: true }));
    for (let i = 0; i < 4; i++) await app.request("http://samverka.test/");
    // Its own render, the two that proved it not the same, then one render per request.
    expect(renders).toHaveLength(1 + 3 + 1 + 1);
    expect(warnings.join("\n")).toContain("is not: it is rendered for each request");
  });

  it("renders for the request when keeping fails for a while (an outage), and keeps the page once it renders again", async () => {
    let failing = false;
    const { app, renders, warnings } = appWith((_path, state) => {
      if (failing) state.serverErrors.push(new Error("database unavailable for a moment"));
      return { html: form(state), same: true };
    });
    await app.request("http://samverka.test/samverkansstod");
    failing = true;
    await app.request("http://samverka.test/samverkansstod");
    failing = false;
    renders.length = 0;
    await app.request("http://samverka.test/samverkansstod");
    await app.request("http://samverka.test/samverkansstod");
    // The two renders that keep the page; the second request is answered from it.
    expect(renders).toHaveLength(2);
    expect(warnings.join("\n")).not.toContain("is not: it is rendered for each request");
  });

  it("never keeps a page that does not say it is the same for everyone, nor one asked for with a query string or a session", async () => {
    const { app, renders } = appWith((path, state) => ({ html: form(state), same: path !== "/start" }));
    for (let i = 0; i < 3; i++) await app.request("http://samverka.test/start");
    expect(renders).toHaveLength(3);
    renders.length = 0;
    for (let i = 0; i < 3; i++) await app.request("http://samverka.test/samverkansstod/kontakt?skickat=1");
    expect(renders).toHaveLength(3);
    renders.length = 0;
    for (let i = 0; i < 3; i++) await app.request("http://samverka.test/samverkansstod", { headers: { cookie: "samverka_session=some-session-token" } });
    expect(renders).toHaveLength(3);
  });

  it("renders a kept page anew after a committed change", async () => {
    let text = "Före";
    const { app, keptPages } = appWith((_path, state) => ({ html: `<p>${text}</p>${form(state)}`, same: true }));
    await app.request("http://samverka.test/samverkansstod");
    expect(await (await app.request("http://samverka.test/samverkansstod")).text()).toContain("Före");
    text = "Efter";
    expect(await (await app.request("http://samverka.test/samverkansstod")).text()).toContain("Före");
    keptPages.changed();
    expect(await (await app.request("http://samverka.test/samverkansstod")).text()).toContain("Efter");
  });

  it("keeps a page for each language apart", async () => {
    const { app } = appWith((_path, state) => ({ html: `<html lang="${state.locale}">${form(state)}</html>`, same: true }));
    await app.request("http://samverka.test/");
    await app.request("http://samverka.test/", { headers: { cookie: "samverka_lang=en" } });
    expect(await (await app.request("http://samverka.test/")).text()).toContain('lang="sv"');
    expect(await (await app.request("http://samverka.test/", { headers: { cookie: "samverka_lang=en" } })).text()).toContain('lang="en"');
  });

  it("keeps a resident page per language asked for with ?sprak= (a language Samverka has), and no other query string", async () => {
    const { app, renders } = appWith((_path, state) => ({ html: `<html lang="${state.language ?? state.locale}">${form(state)}</html>`, same: true }));
    await app.request("http://samverka.test/samverkansstod");
    for (let i = 0; i < 3; i++) expect(await (await app.request("http://samverka.test/samverkansstod?sprak=ar")).text()).toContain('lang="ar"');
    for (let i = 0; i < 3; i++) expect(await (await app.request("http://samverka.test/samverkansstod?sprak=so")).text()).toContain('lang="so"');
    expect(await (await app.request("http://samverka.test/samverkansstod")).text()).toContain('lang="sv"');
    // Its own render (which shows the path can be kept), then the two that keep each language's page (Arabic, Somali, then Swedish): every other request was answered from them.
    expect(renders).toHaveLength(1 + 2 + 2 + 2);
    renders.length = 0;
    // A language Samverka does not have is no language (the page in the cookie's), and is not kept; nor is ?sprak= with more.
    for (let i = 0; i < 2; i++) expect(await (await app.request("http://samverka.test/samverkansstod?sprak=xx")).text()).toContain('lang="sv"');
    for (let i = 0; i < 2; i++) await app.request("http://samverka.test/samverkansstod?sprak=ar&x=1");
    expect(renders).toHaveLength(4);
  });
});
