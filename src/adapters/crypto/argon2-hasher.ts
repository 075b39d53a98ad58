import argon2 from "@node-rs/argon2";
import type { PasswordHasher } from "#src/application/shared/ports.ts";

// Algorithm.Argon2id; the package declares its enum as an ambient const enum, which isolated
// modules cannot read, so the value is written here.
const ARGON2ID = 2;

/** argon2id with OWASP's recommended minimum parameters (19 MiB memory, 2 passes, 1 lane). */
export const argon2idHasher: PasswordHasher = {
  hash(password) {
    return argon2.hash(password, { algorithm: ARGON2ID as never, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  },
  async verify(hashed, password) {
    try {
      return await argon2.verify(hashed, password);
    } catch {
      return false;
    }
  },
};
