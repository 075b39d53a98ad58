/**
 * Organisations: registration by mailed link, members and co-applicant invitations.
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { OrganisationService, REGISTRATION_LINK_HOURS, type AcceptError, type AcceptInput, type ApplyAcceptError, type InvitationMailText, type SignedIn } from "./organisation-service.ts";
export { applicantAcceptanceSchema, coApplicantInvitationSchema, memberAcceptanceSchema, memberInvitationSchema, organisationAcceptanceSchema, organisationSchema, personSchema, registrationConfirmationSchema, registrationSchema, type RegistrationInput } from "./schemas.ts";
export { sendInvitation, type InvitationToSend } from "./send-invitation.ts";
