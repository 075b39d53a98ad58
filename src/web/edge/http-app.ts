/**
 * The HTTP edge: request id and logging, security headers (CSP with a per-request nonce),
 * health checks, static assets, session resolution (renewing the cookie as the session
 * slides), the size limit and CSRF check of every state-changing request, and finally the
 * React Router request handler. Every state-changing request passes the CSRF check here,
 * before any action runs; the token is read from a bounded prefix of the body, and the
 * body is handed on unparsed, so it is read once, by the action.
 *
 * Two more things happen here because only the edge sees them:
 * - A form posted from the page of a session that has since expired is kept (its text
 *   fields, for that user) and the user is sent to sign in; once signed in again, the next
 *   GET of the form's address with `aterstall=<id>` is turned back into that POST, so the
 *   action runs as if just submitted (see docs/decisions/0005-security-accounts-and-edge.md).
 * - When the database cannot be reached, anywhere in a request, the answer is 503 with
 *   Retry-After and the app's own "try again in a while" page.
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { Hono, type Context } from "hono";
import { compress } from "hono/compress";
import { secureHeaders, NONCE } from "hono/secure-headers";
import { serveStatic } from "@hono/node-server/serve-static";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Logger } from "pino";
import { RouterContextProvider } from "react-router";
import type { KeptField } from "#src/application/auth/index.ts";
import { isDatabaseUnavailable } from "#src/adapters/db/unavailable.ts";
import { requestContext, servicesContext, type AppServices, type FormTime, type RequestState } from "../app/context.ts";
import { isLocale, translator, type Locale } from "#src/text/index.ts";
import { findLanguage } from "#src/text/resident-catalogues.ts";
import { LANGUAGE_PARAM } from "../app/lib/page-language.ts";
import { bodyLimitFor, MAX_BODY_LIMIT } from "./body-limits.ts";
import { clientAddress } from "./client-ip.ts";
import { BROWSER_COOKIE, browserCookie, clearSessionCookie, LOCALE_COOKIE, readCookies, SESSION_COOKIE, sessionCookie } from "./cookies.ts";
import { csrfTokenFor, csrfTokenMatches, isCrossSite, UNSAFE_METHODS } from "./csrf.ts";
import { RESTORE_PARAM } from "./kept-form.ts";
import { fillIn, renderForKeeping, type KeptPage } from "./kept-pages.ts";
import { SAME_FOR_EVERY_VISITOR_HEADER } from "../app/lib/client-code.ts";
import type { RecentReads } from "#src/application/shared/recent-reads.ts";
import { bodyStream, discard, readBodyStart, withBody, type BodyStart } from "./request-body.ts";
import { isUuid } from "#src/domain/ids.ts";

export interface HttpAppDeps {
  services: AppServices;
  csrfSecret: string;
  log: Logger;
  /** React Router's handler (or a stand-in in tests). */
  handleRequest(request: Request, context: RouterContextProvider): Promise<Response>;
  /** Folder with the built browser assets; omitted in tests. */
  staticRoot?: string;
  isReady(): Promise<boolean>;
  /** How many reverse proxies in front of the app are trusted (0 = none; X-Forwarded-* ignored). */
  trustProxy: number;
  /** Secure cookies: true behind https (PUBLIC_URL https or X-Forwarded-Proto https from a trusted proxy). */
  publicUrlIsHttps: boolean;
  /** The base map's tile server (MAP_TILES_URL's origin): allowed as an image source, and only then. */
  mapTilesOrigin?: string | null;
  /** Counts the database queries of a request's work; given, every page says how many it took (X-Query-Count). */
  countQueries?: <T>(work: () => Promise<T>) => Promise<{ value: T; queries: number }>;
  /**
   * Where public pages that are the same for every visitor are kept once rendered
   * (./kept-pages.ts); the app's RecentReads, so a committed change renders them anew.
   * Left out: every page is rendered for its request.
   */
  keptPages?: RecentReads;
  /** Whether an error means the database is unreachable (default: the PostgreSQL/PGlite reading). */
  isUnavailable?: (error: unknown) => boolean;
}

type Env = { Variables: { secureHeadersNonce?: string; requestId: string } };

/** Seconds a client is asked to wait during a database outage. */
export const RETRY_AFTER_SECONDS = 30;


