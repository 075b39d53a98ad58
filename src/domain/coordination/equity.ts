/**
 * Need-based prioritisation and the equity view. Pure: an application's need is the greatest
 * need (lowest index rank) among the areas it touches; the equity table counts, per area and
 * year, the processes running and the money granted, beside the index, and a rank
 * correlation says whether support follows need.
 */

export interface AreaNeed {
  rank: number | null;
  score: number | null;
}

/** The greatest need among the areas (rank 1 = greatest); null when none of them is ranked. */
export function needOf(areaCodes: readonly string[], needs: ReadonlyMap<string, AreaNeed>): (AreaNeed & { areaCode: string }) | null {
  let best: (AreaNeed & { areaCode: string }) | null = null;
  for (const code of areaCodes) {
    const need = needs.get(code);
    if (!need || need.rank === null) continue;
    if (!best || need.rank < best.rank! || (need.rank === best.rank && code < best.areaCode)) best = { ...need, areaCode: code };
  }
  return best;
}

/** Orders items by need (greatest first); items without a ranked area come last, in their given order. */
export function byNeed<T>(items: readonly T[], needOfItem: (item: T) => AreaNeed | null): T[] {
  return items
    .map((item, i) => ({ item, i, rank: needOfItem(item)?.rank ?? null }))
    .sort((a, b) => (a.rank === null ? (b.rank === null ? a.i - b.i : 1) : b.rank === null ? -1 : a.rank - b.rank || a.i - b.i))
    .map((x) => x.item);
}

export interface ProcessSpan {
  areaCode: string;
  startYear: number;
  /** null: still running. */
  endYear: number | null;
  /** How many register entries have this area and these years (1 when omitted). */
  entries?: number;
}

export interface Grant {
  areaCode: string;
  year: number;
  /** The share of a decision's amount that falls on this area (split equally among the case's areas). */
  amountSek: number;
}

export interface EquityRow {
  areaCode: string;
  processes: number;
  grantedSek: number;
  rank: number | null;
  score: number | null;
}

/** One year's table: per area, processes running that year, money granted that year, and the index. */
export function equityTable(year: number, areaCodes: readonly string[], spans: readonly ProcessSpan[], grants: readonly Grant[], needs: ReadonlyMap<string, AreaNeed>): EquityRow[] {
  return areaCodes.map((areaCode) => ({
    areaCode,
    processes: spans.filter((s) => s.areaCode === areaCode && s.startYear <= year && (s.endYear === null || s.endYear >= year)).reduce((n, s) => n + (s.entries ?? 1), 0),
    grantedSek: Math.round(grants.filter((g) => g.areaCode === areaCode && g.year === year).reduce((sum, g) => sum + g.amountSek, 0)),
    rank: needs.get(areaCode)?.rank ?? null,
    score: needs.get(areaCode)?.score ?? null,
  }));
}

/** Average ranks (1 = smallest), ties sharing their mean rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.v === order[start]!.v) end++;
    const mean = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) result[order[k]!.i] = mean;
    start = end + 1;
  }
  return result;
}

/**
 * Spearman's rank correlation between need (the index rank, 1 = greatest need) and money
 * granted, over the areas that have a rank. Negative means more money goes where the need is
 * greater (lower rank number). null with fewer than three ranked areas or no variation.
 */
export function supportFollowsNeed(rows: readonly EquityRow[]): number | null {
  const ranked = rows.filter((r) => r.rank !== null);
  if (ranked.length < 3) return null;
  const a = ranks(ranked.map((r) => r.rank!));
  const b = ranks(ranked.map((r) => r.grantedSek));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(a);
  const mb = mean(b);
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < a.length; i++) {
    cov += (a[i]! - ma) * (b[i]! - mb);
    va += (a[i]! - ma) ** 2;
    vb += (b[i]! - mb) ** 2;
  }
  if (va === 0 || vb === 0) return null;
  return Math.round((cov / Math.sqrt(va * vb)) * 1000) / 1000;
}
