import { describe, expect, it } from "vitest";
import { byNeed, equityTable, needOf, supportFollowsNeed, type AreaNeed } from "./equity.ts";

const needs = new Map<string, AreaNeed>([
  ["A", { rank: 3, score: 0.6 }],
  ["B", { rank: 1, score: 0.2 }],
  ["C", { rank: 2, score: 0.4 }],
  ["D", { rank: null, score: null }],
]);

describe("need-based prioritisation", () => {
  it("takes the greatest need among a case's areas", () => {
    expect(needOf(["A", "C"], needs)).toEqual({ areaCode: "C", rank: 2, score: 0.4 });
    expect(needOf(["D", "X"], needs)).toBeNull();
  });

  it("orders by need, unranked last in their given order", () => {
    const items = [{ id: 1, areas: ["A"] }, { id: 2, areas: ["D"] }, { id: 3, areas: ["B"] }, { id: 4, areas: [] }, { id: 5, areas: ["C", "A"] }];
    expect(byNeed(items, (x) => needOf(x.areas, needs)).map((x) => x.id)).toEqual([3, 5, 1, 2, 4]);
  });
});

describe("equity table", () => {
  it("counts processes running in the year and sums grants per area (hand-computed)", () => {
    const rows = equityTable(
      2026,
      ["A", "B"],
      [
        { areaCode: "A", startYear: 2024, endYear: null },
        { areaCode: "A", startYear: 2020, endYear: 2025 },
        { areaCode: "B", startYear: 2026, endYear: 2026 },
        { areaCode: "B", startYear: 2027, endYear: null },
      ],
      [
        { areaCode: "A", year: 2026, amountSek: 100_000 },
        { areaCode: "A", year: 2025, amountSek: 999 },
        { areaCode: "B", year: 2026, amountSek: 75_000.4 },
        { areaCode: "B", year: 2026, amountSek: 25_000.4 },
      ],
      needs,
    );
    expect(rows).toEqual([
      { areaCode: "A", processes: 1, grantedSek: 100_000, rank: 3, score: 0.6 },
      { areaCode: "B", processes: 1, grantedSek: 100_001, rank: 1, score: 0.2 },
    ]);
  });

  it("says whether support follows need with Spearman's rho", () => {
    const row = (rank: number | null, grantedSek: number) => ({ areaCode: "x", processes: 0, grantedSek, rank, score: null });
    // Most money to rank 1, least to rank 4: perfectly following need.
    expect(supportFollowsNeed([row(1, 400), row(2, 300), row(3, 200), row(4, 100)])).toBe(-1);
    expect(supportFollowsNeed([row(1, 100), row(2, 200), row(3, 300), row(4, 400)])).toBe(1);
    // Ties share their mean rank: grants (0, 0, 10) → ranks (1.5, 1.5, 3); need ranks (1, 2, 3).
    expect(supportFollowsNeed([row(1, 0), row(2, 0), row(3, 10)])).toBeCloseTo(0.866, 3);
    expect(supportFollowsNeed([row(1, 5), row(2, 5), row(3, 5)])).toBeNull();
    expect(supportFollowsNeed([row(1, 5), row(null, 7)])).toBeNull();
  });
});
