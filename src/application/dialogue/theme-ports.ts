/** Ports of the suggested themes and the compilation (issue 11). */
import type { Token } from "#src/domain/dialogue/themes.ts";

/**
 * Swedish text analysis, done locally (src/adapters/text/swedish-text.ts): the content words of a
 * text (lower case, Swedish stopwords and one-letter words removed), each with its Snowball stem.
 */
export interface SwedishText {
  analyse(text: string): Token[];
}
