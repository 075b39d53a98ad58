/**
 * CSRF protection: a synchroniser token derived with HMAC from the session (or, before sign-in,
 * from a random browser id cookie), sent in a hidden `_csrf` field of every form (its first
 * field; read from a bounded prefix of the body by ./request-body.ts) or in the
 * `x-csrf-token` header, plus a check that the browser says the request is not cross-site.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const CSRF_FIELD = "_csrf";
export const CSRF_HEADER = "x-csrf-token";

export function csrfTokenFor(secret: string, binding: string): string {
  return createHmac("sha256", secret).update(`csrf:${binding}`).digest("base64url");
}

export function csrfTokenMatches(secret: string, binding: string, presented: string | null | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenFor(secret, binding));
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A browser that sends Sec-Fetch-Site tells us where the request came from; cross-site is refused. */
export function isCrossSite(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site";
}
