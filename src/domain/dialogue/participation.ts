/**
 * Participation figures of a dialogue activity (issue 11): how many took part, by sex, age band
 * and, where it was collected, disability. Small counts are suppressed wherever the figures are
 * shown outside the group that works in the process, so that no one who took part can be picked
 * out ("we were three women and one man there").
 *
 * The rule, one dimension at a time:
 * - a count above 0 and below `PARTICIPATION_MIN_COUNT` is hidden (primary suppression);
 * - if exactly one cell of a dimension is hidden while other cells are shown, it could be worked
 *   out from the total and the shown cells: the smallest shown cell is hidden as well (secondary
 *   suppression), zeros included when nothing else is left.
 * The total is shown: how many came to an activity says nothing about any one of them.
 * The area index's `suppression.minCount` follows the same idea for its figures.
 */
import { AGE_BANDS, SEXES, type ParticipationDimension } from "./vocabulary.ts";

/** Counts below this (and above 0) are not shown outside the group. */
export const PARTICIPATION_MIN_COUNT = 5;

/** Disability, where it was asked: with a disability, without. */
export const DISABILITY_CATEGORIES = ["ja", "nej"] as const;

/** The categories of each dimension, in the order they are shown. */
export const PARTICIPATION_CATEGORIES: Record<ParticipationDimension, readonly string[]> = {
  kon: SEXES,
  alder: AGE_BANDS,
  funktionsnedsattning: DISABILITY_CATEGORIES,
};

export interface ParticipationCell {
  category: string;
  count: number;
}

/** A cell as it may be shown: its count, or null and why it is hidden. */
export interface ShownCell {
  category: string;
  count: number | null;
  hidden: "small" | "secondary" | null;
}

const isSmall = (count: number, min: number) => count > 0 && count < min;

/** The cells of one dimension as they may be shown outside the group (the rule above). */
export function suppressCells(cells: readonly ParticipationCell[], min: number = PARTICIPATION_MIN_COUNT): ShownCell[] {
  const shown: ShownCell[] = cells.map((c) => (isSmall(c.count, min) ? { category: c.category, count: null, hidden: "small" } : { category: c.category, count: c.count, hidden: null }));
  const hidden = shown.filter((c) => c.hidden !== null).length;
  if (hidden === 1) {
    // The smallest shown cell (the first of equals), so that as little as possible is lost.
    let pick = -1;
    for (const [i, c] of shown.entries()) if (c.count !== null && (pick === -1 || c.count < shown[pick]!.count!)) pick = i;
    if (pick !== -1) shown[pick] = { category: shown[pick]!.category, count: null, hidden: "secondary" };
  }
  return shown;
}

/** The cells as the group itself sees them: every count. */
export function unsuppressedCells(cells: readonly ParticipationCell[]): ShownCell[] {
  return cells.map((c) => ({ category: c.category, count: c.count, hidden: null }));
}

export type ParticipationProblem = "count_invalid" | "category_unknown" | "sum_exceeds_total" | "sum_differs_from_total";

/**
 * Checks one dimension's counts against the total: whole numbers from 0, known categories, and
 * a sum no larger than the total. When every category was filled in, the dimension is complete
 * and must add up to the total exactly. Null when right.
 */
export function participationProblem(dimension: ParticipationDimension, cells: readonly ParticipationCell[], total: number | null): ParticipationProblem | null {
  if (cells.some((c) => !Number.isInteger(c.count) || c.count < 0 || c.count > 1_000_000)) return "count_invalid";
  if (cells.some((c) => !PARTICIPATION_CATEGORIES[dimension].includes(c.category))) return "category_unknown";
  if (total === null) return null;
  const sum = cells.reduce((s, c) => s + c.count, 0);
  if (sum > total) return "sum_exceeds_total";
  const complete = PARTICIPATION_CATEGORIES[dimension].every((cat) => cells.some((c) => c.category === cat));
  if (complete && sum !== total) return "sum_differs_from_total";
  return null;
}
