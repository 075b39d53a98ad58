/**
 * The language of a resident page (decision 0032): chosen by a link that adds `?sprak=<code>`,
 * carried by every link and form of the resident's journey (samverkansstöd → contact form →
 * receipt; viewpoint form → receipt), Swedish or the interface language (the cookie) without it.
 * Signed-in pages keep to Swedish and English.
 */
import type { MessageKey } from "#src/text/index.ts";
import type { Direction } from "#src/text/resident.ts";

/** The query parameter that chooses a resident page's language. */
export const LANGUAGE_PARAM = "sprak";

/** What the root loader says of the language asked for with `?sprak=`. */
export interface PageLanguage {
  code: string;
  dir: Direction;
  /** A resident catalogue's entries; null for Swedish and English (the built-in catalogues). */
  messages: Readonly<Partial<Record<MessageKey, string>>> | null;
}

/** A language link's text and code. */
export interface LanguageLink {
  code: string;
  endonym: string;
  dir: Direction;
  /** Its name for the staff, in Swedish and English. */
  nameSv: string;
  nameEn: string;
}

/** `href` with the page language added, when one was chosen. */
export function withLanguage(href: string, language: string | null): string {
  if (!language) return href;
  return `${href}${href.includes("?") ? "&" : "?"}${LANGUAGE_PARAM}=${encodeURIComponent(language)}`;
}

/**
 * A name from the data (a process's title, a committee's name, most often Swedish) put into a
 * translated sentence, isolated (U+2068 … U+2069) so that it keeps its own direction inside a
 * right-to-left sentence and does not reorder the words around it.
 */
export function isolate(text: string, dir: Direction | undefined): string {
  return dir === "rtl" ? `\u2068${text}\u2069` : text;
}
