/**
 * A committee (nämnd) as the administrators keep it: its names, the short code that begins
 * every case number (TN-2026-00042), and whether it has a working committee (arbetsutskott)
 * that prepares its business. Pure rules; the service stores what passes them.
 */

/** 2–6 capital letters, Swedish ones included: TN, ASN, KS, FRN. */
export const COMMITTEE_CODE = /^[A-ZÅÄÖ]{2,6}$/;
export const COMMITTEE_NAME_MAX = 200;
export const RESPONSIBILITY_THEME_MAX = 100;
export const RESPONSIBILITY_DESCRIPTION_MAX = 1000;
export const MAX_RESPONSIBILITIES = 30;

export interface CommitteeInput {
  code: string;
  nameSv: string;
  nameEn: string;
  hasWorkingCommittee: boolean;
}

export type CommitteeProblem = "code_format" | "name_required" | "name_too_long" | "code_in_use_by_cases";

export function normaliseCommitteeCode(raw: string): string {
  return raw.trim().toLocaleUpperCase("sv-SE");
}

/**
 * Checks a committee as typed. `existing`: the committee before the change, with whether case
 * numbers already carry its code: a code that numbers cases cannot change, or the numbers
 * would no longer say which committee they belong to.
 */
export function checkCommittee(input: CommitteeInput, existing?: { code: string; numberedCases: number }): { ok: true; value: CommitteeInput } | { ok: false; problems: Partial<Record<keyof CommitteeInput, CommitteeProblem>> } {
  const problems: Partial<Record<keyof CommitteeInput, CommitteeProblem>> = {};
  const code = normaliseCommitteeCode(input.code);
  const nameSv = input.nameSv.trim();
  const nameEn = input.nameEn.trim();
  if (!COMMITTEE_CODE.test(code)) problems.code = "code_format";
  else if (existing && existing.code !== code && existing.numberedCases > 0) problems.code = "code_in_use_by_cases";
  if (nameSv === "") problems.nameSv = "name_required";
  else if (nameSv.length > COMMITTEE_NAME_MAX) problems.nameSv = "name_too_long";
  if (nameEn.length > COMMITTEE_NAME_MAX) problems.nameEn = "name_too_long";
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { code, nameSv, nameEn, hasWorkingCommittee: input.hasWorkingCommittee } };
}

export interface Responsibility {
  theme: string;
  description: string;
}

export type ResponsibilityProblem = "theme_required" | "too_long" | "duplicate" | "too_many";

/** The areas of responsibility a committee answers for: what routing a case elsewhere rests on. Empty rows are dropped. */
export function checkResponsibilities(rows: readonly Responsibility[]): { ok: true; value: Responsibility[] } | { ok: false; problems: Record<number, ResponsibilityProblem> } {
  const problems: Record<number, ResponsibilityProblem> = {};
  const kept: Responsibility[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const theme = row.theme.trim();
    const description = row.description.trim();
    if (theme === "" && description === "") return;
    if (theme === "") problems[i] = "theme_required";
    else if (theme.length > RESPONSIBILITY_THEME_MAX || description.length > RESPONSIBILITY_DESCRIPTION_MAX) problems[i] = "too_long";
    else if (seen.has(theme.toLocaleLowerCase("sv-SE"))) problems[i] = "duplicate";
    seen.add(theme.toLocaleLowerCase("sv-SE"));
    kept.push({ theme, description });
  });
  if (kept.length > MAX_RESPONSIBILITIES) problems[MAX_RESPONSIBILITIES] = "too_many";
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, value: kept };
}