/** Why the edge answers with its own page instead of the route's. */
type EdgeRefusal = "csrf" | "too_large" | "unavailable";
const REFUSAL_STATUS: Record<EdgeRefusal, number> = { csrf: 403, too_large: 413, unavailable: 503 };
/** The route (src/web/app/routes/site/edge-error.tsx) that renders each refusal in the app's layout. */
const REFUSAL_PATH: Record<EdgeRefusal, string> = { csrf: "/_fel/formular", too_large: "/_fel/for-stort", unavailable: "/_fel/otillganglig" };

export function createHttpApp(deps: HttpAppDeps): Hono<Env> {
  const app = new Hono<Env>();
  const { log } = deps;
  const isUnavailable = deps.isUnavailable ?? isDatabaseUnavailable;
  /** Paths whose page said it is the same for every visitor (./kept-pages.ts), and those that said so but proved otherwise (not tried again). */
  const keepablePaths = new Set<string>();
  const unkeepablePaths = new Set<string>();

  app.use("*", async (c, next) => {
    const requestId = c.req.header("x-request-id")?.slice(0, 100) || randomUUID();
    c.set("requestId", requestId);
    const started = performance.now();
    await next();
    c.header("x-request-id", requestId);
    const ms = Math.round(performance.now() - started);
    if (c.req.path !== "/healthz" && c.req.path !== "/readyz") {
      log.info({ requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms }, "request");
    }
  });

  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", NONCE],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Leaflet loads tiles as <img>, so the tile server needs img-src only (not connect-src).
        imgSrc: ["'self'", "data:", "blob:", ...(deps.mapTilesOrigin ? [deps.mapTilesOrigin] : [])],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", "blob:"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: "DENY",
      referrerPolicy: "strict-origin-when-cross-origin",
      strictTransportSecurity: deps.publicUrlIsHttps ? "max-age=31536000; includeSubDomains" : false,
      crossOriginEmbedderPolicy: false,
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );

  // Pages and data are compressed on the way out (gzip or deflate, as the browser accepts);
  // the browser's assets are stored compressed at build time and sent as they are (below).
  app.use("*", compress());

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    const ready = await deps.isReady().catch(() => false);
    return c.json({ status: ready ? "ready" : "not ready" }, ready ? 200 : 503);
  });

  if (deps.staticRoot) {
    const root = deps.staticRoot;
    // Assets carry their content's hash in their names: cached for a year. (Set on the way out:
    // serveStatic's onFound runs after the response is made, too late for a header.)
    app.use("/assets/*", async (c, next) => {
      await next();
      if (c.res.status === 200) c.res.headers.set("Cache-Control", "public, max-age=31536000, immutable");
    });
    app.use("/assets/*", serveStatic({ root, precompressed: true }));
    app.use("/favicon.svg", serveStatic({ root, precompressed: true }));
  }

  if (deps.countQueries) {
    const count = deps.countQueries;
    app.use("*", async (c, next) => {
      const { queries } = await count(next);
      c.res.headers.set("X-Query-Count", String(queries));
    });
  }

  app.all("*", async (c) => {
    const request = c.req.raw;
    const url = new URL(request.url);
    const isData = isDataRequest(url);
    const cookies = readCookies(request.headers.get("cookie"));
    const secure = deps.publicUrlIsHttps || (deps.trustProxy > 0 && lastEntry(c.req.header("x-forwarded-proto")) === "https");
    const ip = clientAddress(c.req.header("x-forwarded-for"), socketAddress(c), deps.trustProxy);
    const locale: Locale = isLocale(cookies[LOCALE_COOKIE]) ? (cookies[LOCALE_COOKIE] as Locale) : "sv";
    // A resident page's language, chosen by a link (`?sprak=ar`): only a language Samverka has.
    const asked = url.searchParams.get(LANGUAGE_PARAM);
    const language = asked !== null && findLanguage(asked) ? asked : null;
    const setCookies: string[] = [];
    const serverErrors: unknown[] = [];

    let browserId = cookies[BROWSER_COOKIE];
    if (!browserId || browserId.length < 20 || browserId.length > 64) {
      browserId = randomBytes(24).toString("base64url");
      setCookies.push(browserCookie(browserId, secure));
    }

    const state = (actor: RequestState["actor"], sessionToken: string | null, binding: string): RequestState => ({
      actor,
      sessionToken,
      csrfToken: csrfTokenFor(deps.csrfSecret, binding),
      nonce: c.get("secureHeadersNonce") ?? "",
      locale,
      language,
      requestId: c.get("requestId"),
      ip,
      userAgent: c.req.header("user-agent") ?? null,
      secureCookies: secure,
      formTime: formTime(deps.csrfSecret, binding),
      formKey: randomUUID(),
      serverErrors,
    });
    const contextFor = (s: RequestState) => {
      const context = new RouterContextProvider();
      context.set(servicesContext, deps.services);
      context.set(requestContext, s);
      return context;
    };

    /** The edge's own answer: the app's page for the refusal (a short text for a data request). */
    const refuse = async (reason: EdgeRefusal, body?: BodyStart, as: RequestState = state(null, null, `b:${browserId}`)): Promise<Response> => {
      if (body) await discard(body);
      const headers = new Headers({ "Cache-Control": "no-store" });
      if (reason === "unavailable") headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
      // An unread body is not worth reading to keep the connection: close it.
      if (body?.rest) headers.set("Connection", "close");
      for (const cookie of setCookies) headers.append("Set-Cookie", cookie);
      const status = REFUSAL_STATUS[reason];
      if (isData) {
        headers.set("Content-Type", "text/plain; charset=utf-8");
        return new Response(reason, { status, headers });
      }
      let html: string | null = null;
      try {
        // During an outage the page is rendered as for a visitor: the session cannot be read.
        const page = await deps.handleRequest(new Request(new URL(REFUSAL_PATH[reason], url), { headers: { cookie: request.headers.get("cookie") ?? "", accept: "text/html" } }), contextFor(as));
        if (page.headers.get("content-type")?.startsWith("text/html")) html = await page.text();
      } catch (error) {
        log.warn({ requestId: c.get("requestId"), err: error }, "the refusal page could not be rendered");
      }
      headers.set("Content-Type", "text/html; charset=utf-8");
      return new Response(html ?? plainRefusalPage(reason, locale), { status, headers });
    };

    let tooLarge = false;
    try {
      const sessionToken = cookies[SESSION_COOKIE] || null;
      const resolved = sessionToken ? await deps.services.auth.resolveSession(sessionToken) : null;
      // A token that opens nothing is cleared; the cookie of a session that has only ended
      // (idle or too old) is left to run out by itself: a form sent from one of its pages
      // shows whose it was, and is kept for them (below).
      if (sessionToken && !resolved && !(await deps.services.auth.hasEndedSession(sessionToken))) setCookies.push(clearSessionCookie(secure));
      if (sessionToken && resolved?.renewed) setCookies.push(sessionCookie(sessionToken, resolved.expiresAt, secure));
      const binding = resolved && sessionToken ? `s:${sessionToken}` : `b:${browserId}`;
      const requestState = state(resolved?.actor ?? null, resolved ? sessionToken : null, binding);

      let forward: Request = request;
      if (UNSAFE_METHODS.has(request.method)) {
        const declared = Number(request.headers.get("content-length") ?? "0");
        const path = documentPath(url);
        if (declared > bodyLimitFor(path, true)) {
          await request.body?.cancel().catch(() => {});
          return refuse("too_large", undefined, requestState);
        }
        const body = await readBodyStart(request);
        const crossSite = isCrossSite(request);
        if (!crossSite && csrfTokenMatches(deps.csrfSecret, binding, body.token)) {
          const limit = bodyLimitFor(path, resolved !== null);
          if (declared > limit) return refuse("too_large", body, requestState);
          forward = withBody(request, bodyStream(body, limit, () => (tooLarge = true)));
        } else if (!crossSite && sessionToken && !resolved && csrfTokenMatches(deps.csrfSecret, `s:${sessionToken}`, body.token)) {
          // The form came from a page of this browser's session, which has expired since.
          const address = formAddress(url);
          const kept = await keepExpiredSubmission(request, body, bodyLimitFor(path, true), sessionToken, address, { ip, userAgent: requestState.userAgent, requestId: requestState.requestId });
          if (kept === "too_large") return refuse("too_large", body);
          if (kept) {
            const next = `${path}${appendParam(address.slice(path.length), RESTORE_PARAM, kept)}`;
            log.info({ requestId: c.get("requestId"), path }, "form of an expired session kept until sign-in");
            return redirectTo(`/logga-in?next=${encodeURIComponent(next)}&sparat=1`, isData, setCookies);
          }
          log.warn({ requestId: c.get("requestId"), path: c.req.path }, "CSRF check failed (expired session; form not kept)");
          return refuse("csrf", body);
        } else {
          log.warn({ requestId: c.get("requestId"), path: c.req.path }, "CSRF check failed");
          return refuse("csrf", body, requestState);
        }
      } else if (request.method === "GET" && resolved && isUuid(url.searchParams.get(RESTORE_PARAM) ?? "") && !isCrossSite(request)) {
        // Back from signing in: the kept form is sent to its action as if just submitted.
        if (isData) return redirectTo(`${documentPath(url)}${searchWithout(url, "_routes", "index")}`, true, setCookies);
        const fields = await deps.services.auth.takeKeptSubmission(resolved.actor, url.searchParams.get(RESTORE_PARAM) ?? "", formAddress(url));
        if (!fields) return redirectTo(formAddress(url), false, setCookies);
        forward = new Request(url, {
          method: "POST",
          headers: { cookie: request.headers.get("cookie") ?? "", accept: request.headers.get("accept") ?? "text/html", "content-type": "application/x-www-form-urlencoded", "user-agent": request.headers.get("user-agent") ?? "" },
          body: new URLSearchParams(fields.map(([k, v]) => [k, v])).toString(),
        });
      }

      // A public page asked for by a visitor who is not signed in: kept once rendered (./kept-pages.ts).
      // Only paths whose page has said it is the same for every visitor are tried, so no other page is rendered twice.
      // The one query string kept is a known page language's (`?sprak=ar`): the language is in the key.
      const anonymousPage = request.method === "GET" && !isData && !sessionToken && (url.search === "" || (language !== null && url.search === `?${LANGUAGE_PARAM}=${language}`)) && forward === request;
      let kept: KeptPage | null = null;
      if (deps.keptPages && anonymousPage && keepablePaths.has(url.pathname)) {
        const outcome = await deps.keptPages.read(
          `page ${locale} ${language ?? "-"} ${secure ? "https" : "http"} ${url.pathname}`,
          () => renderForKeeping((s) => deps.handleRequest(new Request(url, { headers: { accept: "text/html" } }), contextFor(s)), { locale, language, secureCookies: secure }),
          (o) => o.kept !== null,
        );
        kept = outcome.kept;
        if (!outcome.kept && outcome.why === "differs") {
          keepablePaths.delete(url.pathname);
          if (unkeepablePaths.size < 100) unkeepablePaths.add(url.pathname);
          log.warn({ requestId: c.get("requestId"), path: url.pathname }, "a page that says it is the same for every visitor is not: it is rendered for each request");
        }
      }
      const response = kept
        ? fillIn(kept, { csrfToken: requestState.csrfToken, formTime: requestState.formTime.issue(), formKey: requestState.formKey, nonce: requestState.nonce })
        : await deps.handleRequest(forward, contextFor(requestState));
      if (!kept && anonymousPage && response.headers.has(SAME_FOR_EVERY_VISITOR_HEADER) && !unkeepablePaths.has(url.pathname) && keepablePaths.size < 100) keepablePaths.add(url.pathname);
      if (response.headers.has(SAME_FOR_EVERY_VISITOR_HEADER)) response.headers.delete(SAME_FOR_EVERY_VISITOR_HEADER);
      if (tooLarge) {
        await response.body?.cancel().catch(() => {});
        return refuse("too_large");
      }
      const outage = serverErrors.find(isUnavailable);
      if (outage !== undefined) {
        await response.body?.cancel().catch(() => {});
        log.error({ requestId: c.get("requestId"), err: outage }, "database unavailable");
        return refuse("unavailable");
      }
      for (const error of serverErrors) log.error({ requestId: c.get("requestId"), err: error }, "request failed");
      if (setCookies.length === 0) return response;
      const headers = new Headers(response.headers);
      for (const cookie of setCookies) headers.append("Set-Cookie", cookie);
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    } catch (error) {
      // The body went past the form's limit while the action read it.
      if (tooLarge) return refuse("too_large");
      if (isUnavailable(error)) {
        log.error({ requestId: c.get("requestId"), err: error }, "database unavailable");
        return refuse("unavailable");
      }
      throw error;
    }
  });

  /**
   * Reads the rest of the body of a form whose session has expired and keeps its text fields
   * for the session's user. The id to restore it with; "too_large"; or null when it was not
   * kept (the session was ended on purpose, the user is disabled, or the form is too large to keep).
   */
  async function keepExpiredSubmission(request: Request, body: BodyStart, limit: number, sessionToken: string, path: string, meta: { ip: string | null; userAgent: string | null; requestId: string }): Promise<string | "too_large" | null> {
    let tooLarge = false;
    let form: FormData;
    try {
      form = await withBody(request, bodyStream(body, limit, () => (tooLarge = true))).formData();
    } catch {
      return tooLarge ? "too_large" : null;
    }
    const fields: KeptField[] = [];
    for (const [name, value] of form.entries()) if (typeof value === "string" && name !== "_csrf") fields.push([name, value]);
    return deps.services.auth.keepSubmission(sessionToken, path, fields, meta);
  }

  app.onError((error, c) => {
    log.error({ requestId: c.get("requestId"), err: error }, "request failed at the edge");
    const locale: Locale = isLocale(readCookies(c.req.header("cookie") ?? null)[LOCALE_COOKIE]) ? (readCookies(c.req.header("cookie") ?? null)[LOCALE_COOKIE] as Locale) : "sv";
    const t = translator(locale);
    return c.html(`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${t("error.generic.title")} – ${t("app.name")}</title></head><body><main><h1>${t("error.generic.title")}</h1><p>${t("error.generic.body")}</p><p><a href="/">${t("error.backHome")}</a></p></main></body></html>`, 500);
  });

  return app;
}

