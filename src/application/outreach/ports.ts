/** Ports for the public side: contact requests and their meeting notes. */
import type { ActorType } from "#src/domain/roles.ts";
import type { PageWindow } from "../shared/paging.ts";

export const CONTACT_REQUEST_STATUSES = ["ny", "mote_bokat", "avslutad"] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];

export interface NewContactRequest {
  submissionKey: string;
  name: string;
  email: string;
  phone: string | null;
  organisationName: string | null;
  actorType: ActorType | null;
  areaText: string;
  message: string;
  at: Date;
}

export interface ContactRequestRecord {
  id: string;
  createdAt: Date;
  name: string;
  email: string;
  phone: string | null;
  organisationName: string | null;
  actorType: ActorType | null;
  areaText: string;
  message: string;
  status: ContactRequestStatus;
  handledByName: string | null;
  handledAt: Date | null;
  meetingOn: string | null;
  /** The application the requester started from the city's invitation. */
  caseId: string | null;
  caseTitle: string | null;
}

export interface ContactNote {
  id: string;
  body: string;
  meetingOn: string | null;
  authorName: string;
  createdAt: Date;
}

export interface OutreachRepository {
  /** Inserts once per submission key; `created` is false when the key was already used. */
  insertContactRequest(request: NewContactRequest): Promise<{ id: string; created: boolean }>;
  /** One page of the queue, newest first (ties broken by id, so pages never overlap). */
  listContactRequests(filter: { status?: ContactRequestStatus }, window: PageWindow): Promise<ContactRequestRecord[]>;
  findContactRequest(id: string, opts?: { forUpdate?: boolean }): Promise<ContactRequestRecord | undefined>;
  /** How many requests have the status (all requests without one). */
  countContactRequests(status?: ContactRequestStatus): Promise<number>;
  updateContactRequest(id: string, change: { status: ContactRequestStatus; meetingOn?: string | null; handledBy: string; at: Date }): Promise<void>;
  /**
   * What an application started from the request is prefilled with, for an organisation that
   * accepted an invitation to apply from it; undefined for any other organisation.
   */
  applicationSeed(contactRequestId: string, organisationId: string): Promise<ApplicationSeed | undefined>;
  linkContactRequestToCase(contactRequestId: string, caseId: string): Promise<void>;
  invitationsToApply(contactRequestId: string): Promise<InvitationRecord[]>;
  notesForContactRequest(id: string): Promise<ContactNote[]>;
  /** The contact request a case came from, if any. */
  contactRequestForCase(caseId: string): Promise<{ id: string; name: string } | undefined>;
  /** Inserts once per submission key; `created` is false on a replay. */
  addContactNote(note: { contactRequestId: string; authorUserId: string; body: string; meetingOn: string | null; submissionKey: string; at: Date }): Promise<{ id: string; created: boolean; contactRequestId: string }>;
}

export interface ApplicationSeed {
  contactRequestId: string;
  areaText: string;
  message: string;
  /** Who handled the request: the case's contact person by default. */
  handledBy: string | null;
  /** The case already started from the request, if any. */
  caseId: string | null;
}

export interface OrganisationRecord {
  id: string;
  name: string;
  actorType: ActorType | null;
  orgNumber: string | null;
}

export interface MemberRecord {
  id: string;
  name: string;
  email: string;
}

export interface InvitationRecord {
  id: string;
  caseId: string | null;
  caseTitle: string | null;
  invitingOrganisationId: string;
  invitingOrganisationName: string;
  invitedByName: string;
  email: string;
  organisationName: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedOrganisationId: string | null;
  /** An invitation to apply, sent by the city from a contact request. */
  contactRequestId: string | null;
}

export interface OrganisationRepository {
  emailTaken(email: string): Promise<boolean>;
  createOrganisation(org: { name: string; actorType: ActorType; orgNumber: string | null }): Promise<string>;
  createUser(user: { name: string; email: string; organisationId: string; passwordHash: string }): Promise<string>;
  organisation(id: string): Promise<OrganisationRecord | undefined>;
  members(organisationId: string): Promise<MemberRecord[]>;
  createInvitation(inv: { tokenHash: string; caseId: string | null; invitingOrganisationId: string; invitedBy: string; email: string; organisationName: string; expiresAt: Date }): Promise<string>;
  /** An invitation to apply from a contact request; once per submission key (`created` false on a replay). */
  createApplyInvitation(inv: { tokenHash: string; contactRequestId: string; invitingOrganisationId: string; invitedBy: string; email: string; organisationName: string; expiresAt: Date; submissionKey: string }): Promise<{ id: string; created: boolean }>;
  invitationByTokenHash(tokenHash: string, opts?: { forUpdate?: boolean }): Promise<InvitationRecord | undefined>;
  markInvitationAccepted(id: string, organisationId: string, at: Date): Promise<void>;
  invitationsFrom(organisationId: string): Promise<InvitationRecord[]>;
  invitationsForCase(caseId: string): Promise<InvitationRecord[]>;
  addParty(caseId: string, organisationId: string, role: "huvudsokande" | "medsokande"): Promise<void>;
  parties(caseId: string): Promise<Array<{ organisationId: string; name: string; role: "huvudsokande" | "medsokande" }>>;
}
