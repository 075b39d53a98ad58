/**
 * Budgetuppföljning: what was planned (the approved efforts' budget lines) against what was
 * spent (the actual costs the group records, with receipts), per budget line and per party; the
 * city's payments (utbetalningar) against the efforts decision, never more per effort than the
 * committee decided (or an approved change of it); sums per process and per year.
 *
 * Pure: the use cases gather the facts and record what these rules allow.
 */
import { isIsoDate } from "../dates.ts";
import { isWholeKronor } from "../case/decision.ts";

export const BUDGET_LIMITS = { descriptionMax: 500, contributorMax: 200 } as const;

export type PaymentProblem = "amount" | "paidOn" | "notApproved" | "exceedsDecision";

/**
 * A payment to an effort: a whole amount above 0 on a real date, to an approved effort, and with
 * the payments already made never more than the contribution in force.
 */
export function checkPayment(p: { amountSek: number; paidOn: string }, effort: { approved: boolean; citySek: number; paidSek: number }): { ok: true } | { ok: false; problems: Partial<Record<"amountSek" | "paidOn", PaymentProblem>> } {
  const problems: Partial<Record<"amountSek" | "paidOn", PaymentProblem>> = {};
  if (!isWholeKronor(p.amountSek) || p.amountSek <= 0) problems.amountSek = "amount";
  else if (!effort.approved) problems.amountSek = "notApproved";
  else if (effort.paidSek + p.amountSek > effort.citySek) problems.amountSek = "exceedsDecision";
  if (!isIsoDate(p.paidOn)) problems.paidOn = "paidOn";
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true };
}

/** What may still be paid to an effort. */
export function remainingToPay(citySek: number, paidSek: number): number {
  return Math.max(0, citySek - paidSek);
}

/** A contribution in force may not fall below what has been paid already. */
export function belowPaid(toSek: number, paidSek: number): boolean {
  return toSek < paidSek;
}

export type ActualProblem = "amount" | "spentOn" | "description" | "descriptionTooLong";

/** An actual cost (or valued resource) recorded against a budget line. */
export function checkActual(a: { amountSek: number; spentOn: string; description: string }): { ok: true } | { ok: false; problems: Partial<Record<"amountSek" | "spentOn" | "description", ActualProblem>> } {
  const problems: Partial<Record<"amountSek" | "spentOn" | "description", ActualProblem>> = {};
  if (!isWholeKronor(a.amountSek) || a.amountSek <= 0) problems.amountSek = "amount";
  if (!isIsoDate(a.spentOn)) problems.spentOn = "spentOn";
  const d = a.description.trim();
  if (!d) problems.description = "description";
  else if (d.length > BUDGET_LIMITS.descriptionMax) problems.description = "descriptionTooLong";
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true };
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);

/**
 * A planned amount spread over the years of an effort's period by its days in each year, in
 * whole kronor that add up to the amount (the remainder goes to the years with the largest
 * fractions). A period within one year gives that year all.
 */
export function spreadOverYears(amountSek: number, startsOn: string, endsOn: string): Map<number, number> {
  const out = new Map<number, number>();
  const first = Number(startsOn.slice(0, 4));
  const last = Number(endsOn.slice(0, 4));
  if (last <= first) {
    out.set(first, amountSek);
    return out;
  }
  const start = dayNumber(startsOn);
  const end = dayNumber(endsOn) + 1;
  const total = end - start;
  const shares: Array<{ year: number; whole: number; fraction: number }> = [];
  for (let y = first; y <= last; y++) {
    const from = Math.max(start, dayNumber(`${y}-01-01`));
    const to = Math.min(end, dayNumber(`${y + 1}-01-01`));
    const exact = (amountSek * (to - from)) / total;
    shares.push({ year: y, whole: Math.floor(exact), fraction: exact - Math.floor(exact) });
  }
  let rest = amountSek - shares.reduce((s, x) => s + x.whole, 0);
  for (const s of [...shares].sort((a, b) => b.fraction - a.fraction || a.year - b.year)) {
    if (rest <= 0) break;
    s.whole += 1;
    rest -= 1;
  }
  for (const s of shares) out.set(s.year, s.whole);
  return out;
}

export interface YearSums {
  year: number;
  plannedSek: number;
  actualSek: number;
  paidSek: number;
}

/**
 * The sums per year: planned (each line's amount spread over its effort's period), actual (by
 * the date spent), paid (by the date paid). Years in order, every year with something in it.
 */
export function sumsPerYear(input: {
  planned: ReadonlyArray<{ amountSek: number; startsOn: string; endsOn: string }>;
  actuals: ReadonlyArray<{ amountSek: number; spentOn: string }>;
  payments: ReadonlyArray<{ amountSek: number; paidOn: string }>;
}): YearSums[] {
  const years = new Map<number, YearSums>();
  const at = (year: number) => {
    let y = years.get(year);
    if (!y) years.set(year, (y = { year, plannedSek: 0, actualSek: 0, paidSek: 0 }));
    return y;
  };
  for (const p of input.planned) for (const [year, amount] of spreadOverYears(p.amountSek, p.startsOn, p.endsOn)) at(year).plannedSek += amount;
  for (const a of input.actuals) at(Number(a.spentOn.slice(0, 4))).actualSek += a.amountSek;
  for (const p of input.payments) at(Number(p.paidOn.slice(0, 4))).paidSek += p.amountSek;
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** Planned against actual per party (a budget line's contributor), in the order first named. */
export function sumsPerParty(lines: ReadonlyArray<{ contributor: string; funder: string; plannedSek: number; actualSek: number }>): Array<{ contributor: string; funder: string; plannedSek: number; actualSek: number }> {
  const out = new Map<string, { contributor: string; funder: string; plannedSek: number; actualSek: number }>();
  for (const l of lines) {
    const key = `${l.funder}\u0000${l.contributor.trim().toLocaleLowerCase("sv")}`;
    const s = out.get(key) ?? { contributor: l.contributor.trim(), funder: l.funder, plannedSek: 0, actualSek: 0 };
    s.plannedSek += l.plannedSek;
    s.actualSek += l.actualSek;
    out.set(key, s);
  }
  return [...out.values()];
}
