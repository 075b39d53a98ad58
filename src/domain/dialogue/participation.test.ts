import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PARTICIPATION_MIN_COUNT, participationProblem, suppressCells } from "./participation.ts";

const cells = (counts: Record<string, number>) => Object.entries(counts).map(([category, count]) => ({ category, count }));

describe("suppressing small participation counts", () => {
  it("uses a minimum of 5", () => {
    expect(PARTICIPATION_MIN_COUNT).toBe(5);
  });

  it("shows counts of 0 and from the minimum up, and nothing to hide means nothing hidden", () => {
    expect(suppressCells(cells({ kvinna: 12, man: 0, annat: 5 }))).toEqual([
      { category: "kvinna", count: 12, hidden: null },
      { category: "man", count: 0, hidden: null },
      { category: "annat", count: 5, hidden: null },
    ]);
  });

  it("hides a small count and, so that it cannot be worked out from the total, the smallest shown cell too", () => {
    expect(suppressCells(cells({ kvinna: 14, man: 9, annat: 2 }))).toEqual([
      { category: "kvinna", count: 14, hidden: null },
      { category: "man", count: null, hidden: "secondary" },
      { category: "annat", count: null, hidden: "small" },
    ]);
  });

  it("hides a zero as the second cell when nothing else is shown beside it", () => {
    expect(suppressCells(cells({ kvinna: 3, man: 0 }))).toEqual([
      { category: "kvinna", count: null, hidden: "small" },
      { category: "man", count: null, hidden: "secondary" },
    ]);
  });

  it("needs no second cell when two are small already, or when the small one is alone", () => {
    expect(suppressCells(cells({ "0_12": 3, "13_19": 4, "30_49": 20 })).map((c) => c.hidden)).toEqual(["small", "small", null]);
    expect(suppressCells(cells({ ja: 2 })).map((c) => c.hidden)).toEqual(["small"]);
  });

  it("never shows a small count, never leaves one hidden cell beside shown ones, and shows the rest as they are", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { maxLength: 8 }), (counts) => {
        const input = counts.map((count, i) => ({ category: `c${i}`, count }));
        const shown = suppressCells(input);
        expect(shown.map((c) => c.category)).toEqual(input.map((c) => c.category));
        for (const [i, c] of shown.entries()) {
          if (c.count !== null) expect(c.count).toBe(input[i]!.count);
          if (c.count !== null) expect(c.count === 0 || c.count >= PARTICIPATION_MIN_COUNT).toBe(true);
        }
        const hidden = shown.filter((c) => c.count === null).length;
        if (hidden === 1) expect(shown).toHaveLength(1);
      }),
    );
  });
});

describe("checking participation figures", () => {
  it("accepts a part of a dimension below the total, and a complete one equal to it", () => {
    expect(participationProblem("kon", cells({ kvinna: 10, man: 4 }), 20)).toBeNull();
    expect(participationProblem("kon", cells({ kvinna: 10, man: 8, annat: 2 }), 20)).toBeNull();
    expect(participationProblem("funktionsnedsattning", cells({ ja: 3 }), null)).toBeNull();
  });

  it("says what is wrong", () => {
    expect(participationProblem("kon", cells({ kvinna: 10, man: 8, annat: 1 }), 20)).toBe("sum_differs_from_total");
    expect(participationProblem("alder", cells({ "0_12": 30 }), 20)).toBe("sum_exceeds_total");
    expect(participationProblem("kon", cells({ kvinna: -1 }), 20)).toBe("count_invalid");
    expect(participationProblem("kon", cells({ kvinna: 1.5 }), 20)).toBe("count_invalid");
    expect(participationProblem("alder", cells({ "20_25": 1 }), 20)).toBe("category_unknown");
  });
});
