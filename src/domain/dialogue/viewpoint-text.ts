/**
 * Checks of a viewpoint's text that fit a public form in the street (issue 11), beside the
 * shared trap field and minimum time (src/domain/form-spam.ts): no third party, nothing
 * learnt, only what spam looks like and residents' texts do not.
 * - Links: a resident may name a page, but a text with more than `MAX_LINKS` links is refused
 *   (asked to remove them).
 * - Repeats: the same text (read without case, spaces and punctuation) given on the same
 *   activity within `REPEAT_WINDOW_HOURS` is refused: it is already there. Short texts
 *   ("Mer belysning!") are said by many people and are never refused as repeats.
 */

/** Links allowed in one viewpoint. */
export const MAX_LINKS = 2;
/** How far back a repeated text is looked for. */
export const REPEAT_WINDOW_HOURS = 24;
/** Texts shorter than this (read as for comparison) are never refused as repeats. */
export const MIN_REPEAT_LENGTH = 25;

const LINK = /\b(?:https?:\/\/|www\.)\S+/giu;

/** How many web addresses the text holds (http://, https:// or www.). */
export function linkCount(text: string): number {
  return [...text.matchAll(LINK)].length;
}

/** The text as compared for repeats: lower case, letters and digits only, single spaces. */
export function comparableText(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type ViewpointTextProblem = "too_many_links" | "repeat";

/** What is wrong with a viewpoint's text as spam, given the texts recently given on its activity; null when nothing is. */
export function viewpointTextProblem(text: string, recentOnActivity: readonly string[]): ViewpointTextProblem | null {
  if (linkCount(text) > MAX_LINKS) return "too_many_links";
  const mine = comparableText(text);
  if (mine.length >= MIN_REPEAT_LENGTH && recentOnActivity.some((other) => comparableText(other) === mine)) return "repeat";
  return null;
}
