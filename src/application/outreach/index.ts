/**
 * Outreach: contact requests, their notes and meetings, invitations to apply.
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { ContactRequestService } from "./contact-request-service.ts";
export { contactNoteSchema, contactRequestActionSchema, contactRequestSchema, meetingDateSchema, type ContactRequestInput } from "./schemas.ts";
export { CONTACT_REQUEST_STATUSES, type ContactRequestRecord, type InvitationRecord, type MemberRecord, type OrganisationRecord, type OrganisationRepository, type OutreachRepository } from "./ports.ts";
