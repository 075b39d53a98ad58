/**
 * The way in (en väg in): anyone sends a contact request without an account; the city's
 * contact person works through the queue, books a first meeting, writes meeting notes and
 * closes the request. Every change is authorised, done in one transaction and audited.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { z } from "zod";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import { fetchPage, type Page } from "../shared/paging.ts";
import { CONTACT_REQUEST_STATUSES, type ContactNote, type ContactRequestRecord, type ContactRequestStatus, type InvitationRecord } from "./ports.ts";
import { hashToken, newSecretToken } from "../shared/tokens.ts";
import { isUuid } from "#src/domain/ids.ts";
import { contactNoteSchema, contactRequestSchema, meetingDateSchema, type ContactRequestInput } from "./schemas.ts";

export type { ContactRequestInput };

/** The invitation to apply, in the contact person's language. */
export interface ApplyInvitationMailText {
  subject: string;
  body(args: { inviter: string; link: string; days: number }): string;
}

export type InviteToApplyError = "not_found" | "closed" | "has_case";

/**
 * The receipt to the address typed in the form: a fixed text. Nothing the visitor typed
 * (name, organisation, message) goes into it, so the form cannot be used to send one's own
 * text to someone else's address.
 */
export interface ContactReceiptText {
  subject: string;
  body: string;
}

export type ContactRequestError = "invalid";
export type HandleError = "not_found" | "invalid_date" | "closed" | "empty" | "too_long";

