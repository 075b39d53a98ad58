/** Calendar dates as the forms and the database write them: YYYY-MM-DD. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === "string" && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

// Made once: an Intl formatter is costly to make and safe to share.
const SWEDISH_DAY = new Intl.DateTimeFormat("sv-SE", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/Stockholm" });

/** The date in Sweden at a moment, YYYY-MM-DD (23:30 UTC on 31 December is already 1 January there). */
export function swedishDay(at: Date): string {
  return SWEDISH_DAY.format(at);
}

/** The calendar year in Sweden at a moment (a submission at 00:30 on 1 January is in the new year). */
export function swedishYear(at: Date): number {
  return Number(swedishDay(at).slice(0, 4));
}
