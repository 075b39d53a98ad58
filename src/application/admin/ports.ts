/** What administration needs from storage: committees, staff, invitations, the city's goals, setup links. */
import type { Responsibility } from "#src/domain/admin/committee.ts";
import type { StaffRole } from "#src/domain/admin/staff.ts";
import type { Role } from "#src/domain/roles.ts";

export interface CommitteeAdminRecord {
  id: string;
  code: string;
  nameSv: string;
  nameEn: string;
  hasWorkingCommittee: boolean;
  /** The process types (by code) the committee takes applications for. */
  processTypeCodes: string[];
  responsibilities: Responsibility[];
  /** Cases that carry a case number with the committee's code. */
  numberedCases: number;
  /** Active staff who work for the committee, by role. */
  staff: Array<{ id: string; name: string; role: Role }>;
}

export interface StaffRecord {
  id: string;
  name: string;
  email: string;
  role: Role;
  department: string;
  committeeIds: string[];
  active: boolean;
  lockedUntil: Date | null;
  createdAt: Date;
}

export interface StaffInvitationRecord {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  department: string;
  organisationId: string;
  committeeIds: string[];
  invitedByName: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

export interface CityGoalRecord {
  id: string;
  key: string;
  nameSv: string;
  nameEn: string;
  descriptionSv: string;
  agenda2030: string[];
  themes: string[];
  position: number;
  active: boolean;
}

export interface ProcessTypeChoice {
  code: string;
  nameSv: string;
  nameEn: string;
}

export interface AdministrationRepository {
  // committees
  committees(): Promise<CommitteeAdminRecord[]>;
  committee(id: string): Promise<CommitteeAdminRecord | undefined>;
  /** Undefined when the code is taken. */
  createCommittee(c: { code: string; nameSv: string; nameEn: string; hasWorkingCommittee: boolean; at: Date }): Promise<string | undefined>;
  /** False when the new code is taken by another committee. */
  updateCommittee(id: string, c: { code: string; nameSv: string; nameEn: string; hasWorkingCommittee: boolean; at: Date }): Promise<boolean>;
  setCommitteeProcessTypes(id: string, codes: readonly string[]): Promise<void>;
  setResponsibilities(id: string, rows: readonly Responsibility[]): Promise<void>;
  /** Every process type code with its newest name. */
  processTypeChoices(): Promise<ProcessTypeChoice[]>;

  // staff
  staff(): Promise<StaffRecord[]>;
  staffMember(userId: string): Promise<StaffRecord | undefined>;
  countActiveAdministrators(): Promise<number>;
  /** The actors' accounts (applicants), by name, one page at a time. */
  countActorAccounts(): Promise<number>;
  actorAccounts(window: { offset: number; limit: number }): Promise<Array<{ id: string; name: string; email: string; organisationName: string; active: boolean; lockedUntil: Date | null }>>;
  /** Locks the administrators' rows so two changes cannot remove the last one at once. */
  lockAdministrators(): Promise<void>;
  emailInUse(email: string): Promise<boolean>;
  cityDepartments(): Promise<Array<{ id: string; name: string }>>;
  /** The city department (an organisation of kind 'stad') with that name, made if new. */
  departmentNamed(name: string): Promise<string>;
  /** Undefined when the address already has an account. */
  createStaffUser(u: { email: string; name: string; role: StaffRole; organisationId: string; passwordHash: string; committeeIds: readonly string[]; at: Date }): Promise<string | undefined>;
  updateStaff(userId: string, s: { role: StaffRole; committeeIds: readonly string[]; organisationId: string }): Promise<void>;
  setActive(userId: string, active: boolean, at: Date): Promise<void>;

  // invitations
  createInvitation(i: { tokenHash: string; email: string; name: string; role: StaffRole; organisationId: string; committeeIds: readonly string[]; invitedBy: string | null; at: Date; expiresAt: Date }): Promise<string>;
  /** Revokes open invitations to the address (a new one replaces them); returns how many. */
  revokeOpenInvitationsTo(email: string, at: Date): Promise<number>;
  revokeInvitation(id: string, at: Date): Promise<boolean>;
  openInvitations(now: Date): Promise<StaffInvitationRecord[]>;
  invitationByTokenHash(tokenHash: string, opts?: { forUpdate?: boolean }): Promise<StaffInvitationRecord | undefined>;
  markInvitationAccepted(id: string, userId: string, at: Date): Promise<void>;

  // the city's goals
  cityGoals(opts: { includeInactive: boolean }): Promise<CityGoalRecord[]>;
  cityGoal(id: string): Promise<CityGoalRecord | undefined>;
  goalKeys(): Promise<Set<string>>;
  createCityGoal(g: { key: string; nameSv: string; nameEn: string; descriptionSv: string; agenda2030: readonly string[]; themes: readonly string[]; active: boolean; at: Date }): Promise<string>;
  updateCityGoal(id: string, g: { nameSv: string; nameEn: string; descriptionSv: string; agenda2030: readonly string[]; themes: readonly string[]; active: boolean; at: Date }): Promise<void>;
  moveCityGoal(id: string, direction: "up" | "down"): Promise<void>;

  // first run
  /** Replaces every unused setup link with this one. */
  createSetupLink(tokenHash: string, at: Date, expiresAt: Date): Promise<void>;
  /** Marks the link used; true when it existed, was unused and unexpired. */
  consumeSetupLink(tokenHash: string, now: Date): Promise<boolean>;
  setupLinkUsable(tokenHash: string, now: Date): Promise<boolean>;
}
