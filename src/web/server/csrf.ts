/**
 * CSRF protection: a synchroniser token derived with HMAC from the session (or, before sign-in,
 * from a random browser id cookie), sent in a hidden `_csrf` field of every form or in the
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

/** Reads the presented token without consuming the request body the action will read. */
export async function presentedCsrfToken(request: Request): Promise<string | null> {
  const header = request.headers.get(CSRF_HEADER);
  if (header) return header;
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
    try {
      const form = await request.clone().formData();
      const value = form.get(CSRF_FIELD);
      return typeof value === "string" ? value : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** A browser that sends Sec-Fetch-Site tells us where the request came from; cross-site is refused. */
export function isCrossSite(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site";
}
