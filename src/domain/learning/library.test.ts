import { describe, expect, it } from "vitest";
import { excerptParts, HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, lessonsOpen, searchWords, sizeBandOf, sizeBandRange, SIZE_BANDS } from "./library.ts";

describe("the words of a search", () => {
  it("keeps letters and digits only, lower-case, each once", () => {
    expect(searchWords("Lekplats & BELYSNING, lekplats")).toEqual(["lekplats", "belysning"]);
    expect(searchWords("Föreningarnas 2026")).toEqual(["föreningarnas", "2026"]);
  });

  it("drops what the query syntax would read: quotes, colons, operators, parentheses", () => {
    expect(searchWords("'a':* | !b & (c) <-> d\\")).toEqual(["a", "b", "c", "d"]);
    expect(searchWords("   ")).toEqual([]);
    expect(searchWords("<script>alert(1)</script>")).toEqual(["script", "alert", "1"]);
  });

  it("uses at most eight words of at most forty letters", () => {
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
    expect(searchWords("x".repeat(100))[0]).toHaveLength(40);
  });
});

describe("the size bands", () => {
  it("puts a process by the city's approved contribution", () => {
    expect(sizeBandOf(null)).toBe("liten");
    expect(sizeBandOf(249_999)).toBe("liten");
    expect(sizeBandOf(250_000)).toBe("mellan");
    expect(sizeBandOf(1_000_000)).toBe("mellan");
    expect(sizeBandOf(1_000_001)).toBe("stor");
  });

  it("gives each band a range that agrees with the rule", () => {
    for (const band of SIZE_BANDS) {
      const { minSek, maxSek } = sizeBandRange(band);
      expect(sizeBandOf(minSek)).toBe(band);
      if (maxSek !== null) {
        expect(sizeBandOf(maxSek)).toBe(band);
        expect(sizeBandOf(maxSek + 1)).not.toBe(band);
      }
    }
  });
});

describe("a highlighted excerpt", () => {
  it("becomes text parts and marked parts", () => {
    expect(excerptParts(`Nya ${S}lekplatserna${E} i parken`)).toEqual([
      { text: "Nya ", mark: false },
      { text: "lekplatserna", mark: true },
      { text: " i parken", mark: false },
    ]);
  });

  it("keeps markup as text and drops unpaired markers", () => {
    expect(excerptParts(`<b>${S}x`)).toEqual([
      { text: "<b>", mark: false },
      { text: "x", mark: true },
    ]);
    expect(excerptParts(`a${E}b`)).toEqual([{ text: "ab", mark: false }]);
  });
});

describe("when lessons may be written", () => {
  it("on a running process and in its resultatfas, not on a closed one", () => {
    expect(["samarbete", "utforande", "resultat"].every(lessonsOpen)).toBe(true);
    expect(lessonsOpen("avslutad")).toBe(false);
    expect(lessonsOpen("initiering")).toBe(false);
  });
});
