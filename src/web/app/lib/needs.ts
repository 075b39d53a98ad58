/**
 * The areas' need from the active area index, for showing need beside cases and processes and
 * ordering the queue by it. Null for those who may not read the index, or when there is none.
 */
import type { RouterContextProvider } from "react-router";
import type { Actor } from "#src/domain/access/actor.ts";
import type { AreaNeed } from "#src/domain/coordination/equity.ts";
import { services } from "./request.ts";

export interface NeedsView {
  /** Serialisable: area code → rank (1 = greatest need) and score. */
  byArea: Record<string, AreaNeed & { name: string }>;
  ranked: number;
  year: number | null;
  years: number[];
}

/** `year`: a year, "latest" (the latest year with values), or none (each indicator's latest year, as /index shows). */
export async function areaNeeds(context: Readonly<RouterContextProvider>, actor: Actor, year?: number | "latest"): Promise<NeedsView | null> {
  if (actor.role === "aktor") return null;
  const results = await services(context).index.results(actor, year === undefined ? {} : { year });
  if (!results.ok) return null;
  const byArea: NeedsView["byArea"] = {};
  for (const a of results.value.result.areas) byArea[a.area] = { rank: a.rank, score: a.score, name: results.value.areaNames[a.area] ?? a.area };
  return { byArea, ranked: results.value.result.areas.filter((a) => a.rank !== null).length, year: results.value.year, years: results.value.years };
}

export function needsMap(view: NeedsView | null): Map<string, AreaNeed> {
  return new Map(Object.entries(view?.byArea ?? {}));
}
