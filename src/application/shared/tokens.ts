import { createHash, randomBytes } from "node:crypto";

/** A fresh secret for a cookie or an e-mail link: 256 random bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only hashes of secret tokens are stored, so a copy of the database opens no session. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * The key under which failed sign-ins for a typed address are counted: a SHA-256 of the
 * trimmed, lower-cased address, so that a mistyped address is not stored in clear.
 */
export function addressKey(email: string): string {
  return hashToken(email.trim().toLowerCase());
}