export class ContactRequestService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #nudgeMail: () => void;
  readonly #invitation: { days: number; publicUrl: string };

  constructor(deps: { uow: UnitOfWork; clock: Clock; nudgeMail?: () => void; invitation?: { days: number; publicUrl: string } }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
    this.#invitation = deps.invitation ?? { days: 14, publicUrl: "http://localhost:3000" };
  }

  /**
   * Stores a contact request from the public form and puts a receipt in the outbox to the
   * sender, unless `sendReceipt` is false (the address has had its receipts for now). The
   * same submission key twice returns the first request (one row, one mail).
   */
  async submit(input: ContactRequestInput, text: ContactReceiptText, meta: AuditMeta = {}, opts: { sendReceipt?: boolean } = {}): Promise<Result<{ id: string; created: boolean }, ContactRequestError>> {
    const parsed = contactRequestSchema.safeParse(input);
    if (!parsed.success) return fail("invalid");
    const { submissionKey, name, email, areaText, message, actorType, phone, organisationName } = parsed.data;
    const now = this.#clock.now();
    const result = await this.#uow.transaction(async (r) => {
      const saved = await r.outreach.insertContactRequest({ submissionKey, name, email, phone, organisationName, actorType, areaText, message, at: now });
      if (!saved.created) return saved;
      if (opts.sendReceipt !== false) await r.outbox.enqueue({ to: email, subject: text.subject, text: text.body, relatedEntity: `contact_request:${saved.id}`, at: now });
      await r.audit.append({
        actor: null,
        actorLabel: `kontaktformulär (${email})`,
        action: "contact_request.created",
        entityType: "contact_request",
        entityId: saved.id,
        after: { actorType, organisationName, receipt: opts.sendReceipt !== false },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return saved;
    });
    if (result.created) this.#nudgeMail();
    return ok(result);
  }

  /** One page of the queue (newest first), or undefined when the actor may not handle contact requests. */
  async list(actor: Actor, filter: { status?: string } = {}, page = 1): Promise<Page<ContactRequestRecord> | undefined> {
    if (!can(actor, { action: "contactRequest.handle" })) return undefined;
    const status = (CONTACT_REQUEST_STATUSES as readonly string[]).includes(filter.status ?? "") ? (filter.status as ContactRequestStatus) : undefined;
    return this.#uow.read((r) =>
      fetchPage(
        page,
        () => r.outreach.countContactRequests(status),
        (w) => r.outreach.listContactRequests(status ? { status } : {}, w),
      ),
    );
  }

  /** How many requests wait for a first answer (0 for those who do not handle them). */
  async countNew(actor: Actor): Promise<number> {
    if (!can(actor, { action: "contactRequest.handle" })) return 0;
    return this.#uow.read((r) => r.outreach.countContactRequests("ny"));
  }

  async get(actor: Actor, id: string): Promise<{ request: ContactRequestRecord; notes: ContactNote[]; invitations: InvitationRecord[] } | undefined> {
    if (!can(actor, { action: "contactRequest.handle" }) || !isUuid(id)) return undefined;
    return this.#uow.read(async (r) => {
      const request = await r.outreach.findContactRequest(id);
      if (!request) return undefined;
      return { request, notes: await r.outreach.notesForContactRequest(id), invitations: await r.outreach.invitationsToApply(id) };
    });
  }

  /**
   * Invites the requester to apply: a single-use link, valid for some days, to the address
   * the request came from. Accepting it creates the requester's organisation (prefilled from
   * the request) and account, or joins a signed-in applicant, and starts an application
   * prefilled from the request, whose contact person is the one who handled it. The link is
   * a secret of the recipient's: it goes to the outbox as such, never into a page or the log.
   * The same form posted twice sends one invitation.
   */
  async inviteToApply(actor: Actor, id: string, submissionKey: string, text: ApplyInvitationMailText, meta: AuditMeta = {}): Promise<Result<{ invitationId: string }, InviteToApplyError>> {
    if (!can(actor, { action: "contactRequest.handle" }) || !isUuid(id) || !isUuid(submissionKey)) return fail("not_found");
    const result = await this.#uow.transaction(async (r): Promise<Result<{ invitationId: string; created: boolean }, InviteToApplyError>> => {
      const request = await r.outreach.findContactRequest(id, { forUpdate: true });
      if (!request) return fail("not_found");
      if (request.status === "avslutad") return fail("closed");
      if (request.caseId) return fail("has_case");
      const now = this.#clock.now();
      const token = newSecretToken();
      const days = this.#invitation.days;
      const expiresAt = new Date(now.getTime() + days * 86_400_000);
      const saved = await r.outreach.createApplyInvitation({
        tokenHash: hashToken(token),
        contactRequestId: id,
        invitingOrganisationId: actor.organisationId,
        invitedBy: actor.userId,
        email: request.email,
        organisationName: request.organisationName ?? request.name,
        expiresAt,
        submissionKey,
      });
      if (!saved.created) return saved.id ? ok({ invitationId: saved.id, created: false }) : fail("not_found");
      const base = this.#invitation.publicUrl.endsWith("/") ? this.#invitation.publicUrl : `${this.#invitation.publicUrl}/`;
      const link = new URL(`inbjudan?token=${encodeURIComponent(token)}`, base).toString();
      await r.outbox.enqueue({ to: request.email, subject: text.subject, text: text.body({ inviter: actor.name, link, days }), relatedEntity: `contact_request:${id}`, at: now, secrets: [link, token], secretsExpireAt: expiresAt });
      // Inviting is handling the request: its handler becomes the case's contact person by default.
      await r.outreach.updateContactRequest(id, { status: request.status, handledBy: actor.userId, at: now });
      await r.audit.append({
        actor,
        action: "contact_request.invited",
        entityType: "contact_request",
        entityId: id,
        after: { invitationId: saved.id, email: request.email, expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString() },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ invitationId: saved.id, created: true });
    });
    if (!result.ok) return result;
    if (result.value.created) this.#nudgeMail();
    return ok({ invitationId: result.value.invitationId });
  }

  /** Marks that a first meeting is booked on the given date (may be rebooked). */
  async bookMeeting(actor: Actor, id: string, meetingOn: string, meta: AuditMeta = {}): Promise<Result<void, HandleError>> {
    const day = meetingDateSchema.safeParse(meetingOn);
    if (!day.success) return fail("invalid_date");
    return this.#change(actor, id, "mote_bokat", day.data, meta);
  }

  /** Closes the request (done, or no further contact). Closing twice changes nothing. */
  async close(actor: Actor, id: string, meta: AuditMeta = {}): Promise<Result<void, HandleError>> {
    return this.#change(actor, id, "avslutad", undefined, meta);
  }

  async #change(actor: Actor, id: string, status: ContactRequestStatus, meetingOn: string | undefined, meta: AuditMeta): Promise<Result<void, HandleError>> {
    if (!can(actor, { action: "contactRequest.handle" }) || !isUuid(id)) return fail("not_found");
    return this.#uow.transaction(async (r) => {
      const before = await r.outreach.findContactRequest(id, { forUpdate: true });
      if (!before) return fail("not_found");
      if (before.status === status && (meetingOn === undefined || before.meetingOn === meetingOn)) return ok(undefined);
      if (before.status === "avslutad") return fail("closed");
      const now = this.#clock.now();
      await r.outreach.updateContactRequest(id, { status, handledBy: actor.userId, at: now, ...(meetingOn !== undefined ? { meetingOn } : {}) });
      await r.audit.append({
        actor,
        action: status === "avslutad" ? "contact_request.closed" : "contact_request.meeting_booked",
        entityType: "contact_request",
        entityId: id,
        before: { status: before.status, meetingOn: before.meetingOn },
        after: { status, meetingOn: meetingOn ?? before.meetingOn },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok(undefined);
    });
  }

  /** Adds a meeting note; the same submission key twice adds one note. */
  async addNote(actor: Actor, args: { id: string } & z.input<typeof contactNoteSchema>, meta: AuditMeta = {}): Promise<Result<{ noteId: string }, HandleError>> {
    if (!can(actor, { action: "contactRequest.handle" }) || !isUuid(args.id)) return fail("not_found");
    const parsed = contactNoteSchema.safeParse(args);
    if (!parsed.success) return fail(noteError(parsed.error));
    const { body, meetingOn, submissionKey } = parsed.data;
    return this.#uow.transaction(async (r) => {
      const request = await r.outreach.findContactRequest(args.id);
      if (!request) return fail("not_found");
      const note = await r.outreach.addContactNote({ contactRequestId: args.id, authorUserId: actor.userId, body, meetingOn, submissionKey, at: this.#clock.now() });
      if (note.contactRequestId !== args.id) return fail("not_found");
      if (note.created)
        await r.audit.append({
          actor,
          action: "contact_request.note_added",
          entityType: "contact_request",
          entityId: args.id,
          after: { noteId: note.id, meetingOn, length: body.length },
          ip: meta.ip ?? null,
          requestId: meta.requestId ?? null,
        });
      return ok({ noteId: note.id });
    });
  }

  async audit(actor: Actor, id: string) {
    if (!can(actor, { action: "contactRequest.handle" }) || !isUuid(id)) return [];
    return this.#uow.read((r) => r.audit.forEntity("contact_request", id));
  }
}

/** A refused note, in the order the problems are answered: the form itself (its key), then the text, then the date. */
function noteError(error: z.ZodError): HandleError {
  const on = (field: string) => error.issues.find((i) => i.path[0] === field);
  if (on("submissionKey")) return "not_found";
  const body = on("body");
  if (body) return body.code === "too_big" ? "too_long" : "empty";
  return "invalid_date";
}
