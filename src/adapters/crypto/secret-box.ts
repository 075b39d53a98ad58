/**
 * Authenticated encryption (AES-256-GCM, node:crypto) for the parts of a stored mail that only
 * its recipient may read. The key is derived (HKDF-SHA-256) from an instance secret, so the
 * sealed text is useless without it; the associated data binds each sealed text to what it
 * belongs to (for mail: the recipient's address), so it cannot be moved to another row.
 *
 * Format: `v1.<iv>.<tag>.<ciphertext>`, each part base64url.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

export interface SecretBox {
  seal(plain: string, associatedData: string): string;
  /** The plain text, or undefined when the sealed text is damaged or was sealed with another key or for something else. */
  open(sealed: string, associatedData: string): string | undefined;
}

const INFO = "samverka mail secrets v1";

export function aesGcmSecretBox(keyMaterial: string): SecretBox {
  if (keyMaterial.length < 32) throw new Error("The key material for sealed secrets must be at least 32 characters");
  const key = Buffer.from(hkdfSync("sha256", Buffer.from(keyMaterial, "utf8"), Buffer.alloc(0), INFO, 32));
  return {
    seal(plain, associatedData) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(associatedData, "utf8"));
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
    },
    open(sealed, associatedData) {
      const [version, iv, tag, body, ...rest] = sealed.split(".");
      if (version !== "v1" || iv === undefined || tag === undefined || body === undefined || rest.length > 0) return undefined;
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), { authTagLength: 16 });
        decipher.setAAD(Buffer.from(associatedData, "utf8"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
      } catch {
        return undefined;
      }
    },
  };
}
