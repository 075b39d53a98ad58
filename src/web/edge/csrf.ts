/**
 * CSRF protection: a synchroniser token derived with HMAC from the session (or, before sign-in,
 * from a random browser id cookie), sent in a hidden `_csrf` field of every form (its first
 * field; read from a bounded prefix of the body by ./request-body.ts) or in the
 * `x-csrf-token` header, plus a check that the browser says the request is not cross-site.
 *
 * Pages are compressed, so a secret in a page that also echoes what a visitor typed could be
 * guessed byte by byte from the compressed sizes (BREACH). The token is therefore masked
 * afresh for every page: a random pad and the token XOR the pad. Any masking of the right
 * token is accepted.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const CSRF_FIELD = "_csrf";
export const CSRF_HEADER = "x-csrf-token";

const TOKEN_BYTES = 32;

function rawToken(secret: string, binding: string): Buffer {
  return createHmac("sha256", secret).update(`csrf:${binding}`).digest();
}

function xor(a: Buffer, b: Buffer): Buffer {
  const out = Buffer.alloc(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! ^ b[i]!;
  return out;
}

/** The token for a page: the session's (or browser's) token, masked with a fresh random pad. */
export function csrfTokenFor(secret: string, binding: string): string {
  const pad = randomBytes(TOKEN_BYTES);
  return Buffer.concat([pad, xor(pad, rawToken(secret, binding))]).toString("base64url");
}

export function csrfTokenMatches(secret: string, binding: string, presented: string | null | undefined): boolean {
  if (!presented || presented.length > 200) return false;
  const given = Buffer.from(presented, "base64url");
  if (given.length !== 2 * TOKEN_BYTES) return false;
  const unmasked = xor(given.subarray(0, TOKEN_BYTES), given.subarray(TOKEN_BYTES));
  return timingSafeEqual(unmasked, rawToken(secret, binding));
}

export const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A browser that sends Sec-Fetch-Site tells us where the request came from; cross-site is refused. */
export function isCrossSite(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site";
}
