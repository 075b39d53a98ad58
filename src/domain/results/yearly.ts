/**
 * The yearly follow-up of a multi-year process. A process is multi-year when its approved
 * efforts span more than one calendar year, or when the contact person says so (the contact
 * person may also say a process is not multi-year). Such a process sets goals with target values
 * at its start, and follows them up once a year:
 * - every calendar year from the first effort's start to the last effort's end has a follow-up;
 * - the follow-up of a year may be written from 1 December of that year, and is due on
 *   31 January the year after (in time for the committees' yearly analyses);
 * - a reminder goes 14 days before the due date, and one when it is overdue (the day after);
 * - nothing is due once the process is closed, or for a year already followed up.
 * Dates are calendar dates ("YYYY-MM-DD") in the city's time zone; the caller gives today.
 */
export const REMINDER_DAYS_BEFORE = 14;

export interface YearlyFacts {
  /** The approved efforts' periods ("YYYY-MM-DD"). */
  efforts: ReadonlyArray<{ startsOn: string; endsOn: string }>;
  /** The contact person's word (null: not said; the efforts decide). */
  multiYearSet: boolean | null;
  /** The years already followed up. */
  done: readonly number[];
  /** The process is still running (utförande or resultat). */
  running: boolean;
}

export type YearState = "kommande" | "oppen" | "forsenad" | "klar";

export interface FollowUpYear {
  year: number;
  opensOn: string;
  dueOn: string;
  /** The day of the reminder before the due date. */
  remindOn: string;
  state: YearState;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The calendar years the efforts span (first start to last end), or null without efforts. */
export function effortYears(efforts: YearlyFacts["efforts"]): { from: number; to: number } | null {
  if (efforts.length === 0) return null;
  return { from: Math.min(...efforts.map((e) => yearOf(e.startsOn))), to: Math.max(...efforts.map((e) => yearOf(e.endsOn))) };
}

export function isMultiYear(facts: Pick<YearlyFacts, "efforts" | "multiYearSet">): boolean {
  if (facts.multiYearSet !== null) return facts.multiYearSet;
  const span = effortYears(facts.efforts);
  return span !== null && span.to > span.from;
}

/** A date a number of days before another ("YYYY-MM-DD"). */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Every follow-up year of the process with its dates and its state on `today`. */
export function followUpYears(facts: YearlyFacts, today: string): FollowUpYear[] {
  if (!isMultiYear(facts)) return [];
  const span = effortYears(facts.efforts) ?? { from: yearOf(today), to: yearOf(today) };
  const years: FollowUpYear[] = [];
  for (let year = span.from; year <= Math.max(span.to, span.from); year++) {
    const opensOn = `${year}-12-01`;
    const dueOn = `${year + 1}-01-31`;
    const remindOn = daysBefore(dueOn, REMINDER_DAYS_BEFORE);
    const state: YearState = facts.done.includes(year) ? "klar" : today < opensOn ? "kommande" : today > dueOn ? "forsenad" : "oppen";
    years.push({ year, opensOn, dueOn, remindOn, state });
  }
  return years;
}

/** Whether the follow-up of a year may be written on `today` (opened, not done, process running; a late one too). */
export function mayFollowUp(facts: YearlyFacts, year: number, today: string): boolean {
  if (!facts.running) return false;
  const y = followUpYears(facts, today).find((f) => f.year === year);
  return y !== undefined && (y.state === "oppen" || y.state === "forsenad");
}

export type YearlyOccasion = "snart" | "forsenad";

/** The reminders due on `today`: 14 days before the due date (until it), and once overdue. */
export function dueReminders(facts: YearlyFacts, today: string): Array<{ year: number; occasion: YearlyOccasion; dueOn: string }> {
  if (!facts.running) return [];
  return followUpYears(facts, today).flatMap((y): Array<{ year: number; occasion: YearlyOccasion; dueOn: string }> => {
    if (y.state === "klar" || y.state === "kommande") return [];
    if (y.state === "forsenad") return [{ year: y.year, occasion: "forsenad", dueOn: y.dueOn }];
    return today >= y.remindOn ? [{ year: y.year, occasion: "snart", dueOn: y.dueOn }] : [];
  });
}
