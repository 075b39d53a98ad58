/**
 * How well suggested themes agree with known ones (the test sample in ./theme-sample.ts), in
 * figures a person can read:
 * - coverage: the share of comments given at least one theme;
 * - accuracy: each suggested theme is read as the known theme most of its comments have; the
 *   share of all comments whose best-matching suggested theme reads as their own (a comment
 *   without a theme counts as wrong);
 * - purity: among the comments given a theme, the share in the majority of their theme;
 * - adjusted Rand index (Hubert and Arabie) between the known themes and the best-matching
 *   suggested themes, each comment without a theme a group of its own: 1 is the same grouping,
 *   about 0 is chance;
 * - found: how many known themes are the majority of at least one suggestion.
 */
export interface Agreement {
  coverage: number;
  accuracy: number;
  purity: number;
  adjustedRandIndex: number;
  found: number;
  suggestions: number;
}

const choose2 = (x: number) => (x * (x - 1)) / 2;

/** The adjusted Rand index of two labellings of the same items. */
export function adjustedRandIndex(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  if (n < 2) return 1;
  const table = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}\u0000${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  }
  let index = 0;
  for (const x of table.values()) index += choose2(x);
  let sumRows = 0;
  for (const x of rows.values()) sumRows += choose2(x);
  let sumCols = 0;
  for (const x of cols.values()) sumCols += choose2(x);
  const expected = (sumRows * sumCols) / choose2(n);
  const max = (sumRows + sumCols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/**
 * `known`: each comment's known theme. `best`: the index of each comment's best-matching
 * suggested theme, or null when it was given none. `suggestions`: how many were suggested.
 */
export function agreement(known: readonly string[], best: readonly (number | null)[], suggestions: number): Agreement {
  const n = known.length;
  const majority = new Map<number, string>();
  let inMajority = 0;
  let tagged = 0;
  for (let s = 0; s < suggestions; s++) {
    const counts = new Map<string, number>();
    best.forEach((b, i) => {
      if (b === s) counts.set(known[i]!, (counts.get(known[i]!) ?? 0) + 1);
    });
    const top = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
    if (!top) continue;
    majority.set(s, top[0]);
    inMajority += top[1];
  }
  let right = 0;
  best.forEach((b, i) => {
    if (b === null) return;
    tagged++;
    if (majority.get(b) === known[i]) right++;
  });
  const predicted = best.map((b, i) => (b === null ? `none-${i}` : `s${b}`));
  return {
    coverage: n ? tagged / n : 0,
    accuracy: n ? right / n : 0,
    purity: tagged ? inMajority / tagged : 0,
    adjustedRandIndex: adjustedRandIndex(known, predicted),
    found: new Set(majority.values()).size,
    suggestions,
  };
}
