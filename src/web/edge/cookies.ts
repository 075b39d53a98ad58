import { parse, serialize } from "hono/utils/cookie";

export const SESSION_COOKIE = "samverka_session";
export const BROWSER_COOKIE = "samverka_bid";
export const LOCALE_COOKIE = "samverka_lang";

export function readCookies(header: string | null): Record<string, string> {
  return header ? parse(header) : {};
}

/**
 * How long the cookie outlives its session. The server alone decides when a session ends
 * (idle or absolute limit); the browser keeps the cookie a while longer, so that a form sent
 * from a page of a session that has just ended still shows whose it was, and what was typed
 * is kept until that user signs in again (see http-app.ts). The token opens nothing by then.
 */
export const SESSION_COOKIE_GRACE_MS = 12 * 3_600_000;

/** The session cookie, expiring `SESSION_COOKIE_GRACE_MS` after the session (`sessionExpires`). Sent again whenever the session slides. */
export function sessionCookie(token: string, sessionExpires: Date, secure: boolean): string {
  return serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: "Lax", secure, path: "/", expires: new Date(sessionExpires.getTime() + SESSION_COOKIE_GRACE_MS) });
}

export function clearSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, "", { httpOnly: true, sameSite: "Lax", secure, path: "/", maxAge: 0 });
}

export function browserCookie(id: string, secure: boolean): string {
  return serialize(BROWSER_COOKIE, id, { httpOnly: true, sameSite: "Lax", secure, path: "/", maxAge: 60 * 60 * 24 * 365 });
}

export function localeCookie(locale: string, secure: boolean): string {
  return serialize(LOCALE_COOKIE, locale, { httpOnly: false, sameSite: "Lax", secure, path: "/", maxAge: 60 * 60 * 24 * 365 });
}