/** React Router's data requests (client-side navigation and fetcher submits) end in `.data`. */
function isDataRequest(url: URL): boolean {
  return url.pathname.endsWith(".data");
}

/** The page's own path: `/x.data` and `/x/_.data` (a data request) are `/x` and `/x/`. */
function documentPath(url: URL): string {
  const p = url.pathname;
  if (p.endsWith("/_.data")) return p.slice(0, -"_.data".length);
  if (p.endsWith(".data")) return p.slice(0, -".data".length);
  return p;
}

/** The address a form was posted to, as a page: its path and query without React Router's and our own parameters. */
function formAddress(url: URL): string {
  return documentPath(url) + searchWithout(url, "_routes", "index", RESTORE_PARAM);
}

function searchWithout(url: URL, ...names: string[]): string {
  const params = new URLSearchParams(url.search);
  for (const name of names) params.delete(name);
  const s = params.toString();
  return s ? `?${s}` : "";
}

function appendParam(search: string, name: string, value: string): string {
  const params = new URLSearchParams(search);
  params.set(name, value);
  return `?${params.toString()}`;
}

/** A redirect the browser follows; for a data request, React Router's form of it with a full page load. */
function redirectTo(location: string, isData: boolean, setCookies: string[]): Response {
  const headers = new Headers(isData ? { "X-Remix-Redirect": location, "X-Remix-Status": "303", "X-Remix-Reload-Document": "true" } : { Location: location });
  headers.set("Cache-Control", "no-store");
  for (const cookie of setCookies) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: isData ? 204 : 303, headers });
}

