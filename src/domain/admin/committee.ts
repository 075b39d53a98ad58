/**
 * A committee (nämnd) as the administrators keep it: its names, the short code that begins
 * every case number (TN-2026-00042), and whether it has a working committee (arbetsutskott)
 * that prepares its business. Pure rules; what a form sends is read by the committee schema
 * (src/application/admin/schemas.ts), which uses the limits here.
 */

/** 2–6 capital letters, Swedish ones included: TN, ASN, KS, FRN. */
export const COMMITTEE_CODE = /^[A-ZÅÄÖ]{2,6}$/;
export const COMMITTEE_NAME_MAX = 200;
export const RESPONSIBILITY_THEME_MAX = 100;
export const RESPONSIBILITY_DESCRIPTION_MAX = 1000;
export const MAX_RESPONSIBILITIES = 30;

export function normaliseCommitteeCode(raw: string): string {
  return raw.trim().toLocaleUpperCase("sv-SE");
}

/**
 * Whether a committee's code may not change to `code`: once case numbers carry the code
 * (`numberedCases`), it stays, or the numbers would no longer say which committee they belong to.
 */
export function codeLockedByCases(existing: { code: string; numberedCases: number }, code: string): boolean {
  return existing.code !== code && existing.numberedCases > 0;
}

/** An area of responsibility a committee answers for: what routing a case elsewhere rests on. */
export interface Responsibility {
  theme: string;
  description: string;
}

/** Two areas of responsibility are the same when their themes are, whatever the case. */
export function sameTheme(a: string, b: string): boolean {
  return a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");
}
