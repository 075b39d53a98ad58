/**
 * Appeal (laglighetsprövning, kommunallagen 13 kap.): a municipal decision can be appealed
 * within three weeks from the day the approved minutes were announced on the notice board
 * (anslag). When the last day falls on a Saturday, Sunday or public holiday the period runs
 * to the next working day (lagen om beräkning av lagstadgad tid).
 */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function easterSunday(year: number): string {
  // Anonymous Gregorian algorithm.
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Swedish public holidays (allmänna helgdagar) of a year, plus midsommarafton and julafton, which count as holidays for time limits. */
export function swedishHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  const fixed = ["01-01", "01-06", "05-01", "06-06", "12-24", "12-25", "12-26", "12-31"].map((md) => `${year}-${md}`);
  // Midsommardagen: the Saturday between 20 and 26 June; midsommarafton the day before.
  let midsummer = `${year}-06-20`;
  while (new Date(`${midsummer}T12:00:00Z`).getUTCDay() !== 6) midsummer = addDays(midsummer, 1);
  // Alla helgons dag: the Saturday between 31 October and 6 November.
  let allSaints = `${year}-10-31`;
  while (new Date(`${allSaints}T12:00:00Z`).getUTCDay() !== 6) allSaints = addDays(allSaints, 1);
  return new Set([...fixed, addDays(easter, -2), easter, addDays(easter, 1), addDays(easter, 39), addDays(easter, 49), addDays(midsummer, -1), midsummer, allSaints]);
}

export function isWorkingDay(isoDate: string): boolean {
  const day = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  if (day === 0 || day === 6) return false;
  return !swedishHolidays(Number(isoDate.slice(0, 4))).has(isoDate);
}

/** The last day to appeal a decision whose minutes were posted on `postedOn` (YYYY-MM-DD). */
export function appealPeriodEnds(postedOn: string): string {
  let last = addDays(postedOn, 21);
  while (!isWorkingDay(last)) last = addDays(last, 1);
  return last;
}
