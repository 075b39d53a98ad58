import { createHash, randomBytes } from "node:crypto";

/** A fresh secret for a cookie or an e-mail link: 256 random bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only hashes of secret tokens are stored, so a copy of the database opens no session. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
