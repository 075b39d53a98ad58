/**
 * The city's staff accounts: who may be invited with which role, the committees a member of
 * staff works for, and the rule that the city never loses its last administrator. Pure.
 */
import type { Role } from "../roles.ts";

export const STAFF_ROLE_CHOICES = ["kontaktperson", "handlaggare", "analytiker", "administrator"] as const;
export type StaffRole = (typeof STAFF_ROLE_CHOICES)[number];
export const isStaffRole = (v: string): v is StaffRole => (STAFF_ROLE_CHOICES as readonly string[]).includes(v);

/** Contact persons and case officers work on cases, so they work for at least one committee. */
export const ROLES_NEEDING_A_COMMITTEE: readonly StaffRole[] = ["kontaktperson", "handlaggare"];

export const INVITATION_DAYS = 7;
export const STAFF_NAME_MAX = 200;
export const DEPARTMENT_NAME_MAX = 200;
export const EMAIL_MAX = 320;
/** Deliberately plain: one @, something on both sides, a dot in the domain, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface StaffInput {
  email: string;
  name: string;
  role: string;
  committeeIds: readonly string[];
  department: string;
}

export type StaffProblem = "email_invalid" | "name_required" | "too_long" | "role_invalid" | "committee_required" | "committee_unknown" | "department_required";

export interface CheckedStaff {
  email: string;
  name: string;
  role: StaffRole;
  committeeIds: string[];
  department: string;
}

export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Checks an invitation (or a change of role and committees) against the committees that exist. */
export function checkStaff(input: StaffInput, knownCommitteeIds: ReadonlySet<string>): { ok: true; value: CheckedStaff } | { ok: false; problems: Partial<Record<keyof StaffInput, StaffProblem>> } {
  const problems: Partial<Record<keyof StaffInput, StaffProblem>> = {};
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  const department = input.department.trim();
  const committeeIds = [...new Set(input.committeeIds)];
  if (!EMAIL.test(email)) problems.email = "email_invalid";
  else if (email.length > EMAIL_MAX) problems.email = "too_long";
  if (name === "") problems.name = "name_required";
  else if (name.length > STAFF_NAME_MAX) problems.name = "too_long";
  if (department === "") problems.department = "department_required";
  else if (department.length > DEPARTMENT_NAME_MAX) problems.department = "too_long";
  if (!isStaffRole(input.role)) problems.role = "role_invalid";
  if (committeeIds.some((id) => !knownCommitteeIds.has(id))) problems.committeeIds = "committee_unknown";
  else if (isStaffRole(input.role) && ROLES_NEEDING_A_COMMITTEE.includes(input.role) && committeeIds.length === 0) problems.committeeIds = "committee_required";
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { email, name, role: input.role as StaffRole, committeeIds, department } };
}

export type AdministratorChangeRefusal = "last_administrator" | "not_yourself";

/**
 * Whether a change to an account may happen: nobody deactivates or demotes themselves (they
 * would lock themselves out mid-task), and the last active administrator stays one, or nobody
 * could ever administer the city's Samverka again.
 */
export function administratorChangeAllowed(change: {
  actingUserId: string;
  targetUserId: string;
  targetRole: Role;
  targetActive: boolean;
  newRole: Role;
  newActive: boolean;
  activeAdministrators: number;
}): AdministratorChangeRefusal | null {
  const losesAdministrator = change.targetRole === "administrator" && change.targetActive && (change.newRole !== "administrator" || !change.newActive);
  if (change.actingUserId === change.targetUserId && (losesAdministrator || !change.newActive)) return "not_yourself";
  if (losesAdministrator && change.activeAdministrators <= 1) return "last_administrator";
  return null;
}
