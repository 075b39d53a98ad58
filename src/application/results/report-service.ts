/**
 * The resultatfas (issue 12; seed 002 "Resultatfas"): the group's result and effect report, the
 * indicators of the area index the process follows, the association's reports, and the contact
 * person's approval that closes the process. The rules are the domain's
 * (src/domain/results/); this use case gathers the facts, checks who may act (`process.work`
 * for the group's writing, `process.phase` for the contact person's approval), and records each
 * change with the audit log in one transaction.
 */
import { createHash } from "node:crypto";
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { indicatorsOf, validateIndexConfig } from "#src/domain/area-index/config.ts";
import { APPLICATION_DECISION_POINT, EFFORTS_DECISION_POINT, type DecisionOutcome } from "#src/domain/case/decision.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { swedishYear } from "#src/domain/dates.ts";
import { suppressCells, type ShownCell } from "#src/domain/dialogue/participation.ts";
import { isUuid } from "#src/domain/ids.ts";
import { attachmentFilename, checkAttachment, type AttachmentRefusal } from "#src/domain/intake/attachment-policy.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { indicatorChange, type IndicatorChange, type Polarity } from "#src/domain/results/indicator-change.ts";
import { emptyAnswers, LESSONS_QUESTION, mayEditReport, reportStep, RESULT_QUESTIONS, unanswered, type ReportRefusal, type ReportStatus, type ResultQuestion } from "#src/domain/results/report.ts";
import { isStaff } from "#src/domain/roles.ts";
import { PhaseService, type PhaseChangeError } from "../collaboration/index.ts";
import type { FileInspector } from "../intake/index.ts";
import type { AuditMeta, Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { AssociationReportKind, AssociationReportRecord } from "./ports.ts";
import type { PlainDocument, PlainDocumentRenderer } from "./yearly-report.ts";
import { associationReportSchema, indicatorChoiceSchema, reportAnswersSchema, reportReturnSchema, type ReportAnswersInput } from "./schemas.ts";

/** The report's mail, worded by the caller from the catalogue (src/web/app/routes/results/mail-text.ts). */
export type ReportMailText = (m: { event: "sent" | "returned" | "approved"; title: string; caseNumber: string | null; link: string; name: string; reason: string | null }) => { subject: string; text: string };

export type ResultError = "not_found" | "invalid" | ReportRefusal | Exclude<PhaseChangeError, "not_found" | "invalid">;

/** The phases in which a process has a result page (a process, from its samarbetsfas on). */
const PROCESS_PHASES: readonly Phase[] = ["samarbete", "utforande", "resultat", "avslutad"];
/** The phases in which a process may still change what it follows and what it reports. */
const WORKING_PHASES: readonly Phase[] = ["samarbete", "utforande", "resultat"];

/** What the system already knows, to prefill the report and to show beside it. */
export interface ReportFacts {
  applicationDecision: { decidedOn: string; outcome: DecisionOutcome; grantedAmountSek: number | null } | null;
  effortsDecision: { decidedOn: string; outcome: DecisionOutcome } | null;
  /** The approved efforts: the execution plan, with the city's contribution. */
  efforts: Array<{ title: string; responsible: string; startsOn: string; endsOn: string; approvedCitySek: number }>;
  approvedCitySek: number;
  /** The city's payments made (utbetalningar); null while the payments are not connected. */
  paidSek: number | null;
  /** The dialogue activities held, with their participation (small counts suppressed). */
  activities: Array<{ title: string; activityType: string; startsAt: Date; total: number | null; targetGroups: string[]; participation: Array<{ dimension: string; cells: ShownCell[] }> }>;
  /** The actors of the process's mapping; null for readers outside the group and its case staff. */
  actors: Array<{ name: string; type: string; role: string }> | null;
}

export interface ResultReportView {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: Phase;
  /** False until someone saves the report for the first time (the page then prefills from the facts). */
  begun: boolean;
  status: ReportStatus;
  answers: Record<ResultQuestion, string>;
  returnedReason: string | null;
  sentAt: Date | null;
  approvedAt: Date | null;
  approvedByName: string | null;
  facts: ReportFacts;
  may: {
    /** Write and save the answers (the group and the case staff, an utkast in the resultatfas). */
    edit: boolean;
    /** Send it to the contact person. */
    send: boolean;
    /** Send it back or approve it, closing the process (the case staff of its committee, a sent report). */
    review: boolean;
  };
}

export interface IndicatorsView {
  caseId: string;
  title: string;
  phase: Phase;
  /** The indicators of the active index configuration that may be chosen. */
  available: Array<{ key: string; name: { sv: string; en: string }; unit: string }>;
  chosen: Array<{
    key: string;
    name: { sv: string; en: string } | null;
    unit: string;
    chosenAt: Date;
    startYear: number;
    areas: Array<{ code: string; name: string; change: IndicatorChange }>;
  }>;
  areaCount: number;
  may: { choose: boolean };
}

export interface AssociationReportsView {
  caseId: string;
  title: string;
  phase: Phase;
  reports: AssociationReportRecord[];
  may: { upload: boolean; download: boolean };
}

export type AssociationUploadError = "not_found" | "invalid" | "closed" | AttachmentRefusal;

/** Files an association report may be: a document, not an image. */
const DOCUMENT_TYPES = new Set(["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.oasis.opendocument.text"]);
/** At most this many files per process (each year's two, with corrections, over a long process). */
export const MAX_ASSOCIATION_REPORTS = 60;

const answersOf = (input: { answer_1: string; answer_2: string; answer_3: string; answer_4: string; answer_5: string; answer_6: string; answer_7: string }): Record<ResultQuestion, string> => ({
  1: input.answer_1,
  2: input.answer_2,
  3: input.answer_3,
  4: input.answer_4,
  5: input.answer_5,
  6: input.answer_6,
  7: input.answer_7,
});

export class ResultService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #files: FileInspector;
  readonly #documents: PlainDocumentRenderer | null;
  readonly #mail: { text: ReportMailText; publicUrl: string; nudge: () => void } | null;

  constructor(deps: { uow: UnitOfWork; clock: Clock; files: FileInspector; documents?: PlainDocumentRenderer; mail?: { text: ReportMailText; publicUrl: string; nudge?: () => void } }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#files = deps.files;
    this.#documents = deps.documents ?? null;
    this.#mail = deps.mail ? { text: deps.mail.text, publicUrl: deps.mail.publicUrl.replace(/\/$/, ""), nudge: deps.mail.nudge ?? (() => {}) } : null;
  }

  /** Tells the other side: the reviewers when the report is sent, the group when it is sent back or approved. */
  async #tell(r: Repositories, caseId: string, event: "sent" | "returned" | "approved", reason: string | null, at: Date): Promise<boolean> {
    if (!this.#mail) return false;
    const found = await r.cases.find(caseId);
    const recipients = event === "sent" ? await r.results.reviewRecipients(caseId) : await r.results.groupRecipients([caseId]);
    const link = `${this.#mail.publicUrl}/arenden/${caseId}/process/resultat`;
    for (const to of recipients) {
      const m = this.#mail.text({ event, title: found?.title ?? "", caseNumber: found?.caseNumber ?? null, link, name: to.name, reason });
      await r.outbox.enqueue({ to: to.email, subject: m.subject, text: m.text, relatedEntity: `case:${caseId}`, at });
    }
    return recipients.length > 0;
  }

  /**
   * The report as a document (DOCX or PDF), for those who may read it, once it is in the
   * resultatfas or closed: the caller words it (`word`) from the view, in the city's language.
   */
  async reportFile(actor: Actor, caseId: string, format: "docx" | "pdf", word: (view: ResultReportView, madeOn: Date) => PlainDocument): Promise<{ bytes: Uint8Array; filename: string } | undefined> {
    const view = await this.view(actor, caseId);
    if (!view || !this.#documents || (view.phase !== "resultat" && view.phase !== "avslutad")) return undefined;
    const doc = word(view, this.#clock.now());
    const bytes = format === "docx" ? await this.#documents.docx(doc) : await this.#documents.pdf(doc);
    const label = (view.caseNumber ?? view.caseId.slice(0, 8)).replace(/[^A-Za-z0-9_-]/g, "");
    return { bytes, filename: `Resultatrapport-${label}.${format}` };
  }

  /** The report as its page shows it, for those who may read the case; undefined otherwise or before the samarbetsfas. */
  async view(actor: Actor, caseId: string): Promise<ResultReportView | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state }) || !PROCESS_PHASES.includes(state.phase)) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const report = await r.results.report(caseId);
      const status = report?.status ?? "utkast";
      const answers = report?.answers ?? emptyAnswers();
      const work = can(actor, { action: "process.work", record: state });
      const review = can(actor, { action: "process.phase", record: state });
      return {
        caseId,
        title: found.title,
        caseNumber: state.caseNumber,
        phase: state.phase,
        begun: report !== undefined,
        status,
        answers,
        returnedReason: report?.returnedReason ?? null,
        sentAt: report?.sentAt ?? null,
        approvedAt: report?.approvedAt ?? null,
        approvedByName: report?.approvedByName ?? null,
        // The actor mapping is the group's and its case staff's (decision 0022): others see no actors.
        facts: await reportFacts(r, caseId, { actors: work }),
        may: {
          edit: work && mayEditReport(state.phase, status),
          send: work && mayEditReport(state.phase, status),
          review: review && reportStep({ phase: state.phase, status, answers }, "approve").ok,
        },
      };
    });
  }

  /** Saves the answers as they are (blank ones too): nothing typed is lost. */
  async save(actor: Actor, caseId: string, input: ReportAnswersInput, meta: AuditMeta = {}): Promise<Result<{ status: ReportStatus }, ResultError>> {
    const parsed = reportAnswersSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#write<{ status: ReportStatus }>(actor, caseId, "process.work", meta, async (r, state, report, at) => {
      const step = reportStep({ phase: state.phase, status: report.status, answers: report.answers }, "save");
      if (!step.ok) return step;
      const answers = answersOf(parsed.data);
      await r.results.saveAnswers(caseId, answers, actor.userId, at);
      const changed = RESULT_QUESTIONS.filter((q) => answers[q] !== report.answers[q]);
      return ok({ status: step.value, audit: changed.length ? { action: "results.report.save", after: { changed } } : null });
    });
  }

  /**
   * Saves the answers and sends the report to the contact person. When an answer is missing the
   * answers are still saved, and the refusal says which are missing.
   */
  async send(actor: Actor, caseId: string, input: ReportAnswersInput, meta: AuditMeta = {}): Promise<Result<{ status: ReportStatus }, ResultError>> {
    const parsed = reportAnswersSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#write<{ status: ReportStatus }>(actor, caseId, "process.work", meta, async (r, state, report, at) => {
      if (report.status === "inskickad") return ok({ status: report.status as ReportStatus, audit: null });
      const answers = answersOf(parsed.data);
      const saved = reportStep({ phase: state.phase, status: report.status, answers }, "save");
      if (!saved.ok) return saved;
      await r.results.saveAnswers(caseId, answers, actor.userId, at);
      const missing = unanswered(answers);
      if (missing.length) return fail("answers_missing", Object.fromEntries(missing.map((q) => [`answer_${q}`, "results.error.answerMissing"])));
      const step = reportStep({ phase: state.phase, status: report.status, answers }, "send");
      if (!step.ok) return step;
      await r.results.setStatus(caseId, step.value, at, { by: actor.userId });
      await this.#tell(r, caseId, "sent", null, at);
      return ok({ status: step.value, audit: { action: "results.report.send", after: { status: step.value } } });
    });
  }

  /** The contact person sends the report back to the group, saying why. */
  async returnToGroup(actor: Actor, caseId: string, input: { reason: string }, meta: AuditMeta = {}): Promise<Result<{ status: ReportStatus }, ResultError>> {
    const parsed = reportReturnSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#write<{ status: ReportStatus }>(actor, caseId, "process.phase", meta, async (r, state, report, at) => {
      const step = reportStep({ phase: state.phase, status: report.status, answers: report.answers }, "return", parsed.data.reason);
      if (!step.ok) return step;
      await r.results.setStatus(caseId, step.value, at, { by: actor.userId, returnedReason: parsed.data.reason });
      await this.#tell(r, caseId, "returned", parsed.data.reason, at);
      return ok({ status: step.value, audit: { action: "results.report.return", after: { reason: parsed.data.reason } } });
    });
  }

  /**
   * The contact person approves the report: the answer on lessons learned goes to the library of
   * lessons, and the process closes (`avslutas`, through the phase machinery) in the same
   * transaction; from then on it is read-only with its whole history.
   */
  async approve(actor: Actor, caseId: string, meta: AuditMeta = {}): Promise<Result<{ status: ReportStatus }, ResultError>> {
    return this.#write<{ status: ReportStatus }>(actor, caseId, "process.phase", meta, async (r, state, report, at) => {
      const step = reportStep({ phase: state.phase, status: report.status, answers: report.answers }, "approve");
      if (!step.ok) return step;
      await r.results.setStatus(caseId, step.value, at, { by: actor.userId });
      const found = await r.cases.find(caseId);
      const lesson = report.answers[LESSONS_QUESTION].trim();
      const lessonId = lesson ? await r.lessons.add({ caseId, source: "resultatrapport", title: (found?.title ?? state.caseNumber ?? caseId).slice(0, 200), body: lesson.slice(0, 20_000), phase: state.phase, createdBy: actor.userId }) : null;
      const closed = await PhaseService.changeWithin(r, actor, caseId, "avslutas", null, at, meta);
      if (!closed.ok) throw new Error(`closing an approved process failed: ${closed.error}`);
      await this.#tell(r, caseId, "approved", null, at);
      return ok({ status: step.value, audit: { action: "results.report.approve", after: { lessonId, phase: closed.value.phase } } });
    });
  }

  // ---- the indicators the process follows ----

  async indicators(actor: Actor, caseId: string): Promise<IndicatorsView | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state }) || !PROCESS_PHASES.includes(state.phase)) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const configured = await configuredIndicators(r);
      const chosen = await r.results.indicators(caseId);
      const areas = await r.results.areas(caseId);
      const values = chosen.length && areas.length ? await r.results.indicatorValues(areas.map((a) => a.code), chosen.map((c) => c.key)) : [];
      const plan = await r.proposals.proposal(caseId);
      const firstEffortYear = Math.min(...(plan?.efforts.filter((e) => e.approved).map((e) => Number(e.startsOn.slice(0, 4))) ?? []));
      const byKey = new Map(configured.map((c) => [c.key, c]));
      return {
        caseId,
        title: found.title,
        phase: state.phase,
        available: configured.filter((c) => !chosen.some((x) => x.key === c.key)).map((c) => ({ key: c.key, name: c.name, unit: c.unit })),
        chosen: chosen.map((c) => {
          const config = byKey.get(c.key);
          const startYear = Math.min(swedishYear(c.chosenAt), Number.isFinite(firstEffortYear) ? firstEffortYear : Infinity);
          return {
            key: c.key,
            name: config?.name ?? null,
            unit: config?.unit ?? "",
            chosenAt: c.chosenAt,
            startYear,
            areas: areas.map((a) => ({
              code: a.code,
              name: a.name,
              change: indicatorChange(
                values.filter((v) => v.area === a.code && v.indicator === c.key),
                startYear,
                config ? config.direction : null,
              ),
            })),
          };
        }),
        areaCount: areas.length,
        may: { choose: can(actor, { action: "process.work", record: state }) && WORKING_PHASES.includes(state.phase) },
      };
    });
  }

  async chooseIndicator(actor: Actor, caseId: string, input: { indicator: string }, meta: AuditMeta = {}): Promise<Result<{ key: string }, ResultError | "closed">> {
    const parsed = indicatorChoiceSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const key = parsed.data.indicator;
    return this.#indicatorChange(actor, caseId, meta, async (r, at) => {
      if (!(await configuredIndicators(r)).some((c) => c.key === key)) return fail("invalid", { indicator: "results.error.indicator" });
      const added = await r.results.chooseIndicator(caseId, key, actor.userId, at);
      return ok({ key, audit: added ? { action: "results.indicator.choose", after: { indicator: key } } : null });
    });
  }

  async removeIndicator(actor: Actor, caseId: string, input: { indicator: string }, meta: AuditMeta = {}): Promise<Result<{ key: string }, ResultError | "closed">> {
    const parsed = indicatorChoiceSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const key = parsed.data.indicator;
    return this.#indicatorChange(actor, caseId, meta, async (r) => {
      const removed = await r.results.removeIndicator(caseId, key);
      return ok({ key, audit: removed ? { action: "results.indicator.remove", before: { indicator: key } } : null });
    });
  }

  // ---- the association's annual report and financial statement ----

  async associationReports(actor: Actor, caseId: string): Promise<AssociationReportsView | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state }) || !PROCESS_PHASES.includes(state.phase)) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const work = can(actor, { action: "process.work", record: state });
      return {
        caseId,
        title: found.title,
        phase: state.phase,
        reports: (await r.results.associationReports(caseId)).map((f) => ({ ...f, filename: attachmentFilename(f.filename, f.mediaType) })),
        may: { upload: work && WORKING_PHASES.includes(state.phase), download: work || isStaff(actor.role) },
      };
    });
  }

  /** Uploads a report of the association; its type is read from the content; the same submission key twice adds one file. */
  async uploadAssociationReport(actor: Actor, caseId: string, input: { year: unknown; kind: unknown; submissionKey: unknown }, file: { name: string; bytes: Uint8Array }, meta: AuditMeta = {}): Promise<Result<{ reportId: string }, AssociationUploadError>> {
    if (!isUuid(caseId)) return fail("not_found");
    const parsed = associationReportSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const detected = await this.#files.detectMediaType(file.bytes);
    const sha256 = createHash("sha256").update(file.bytes).digest("hex");
    const at = this.#clock.now();
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "process.work", record: state })) return fail("not_found");
      if (!WORKING_PHASES.includes(state.phase)) return fail("closed");
      const existing = await r.results.associationReports(caseId);
      const checked = checkAttachment({ sizeBytes: file.bytes.byteLength, detectedType: detected, existingCount: existing.length >= MAX_ASSOCIATION_REPORTS ? Infinity : 0 });
      if (!checked.ok) return checked;
      if (!DOCUMENT_TYPES.has(checked.value)) return fail("type_not_allowed");
      const filename = attachmentFilename(file.name, checked.value);
      const saved = await r.results.addAssociationReport({ caseId, year: parsed.data.year, kind: parsed.data.kind, filename, mediaType: checked.value, bytes: file.bytes, sha256, by: actor.userId, at, submissionKey: parsed.data.submissionKey });
      if (saved.caseId !== caseId) return fail("invalid");
      if (saved.created)
        await r.audit.append({
          actor,
          action: "results.association.upload",
          entityType: "case",
          entityId: caseId,
          organisationId: state.applicantOrganisationId,
          after: { reportId: saved.id, year: parsed.data.year, kind: parsed.data.kind, filename, mediaType: checked.value, sizeBytes: file.bytes.byteLength, sha256 },
          ip: meta.ip ?? null,
          requestId: meta.requestId ?? null,
        });
      return ok({ reportId: saved.id });
    });
  }

  /** A report's content for download: the group and the city's staff. */
  async associationReport(actor: Actor, caseId: string, reportId: string): Promise<{ filename: string; mediaType: string; bytes: Uint8Array } | undefined> {
    if (!isUuid(caseId) || !isUuid(reportId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      if (!can(actor, { action: "process.work", record: state }) && !isStaff(actor.role)) return undefined;
      const file = await r.results.associationReportContent(caseId, reportId);
      return file && { ...file, filename: attachmentFilename(file.filename, file.mediaType) };
    });
  }

  async #indicatorChange<T>(
    actor: Actor,
    caseId: string,
    meta: AuditMeta,
    work: (r: Repositories, at: Date) => Promise<Result<T & { audit: { action: string; before?: unknown; after?: unknown } | null }, ResultError>>,
  ): Promise<Result<T, ResultError | "closed">> {
    if (!isUuid(caseId)) return fail("not_found");
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "process.work", record: state }) || !PROCESS_PHASES.includes(state.phase)) return fail("not_found");
      if (!WORKING_PHASES.includes(state.phase)) return fail("closed");
      const done = await work(r, this.#clock.now());
      if (!done.ok) return done;
      const { audit, ...value } = done.value;
      if (audit) await r.audit.append({ actor, action: audit.action, entityType: "case", entityId: caseId, organisationId: state.applicantOrganisationId, before: audit.before, after: audit.after, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok(value as unknown as T);
    });
  }

  async #write<T>(
    actor: Actor,
    caseId: string,
    permission: "process.work" | "process.phase",
    meta: AuditMeta,
    work: (r: Repositories, state: { phase: Phase; caseNumber: string | null }, report: { status: ReportStatus; answers: Record<ResultQuestion, string> }, at: Date) => Promise<Result<T & { audit: { action: string; after: unknown } | null }, ResultError>>,
  ): Promise<Result<T, ResultError>> {
    if (!isUuid(caseId)) return fail("not_found");
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: permission, record: state }) || !PROCESS_PHASES.includes(state.phase)) return fail("not_found");
      if (state.phase !== "resultat") return fail("not_in_resultat");
      const at = this.#clock.now();
      const report = await r.results.lockOrBegin(caseId, at);
      const done = await work(r, state, report, at);
      if (!done.ok) return done;
      const { audit, ...value } = done.value;
      if (audit) await r.audit.append({ actor, action: audit.action, entityType: "case", entityId: caseId, organisationId: state.applicantOrganisationId, after: audit.after, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok(value as unknown as T);
    }).then((result) => {
      // Mail written in the transaction goes out now rather than at the next delivery round.
      if (result.ok) this.#mail?.nudge();
      return result;
    });
  }
}

