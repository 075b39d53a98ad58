import { describe, expect, it } from "vitest";
import { lixOf, sentences, words } from "./lix.ts";

/**
 * Each text counted by hand, word by word (letters in brackets, L = long: more than six letters).
 * The counts are written out so a reader can check them without running anything.
 */
describe("LIX against hand-counted texts", () => {
  it("a paragraph from a Swedish public site (Myndigheten för tillgängliga medier, mtm.se, 'Så skriver du lättläst samhällsinformation')", () => {
    const text =
      "Alla medborgare har rätt till samhällsinformation som de förstår. Enligt språklagen från 2009 ska språket i offentlig förvaltning vara vårdat, enkelt och begripligt. För stora delar av befolkningen betyder det texter på klarspråk. Men många läsare som har lässvårigheter behöver ännu lättare texter, det vill säga lättläst.";
    // 1: Alla(4) medborgare(10 L) har(3) rätt(4) till(4) samhällsinformation(19 L) som(3) de(2) förstår(7 L): 9 words, 3 long
    // 2: Enligt(6) språklagen(10 L) från(4) [2009 is no word] ska(3) språket(7 L) i(1) offentlig(9 L) förvaltning(11 L)
    //    vara(4) vårdat(6) enkelt(6) och(3) begripligt(10 L): 13 words, 5 long
    // 3: För(3) stora(5) delar(5) av(2) befolkningen(12 L) betyder(7 L) det(3) texter(6) på(2) klarspråk(9 L): 10 words, 3 long
    // 4: Men(3) många(5) läsare(6) som(3) har(3) lässvårigheter(14 L) behöver(7 L) ännu(4) lättare(7 L) texter(6) det(3)
    //    vill(4) säga(4) lättläst(8 L): 14 words, 4 long
    // 46 words, 4 sentences, 15 long: 46/4 + 100 × 15/46 = 11.5 + 32.61 = 44.11
    const count = lixOf(text);
    expect(count).toMatchObject({ words: 46, sentences: 4, longWords: 15 });
    expect(count.lix).toBeCloseTo(11.5 + 1500 / 46, 6);
    expect(Math.round(count.lix)).toBe(44);
  });

  it("a heading and lines of a page: every line break ends a sentence, and so do a question mark, an exclamation mark and a colon", () => {
    const text = "Så tar ni kontakt\nSkicka en kontaktförfrågan. Kontaktpersonen ringer er!\nVill ni veta mer? Läs om kriterierna: de gäller alla ansökningar.";
    // Så(2) tar(3) ni(2) kontakt(7 L) | Skicka(6) en(2) kontaktförfrågan(16 L) | Kontaktpersonen(15 L) ringer(6) er(2)
    // | Vill(4) ni(2) veta(4) mer(3) | Läs(3) om(2) kriterierna(11 L) | de(2) gäller(6) alla(4) ansökningar(11 L)
    // 21 words, 6 sentences, 5 long: 21/6 + 100 × 5/21 = 3.5 + 23.81 = 27.31
    const count = lixOf(text);
    expect(count).toMatchObject({ words: 21, sentences: 6, longWords: 5 });
    expect(count.lix).toBeCloseTo(3.5 + 500 / 21, 6);
  });

  it("numbers, dashes, an e-mail address, a hyphenated word and quotation marks", () => {
    const text = "Mejla samverkan.fgk@malmo.se före 12.30 den 1 mars 2026 – eller ring 040-34 10 00. Skriv e-post, inte ”mail”.";
    // 1: Mejla(5) samverkan.fgk@malmo.se(19 L) före(4) [12.30] den(3) [1] mars(4) [2026] [–] eller(5) ring(4) [040-34] [10] [00.]:
    //    7 words, 1 long; the dots inside the address and the time end no sentence
    // 2: Skriv(5) e-post(5) inte(4) ”mail”.(4): 4 words, none long
    // 11 words, 2 sentences, 1 long: 11/2 + 100 × 1/11 = 5.5 + 9.09 = 14.59
    const count = lixOf(text);
    expect(count).toMatchObject({ words: 11, sentences: 2, longWords: 1 });
    expect(count.lix).toBeCloseTo(5.5 + 100 / 11, 6);
  });
});

describe("LIX counting rules", () => {
  it("counts a word as long only above six letters", () => {
    // staden(6) gatorna(7 L): 2/1 + 100 × 1/2
    expect(lixOf("staden gatorna")).toEqual({ words: 2, longWords: 1, sentences: 1, lix: 52 });
  });

  it("counts letters, not code points, in decomposed text", () => {
    // "förståår" written with combining diaereses and rings is still seven letters after NFC: long.
    expect(lixOf("fo\u0308rsta\u030aar").longWords).toBe(1);
    expect(lixOf("bo\u0308rja").longWords).toBe(0);
  });

  it("gives 0 for a text without words, and skips lines without words", () => {
    expect(lixOf("")).toEqual({ words: 0, longWords: 0, sentences: 0, lix: 0 });
    expect(lixOf("2026 – 12:30\n\n–")).toEqual({ words: 0, longWords: 0, sentences: 0, lix: 0 });
    expect(sentences("Hej.\n–\n\nDå.")).toEqual(["Hej", "Då"]);
  });

  it("splits words on any white space and keeps punctuation with its word", () => {
    expect(words("Hej\tdu,\u00a0där – 12 kr")).toEqual(["Hej", "du,", "där", "kr"]);
  });
});
