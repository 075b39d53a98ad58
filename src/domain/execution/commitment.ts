/**
 * Förvaltningarnas åtaganden: which of the city's other departments or companies (förvaltningar,
 * bolag) contribute to a process, with what, when, and who to ask (seed 001: "när, hur och med
 * vad förvaltningen ska bidra").
 */
import { isIsoDate } from "../dates.ts";

export const COMMITMENT_STATUSES = ["planerat", "pagaende", "fullgjort", "installt"] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const COMMITMENT_LIMITS = { departmentMax: 200, contributionMax: 2_000, contactNameMax: 200, contactEmailMax: 254 } as const;

export interface CommitmentInput {
  department: string;
  contribution: string;
  contactName: string;
  contactEmail: string;
  startsOn: string;
  endsOn: string;
  status: CommitmentStatus;
}

export type CommitmentProblem = "department" | "contribution" | "startsOn" | "endsOn" | "endsBeforeStart" | "status";

/** A department and what it contributes; a real period, the end not before the start. */
export function checkCommitment(c: CommitmentInput): { ok: true; value: CommitmentInput } | { ok: false; problems: Partial<Record<keyof CommitmentInput, CommitmentProblem>> } {
  const problems: Partial<Record<keyof CommitmentInput, CommitmentProblem>> = {};
  const department = c.department.trim();
  const contribution = c.contribution.trim();
  if (!department) problems.department = "department";
  if (!contribution) problems.contribution = "contribution";
  if (!isIsoDate(c.startsOn)) problems.startsOn = "startsOn";
  if (!isIsoDate(c.endsOn)) problems.endsOn = "endsOn";
  else if (!problems.startsOn && c.endsOn < c.startsOn) problems.endsOn = "endsBeforeStart";
  if (!(COMMITMENT_STATUSES as readonly string[]).includes(c.status)) problems.status = "status";
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, value: { ...c, department, contribution, contactName: c.contactName.trim(), contactEmail: c.contactEmail.trim() } };
}