/** The active index configuration's indicators (none when there is no valid active configuration). */
async function configuredIndicators(r: Repositories): Promise<Array<{ key: string; name: { sv: string; en: string }; unit: string; direction: Polarity }>> {
  const active = await r.index.activeConfiguration();
  if (!active) return [];
  const checked = validateIndexConfig(active.definition);
  if (!checked.ok) return [];
  return indicatorsOf(checked.value).map((i) => ({ key: i.key, name: i.name, unit: i.unit, direction: i.direction }));
}

/** What the system knows about the process, for the report (a fixed number of queries). */
export async function reportFacts(r: Repositories, caseId: string, opts: { actors: boolean }): Promise<ReportFacts> {
  const first = await r.committee.decision(caseId, APPLICATION_DECISION_POINT);
  const second = await r.committee.decision(caseId, EFFORTS_DECISION_POINT);
  const plan = await r.proposals.proposal(caseId);
  const efforts = (plan?.efforts ?? []).filter((e) => e.approved).map((e) => ({ title: e.title, responsible: e.responsible, startsOn: e.startsOn, endsOn: e.endsOn, approvedCitySek: e.approvedCitySek ?? 0 }));
  const activities = await r.activities.list(caseId);
  const actors = opts.actors ? await r.actors.list(caseId) : null;
  return {
    applicationDecision: first ? { decidedOn: first.decidedOn, outcome: first.outcome, grantedAmountSek: first.grantedAmountSek } : null,
    effortsDecision: second ? { decidedOn: second.decidedOn, outcome: second.outcome } : null,
    efforts,
    approvedCitySek: efforts.reduce((s, e) => s + e.approvedCitySek, 0),
    paidSek: await r.results.paidSek(caseId),
    activities: activities.map((a) => ({
      title: a.title,
      activityType: a.activityType,
      startsAt: a.startsAt,
      total: a.participation.total,
      targetGroups: a.targetGroups,
      participation: a.participation.dimensions.map((d) => ({ dimension: d.dimension, cells: suppressCells(d.cells) })),
    })),
    actors: actors ? actors.map((a) => ({ name: a.name, type: a.type, role: a.role })) : null,
  };
}

export type { AssociationReportKind };
