/**
 * New public addresses of dialogue activities (/synpunkt/<slug>): 12 characters of lowercase
 * letters and digits from node:crypto, about 62 bits, so that an address cannot be guessed.
 */
import { randomInt } from "node:crypto";
import type { SlugSource } from "#src/application/dialogue/index.ts";
import { NEW_SLUG_LENGTH } from "#src/domain/dialogue/activity.ts";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

export const randomSlugs: SlugSource = {
  newSlug: () => Array.from({ length: NEW_SLUG_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
};
