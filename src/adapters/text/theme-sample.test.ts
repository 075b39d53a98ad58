/**
 * The suggested themes against the Swedish test sample with known themes
 * (src/domain/dialogue/theme-sample.ts), with the real Snowball adapter. The floors are what the
 * method reached when it was settled (docs/decisions/0025-suggested-themes.md), rounded down:
 * sample (60 comments, 5 themes): accuracy 0.77, purity 0.85, adjusted Rand index 0.48,
 * coverage 0.90, all 5 themes found, 8 suggestions; held-out comments (20 more, suggested
 * together with the 60, scored on the 20): accuracy 0.75, purity 0.94, coverage 0.80.
 */
import { describe, expect, it } from "vitest";
import { agreement } from "#src/domain/dialogue/theme-agreement.ts";
import { HELD_OUT_SAMPLE, THEME_SAMPLE, type SampleComment } from "#src/domain/dialogue/theme-sample.ts";
import { bestTheme, suggestThemes } from "#src/domain/dialogue/themes.ts";
import { swedishText } from "./swedish-text.ts";

const text = swedishText();

function run(comments: readonly SampleComment[]) {
  const viewpoints = comments.map((c, i) => ({ id: `v${i}`, tokens: text.analyse(c.text) }));
  const themes = suggestThemes(viewpoints);
  const best = viewpoints.map((v) => bestTheme(v, themes));
  return { themes, best, known: comments.map((c) => c.theme) };
}

describe("the suggested themes agree with the known themes of the Swedish sample", () => {
  it("finds all five themes in the 60 comments, most comments under the right one", () => {
    const { themes, best, known } = run(THEME_SAMPLE);
    const a = agreement(known, best, themes.length);
    expect(a.found).toBe(5);
    expect(a.suggestions).toBeLessThanOrEqual(8);
    expect(a.coverage).toBeGreaterThanOrEqual(0.85);
    expect(a.accuracy).toBeGreaterThanOrEqual(0.7);
    expect(a.purity).toBeGreaterThanOrEqual(0.8);
    expect(a.adjustedRandIndex).toBeGreaterThanOrEqual(0.4);
  });

  it("places held-out comments, written after the method was settled, about as well", () => {
    const { themes, best, known } = run([...THEME_SAMPLE, ...HELD_OUT_SAMPLE]);
    const a = agreement(known.slice(THEME_SAMPLE.length), best.slice(THEME_SAMPLE.length), themes.length);
    expect(a.coverage).toBeGreaterThanOrEqual(0.7);
    expect(a.accuracy).toBeGreaterThanOrEqual(0.6);
    expect(a.purity).toBeGreaterThanOrEqual(0.8);
  });

  it("is deterministic and names themes in words the residents wrote", () => {
    const first = run(THEME_SAMPLE).themes;
    expect(run(THEME_SAMPLE).themes).toEqual(first);
    const written = new Set(THEME_SAMPLE.flatMap((c) => text.analyse(c.text).map((t) => t.surface)));
    for (const t of first) {
      expect(written.has(t.name.toLocaleLowerCase("sv-SE"))).toBe(true);
      expect(t.keywords.length).toBeGreaterThan(0);
    }
    expect(first.map((t) => t.name)).toContain("Skräp");
  });
});

describe("the Swedish text analysis", () => {
  it("lower-cases, drops stopwords and one-letter words, and stems with Snowball", () => {
    expect(text.analyse("Det är för MÖRKT i parken på kvällarna, vi behöver fler lampor!")).toEqual([
      { stem: "mörk", surface: "mörkt" },
      { stem: "park", surface: "parken" },
      { stem: "kväll", surface: "kvällarna" },
      { stem: "lamp", surface: "lampor" },
    ]);
    expect(text.analyse("<script>alert(1)</script> =cmd|' /C calc'!A0")).toEqual(expect.arrayContaining([{ stem: "script", surface: "script" }]));
    expect(text.analyse("")).toEqual([]);
  });
});
