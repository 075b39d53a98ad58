import { parse, serialize } from "hono/utils/cookie";

export const SESSION_COOKIE = "samverka_session";
export const BROWSER_COOKIE = "samverka_bid";
export const LOCALE_COOKIE = "samverka_lang";

export function readCookies(header: string | null): Record<string, string> {
  return header ? parse(header) : {};
}

export function sessionCookie(token: string, expires: Date, secure: boolean): string {
  return serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: "Lax", secure, path: "/", expires });
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