function lastEntry(header: string | undefined): string | undefined {
  return header?.split(",").at(-1)?.trim().toLowerCase();
}

function socketAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** When a form was shown, signed with the server's key and bound to this browser or session. */
function formTime(secret: string, binding: string): FormTime {
  const mac = (ms: string) => createHmac("sha256", secret).update(`form-time:${binding}:${ms}`).digest("base64url");
  return {
    issue() {
      const ms = String(Date.now());
      return `${ms}.${mac(ms)}`;
    },
    secondsSince(stamp) {
      const [ms, given] = (stamp ?? "").split(".");
      if (!ms || !given || !/^\d{1,15}$/.test(ms)) return null;
      const expected = Buffer.from(mac(ms));
      const presented = Buffer.from(given);
      if (expected.length !== presented.length || !timingSafeEqual(expected, presented)) return null;
      return (Date.now() - Number(ms)) / 1000;
    },
  };
}

/** The refusal as a plain page, when the app's own could not be rendered. */
function plainRefusalPage(reason: EdgeRefusal, locale: Locale): string {
  const t = translator(locale);
  const key = { csrf: "error.csrf", too_large: "error.tooLarge", unavailable: "error.unavailable" } as const;
  const title = t(`${key[reason]}.title`);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – ${t("app.name")}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1e2b3c}a{color:#0a58ca}</style></head><body><main><h1>${title}</h1><p>${t(`${key[reason]}.body`)}</p><p><a href="/">${t("error.backHome")}</a></p></main></body></html>`;
}
