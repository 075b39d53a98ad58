/**
 * The application (ansökan) from the applicant's side: a draft started once per submission key,
 * saved at every step (answers, the area's boundary, attachments), checked, and submitted once.
 * Submitting registers the case: it takes the committee's next case number in the same
 * transaction (unless the city's diarium numbers cases; then the registrar enters that number).
 * Every change is authorised per case, done in one transaction and audited.
 */
import { createHash } from "node:crypto";
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { missingAnswers, type Answers, type SubmittedForm } from "#src/domain/intake/answers.ts";
import { parseAreaGeoJson, toMultiPolygonGeoJson, type AreaGeometryError } from "#src/domain/intake/area-geometry.ts";
import { parseTypedCorners, type CornerSystem, type TypedCornerError } from "#src/domain/intake/typed-corners.ts";
import { attachmentFilename, checkAttachment, cleanFilename, type AttachmentRefusal } from "#src/domain/intake/attachment-policy.ts";
import { formatCaseNumber } from "#src/domain/case/case-number.ts";
import type { TransitionRefusal } from "#src/domain/case/lifecycle.ts";
import type { ApplicationFieldDefinition, ProcessTypeDefinition } from "#src/domain/process-type/definition.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { ApplicationRecord, AttachmentRecord, FileInspector } from "./ports.ts";
import { applyCaseEvent } from "../cases/index.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type { AreaName, Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import type { CaseState } from "../cases/index.ts";
import { isUuid } from "#src/domain/ids.ts";
import type { z } from "zod";
import { applicationStartSchema, diariumRegistrationSchema, readStepAnswers } from "./schemas.ts";
import { swedishDay, swedishYear } from "#src/domain/dates.ts";

export type CaseNumberSource = "samverka" | "diarium";

export interface ApplicationConfig {
  /** "samverka": Samverka numbers cases (TN-2026-00042); "diarium": the registrar enters the diarium's number. */
  caseNumberSource: CaseNumberSource;
  publicUrl: string;
  processTypeCode: string;
}

export interface SubmissionMailText {
  receiptSubject(label: string): string;
  receiptBody(args: { title: string; label: string; link: string }): string;
  staffSubject(label: string): string;
  staffBody(args: { title: string; label: string; organisation: string; link: string }): string;
}

/** What the applicant sent for the area on the area step. */
export interface AreaInput {
  /** The city areas ticked in the list. */
  areaIds: string[];
  /** A polygon drawn on the map (GeoJSON), applied only when `drawnChanged`. */
  drawn: string;
  drawnChanged: boolean;
  /** An uploaded GeoJSON file. */
  upload: { name: string; text: string } | null;
  /** Corners typed one a line, in WGS 84 or SWEREF 99 TM; applied when not blank. */
  typed?: { text: string; system: CornerSystem } | null;
  /** Remove the drawn or uploaded boundary. */
  clear: boolean;
}

export interface ApplicationView {
  application: ApplicationRecord;
  definition: ProcessTypeDefinition;
  attachments: AttachmentRecord[];
  missing: ApplicationFieldDefinition[];
  canEdit: boolean;
  canSubmit: boolean;
  parties: Array<{ organisationId: string; name: string; role: "huvudsokande" | "medsokande" }>;
  /** The city's goals: the active ones are offered, retired ones still name what an older application chose. */
  goals: Array<{ key: string; nameSv: string; nameEn: string; active: boolean }>;
}

/**
 * no_process_type: the process type has no version valid today; no_committee: no committee takes
 * applications of it yet (an administrator chooses which committees do); choose_committee:
 * several do, and the applicant has not chosen one of them.
 */
export type StartError = "not_allowed" | "invalid" | "no_process_type" | "no_committee" | "choose_committee";

export interface StartOptions {
  processTypeName: { sv: string; en: string } | null;
  committees: Array<{ id: string; code: string; nameSv: string; nameEn: string }>;
}
export type SaveError = "not_found" | "not_editable" | "invalid";
export type AreaError = AreaGeometryError | TypedCornerError | "invalid_geometry" | "unknown_area" | "file_unreadable";
export type AttachmentError = "not_found" | "not_editable" | AttachmentRefusal;
export type SubmitError = "not_found" | "not_allowed" | "incomplete" | TransitionRefusal;
export type RegisterError = "not_found" | "invalid" | "taken" | "not_submitted";



