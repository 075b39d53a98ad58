/**
 * What the public contact form and the contact person's handling of a request send, as the web
 * form and (later) the API read it. The messages are keys of the message catalogues.
 */
import { z } from "zod";
import { ACTOR_TYPES, type ActorType } from "#src/domain/roles.ts";
import { isoDate, optionalIsoDate, optionalText, plainEmailAddress, text, uuid } from "../shared/schema.ts";

const isActorType = (v: string): v is ActorType => (ACTOR_TYPES as readonly string[]).includes(v);

/** The public contact form: who asks, how to reach them, which area and what they want to do. The same key twice makes one request. */
export const contactRequestSchema = z.object({
  submissionKey: uuid("contact.error.form"),
  name: text(200, "contact.error.name", "contact.error.name"),
  /** Any address with an @ and a dot in its domain, in any script (kö@exempel.se): the receipt goes to it. */
  email: plainEmailAddress("contact.error.email", "contact.error.email"),
  phone: optionalText(50, "contact.error.phone"),
  organisationName: optionalText(300, "contact.error.organisation"),
  /** One of the actor types, or none (blank). */
  actorType: optionalText(100, "contact.error.actorType").refine((v) => v === null || isActorType(v), "contact.error.actorType").transform((v) => v as ActorType | null),
  areaText: text(2_000, "contact.error.area", "contact.error.area"),
  message: text(10_000, "contact.error.message", "contact.error.message"),
});
export type ContactRequestInput = z.input<typeof contactRequestSchema>;

/** The day of a first meeting. */
export const meetingDateSchema = isoDate("crequests.error.date");

/** A meeting note, with the day of the meeting it is from (optional). The same key twice adds one note. */
export const contactNoteSchema = z.object({
  body: text(20_000, "crequests.error.note", "crequests.error.note"),
  meetingOn: optionalIsoDate("crequests.error.date"),
  submissionKey: uuid("contact.error.form"),
});

/** What the contact person does on a request's page: book the first meeting, close it, invite the requester to apply, or write a note. */
export const contactRequestActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("book"), meetingOn: meetingDateSchema }),
  z.object({ intent: z.literal("close") }),
  z.object({ intent: z.literal("invite"), submissionKey: uuid("contact.error.form") }),
  z.object({ intent: z.literal("note"), ...contactNoteSchema.shape }),
], { error: "contact.error.form" });
