/**
 * Overlap between a process (or an application) and the others in the register: in space
 * (the share of each one's area the other covers, from PostGIS), in time (the share of the
 * shorter period both run), and in themes (Jaccard similarity). Pure: the score weighs the
 * three so the contact person sees first the processes most worth coordinating with.
 */

export interface Period {
  startsOn: string;
  /** null: open-ended (still running). */
  endsOn: string | null;
}

export interface OverlapFacts {
  /** Area of the intersection divided by the subject's area, 0..1. */
  shareOfSubject: number;
  /** Area of the intersection divided by the other process's area, 0..1. */
  shareOfOther: number;
  subjectPeriod: Period;
  otherPeriod: Period;
  subjectThemes: readonly string[];
  otherThemes: readonly string[];
}

export interface OverlapScore {
  score: number;
  space: number;
  time: number;
  themes: number;
  sharedThemes: string[];
}

export const OVERLAP_WEIGHTS = { space: 0.5, time: 0.25, themes: 0.25 } as const;

const DAY = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/**
 * The share of the shorter period that both periods cover, 0..1. An open end runs to
 * `today` plus a year (a running process is expected to go on).
 */
export function timeOverlap(a: Period, b: Period, today: string): number {
  const horizon = toDay(today) + 365;
  const a0 = toDay(a.startsOn);
  const a1 = a.endsOn ? toDay(a.endsOn) : Math.max(horizon, a0);
  const b0 = toDay(b.startsOn);
  const b1 = b.endsOn ? toDay(b.endsOn) : Math.max(horizon, b0);
  const overlap = Math.min(a1, b1) - Math.max(a0, b0) + 1;
  if (overlap <= 0) return 0;
  const shorter = Math.min(a1 - a0 + 1, b1 - b0 + 1);
  return Math.min(1, overlap / shorter);
}

export function themeSimilarity(a: readonly string[], b: readonly string[]): { similarity: number; shared: string[] } {
  const setA = new Set(a);
  const setB = new Set(b);
  const shared = [...setA].filter((t) => setB.has(t)).sort();
  const union = new Set([...setA, ...setB]).size;
  return { similarity: union === 0 ? 0 : shared.length / union, shared };
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** The weighted score, 0..1; space counts the larger of the two shares (a small process inside a big one overlaps fully). */
export function overlapScore(f: OverlapFacts, today: string): OverlapScore {
  const space = Math.max(clamp01(f.shareOfSubject), clamp01(f.shareOfOther));
  const time = timeOverlap(f.subjectPeriod, f.otherPeriod, today);
  const { similarity, shared } = themeSimilarity(f.subjectThemes, f.otherThemes);
  const score = time === 0 ? 0 : OVERLAP_WEIGHTS.space * space + OVERLAP_WEIGHTS.time * time + OVERLAP_WEIGHTS.themes * similarity;
  return { score: Math.round(score * 1000) / 1000, space, time, themes: similarity, sharedThemes: shared };
}
