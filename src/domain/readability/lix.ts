/**
 * LIX (läsbarhetsindex, Björnsson 1968): words per sentence plus the share of long words in per
 * cent. LIX = words / sentences + 100 × long words / words. Under 30 is very easy (lättläst),
 * 30–40 easy (everyday text, fiction for young readers), 40–50 middling (newspapers), over 50 hard.
 *
 * How this module counts (decision 0033):
 * - A **word** is a run of characters between white space that holds at least one letter. Its
 *   length is the number of letters in it: "e-post" is one word of five letters, "kontakt." one
 *   of seven, "samverkan@malmo.se" one of fifteen. A run without letters ("2026", "–", "12:30")
 *   is not a word: numbers are read as numbers, not spelled out, and neither lengthen nor
 *   shorten a sentence.
 * - A **long word** has more than six letters.
 * - A **sentence** ends at a full stop, exclamation mark, question mark or colon that is followed
 *   by white space or the end of the text (so "1.5" and "malmo.se" do not end one), and at every
 *   line break: a heading, a list item, a label or a button is a sentence of its own. A stretch
 *   without any word is no sentence.
 */

export interface LixCount {
  readonly words: number;
  readonly longWords: number;
  readonly sentences: number;
  /** LIX, unrounded; 0 for a text without words. */
  readonly lix: number;
}

/** A word is longer than this many letters to count as long. */
export const LONG_WORD_LETTERS = 6;

const LETTER = /\p{L}/gu;
const SENTENCE_END = /[.!?:…]+["'”’»)\]]*(?=\s|$)|\n+/u;

/** The number of letters in a run of text (hyphens, digits and punctuation do not count). */
function letters(token: string): number {
  return token.match(LETTER)?.length ?? 0;
}

/** The words of a stretch of text: runs between white space with at least one letter. */
export function words(text: string): string[] {
  return text.split(/\s+/u).filter((t) => letters(t) > 0);
}

/** The sentences of a text, each with at least one word. */
export function sentences(text: string): string[] {
  return text
    .normalize("NFC")
    .split(new RegExp(SENTENCE_END.source, "gu"))
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** Counts a text's words, long words and sentences, and its LIX. */
export function lixOf(text: string): LixCount {
  const parts = sentences(text);
  let wordCount = 0;
  let longWords = 0;
  for (const sentence of parts) {
    for (const word of words(sentence)) {
      wordCount++;
      if (letters(word) > LONG_WORD_LETTERS) longWords++;
    }
  }
  const lix = wordCount === 0 ? 0 : wordCount / parts.length + (100 * longWords) / wordCount;
  return { words: wordCount, longWords, sentences: parts.length, lix };
}