export class ApplicationService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #files: FileInspector;
  readonly #config: ApplicationConfig;
  readonly #nudgeMail: () => void;

  constructor(deps: { uow: UnitOfWork; clock: Clock; files: FileInspector; config: ApplicationConfig; nudgeMail?: () => void }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#files = deps.files;
    this.#config = deps.config;
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
  }

  get caseNumberSource(): CaseNumberSource {
    return this.#config.caseNumberSource;
  }

  /**
   * Starts a draft for the actor's organisation. The same submission key twice answers the
   * first draft, so a double click or a retried request makes one application.
   */
  /** What starting an application needs: the committees that take it (none, one, or several to choose from). */
  async startOptions(): Promise<StartOptions> {
    return this.#uow.read(async (r) => {
      const processType = await r.processTypes.current(this.#config.processTypeCode, swedishDay(this.#clock.now()));
      return { processTypeName: processType?.definition.name ?? null, committees: processType ? await r.committee.committeesOffering(this.#config.processTypeCode) : [] };
    });
  }

  async start(actor: Actor, input: z.input<typeof applicationStartSchema> & { fromContactRequest?: string }, meta: AuditMeta = {}): Promise<Result<{ caseId: string }, StartError>> {
    if (actor.role !== "aktor") return fail("not_allowed");
    const parsed = applicationStartSchema.safeParse(input);
    if (!parsed.success) return fail("invalid");
    const args = { ...parsed.data, fromContactRequest: input.fromContactRequest };
    if (args.fromContactRequest !== undefined && !isUuid(args.fromContactRequest)) return fail("not_allowed");
    const now = this.#clock.now();
    return this.#uow.transaction(async (r) => {
      // From a contact request: only for the organisation that accepted the city's invitation
      // to apply; the draft is prefilled from what the requester wrote, and a second start
      // answers the case already started.
      const seed = args.fromContactRequest ? await r.outreach.applicationSeed(args.fromContactRequest, actor.organisationId) : undefined;
      if (args.fromContactRequest && !seed) return fail("not_allowed");
      if (seed?.caseId) return ok({ caseId: seed.caseId });
      const seedTitle = seed ? (seed.areaText.split(/\r?\n/)[0] ?? "").trim().slice(0, 120) : "";
      const title = (args.title || seedTitle).slice(0, 300);
      const prefill: Answers = seed ? { area_description: seed.areaText.slice(0, 10_000), purpose: seed.message.slice(0, 10_000) } : {};
      const processType = await r.processTypes.current(this.#config.processTypeCode, swedishDay(now));
      if (!processType) return fail("no_process_type");
      const offering = await r.committee.committeesOffering(this.#config.processTypeCode);
      if (offering.length === 0) return fail("no_committee");
      // From a contact request, the committee the contact person who handled it works for.
      const handlerCommittees = seed?.handledBy ? ((await r.users.findActor(seed.handledBy))?.committeeIds ?? []) : [];
      const committeeId = offering.length === 1 ? offering[0]!.id : (offering.find((c) => c.id === args.committeeId) ?? offering.find((c) => handlerCommittees.includes(c.id)))?.id;
      if (!committeeId) return fail("choose_committee");
      const draft = await r.applications.createDraft({
        submissionKey: args.submissionKey,
        organisationId: actor.organisationId,
        committeeId,
        processTypeId: processType.id,
        createdBy: actor.userId,
        title: title || processType.definition.name.sv,
        answers: title ? { ...prefill, title } : prefill,
        at: now,
      });
      if (!draft.created) return draft.organisationId === actor.organisationId ? ok({ caseId: draft.caseId }) : fail("invalid");
      if (seed) {
        await r.outreach.linkContactRequestToCase(seed.contactRequestId, draft.caseId);
        // The case's contact person is, by default, the one who handled the contact request.
        if (seed.handledBy) await r.committee.setContactPerson(draft.caseId, seed.handledBy, now);
        await r.audit.append({
          actor,
          action: "contact_request.application_started",
          entityType: "contact_request",
          entityId: seed.contactRequestId,
          organisationId: actor.organisationId,
          after: { caseId: draft.caseId },
          ip: meta.ip ?? null,
          requestId: meta.requestId ?? null,
        });
      }
      await r.audit.append({
        actor,
        action: "application.started",
        entityType: "case",
        entityId: draft.caseId,
        organisationId: actor.organisationId,
        after: { status: "utkast", processType: `${processType.definition.code}@${processType.definition.version}`, title: title || null, ...(seed ? { contactRequestId: seed.contactRequestId, contactPersonId: seed.handledBy } : {}) },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ caseId: draft.caseId });
    });
  }

  /** Everything the form's pages show; undefined when the actor may not see the case. */
  async view(actor: Actor, caseId: string): Promise<ApplicationView | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      return this.#view(r, actor, state);
    });
  }

  async #view(r: Repositories, actor: Actor, state: CaseState): Promise<ApplicationView | undefined> {
    const application = await r.applications.find(state.id);
    if (!application || !state.processTypeId) return undefined;
    const processType = await r.processTypes.byId(state.processTypeId);
    if (!processType) return undefined;
    const definition = processType.definition;
    const parties = await r.outreach.parties(state.id);
    return {
      application,
      definition,
      // Names are shown as the rules say today, also those stored under older rules.
      attachments: (await r.applications.attachments(state.id)).map((f) => ({ ...f, filename: attachmentFilename(f.filename, f.mediaType) })),
      missing: missingAnswers(definition, application.answers, application.geometry !== null || application.areas.length > 0),
      canEdit: can(actor, { action: "application.edit", record: state }),
      canSubmit: can(actor, { action: "application.submit", record: state }),
      parties,
      goals: (await r.administration.cityGoals({ includeInactive: true })).map((g) => ({ key: g.key, nameSv: g.nameSv, nameEn: g.nameEn || g.nameSv, active: g.active })),
    };
  }

  /** The city's current areas, to choose from and to show on the map. */
  async areas(): Promise<AreaName[]> {
    return this.#uow.read((r) => r.areas.currentNames(swedishDay(this.#clock.now())));
  }

  async areaShapes(): Promise<Array<{ id: string; code: string; name: string; geometry: unknown }>> {
    return this.#uow.read((r) => r.areas.currentShapes(swedishDay(this.#clock.now())));
  }

  /**
   * Saves one step of the form. The answers are checked first; with any error nothing is
   * saved and the errors come back by field (in `detail`), so the form shows what to fix.
   */
  async saveStep(actor: Actor, caseId: string, step: string, form: SubmittedForm, area: AreaInput | null, meta: AuditMeta = {}): Promise<Result<{ next: string | null }, SaveError>> {
    if (!isUuid(caseId)) return fail("not_found");
    const now = this.#clock.now();
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.read", record: state })) return fail("not_found");
      if (!can(actor, { action: "application.edit", record: state })) return fail("not_editable");
      const view = await this.#view(r, actor, state);
      if (!view) return fail("not_found");
      const { definition, application } = view;
      const stepIndex = definition.applicationSteps.findIndex((s) => s.key === step);
      if (stepIndex < 0) return fail("not_found");

      const goals = await r.administration.cityGoals({ includeInactive: false });
      const read = readStepAnswers(definition.applicationFields.filter((f) => f.step === step), form, { goalKeys: new Set(goals.map((g) => g.key)) });
      const errors: Record<string, string> = read.ok ? {} : { ...read.errors };
      const hasAreaField = definition.applicationFields.some((f) => f.step === step && f.kind === "area");
      let areaChange: (() => Promise<Record<string, unknown>>) | null = null;
      if (hasAreaField && area) {
        const planned = await this.#planArea(r, caseId, application, area, now);
        if (!planned.ok) {
          // The typed corners' problems belong to their box ("area_corners"), the rest to the area.
          const field = planned.detail?.field ?? "area";
          errors[field] = planned.error;
          for (const [key, value] of Object.entries(planned.detail ?? {})) if (key !== "field" && value !== "") errors[`${field}_${key}`] = value;
        } else areaChange = planned.value;
      }
      if (!read.ok || Object.keys(errors).length > 0) return fail("invalid", errors);

      const answers: Answers = { ...application.answers, ...read.values };
      const titleValue = answers.title;
      const title = typeof titleValue === "string" && titleValue.trim() !== "" ? titleValue.trim() : application.title;
      await r.applications.saveAnswers(caseId, { answers, title, currentStep: step, at: now });
      const areaAudit = areaChange ? await areaChange() : null;
      await r.audit.append({
        actor,
        action: "application.saved",
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        after: { step, fields: Object.keys(read.values), ...(areaAudit ? { area: areaAudit } : {}) },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ next: definition.applicationSteps[stepIndex + 1]?.key ?? null });
    });
  }

  /** Works out what the area input changes, checking a boundary with PostGIS before anything is stored. */
  async #planArea(r: Repositories, caseId: string, application: ApplicationRecord, input: AreaInput, now: Date): Promise<Result<() => Promise<Record<string, unknown>>, AreaError>> {
    const typed = input.upload ? null : input.typed;
    if (typed && typed.text.trim() !== "") {
      // Typed corners: read here, then checked and stored as a drawn boundary is (the corners
      // are the applicant's own boundary; PostGIS moves SWEREF 99 TM to WGS 84).
      const parsed = parseTypedCorners(typed.text, typed.system);
      if (!parsed.ok) {
        const problem = parsed.problem ?? { code: parsed.error };
        return fail(problem.code, { field: "area_corners", line: problem.line ? String(problem.line) : "", text: problem.text ?? "", more: (problem.moreLines ?? []).join(", ") });
      }
      const geojson = toMultiPolygonGeoJson(parsed.value);
      const check = await r.applications.checkGeometry(geojson, parsed.value.srid);
      if (!check.valid) return fail("invalid_geometry", { field: "area_corners", reason: check.reason ?? "" });
      return ok(async () => {
        await r.applications.setAreaFromGeometry(caseId, { geojson, srid: parsed.value.srid, source: "drawn", fileName: null, at: now });
        return { source: "drawn", typed: typed.system, srid: parsed.value.srid, vertices: parsed.value.vertexCount, areaKm2: Math.round(check.areaKm2 * 1000) / 1000 };
      });
    }
    const geometryText = input.upload ? input.upload.text : input.drawnChanged ? input.drawn : "";
    if (input.upload || (input.drawnChanged && input.drawn.trim() !== "")) {
      const parsed = parseAreaGeoJson(geometryText);
      if (!parsed.ok) return parsed;
      const geojson = toMultiPolygonGeoJson(parsed.value);
      const check = await r.applications.checkGeometry(geojson, parsed.value.srid);
      if (!check.valid) return fail("invalid_geometry", { reason: check.reason ?? "" });
      const source = input.upload ? ("geojson" as const) : ("drawn" as const);
      const fileName = input.upload ? cleanFilename(input.upload.name) : null;
      return ok(async () => {
        await r.applications.setAreaFromGeometry(caseId, { geojson, srid: parsed.value.srid, source, fileName, at: now });
        return { source, srid: parsed.value.srid, vertices: parsed.value.vertexCount, areaKm2: Math.round(check.areaKm2 * 1000) / 1000 };
      });
    }
    const chosen = [...new Set(input.areaIds.filter((id) => id !== ""))];
    if (chosen.some((id) => !isUuid(id))) return fail("unknown_area");
    if (chosen.length > 0) {
      const current = new Set((await r.areas.currentNames(swedishDay(now))).map((a) => a.id));
      if (chosen.some((id) => !current.has(id))) return fail("unknown_area");
      const same = application.areaSource === "areas" && chosen.length === application.areas.length && application.areas.every((a) => chosen.includes(a.id));
      if (same && !input.clear && !(input.drawnChanged && input.drawn.trim() === "")) return ok(async () => ({ unchanged: true }));
      return ok(async () => {
        await r.applications.setAreaFromAreas(caseId, chosen, now);
        return { source: "areas", areaIds: chosen };
      });
    }
    // Nothing ticked: a list choice that was unticked, a removed drawing, or "remove" clear the boundary.
    const removedDrawing = input.drawnChanged && input.drawn.trim() === "";
    if (input.clear || removedDrawing || application.areaSource === "areas") {
      if (application.areaSource === null) return ok(async () => ({ unchanged: true }));
      return ok(async () => {
        await r.applications.clearArea(caseId, now);
        return { source: null };
      });
    }
    return ok(async () => ({ unchanged: true }));
  }

  /** Adds an attachment. Its type is read from the content; the same submission key twice adds one file. */
  async addAttachment(actor: Actor, caseId: string, file: { name: string; bytes: Uint8Array; submissionKey: string }, meta: AuditMeta = {}): Promise<Result<{ attachmentId: string }, AttachmentError>> {
    if (!isUuid(caseId) || !isUuid(file.submissionKey)) return fail("not_found");
    const detected = await this.#files.detectMediaType(file.bytes);
    const sha256 = createHash("sha256").update(file.bytes).digest("hex");
    const now = this.#clock.now();
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.read", record: state })) return fail("not_found");
      if (!can(actor, { action: "application.edit", record: state })) return fail("not_editable");
      const existing = await r.applications.attachments(caseId);
      const checked = checkAttachment({ sizeBytes: file.bytes.byteLength, detectedType: detected, existingCount: existing.length });
      if (!checked.ok) return checked;
      // Shown and offered without invisible or bidi characters, with the extension of its real type.
      const filename = attachmentFilename(file.name, checked.value);
      const saved = await r.applications.addAttachment({ caseId, uploadedBy: actor.userId, filename, mediaType: checked.value, bytes: file.bytes, sha256, purpose: "ansokan", submissionKey: file.submissionKey, at: now });
      if (saved.created)
        await r.audit.append({
          actor,
          action: "attachment.added",
          entityType: "case",
          entityId: caseId,
          organisationId: state.applicantOrganisationId,
          after: { attachmentId: saved.id, filename, mediaType: checked.value, sizeBytes: file.bytes.byteLength, sha256 },
          ip: meta.ip ?? null,
          requestId: meta.requestId ?? null,
        });
      return ok({ attachmentId: saved.id });
    });
  }

  async removeAttachment(actor: Actor, caseId: string, attachmentId: string, meta: AuditMeta = {}): Promise<Result<void, "not_found" | "not_editable">> {
    if (!isUuid(caseId) || !isUuid(attachmentId)) return fail("not_found");
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.read", record: state })) return fail("not_found");
      if (!can(actor, { action: "application.edit", record: state })) return fail("not_editable");
      const removed = await r.applications.removeAttachment(caseId, attachmentId);
      // An id that was never this case's (another case's file, or none) is not found.
      if (!removed && !(await wasRemovedFrom(r, caseId, attachmentId))) return fail("not_found");
      // Removing twice (a double click) is not an error: the file is gone either way.
      if (removed)
        await r.audit.append({
          actor,
          action: "attachment.removed",
          entityType: "case",
          entityId: caseId,
          organisationId: state.applicantOrganisationId,
          before: { attachmentId, filename: removed.filename, mediaType: removed.mediaType, sizeBytes: removed.sizeBytes },
          ip: meta.ip ?? null,
          requestId: meta.requestId ?? null,
        });
      return ok(undefined);
    });
  }

  /** An attachment's content for download, for those who may read the case. */
  async attachment(actor: Actor, caseId: string, attachmentId: string): Promise<{ filename: string; mediaType: string; bytes: Uint8Array } | undefined> {
    if (!isUuid(caseId) || !isUuid(attachmentId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      const file = await r.applications.attachmentContent(caseId, attachmentId);
      return file && { ...file, filename: attachmentFilename(file.filename, file.mediaType) };
    });
  }

  /**
   * Submits the application: checks every required answer, moves the draft to "inskickat",
   * gives it its case number and sends a receipt. Submitting an application that is already
   * submitted answers its number again (a retry after a lost response changes nothing).
   */
  async submit(actor: Actor, caseId: string, text: SubmissionMailText, meta: AuditMeta = {}): Promise<Result<{ caseNumber: string | null; alreadySubmitted: boolean }, SubmitError>> {
    if (!isUuid(caseId)) return fail("not_found");
    const now = this.#clock.now();
    const result = await this.#uow.transaction(async (r): Promise<Result<{ caseNumber: string | null; alreadySubmitted: boolean }, SubmitError>> => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.read", record: state })) return fail("not_found");
      if (state.status !== "utkast") return ok({ caseNumber: state.caseNumber, alreadySubmitted: true });
      if (!can(actor, { action: "application.submit", record: state })) return fail("not_allowed");
      const view = await this.#view(r, actor, state);
      if (!view) return fail("not_found");
      if (view.missing.length > 0) return fail("incomplete", Object.fromEntries(view.missing.map((f) => [f.key, "missing"])));

      let caseNumber: string | null = null;
      if (this.#config.caseNumberSource === "samverka") {
        const year = swedishYear(now);
        const sequence = await r.applications.nextCaseSequence(state.committeeId, state.committeeCode, year);
        caseNumber = formatCaseNumber(state.committeeCode, year, sequence);
      }
      const moved = await applyCaseEvent(r, { actor, caseId, event: "submit", facts: { applicationComplete: true }, at: now, meta, details: { caseNumber, caseNumberSource: this.#config.caseNumberSource } });
      if (!moved.ok) return moved;
      const answers = view.application.answers;
      const title = typeof answers.title === "string" && answers.title.trim() ? answers.title.trim() : view.application.title;
      const summary = typeof answers.purpose === "string" ? answers.purpose.trim().slice(0, 1_000) : "";
      // The register of local processes reads the case's themes from the city goals it serves.
      const chosen = new Set(Array.isArray(answers.city_goals) ? (answers.city_goals as string[]) : []);
      const goals = await r.administration.cityGoals({ includeInactive: true });
      const themes = [...new Set(goals.filter((g) => chosen.has(g.key)).flatMap((g) => g.themes))].sort();
      await r.applications.markSubmitted(caseId, { caseNumber, title, summary, themes, at: now });

      const label = caseNumber ?? title;
      const link = `${this.#config.publicUrl}/arenden/${caseId}`;
      const { applicantEmails, contactPersonEmail } = await r.messages.recipientsForCase(caseId);
      for (const to of applicantEmails) await r.outbox.enqueue({ to, subject: text.receiptSubject(label), text: text.receiptBody({ title, label, link }), relatedEntity: `case:${caseId}`, at: now });
      // The case's contact person (from the contact request), else the committee's contact persons.
      for (const to of contactPersonEmail ? [contactPersonEmail] : await r.applications.contactPersonEmails(state.committeeId))
        await r.outbox.enqueue({ to, subject: text.staffSubject(label), text: text.staffBody({ title, label, organisation: view.application.applicantOrganisationName ?? "", link }), relatedEntity: `case:${caseId}`, at: now });
      return ok({ caseNumber, alreadySubmitted: false });
    });
    if (result.ok && !result.value.alreadySubmitted) this.#nudgeMail();
    return result;
  }

  /**
   * The registrar enters the case's number in the city's diarium (Platina). When the diarium
   * numbers cases, that number becomes the case number; otherwise it is kept as the link.
   */
  async registerDiariumNumber(actor: Actor, caseId: string, number: string, meta: AuditMeta = {}): Promise<Result<{ diariumNumber: string }, RegisterError>> {
    if (!isUuid(caseId)) return fail("not_found");
    const read = diariumRegistrationSchema.safeParse({ diariumNumber: number });
    if (!read.success) return fail("invalid");
    const { diariumNumber } = read.data;
    const now = this.#clock.now();
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.register", record: state })) return fail("not_found");
      if (state.status === "utkast") return fail("not_submitted");
      const before = await r.applications.find(caseId);
      if (before?.diariumNumber === diariumNumber) return ok({ diariumNumber });
      const asCaseNumber = this.#config.caseNumberSource === "diarium" && (state.caseNumber === null || state.caseNumber === before?.diariumNumber);
      const saved = await r.applications.setDiariumNumber(caseId, diariumNumber, asCaseNumber, now);
      if (saved === "taken") {
        const other = await r.applications.caseIdByDiariumNumber(diariumNumber);
        return fail("taken", other ? { caseId: other } : undefined);
      }
      await r.audit.append({
        actor,
        action: "case.diarium_registered",
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        before: { diariumNumber: before?.diariumNumber ?? null, caseNumber: state.caseNumber },
        after: { diariumNumber, caseNumber: asCaseNumber ? diariumNumber : state.caseNumber },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ diariumNumber });
    });
  }

  /** The registration page (/handlaggning/:id/registrering): the case's numbers, for whom the access policy lets register it. */
  async registrationView(actor: Actor, caseId: string): Promise<{ caseId: string; title: string; caseNumber: string | null; diariumNumber: string | null; status: ApplicationRecord["status"]; source: CaseNumberSource } | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.register", record: state })) return undefined;
      const a = await r.applications.find(caseId);
      if (!a) return undefined;
      return { caseId: a.caseId, title: a.title, caseNumber: a.caseNumber, diariumNumber: a.diariumNumber, status: a.status, source: this.#config.caseNumberSource };
    });
  }
}

/** Whether the attachment was this case's and has been removed (its removal is in the case's audit trail). */
async function wasRemovedFrom(r: Repositories, caseId: string, attachmentId: string): Promise<boolean> {
  const trail = await r.audit.forEntity("case", caseId);
  return trail.some((e) => e.action === "attachment.removed" && (e.before as { attachmentId?: unknown } | null)?.attachmentId === attachmentId);
}
