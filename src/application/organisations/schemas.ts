/**
 * What an organisation's registration, its invitations and their acceptance send, as the web
 * form and (later) the API read them. The messages are keys of the message catalogues. An
 * organisation number must be a real one: its Luhn check digit is the domain's rule
 * (`src/domain/organisation-number.ts`), which the schema's refinement calls.
 */
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "#src/domain/auth/sign-in-policy.ts";
import { normaliseOrganisationNumber } from "#src/domain/organisation-number.ts";
import { ACTOR_TYPES, type ActorType } from "#src/domain/roles.ts";
import { FORM_ERROR, optionalText, plainEmailAddress, text } from "../shared/schema.ts";

const isActorType = (v: string): v is ActorType => (ACTOR_TYPES as readonly string[]).includes(v);

/** The organisation: its name, what kind of actor it is, and its organisation number if it has one (written NNNNNN-NNNN). */
export const organisationSchema = z.object({
  organisationName: text(300, "register.error.organisationName", "register.error.organisationName"),
  actorType: z.string({ error: "register.error.actorType" }).refine(isActorType, "register.error.actorType").transform((v) => v as ActorType).prefault(""),
  orgNumber: optionalText(20, "register.error.orgNumber")
    .refine((v) => v === null || normaliseOrganisationNumber(v) !== null, "register.error.orgNumber")
    .transform((v) => (v === null ? null : normaliseOrganisationNumber(v))),
});

/** The person: a name, and a password as the sign-in policy allows it. */
export const personSchema = z.object({
  name: text(200, "register.error.name", "register.error.name"),
  password: z.string({ error: "register.error.password" }).min(PASSWORD_MIN_LENGTH, "register.error.password").max(PASSWORD_MAX_LENGTH, "register.error.password").prefault(""),
});

/** A new organisation with its first user, confirmed by a link mailed to the address. */
export const registrationSchema = z.object({
  ...organisationSchema.shape,
  ...personSchema.shape,
  email: plainEmailAddress("register.error.email", "register.error.email"),
});
export type RegistrationInput = z.input<typeof registrationSchema>;

/** The registration mail's link, confirmed by pressing the button. */
export const registrationConfirmationSchema = z.object({ token: z.string({ error: "register.confirm.unknown" }).max(200, "register.confirm.unknown").prefault("") });

const invitedEmail = plainEmailAddress("org.error.email", "org.error.email");

/** A new member of one's own organisation, invited by e-mail. */
export const memberInvitationSchema = z.object({ email: invitedEmail });

/** A co-applicant organisation, invited by e-mail to join an application. */
export const coApplicantInvitationSchema = z.object({
  organisationName: text(300, "org.error.organisationName", "org.error.organisationName"),
  email: invitedEmail,
});

const token = z.string({ error: "invite.unknown" }).max(200, "invite.unknown").prefault("");

/**
 * Accepting an invitation as a new person: a member's (name and password), an organisation's
 * (a co-applicant: the organisation too), or, from a contact request, an applicant's with the
 * organisation and the account.
 */
export const memberAcceptanceSchema = z.object({ intent: z.literal("account", { error: FORM_ERROR }), token, ...personSchema.shape });
export const organisationAcceptanceSchema = memberAcceptanceSchema.extend(organisationSchema.shape);
export const applicantAcceptanceSchema = z.object({ intent: z.literal("applyAccount", { error: FORM_ERROR }), token, ...personSchema.shape, ...organisationSchema.shape });

/** What a use case answers for a refused organisation or person: the organisation number has its own answer, the password its own. */
export function organisationProblem(error: z.ZodError): "invalid" | "invalid_org_number" {
  return error.issues.some((i) => i.path[0] !== "orgNumber") ? "invalid" : "invalid_org_number";
}
export function personProblem(error: z.ZodError): "invalid" | "weak_password" {
  return error.issues.some((i) => i.path[0] !== "password") ? "invalid" : "weak_password";
}
