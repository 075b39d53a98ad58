/**
 * Processes the city starts itself ("Staden kan också själv initiera en process", seed 002):
 * a contact person (or case officer) starts one for a committee they work for, with its title,
 * description, areas and start date. It is a case with no applicant organisation yet, that
 * enters the samarbetsfas at once through the phase event `stadsinitierad_start` (the rule:
 * src/domain/collaboration/process-phase.ts), with its phase history and audit entries, so it
 * has the same phases as any process and shows in the register and the case list as running.
 *
 * The contact person then invites actors into it: an organisation registered in Samverka (its
 * active users are each sent the invitation) or anyone by e-mail. The invitation is the one of
 * co-applicants (organisations' `sendInvitation`): a secret link only its recipient sees, and
 * accepting it makes the organisation a party of the process, so its users work in it
 * (`process.work`).
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { formatCaseNumber } from "#src/domain/case/case-number.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { mappingIsOpen } from "#src/domain/collaboration/actor-mapping.ts";
import { phaseChange } from "#src/domain/collaboration/process-phase.ts";
import { swedishDay, swedishYear } from "#src/domain/dates.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { sendInvitation, type InvitationMailText } from "../organisations/index.ts";
import type { AreaName, AuditMeta, Clock, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { RegisteredOrganisation } from "./actor-ports.ts";
import { cityProcessSchema, processInvitationSchema, type CityProcessInput, type ProcessInvitationInput } from "./actor-schemas.ts";

export interface CityInitiatedConfig {
  /** "samverka": the case gets the committee's next case number; "diarium": the registrar enters it. */
  caseNumberSource: "samverka" | "diarium";
  processTypeCode: string;
  publicUrl: string;
  invitationDays: number;
}

export interface InitiateOptions {
  processTypeName: { sv: string; en: string } | null;
  committees: Array<{ id: string; code: string; nameSv: string; nameEn: string }>;
  areas: AreaName[];
}

export type InitiateError = "not_allowed" | "invalid" | "no_process_type";
export type InviteToProcessError = "not_found" | "invalid" | "closed" | "not_city_initiated" | "no_users";

export interface ProcessPartiesView {
  caseId: string;
  title: string;
  phase: Phase;
  cityInitiated: boolean;
  parties: Array<{ organisationId: string; name: string }>;
  /** For the city's case staff of its committee: the invitations sent and what may be invited. */
  invitations: Array<{ id: string; organisationName: string; email: string; createdAt: Date; expiresAt: Date; acceptedAt: Date | null }> | null;
  mayInvite: boolean;
  organisations: RegisteredOrganisation[];
}

export class CityInitiatedProcesses {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #config: CityInitiatedConfig;
  readonly #nudgeMail: () => void;

  constructor(deps: { uow: UnitOfWork; clock: Clock; config: CityInitiatedConfig; nudgeMail?: () => void }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#config = deps.config;
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
  }

  /** Whether the actor may start a process at all (the menu and the case list's link). */
  mayInitiate(actor: Actor): boolean {
    return can(actor, { action: "process.initiate" });
  }

