/**
 * The library of lessons across processes (issue 12): the pure rules of searching it.
 *
 * Search words: what a person types is cut into words of letters and digits only, so nothing
 * the user types can be read as query syntax; the database then stems each word with its
 * `swedish` configuration and matches each stem as a prefix (`:*`), which finds the other forms
 * of the word and, since the configuration does not split compounds, the compounds that begin
 * with it ("lekplats" finds "lekplatserna"). Every word must match (AND).
 *
 * Size: a process's size is the city's approved contribution (the sum of its approved efforts),
 * in three bands.
 */

/** At most this many words of a search are used, each at most this long. */
export const SEARCH_LIMITS = { words: 8, wordLength: 40, inputLength: 200 } as const;

/** The words of a search, in order, each once, lower-case: letters and digits only. */
export function searchWords(input: string): string[] {
  const words = input
    .slice(0, SEARCH_LIMITS.inputLength)
    .toLocaleLowerCase("sv-SE")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, SEARCH_LIMITS.wordLength));
  return [...new Set(words)].slice(0, SEARCH_LIMITS.words);
}

/** The size bands of a process, by the city's approved contribution in kronor. */
export const SIZE_BANDS = ["liten", "mellan", "stor"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
export const isSizeBand = (v: unknown): v is SizeBand => typeof v === "string" && (SIZE_BANDS as readonly string[]).includes(v);

/** The limits between the bands: under 250 000 kr; 250 000–1 000 000 kr; over 1 000 000 kr. */
export const SIZE_LIMITS_SEK = { mellan: 250_000, stor: 1_000_000 } as const;

/** Which band an approved contribution falls in (a process with nothing approved is small). */
export function sizeBandOf(approvedCitySek: number | null): SizeBand {
  const sek = approvedCitySek ?? 0;
  if (sek < SIZE_LIMITS_SEK.mellan) return "liten";
  if (sek <= SIZE_LIMITS_SEK.stor) return "mellan";
  return "stor";
}

/** A band as a range of kronor for a query: from (inclusive) and to (inclusive; null: no upper limit). */
export function sizeBandRange(band: SizeBand): { minSek: number; maxSek: number | null } {
  switch (band) {
    case "liten":
      return { minSek: 0, maxSek: SIZE_LIMITS_SEK.mellan - 1 };
    case "mellan":
      return { minSek: SIZE_LIMITS_SEK.mellan, maxSek: SIZE_LIMITS_SEK.stor };
    case "stor":
      return { minSek: SIZE_LIMITS_SEK.stor + 1, maxSek: null };
  }
}

/** A piece of a highlighted excerpt: plain text, or a matched word (`mark`). */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** The markers the database puts around a matched word in an excerpt (control characters no lesson keeps). */
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";

/**
 * An excerpt with markers as parts, for a page to render as text with <mark> around the matches:
 * the excerpt is never handled as HTML. A marker without its pair is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let rest = excerpt;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) {
      parts.push({ text: rest.replaceAll(HIGHLIGHT_STOP, ""), mark: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start).replaceAll(HIGHLIGHT_STOP, ""), mark: false });
    const stop = rest.indexOf(HIGHLIGHT_STOP, start + 1);
    const end = stop === -1 ? rest.length : stop;
    const marked = rest.slice(start + 1, end).replaceAll(HIGHLIGHT_START, "");
    if (marked.length > 0) parts.push({ text: marked, mark: true });
    rest = stop === -1 ? "" : rest.slice(stop + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}

/** The longest texts of a lesson written by hand. */
export const LESSON_LIMITS = { title: 200, body: 20_000 } as const;

/** Where a lesson came from. */
export const LESSON_SOURCES = ["resultatrapport", "arsuppfoljning", "natverk", "manuell"] as const;
export type LessonSourceCode = (typeof LESSON_SOURCES)[number];
export const isLessonSource = (v: unknown): v is LessonSourceCode => typeof v === "string" && (LESSON_SOURCES as readonly string[]).includes(v);

/** Lessons are written on a process that is running or in its resultatfas; a closed process is read-only. */
export const LESSON_PHASES = ["samarbete", "utforande", "resultat"] as const;
export function lessonsOpen(phase: string): boolean {
  return (LESSON_PHASES as readonly string[]).includes(phase);
}
