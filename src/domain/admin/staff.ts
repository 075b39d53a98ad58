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

/** Whether a member of staff with this role must work for at least one committee (the staff schema's refinement asks). */
export function needsACommittee(role: StaffRole): boolean {
  return ROLES_NEEDING_A_COMMITTEE.includes(role);
}

export const INVITATION_DAYS = 7;
export const STAFF_NAME_MAX = 200;
export const DEPARTMENT_NAME_MAX = 200;

export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
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
