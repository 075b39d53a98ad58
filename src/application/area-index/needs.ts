/**
 * The areas' need from the active area index, for the features that show need beside cases and
 * processes or order a queue by it: each area's rank (1 = greatest need) and score. Null for those
 * who may not read the index, or when no index can be computed.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import type { AreaNeed } from "#src/domain/coordination/equity.ts";
import type { IndexService } from "./index-service.ts";

export interface NeedsView {
  /** Serialisable: area code → rank (1 = greatest need), score and the area's name. */
  byArea: Record<string, AreaNeed & { name: string }>;
  /** How many areas are ranked. */
  ranked: number;
  year: number | null;
  years: number[];
}

/** `year`: a year, "latest" (the latest year with values), or none (each indicator's latest year, as /index shows). */
export async function areaNeeds(index: Pick<IndexService, "results">, actor: Actor, year?: number | "latest"): Promise<NeedsView | null> {
  const results = await index.results(actor, year === undefined ? {} : { year });
  if (!results.ok) return null;
  const byArea: NeedsView["byArea"] = {};
  for (const a of results.value.result.areas) byArea[a.area] = { rank: a.rank, score: a.score, name: results.value.areaNames[a.area] ?? a.area };
  return { byArea, ranked: results.value.result.areas.filter((a) => a.rank !== null).length, year: results.value.year, years: results.value.years };
}

/** The needs by area code, for `needOf` and `byNeed` (src/domain/coordination/equity.ts). */
export function needsMap(view: NeedsView | null): Map<string, AreaNeed> {
  return new Map(Object.entries(view?.byArea ?? {}));
}
