/**
 * What the actor mapping's forms send, what a CSV row of actors is read as, and the form that
 * starts a process on the city's initiative. The messages are keys of the message catalogues
 * (src/text/actors.ts). One schema reads a form and a CSV row, so both are checked alike.
 */
import { z } from "zod";
import { ACTOR_LIMITS, ACTOR_ROLES, ACTOR_TYPES, isPhoneNumber } from "#src/domain/collaboration/actor-mapping.ts";
import { normaliseOrganisationNumber } from "#src/domain/organisation-number.ts";
import { intents, isoDate, optionalIsoDate, optionalText, optionalUuid, plainEmailAddress, strings, text, uuid } from "../shared/schema.ts";

/** Plainly an address: one @, something on both sides, a dot in the domain, no spaces (as `plainEmailAddress`). */
const PLAIN_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The fields of one actor (a form, or a CSV row). */
export const actorFieldsSchema = z.object({
  name: text(ACTOR_LIMITS.name, "actors.error.nameTooLong", "actors.error.name"),
  type: z.enum(ACTOR_TYPES, { error: "actors.error.type" }),
  role: z.enum(ACTOR_ROLES, { error: "actors.error.role" }),
  organisationId: optionalUuid("actors.error.organisation"),
  orgNumber: optionalText(20, "actors.error.orgNumber").refine((v) => v === null || normaliseOrganisationNumber(v) !== null, "actors.error.orgNumber").transform((v) => (v === null ? null : normaliseOrganisationNumber(v))),
  contactName: optionalText(ACTOR_LIMITS.contactName, "actors.error.contactNameTooLong"),
  email: optionalText(ACTOR_LIMITS.email, "actors.error.email")
    .refine((v) => v === null || PLAIN_EMAIL.test(v), "actors.error.email")
    .transform((v) => v?.toLowerCase() ?? null),
  phone: optionalText(ACTOR_LIMITS.phone, "actors.error.phone").refine((v) => v === null || isPhoneNumber(v), "actors.error.phone"),
  reachedHow: optionalText(ACTOR_LIMITS.reachedHow, "actors.error.reachedHowTooLong"),
  reachedOn: optionalIsoDate("actors.error.reachedOn"),
  notes: text(ACTOR_LIMITS.notes, "actors.error.notesTooLong"),
});
export type ActorFieldsInput = z.input<typeof actorFieldsSchema>;

/** The actor page's forms: add (with its submission key), change, remove (confirmed). */
export const actorChangeSchema = intents("add", [
  actorFieldsSchema.extend({ intent: z.literal("add"), submissionKey: uuid("appl.error.form") }),
  actorFieldsSchema.extend({ intent: z.literal("update"), actorId: uuid("appl.error.form") }),
  z.object({ intent: z.literal("remove"), actorId: uuid("appl.error.form"), confirm: z.literal("ja", { error: "actors.error.confirm" }) }),
]);
export type ActorChangeInput = z.input<typeof actorChangeSchema>;

/** Starting a process on the city's initiative. */
export const cityProcessSchema = z.object({
  title: text(200, "initiate.error.titleTooLong", "initiate.error.title"),
  description: text(5_000, "initiate.error.descriptionTooLong", "initiate.error.description"),
  committeeId: uuid("initiate.error.committee"),
  areaIds: strings("initiate.error.areas").pipe(z.array(z.string()).min(1, "initiate.error.areas")),
  startsOn: isoDate("initiate.error.startsOn"),
  submissionKey: uuid("appl.error.form"),
});
export type CityProcessInput = z.input<typeof cityProcessSchema>;

/** Inviting an organisation into the city's process: one registered in Samverka, or by e-mail. */
export const processInvitationSchema = intents("email", [
  z.object({ intent: z.literal("registered"), organisationId: uuid("invitep.error.organisation") }),
  z.object({
    intent: z.literal("email"),
    organisationName: text(200, "invitep.error.organisationNameTooLong", "invitep.error.organisationName"),
    email: plainEmailAddress("invitep.error.email", "invitep.error.email").refine((v) => v !== "", "invitep.error.email"),
  }),
]);
export type ProcessInvitationInput = z.input<typeof processInvitationSchema>;
