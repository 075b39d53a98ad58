/**
 * The SwedishText port (src/application/dialogue/theme-ports.ts) with local packages only: words
 * split on letters (any script), lower-cased, Swedish stopwords (stopwords-iso, sv) and one-letter
 * words removed, and each word stemmed with the Snowball Swedish stemmer (snowball-stemmers). No
 * service is called and nothing is downloaded: both packages are plain data and code.
 */
import { createRequire } from "node:module";
import type { SwedishText } from "#src/application/dialogue/index.ts";
import type { Token } from "#src/domain/dialogue/themes.ts";

const require = createRequire(import.meta.url);
const { newStemmer } = require("snowball-stemmers") as typeof import("snowball-stemmers");
const stopwordLists = require("stopwords-iso") as Record<string, string[]>;

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Words of wanting, judging and how often that a viewpoint uses whatever it is about ("vi behöver
 * …", "det borde …", "oftare"), and the area itself: as common as stopwords in what residents
 * write, and telling nothing about the theme. Kept short and general on purpose.
 */
export const DIALOGUE_STOPWORDS: readonly string[] = [
  "behöver", "behövs", "behov", "borde", "bör", "önskar", "önskas", "önskan", "vill", "vore", "skulle", "saknas", "saknar",
  "känns", "känner", "tycker", "tror", "gärna", "kanske", "verkligen", "väldigt", "alldeles", "ganska", "nästan", "lite",
  "mycket", "bra", "dåligt", "dålig", "bättre", "sämre", "fler", "flera", "mer", "mera", "mindre", "hela", "tiden", "alltid",
  "aldrig", "ofta", "oftare", "sällan", "ibland", "finns", "gör", "göra", "görs", "kommer", "område", "området", "områden",
  "tack", "hej",
];

export function swedishText(): SwedishText {
  const stemmer = newStemmer("swedish");
  const stopwords = new Set([...(stopwordLists.sv ?? []), ...DIALOGUE_STOPWORDS]);
  const cache = new Map<string, string>();
  const stem = (word: string) => {
    let s = cache.get(word);
    if (s === undefined) {
      s = stemmer.stem(word);
      if (cache.size < 50_000) cache.set(word, s);
    }
    return s;
  };
  return {
    analyse(text: string): Token[] {
      const tokens: Token[] = [];
      for (const [match] of text.toLocaleLowerCase("sv-SE").normalize("NFC").matchAll(WORD)) {
        if (match.length < 2 || stopwords.has(match)) continue;
        tokens.push({ stem: stem(match), surface: match });
      }
      return tokens;
    },
  };
}
