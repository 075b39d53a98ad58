/**
 * Budgetuppföljning (issue 12): planned against actual per budget line and per party, receipts,
 * the city's payments against the efforts decision, sums per process and per year, and the
 * follow-up as CSV (the rules: src/domain/execution/budget.ts). The group (`process.work`)
 * records actual costs and uploads receipts; only the contact person or case officer of the
 * committee (`case.assess`) records payments; everyone who may read the case sees it all and
 * may download its receipts.
 */
import { createHash } from "node:crypto";
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { checkActual, checkPayment, remainingToPay, sumsPerParty, sumsPerYear, type YearSums } from "#src/domain/execution/budget.ts";
import { hasExecutionPlan, isExecutionOpen } from "#src/domain/execution/plan.ts";
import { isUuid } from "#src/domain/ids.ts";
import { attachmentFilename, cleanFilename } from "#src/domain/intake/attachment-policy.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { FileInspector } from "../intake/index.ts";
import type { AuditMeta, Clock, CsvCell, CsvWriter, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import { guarded, messages, readable } from "./guard.ts";
import type { ActualRecord, BudgetLineFollowUp, PaymentRecord, ReceiptRecord } from "./ports.ts";
import { actualSchema, paymentSchema, receiptSchema, type ActualInput, type PaymentInput, type ReceiptInput } from "./schemas.ts";

/** Receipts: PDF, JPEG or PNG, read from the content; at most 10 MB each, 200 per process. */
export const RECEIPT_TYPES = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" } as const;
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;
export const MAX_RECEIPTS_PER_PROCESS = 200;

export type BudgetError = "not_found" | "invalid" | "closed" | "no_decision";
export type ReceiptError = "not_found" | "closed" | "invalid" | "empty" | "too_large" | "type_not_allowed" | "too_many";

export interface EffortPayments {
  id: string;
  title: string;
  decidedCitySek: number;
  citySek: number;
  paidSek: number;
  remainingSek: number;
}

export interface BudgetView {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: Phase;
  started: boolean;
  lines: Array<BudgetLineFollowUp & { actualSek: number }>;
  parties: Array<{ contributor: string; funder: string; plannedSek: number; actualSek: number }>;
  years: YearSums[];
  totals: { plannedSek: number; actualSek: number; citySek: number; paidSek: number };
  efforts: EffortPayments[];
  actuals: ActualRecord[];
  payments: PaymentRecord[];
  receipts: ReceiptRecord[];
  decision: { id: string; paragraph: string; decidedOn: string } | null;
  may: { work: boolean; pay: boolean };
}

/** The CSV's words, in the reader's language (the web layer gives them from the catalogue). */
export interface BudgetCsvVocabulary {
  headers: readonly string[];
  funder: Record<string, string>;
  form: Record<string, string>;
  paymentsHeading: string;
  paymentHeaders: readonly string[];
  total: string;
}

export class BudgetFollowUpService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #files: FileInspector;
  readonly #csv: CsvWriter;

  constructor(deps: { uow: UnitOfWork; clock: Clock; files: FileInspector; csvWriter: CsvWriter }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#files = deps.files;
    this.#csv = deps.csvWriter;
  }

  /** The follow-up as its page shows it, for those who may read the case; undefined otherwise. */
  async view(actor: Actor, caseId: string): Promise<BudgetView | undefined> {
    return this.#uow.read(async (r) => {
      const state = await readable(r, actor, caseId);
      if (!state) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const started = hasExecutionPlan(state.phase);
      const open = isExecutionOpen(state.phase);
      const [plan, lines, actuals, payments, receipts, decision] = started
        ? await Promise.all([r.execution.plan(caseId), r.execution.budgetLines(caseId), r.execution.actuals(caseId), r.execution.payments(caseId), r.execution.receipts(caseId), r.execution.effortsDecision(caseId)])
        : [[], [], [], [], [], undefined];
      const actualOf = new Map<string, number>();
      for (const a of actuals) actualOf.set(a.budgetLineId, (actualOf.get(a.budgetLineId) ?? 0) + a.amountSek);
      const withActual = lines.map((l) => ({ ...l, actualSek: actualOf.get(l.id) ?? 0 }));
      const paidOf = new Map<string, number>();
      for (const p of payments) paidOf.set(p.effortId, (paidOf.get(p.effortId) ?? 0) + p.amountSek);
      const efforts = plan.map((e) => ({ id: e.id, title: e.title, decidedCitySek: e.decidedCitySek, citySek: e.citySek, paidSek: paidOf.get(e.id) ?? 0, remainingSek: remainingToPay(e.citySek, paidOf.get(e.id) ?? 0) }));
      return {
        caseId,
        title: found.title,
        caseNumber: state.caseNumber,
        phase: state.phase,
        started,
        lines: withActual,
        parties: sumsPerParty(withActual.map((l) => ({ contributor: l.contributor, funder: l.funder, plannedSek: l.plannedSek ?? 0, actualSek: l.actualSek }))),
        years: sumsPerYear({
          planned: lines.filter((l) => l.plannedSek).map((l) => ({ amountSek: l.plannedSek ?? 0, startsOn: l.effortStartsOn, endsOn: l.effortEndsOn })),
          actuals,
          payments,
        }),
        totals: {
          plannedSek: lines.reduce((s, l) => s + (l.plannedSek ?? 0), 0),
          actualSek: actuals.reduce((s, a) => s + a.amountSek, 0),
          citySek: efforts.reduce((s, e) => s + e.citySek, 0),
          paidSek: payments.reduce((s, p) => s + p.amountSek, 0),
        },
        efforts,
        actuals,
        payments,
        receipts: receipts.map((f) => ({ ...f, filename: attachmentFilename(f.filename, f.mediaType) })),
        decision: decision ?? null,
        may: { work: open && can(actor, { action: "process.work", record: state }), pay: open && can(actor, { action: "case.assess", record: state }) },
      };
    });
  }

  /** The group records an actual cost (or valued resource) against a budget line of an approved effort. */
  async addActual(actor: Actor, caseId: string, input: ActualInput, meta: AuditMeta = {}): Promise<Result<{ actualId: string }, BudgetError>> {
    const parsed = actualSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const d = parsed.data;
    if (d.amountSek === null) return fail("invalid", { amountSek: "execution.error.amount" });
    const checked = checkActual({ amountSek: d.amountSek, spentOn: d.spentOn, description: d.description });
    if (!checked.ok) return fail("invalid", messages(checked.problems));
    return guarded(this.#uow, actor, caseId, "process.work", meta, async (r) => {
      if (d.submissionKey) {
        const earlier = await r.execution.actualBySubmissionKey(d.submissionKey);
        if (earlier) return earlier.caseId === caseId ? ok({ actualId: earlier.id }) : fail("invalid", { form: "appl.error.form" });
      }
      const line = (await r.execution.budgetLines(caseId)).find((l) => l.id === d.budgetLineId);
      if (!line) return fail("invalid", { budgetLineId: "execution.error.line" });
      const actualId = await r.execution.addActual({ caseId, budgetLineId: line.id, amountSek: d.amountSek ?? 0, spentOn: d.spentOn, description: d.description, by: actor.userId, at: this.#clock.now(), submissionKey: d.submissionKey });
      return ok({ actualId, audit: { action: "execution.actual.add", after: { actualId, budgetLineId: line.id, effortTitle: line.effortTitle, amountSek: d.amountSek, spentOn: d.spentOn } } });
    });
  }

  /**
   * The contact person or case officer records a payment to an effort against the efforts
   * decision: never more, with what is paid already, than the contribution in force.
   */
  async recordPayment(actor: Actor, caseId: string, input: PaymentInput, meta: AuditMeta = {}): Promise<Result<{ paymentId: string }, BudgetError>> {
    const parsed = paymentSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const d = parsed.data;
    if (d.amountSek === null) return fail("invalid", { amountSek: "execution.error.amount" });
    return guarded(this.#uow, actor, caseId, "case.assess", meta, async (r) => {
      if (d.submissionKey) {
        const earlier = await r.execution.paymentBySubmissionKey(d.submissionKey);
        if (earlier) return earlier.caseId === caseId ? ok({ paymentId: earlier.id }) : fail("invalid", { form: "appl.error.form" });
      }
      const decision = await r.execution.effortsDecision(caseId);
      if (!decision) return fail("no_decision");
      const effort = (await r.execution.plan(caseId)).find((e) => e.id === d.effortId);
      if (!effort) return fail("invalid", { effortId: "execution.error.effort" });
      const paidSek = await r.execution.paidTo(effort.id);
      const checked = checkPayment({ amountSek: d.amountSek ?? 0, paidOn: d.paidOn }, { approved: true, citySek: effort.citySek, paidSek });
      if (!checked.ok) return fail("invalid", messages(checked.problems));
      const paymentId = await r.execution.addPayment({ caseId, effortId: effort.id, decisionId: decision.id, amountSek: d.amountSek ?? 0, paidOn: d.paidOn, note: d.note, by: actor.userId, at: this.#clock.now(), submissionKey: d.submissionKey });
      return ok({ paymentId, audit: { action: "execution.payment.add", after: { paymentId, effortId: effort.id, title: effort.title, decisionId: decision.id, amountSek: d.amountSek, paidOn: d.paidOn } } });
    });
  }

  /** Uploads a receipt (PDF, JPEG or PNG by its content); the same form key twice stores one. */
  async addReceipt(actor: Actor, caseId: string, input: ReceiptInput, file: { name: string; bytes: Uint8Array }, meta: AuditMeta = {}): Promise<Result<{ receiptId: string }, ReceiptError>> {
    const parsed = receiptSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const d = parsed.data;
    if (file.bytes.byteLength === 0) return fail("empty");
    if (file.bytes.byteLength > MAX_RECEIPT_BYTES) return fail("too_large");
    const mediaType = await this.#files.detectMediaType(file.bytes);
    if (!mediaType || !Object.hasOwn(RECEIPT_TYPES, mediaType)) return fail("type_not_allowed");
    const sha256 = createHash("sha256").update(file.bytes).digest("hex");
    return guarded(this.#uow, actor, caseId, "process.work", meta, async (r) => {
      const earlier = await r.execution.receiptBySubmissionKey(d.submissionKey);
      if (earlier) return earlier.caseId === caseId ? ok({ receiptId: earlier.id }) : fail("invalid");
      if ((await r.execution.receiptCount(caseId)) >= MAX_RECEIPTS_PER_PROCESS) return fail("too_many");
      if (d.budgetLineId && !(await r.execution.budgetLines(caseId)).some((l) => l.id === d.budgetLineId)) return fail("invalid", { budgetLineId: "execution.error.line" });
      const filename = attachmentFilename(cleanFilename(file.name), mediaType);
      const receiptId = await r.execution.addReceipt({ caseId, budgetLineId: d.budgetLineId, description: d.description, filename, mediaType, bytes: file.bytes, sha256, by: actor.userId, at: this.#clock.now(), submissionKey: d.submissionKey });
      return ok({ receiptId, audit: { action: "execution.receipt.add", after: { receiptId, filename, mediaType, sizeBytes: file.bytes.byteLength, sha256 } } });
    });
  }

  /** A receipt's content for download, for those who may read the case. */
  async receipt(actor: Actor, caseId: string, receiptId: string): Promise<{ filename: string; mediaType: string; bytes: Uint8Array } | undefined> {
    if (!isUuid(receiptId)) return undefined;
    return this.#uow.read(async (r) => {
      if (!(await readable(r, actor, caseId))) return undefined;
      const file = await r.execution.receiptContent(caseId, receiptId);
      return file && { ...file, filename: attachmentFilename(file.filename, file.mediaType) };
    });
  }

  /** The follow-up as CSV: one row per budget line (planned, actual, difference), then the payments. */
  async csv(actor: Actor, caseId: string, words: BudgetCsvVocabulary): Promise<{ csv: string; caseNumber: string | null } | undefined> {
    const view = await this.view(actor, caseId);
    if (!view) return undefined;
    const rows: CsvCell[][] = [[...words.headers]];
    for (const l of view.lines) rows.push([l.effortTitle, l.contributor, words.funder[l.funder] ?? l.funder, words.form[l.form] ?? l.form, l.description, l.plannedSek, l.actualSek, (l.plannedSek ?? 0) - l.actualSek]);
    rows.push([words.total, "", "", "", "", view.totals.plannedSek, view.totals.actualSek, view.totals.plannedSek - view.totals.actualSek]);
    rows.push([]);
    rows.push([words.paymentsHeading]);
    rows.push([...words.paymentHeaders]);
    const titleOf = new Map(view.efforts.map((e) => [e.id, e.title]));
    for (const p of view.payments) rows.push([titleOf.get(p.effortId) ?? "", p.paidOn, p.amountSek, p.decisionParagraph, p.decisionOn, p.note]);
    return { csv: this.#csv.write(rows, { forSpreadsheets: true }), caseNumber: view.caseNumber };
  }
}
