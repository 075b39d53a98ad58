import { describe, expect, it } from "vitest";
import { adjustedRandIndex, agreement } from "./theme-agreement.ts";
import { bestTheme, readBySuggestion, compoundParts, foldInflections, MAX_SUGGESTIONS, representativeViewpoints, suggestThemes, type AnalysedViewpoint } from "./themes.ts";

/** Viewpoints from words already analysed ("stem/surface", or one word for both). */
const vp = (id: string, words: string): AnalysedViewpoint => ({
  id,
  tokens: words.split(" ").map((w) => {
    const [stem, surface] = w.split("/");
    return { stem: stem!, surface: surface ?? stem! };
  }),
});

describe("suggested themes", () => {
  const light = ["lamp/lampor mörk/mörkt kväll/kvällen", "lamp/lamporna mörk/mörkt", "belysning mörk/mörka kväll/kvällarna", "lamp/lampor trasig/trasiga"];
  const play = ["lekplats/lekplatsen gung/gungor barn/barnen", "lekplats gung/gungan", "barn/barnen lekplats/lekplatsen sandlåd/sandlådan", "lekplats/lekplatsen gung/gungor barn"];
  const viewpoints = [...light.map((w, i) => vp(`l${i}`, w)), ...play.map((w, i) => vp(`p${i}`, w)), vp("x", "cykel/cyklar")];

  it("groups viewpoints that share their words, names each theme after its most telling word, and leaves the rest untagged", () => {
    const themes = suggestThemes(viewpoints);
    expect(themes.map((t) => t.name).sort()).toEqual(["Lampor", "Lekplatsen"]);
    const lamps = themes.find((t) => t.name === "Lampor")!;
    expect(lamps.viewpointIds).toEqual(["l0", "l1", "l2", "l3"]);
    expect(lamps.keywords[0]).toBe("lampor");
    expect(lamps.stems).toContain("mörk");
    expect(themes.flatMap((t) => t.viewpointIds)).not.toContain("x");
  });

  it("is deterministic and suggests nothing from too little", () => {
    expect(suggestThemes(viewpoints)).toEqual(suggestThemes(viewpoints));
    expect(suggestThemes([])).toEqual([]);
    expect(suggestThemes([vp("a", "lamp")])).toEqual([]);
    expect(suggestThemes([vp("a", "lamp"), vp("b", "cykel")])).toEqual([]);
  });

  it("suggests at most the cap, whatever is asked", () => {
    const many = Array.from({ length: 15 }, (_, g) => [0, 1, 2].map((i) => vp(`g${g}-${i}`, `ord${g}x ord${g}y`))).flat();
    expect(suggestThemes(many).length).toBe(8);
    expect(suggestThemes(many, { maxThemes: 50 }).length).toBe(MAX_SUGGESTIONS);
  });

  it("folds the endings Snowball leaves and counts compounds as their parts", () => {
    const fold = foldInflections([vp("a", "lekplat lekplats gat gatan skräp skräpet")]);
    expect(Object.fromEntries(fold)).toEqual({ lekplats: "lekplat", gatan: "gat", skräpet: "skräp" });
    expect(Object.fromEntries(compoundParts(["belysning", "lek"], ["gatubelysning", "lekpark", "belysning", "lekt"]))).toEqual({ gatubelysning: ["belysning"], lekpark: ["lek"] });
  });

  it("picks the viewpoints with the largest share of a theme's keywords as representative", () => {
    expect(representativeViewpoints(["lamp", "mörk", "kväll"], [vp("a", "lamp"), vp("b", "lamp mörk kväll annat"), vp("c", "mörk kväll lamp"), vp("d", "mörk")], 2)).toEqual(["c", "b"]);
    expect(representativeViewpoints([], [vp("a", "lamp"), vp("b", "lamp mörk")], 1)).toEqual(["b"]);
    expect(representativeViewpoints(["lamp"], [])).toEqual([]);
  });

  it("tells the best-matching theme of a viewpoint among its own", () => {
    const themes = [
      { stems: ["lamp", "mörk"], viewpointIds: ["a", "b"] },
      { stems: ["mörk"], viewpointIds: ["a"] },
    ];
    expect(bestTheme(vp("a", "mörk"), themes)).toBe(1);
    expect(bestTheme(vp("b", "mörk"), themes)).toBe(0);
    expect(bestTheme(vp("c", "mörk"), themes)).toBeNull();
  });
});

describe("agreement with known themes", () => {
  it("is 1 for the same grouping and about 0 for none", () => {
    expect(adjustedRandIndex(["a", "a", "b", "b"], ["x", "x", "y", "y"])).toBe(1);
    expect(agreement(["a", "a", "b", "b"], [0, 0, 1, 1], 2)).toEqual({ coverage: 1, accuracy: 1, purity: 1, adjustedRandIndex: 1, found: 2, suggestions: 2 });
    const none = agreement(["a", "a", "b", "b"], [null, null, null, null], 0);
    expect(none).toMatchObject({ coverage: 0, accuracy: 0, found: 0 });
    expect(none.adjustedRandIndex).toBeCloseTo(0, 5);
    expect(agreement(["a", "a", "b", "b"], [0, 0, 0, 0], 1)).toMatchObject({ accuracy: 0.5, purity: 0.5, found: 1 });
  });
});

describe("which viewpoints the suggestion reads", () => {
  it("reads the Swedish ones only: the others are tagged by hand", () => {
    expect(readBySuggestion({ language: "sv" })).toBe(true);
    expect(readBySuggestion({ language: "ar" })).toBe(false);
    expect(readBySuggestion({ language: "en" })).toBe(false);
  });
});