  /** What the start form offers: the committees the actor works for that run the process type, and the current areas. */
  async options(actor: Actor): Promise<InitiateOptions | undefined> {
    if (!this.mayInitiate(actor)) return undefined;
    return this.#uow.read(async (r) => {
      const today = swedishDay(this.#clock.now());
      const processType = await r.processTypes.current(this.#config.processTypeCode, today);
      const offering = processType ? await r.committee.committeesOffering(this.#config.processTypeCode) : [];
      return {
        processTypeName: processType?.definition.name ?? null,
        committees: offering.filter((c) => can(actor, { action: "process.initiate", record: { committeeId: c.id } })),
        areas: await r.areas.currentNames(today),
      };
    });
  }

  /** Starts the process: created, numbered, in its areas, and moved into the samarbetsfas; once per submission key. */
  async start(actor: Actor, input: CityProcessInput, meta: AuditMeta = {}): Promise<Result<{ caseId: string }, InitiateError>> {
    if (!this.mayInitiate(actor)) return fail("not_allowed");
    const parsed = cityProcessSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const data = parsed.data;
    if (!can(actor, { action: "process.initiate", record: { committeeId: data.committeeId } })) return fail("invalid", { committeeId: "initiate.error.committee" });
    const now = this.#clock.now();
    return this.#uow.transaction(async (r): Promise<Result<{ caseId: string }, InitiateError>> => {
      const today = swedishDay(now);
      const processType = await r.processTypes.current(this.#config.processTypeCode, today);
      if (!processType) return fail("no_process_type");
      const offering = await r.committee.committeesOffering(this.#config.processTypeCode);
      const committee = offering.find((c) => c.id === data.committeeId);
      if (!committee) return fail("invalid", { committeeId: "initiate.error.committee" });
      const areaIds = [...new Set(data.areaIds)];
      const current = new Set((await r.areas.currentNames(today)).map((a) => a.id));
      if (areaIds.some((id) => !isUuid(id) || !current.has(id))) return fail("invalid", { areaIds: "initiate.error.areas" });

      const caseNumber = this.#config.caseNumberSource === "samverka" ? formatCaseNumber(committee.code, swedishYear(now), await r.applications.nextCaseSequence(committee.id, committee.code, swedishYear(now))) : null;
      const created = await r.actors.createCityProcess({
        title: data.title,
        summary: data.description,
        committeeId: committee.id,
        processTypeId: processType.id,
        caseNumber,
        startedOn: data.startsOn,
        contactPersonId: actor.role === "kontaktperson" ? actor.userId : null,
        createdBy: actor.userId,
        submissionKey: data.submissionKey,
        at: now,
      });
      if (!created.created) {
        // The same form sent twice: the first process (its number given back with the transaction's end).
        if (created.createdBy !== actor.userId) return fail("invalid");
        throw new SameSubmission(created.caseId);
      }
      const caseId = created.caseId;
      await r.actors.setAreas(caseId, areaIds, now);
      const change = phaseChange({ phase: "initiering", applicationDecision: null, effortsDecision: null, cityInitiated: true }, "stadsinitierad_start");
      if (!change.ok) throw new Error(`a city-initiated process could not begin: ${change.error}`);
      await r.collaboration.recordPhaseChange(caseId, change.value, actor.userId, now);
      await r.audit.append({
        actor,
        action: "process.city_initiated",
        entityType: "case",
        entityId: caseId,
        organisationId: null,
        after: { title: data.title, committeeId: committee.id, areaIds, startsOn: data.startsOn, caseNumber, processType: `${processType.definition.code}@${processType.definition.version}` },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      await r.audit.append({
        actor,
        action: "process.phase.change",
        entityType: "case",
        entityId: caseId,
        organisationId: null,
        before: { phase: change.value.from },
        after: { phase: change.value.to, event: change.value.event, reason: null },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ caseId });
    }).catch((e: unknown) => {
      if (e instanceof SameSubmission) return ok({ caseId: e.caseId });
      throw e;
    });
  }

  /**
   * Whether an invitation's case is a process the city started (the invitation page words it so).
   * Asked only by the page that holds the invitation's valid token.
   */
  async isCityProcess(caseId: string): Promise<boolean> {
    if (!isUuid(caseId)) return false;
    return this.#uow.read((r) => r.actors.isCityInitiated(caseId));
  }

  /** The process's parties and (for its case staff) its invitations; for those who work in it. */
  async parties(actor: Actor, caseId: string): Promise<ProcessPartiesView | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "process.work", record: state })) return undefined;
      if (!["samarbete", "utforande", "resultat", "avslutad"].includes(state.phase)) return undefined;
      const cityInitiated = await r.actors.isCityInitiated(caseId);
      const staff = can(actor, { action: "process.invite", record: state });
      const mayInvite = staff && cityInitiated && mappingIsOpen(state.phase);
      const found = await r.cases.find(caseId);
      const invitations = staff ? (await r.outreach.invitationsForCase(caseId)).map((i) => ({ id: i.id, organisationName: i.organisationName, email: i.email, createdAt: i.createdAt, expiresAt: i.expiresAt, acceptedAt: i.acceptedAt })) : null;
      return {
        caseId,
        title: found?.title ?? "",
        phase: state.phase,
        cityInitiated,
        parties: (await r.outreach.parties(caseId)).map((p) => ({ organisationId: p.organisationId, name: p.name })),
        invitations,
        mayInvite,
        organisations: mayInvite ? await r.actors.organisations() : [],
      };
    });
  }

  /** Invites an organisation into the city's process: a registered one (each active user gets the link) or by e-mail. */
  async invite(actor: Actor, caseId: string, input: ProcessInvitationInput, text: InvitationMailText, meta: AuditMeta = {}): Promise<Result<{ sent: number }, InviteToProcessError>> {
    if (!isUuid(caseId)) return fail("not_found");
    const parsed = processInvitationSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const data = parsed.data;
    const now = this.#clock.now();
    const result = await this.#uow.transaction(async (r): Promise<Result<{ sent: number }, InviteToProcessError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "process.invite", record: state })) return fail("not_found");
      if (!(await r.actors.isCityInitiated(caseId))) return fail("not_city_initiated");
      if (!mappingIsOpen(state.phase)) return fail("closed");
      const caseTitle = (await r.cases.find(caseId))?.title ?? null;
      let to: Array<{ email: string; organisationName: string }>;
      let organisationId: string | null = null;
      if (data.intent === "registered") {
        const organisation = await r.actors.organisation(data.organisationId);
        if (!organisation) return fail("invalid", { organisationId: "invitep.error.organisation" });
        organisationId = organisation.id;
        to = (await r.actors.activeUserEmails(organisation.id)).slice(0, 20).map((email) => ({ email, organisationName: organisation.name }));
        if (to.length === 0) return fail("no_users", { organisationId: "invitep.error.no_users" });
      } else to = [{ email: data.email, organisationName: data.organisationName }];
      // An address with an invitation still waiting is not sent another (a double submit, or a
      // second click on the same organisation): its first link still works.
      const waiting = new Set((await r.outreach.invitationsForCase(caseId)).filter((i) => i.acceptedAt === null && i.expiresAt.getTime() > now.getTime()).map((i) => i.email.toLowerCase()));
      to = to.filter((one) => !waiting.has(one.email.toLowerCase()));
      if (to.length === 0) return ok({ sent: 0 });
      const ids: string[] = [];
      for (const one of to) {
        const { invitationId } = await sendInvitation(r, { inviter: actor, caseId, caseTitle, email: one.email, organisationName: one.organisationName, text, days: this.#config.invitationDays, publicUrl: this.#config.publicUrl, now });
        ids.push(invitationId);
      }
      await r.audit.append({
        actor,
        action: "invitation.process_created",
        entityType: "case",
        entityId: caseId,
        organisationId: null,
        after: { invitationIds: ids, organisationId, organisationName: to[0]!.organisationName, emails: to.map((t) => t.email) },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ sent: ids.length });
    });
    if (result.ok) this.#nudgeMail();
    return result;
  }
}

/** Rolls back a second start of the same form (its case number given back) and answers the first process. */
class SameSubmission extends Error {
  readonly caseId: string;
  constructor(caseId: string) {
    super("same submission");
    this.caseId = caseId;
  }
}
