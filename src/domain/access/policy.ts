/**
 * Who may do what, in one place. Pure rules: the services load the record, ask `can`, and
 * answer "not found" when the answer is no, so that a guessed id reveals nothing.
 */
import { isStaff } from "../roles.ts";
import type { Actor } from "./actor.ts";

export interface CaseFacts {
  applicantOrganisationId: string | null;
  committeeId: string;
}

export type Permission =
  | { action: "case.read"; record: CaseFacts }
  | { action: "case.readAudit"; record: CaseFacts }
  | { action: "case.list" }
  | { action: "audit.readAll" }
  | { action: "users.manage" }
  | { action: "outbox.read" }
  | { action: "areas.read" }
  | { action: "areas.manage" };

export function can(actor: Actor, permission: Permission): boolean {
  switch (permission.action) {
    case "case.read":
      // An applicant sees only its own organisation's cases; the city's staff see all cases.
      if (actor.role === "aktor") {
        return permission.record.applicantOrganisationId !== null && permission.record.applicantOrganisationId === actor.organisationId;
      }
      return isStaff(actor.role);
    case "case.readAudit":
      return isStaff(actor.role);
    case "case.list":
      return true;
    case "audit.readAll":
    case "users.manage":
      return actor.role === "administrator";
    case "outbox.read":
      return actor.role === "administrator" || actor.role === "handlaggare";
    case "areas.read":
      return isStaff(actor.role);
    case "areas.manage":
      return actor.role === "analytiker" || actor.role === "administrator";
  }
}
