/**
 * The HTTP edge: request id and logging, security headers (CSP with a per-request nonce),
 * health checks, static assets, session resolution, CSRF verification, and finally the
 * React Router request handler. Every state-changing request passes the CSRF check here,
 * before any action runs.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders, NONCE } from "hono/secure-headers";
import { serveStatic } from "@hono/node-server/serve-static";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Logger } from "pino";
import { RouterContextProvider } from "react-router";
import { requestContext, servicesContext, type AppServices, type RequestState } from "../app/context.ts";
import { isLocale, translator, type Locale } from "../app/i18n/index.ts";
import { BROWSER_COOKIE, browserCookie, clearSessionCookie, LOCALE_COOKIE, readCookies, SESSION_COOKIE } from "./cookies.ts";
import { csrfTokenFor, csrfTokenMatches, isCrossSite, presentedCsrfToken, UNSAFE_METHODS } from "./csrf.ts";

export interface HttpAppDeps {
  services: AppServices;
  csrfSecret: string;
  log: Logger;
  /** React Router's handler (or a stand-in in tests). */
  handleRequest(request: Request, context: RouterContextProvider): Promise<Response>;
  /** Folder with the built browser assets; omitted in tests. */
  staticRoot?: string;
  isReady(): Promise<boolean>;
  trustProxy: boolean;
  /** Secure cookies: true behind https (PUBLIC_URL https or X-Forwarded-Proto https with TRUST_PROXY). */
  publicUrlIsHttps: boolean;
  maxBodyBytes?: number;
  /** The base map's tile server (MAP_TILES_URL's origin): allowed as an image source, and only then. */
  mapTilesOrigin?: string | null;
}

type Env = { Variables: { secureHeadersNonce?: string; requestId: string } };

export function createHttpApp(deps: HttpAppDeps): Hono<Env> {
  const app = new Hono<Env>();
  const { log } = deps;

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

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    const ready = await deps.isReady().catch(() => false);
    return c.json({ status: ready ? "ready" : "not ready" }, ready ? 200 : 503);
  });

  if (deps.staticRoot) {
    const root = deps.staticRoot;
    app.use(
      "/assets/*",
      serveStatic({ root, onFound: (_path, c) => c.header("Cache-Control", "public, max-age=31536000, immutable") }),
    );
    app.use("/favicon.svg", serveStatic({ root }));
  }

  app.use("*", bodyLimit({ maxSize: deps.maxBodyBytes ?? 25 * 1024 * 1024, onError: (c) => c.text("Förfrågan är för stor / Request too large", 413) }));

  app.all("*", async (c) => {
    const request = c.req.raw;
    const cookies = readCookies(request.headers.get("cookie"));
    const secure = deps.publicUrlIsHttps || (deps.trustProxy && c.req.header("x-forwarded-proto") === "https");
    const ip = clientIp(c, deps.trustProxy);
    const locale: Locale = isLocale(cookies[LOCALE_COOKIE]) ? (cookies[LOCALE_COOKIE] as Locale) : "sv";
    const setCookies: string[] = [];

    let browserId = cookies[BROWSER_COOKIE];
    if (!browserId || browserId.length < 20 || browserId.length > 64) {
      browserId = randomBytes(24).toString("base64url");
      setCookies.push(browserCookie(browserId, secure));
    }

    const sessionToken = cookies[SESSION_COOKIE] || null;
    const resolved = sessionToken ? await deps.services.auth.resolveSession(sessionToken) : null;
    if (sessionToken && !resolved) setCookies.push(clearSessionCookie(secure));
    const binding = resolved && sessionToken ? `s:${sessionToken}` : `b:${browserId}`;

    if (UNSAFE_METHODS.has(request.method)) {
      const presented = await presentedCsrfToken(request);
      if (isCrossSite(request) || !csrfTokenMatches(deps.csrfSecret, binding, presented)) {
        log.warn({ requestId: c.get("requestId"), path: c.req.path }, "CSRF check failed");
        return csrfRefusal(locale, setCookies);
      }
    }

    const state: RequestState = {
      actor: resolved?.actor ?? null,
      sessionToken: resolved ? sessionToken : null,
      csrfToken: csrfTokenFor(deps.csrfSecret, binding),
      nonce: c.get("secureHeadersNonce") ?? "",
      locale,
      requestId: c.get("requestId"),
      ip,
      userAgent: c.req.header("user-agent") ?? null,
      secureCookies: secure,
    };
    const context = new RouterContextProvider();
    context.set(servicesContext, deps.services);
    context.set(requestContext, state);

    const response = await deps.handleRequest(request, context);
    if (setCookies.length === 0) return response;
    const headers = new Headers(response.headers);
    for (const cookie of setCookies) headers.append("Set-Cookie", cookie);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  });

  return app;
}

function clientIp(c: Parameters<typeof getConnInfo>[0], trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

function csrfRefusal(locale: Locale, setCookies: string[]): Response {
  const t = translator(locale);
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t("error.csrf.title")} – ${t("app.name")}</title></head><body><main><h1>${t("error.csrf.title")}</h1><p>${t("error.csrf.body")}</p><p><a href="/">${t("error.backHome")}</a></p></main></body></html>`;
  const headers = new Headers({ "Content-Type": "text/html; charset=utf-8" });
  for (const cookie of setCookies) headers.append("Set-Cookie", cookie);
  return new Response(html, { status: 403, headers });
}
