/**
 * The conversation on a case between the applicant and the city: messages, requests to
 * complete the application (komplettering) and the answers. A request and its answer move the
 * case through the lifecycle; every message notifies the other side by e-mail.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { CaseEvent, TransitionRefusal } from "#src/domain/case/lifecycle.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { applyCaseEvent } from "./case-workflow.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import type { z } from "zod";
import type { CaseMessage, CaseMessageKind } from "./ports.ts";
import { caseMessageSchema } from "./schemas.ts";

/** The mail's words, from the catalogue (the route passes them); `caseLabel` is the case number, null while the case has none. */
export interface MessageMailText {
  subject(caseLabel: string | null): string;
  body(caseLabel: string | null, kind: CaseMessageKind, link: string): string;
}

export type PostMessageError = "not_found" | "empty" | "too_long" | TransitionRefusal;

export class CaseMessagesService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #publicUrl: string;
  readonly #nudgeMail: () => void;

  constructor(deps: { uow: UnitOfWork; clock: Clock; publicUrl: string; nudgeMail?: () => void }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#publicUrl = deps.publicUrl;
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
  }

  /** The thread, or undefined when the actor may not see the case. */
  async thread(actor: Actor, caseId: string): Promise<CaseMessage[] | undefined> {
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      return r.messages.forCase(caseId);
    });
  }

  /**
   * Posts a message. `kind` decides the step in the lifecycle: a request to complete (staff)
   * moves the case to "väntar på komplettering"; an answer (applicant) to "kompletterad".
   * The same submission key twice returns the first message: a double submit posts once.
   */
  async post(
    actor: Actor,
    input: { caseId: string } & z.input<typeof caseMessageSchema>,
    text: MessageMailText,
    meta: AuditMeta = {},
  ): Promise<Result<{ messageId: string }, PostMessageError>> {
    const parsed = caseMessageSchema.safeParse(input);
    if (!parsed.success) {
      // The text's problem is the writer's to mend; a kind or key no form sends finds nothing.
      const body = parsed.error.issues.find((issue) => issue.path[0] === "body");
      return fail(body ? (body.code === "too_big" ? "too_long" : "empty") : "not_found");
    }
    const args = { caseId: input.caseId, ...parsed.data };
    const body = args.body;
    const result = await this.#uow.transaction(async (r): Promise<Result<{ messageId: string }, PostMessageError>> => {
      const replay = await r.messages.findBySubmissionKey(args.submissionKey);
      if (replay) return replay.caseId === args.caseId ? ok({ messageId: replay.id }) : fail("not_found");
      const state = await r.cases.state(args.caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.read", record: state })) return fail("not_found");

      const allowed =
        args.kind === "meddelande"
          ? can(actor, { action: "case.message", record: state })
          : args.kind === "begaran_om_komplettering"
            ? can(actor, { action: "case.assess", record: state })
            : can(actor, { action: "case.answerCompletion", record: state });
      if (!allowed) return fail("not_found");

      const now = this.#clock.now();
      const event: CaseEvent | null = args.kind === "begaran_om_komplettering" ? "requestCompletion" : args.kind === "komplettering" ? "answerCompletion" : null;
      if (event) {
        const moved = await applyCaseEvent(r, { actor, caseId: args.caseId, event, facts: { hasMessage: true }, at: now, meta });
        if (!moved.ok) return moved;
      }
      const messageId = await r.messages.add({ caseId: args.caseId, authorUserId: actor.userId, kind: args.kind, body, submissionKey: args.submissionKey, at: now });
      await r.audit.append({
        actor,
        action: `case.message.${args.kind}`,
        entityType: "case",
        entityId: args.caseId,
        organisationId: state.applicantOrganisationId,
        after: { messageId, length: body.length },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });

      // Tell the other side: the applicant's message (or completion) goes to the case's contact
      // person, or, while none is assigned, to the committee's contact persons.
      const { applicantEmails, contactPersonEmail } = await r.messages.recipientsForCase(args.caseId);
      const recipients = actor.role === "aktor" ? (contactPersonEmail ? [contactPersonEmail] : await r.applications.contactPersonEmails(state.committeeId)) : applicantEmails;
      const label = state.caseNumber;
      const link = new URL(`arenden/${args.caseId}`, this.#publicUrl.endsWith("/") ? this.#publicUrl : `${this.#publicUrl}/`).toString();
      for (const to of recipients) {
        await r.outbox.enqueue({ to, subject: text.subject(label), text: text.body(label, args.kind, link), relatedEntity: `case:${args.caseId}`, at: now });
      }
      return ok({ messageId });
    });
    if (result.ok) this.#nudgeMail();
    return result;
  }
}
