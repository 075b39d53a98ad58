/**
 * How an area index indicator moved during a process (seed 004: societal measures rather than
 * activity measures): its value for the process's area at the start (the latest year at or
 * before the start year; the earliest year if there is none that early) against its latest
 * value, with the change and, if the index says which way is better, whether it got better.
 */
export type Polarity = "higher_is_better" | "higher_is_worse";
export type ChangeDirection = "battre" | "samre" | "oforandrad" | "okand";

export interface YearValue {
  year: number;
  value: number | null;
}

export interface IndicatorChange {
  start: YearValue | null;
  latest: YearValue | null;
  /** latest − start, when both are known and the years differ. */
  change: number | null;
  direction: ChangeDirection;
}

export function indicatorChange(values: readonly YearValue[], startYear: number, polarity: Polarity | null): IndicatorChange {
  const known = values.filter((v) => v.value !== null && Number.isFinite(v.value)).toSorted((a, b) => a.year - b.year);
  if (known.length === 0) return { start: null, latest: null, change: null, direction: "okand" };
  const atOrBefore = known.filter((v) => v.year <= startYear);
  const start = atOrBefore.at(-1) ?? known[0]!;
  const latest = known.at(-1)!;
  if (latest.year === start.year) return { start, latest, change: null, direction: "okand" };
  const change = latest.value! - start.value!;
  if (change === 0) return { start, latest, change, direction: "oforandrad" };
  if (polarity === null) return { start, latest, change, direction: "okand" };
  const better = polarity === "higher_is_better" ? change > 0 : change < 0;
  return { start, latest, change, direction: better ? "battre" : "samre" };
}
