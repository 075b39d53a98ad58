/**
 * Administration: committees, staff and invitations, the city's goals, the first run, and the administrators' overviews.
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { CityGoals } from "./city-goals.ts";
export { CommitteeAdministration, type CommitteeForm } from "./committees.ts";
export { FirstRun, checkAdministratorInput, type SetupError, type SetupProgress } from "./first-run.ts";
export { cityGoalNames } from "./goal-names.ts";
export { AdminService } from "./overviews.ts";
export { type AdministrationRepository, type CityGoalRecord, type CommitteeAdminRecord, type ProcessTypeChoice, type StaffInvitationRecord, type StaffRecord } from "./ports.ts";
export { StaffAdministration, type AcceptError, type StaffChangeError } from "./staff.ts";
export {
  administratorSchema,
  cityGoalSchema,
  committeeSchema,
  goalMoveSchema,
  setupSchema,
  staffAcceptanceSchema,
  staffActionSchema,
  staffChangeSchema,
  staffInvitationSchema,
  staffMemberActionSchema,
  type AdministratorInput,
  type CityGoalInput,
  type StaffInput,
} from "./schemas.ts";
