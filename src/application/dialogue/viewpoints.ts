/**
 * The residents' viewpoints as the group works with them (issue 11): the list of a process's
 * viewpoints (by activity, paged), entering one by hand, importing many from CSV (all rows or
 * none), and moderation: hiding one with a reason (and showing it again), and redacting personal
 * data from one with a reason. Who: the process's group, as the policy's `process.work` says
 * (every party organisation's users and the case staff of its committee); anyone else is
 * answered as if the process did not exist. When: in a running process (samarbete, utförande,
 * resultat); a closed process is read-only. Every change is audited in its transaction; a
 * redaction's audit entry holds who, when and why, never the text it replaced.
 */
import { createHash } from "node:crypto";
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { PROCESS_PHASES } from "#src/domain/collaboration/process-phase.ts";
import { AGE_BANDS, AREA_RELATIONS, SEXES, SWEDISH, type AgeBand, type AreaRelation, type Sex } from "#src/domain/dialogue/vocabulary.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { fetchPage, type Page } from "../shared/paging.ts";
import type { AuditMeta, Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { CaseState } from "../cases/index.ts";
// The CSV reader is the coordination feature's (rows keyed by normalised header, a line number each).
import type { TableReader } from "../coordination/index.ts";
import type { ActivityOption, NewViewpoint, ViewpointRecord } from "./viewpoint-ports.ts";
import { ENTERED_VIEWPOINT_MAX, viewpointEntrySchema, viewpointModerationSchema, type ViewpointEntryInput, type ViewpointModerationInput } from "./viewpoint-schemas.ts";

/** A process's viewpoints exist from its samarbetsfas on; they change until it is closed. */
const mayChange = (phase: Phase) => phase !== "avslutad";
const isProcess = (phase: Phase) => (PROCESS_PHASES as readonly Phase[]).includes(phase);

export interface ViewpointsPage {
  caseId: string;
  caseTitle: string;
  phase: Phase;
  /** The process is running: viewpoints may be added and moderated. */
  mayChange: boolean;
  activities: ActivityOption[];
  /** The activity filtered by, if any (one of `activities`). */
  activityId: string | null;
  viewpoints: Page<ViewpointRecord>;
}

export interface ViewpointView {
  caseId: string;
  caseTitle: string;
  mayChange: boolean;
  viewpoint: ViewpointRecord;
}

export type ViewpointChangeError = "not_found" | "closed" | "invalid" | "unknown_activity";

/** The columns of a viewpoint import, in the order of the template. */
export const VIEWPOINT_CSV_COLUMNS = ["text", "activity", "ageBand", "sex", "relations", "language"] as const;
export type ViewpointCsvColumn = (typeof VIEWPOINT_CSV_COLUMNS)[number];

/** The most rows one import takes. */
export const MAX_IMPORT_ROWS = 5_000;

/**
 * The words a file may use, from the message catalogues (the application knows no text): each
 * column's names, and for each code of the optional answers the words beside the code itself.
 */
export interface ViewpointCsvNames {
  columns: Record<ViewpointCsvColumn, readonly string[]>;
  ageBand: Record<AgeBand, readonly string[]>;
  sex: Record<Sex, readonly string[]>;
  relations: Record<AreaRelation, readonly string[]>;
  /** Each offered language's names in Swedish and English beside its code ("Arabiska", "Arabic"); the column may be left out (Swedish). */
  languages: Readonly<Record<string, readonly string[]>>;
}

export type ViewpointCsvError = "csv" | "empty" | "too_many_rows" | "missing_column" | "required" | "too_long" | "unknown_activity" | "unknown_age_band" | "unknown_sex" | "unknown_relation" | "unknown_language";
export interface ViewpointCsvProblem {
  line: number;
  /** The column, or "" for the whole file or row. */
  column: ViewpointCsvColumn | "";
  error: ViewpointCsvError;
  /** What was found (the value, or the reader's message). */
  detail?: string;
}
export type ViewpointImportOutcome =
  | { ok: true; value: { imported: number; again: boolean } }
  | { ok: false; error: "not_found" | "closed" }
  | { ok: false; error: "invalid"; problems: ViewpointCsvProblem[] };

/** Names as a file writes them, read alike: no accents, no case, letters and digits only ("Ålder" = "alder"). */
export function comparableName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** A row's own submission key, from the import's key and its line: the same file sent twice stores its rows once. */
function rowKey(importKey: string, line: number): string {
  const h = createHash("sha256").update(`${importKey}:${line}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export class ViewpointService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #tables: TableReader;

  readonly #languages: ReadonlySet<string>;

  /** `languages`: the codes of the languages Samverka offers (src/text/languages/; Swedish and English by default). */
  constructor(deps: { uow: UnitOfWork; clock: Clock; tables: TableReader; languages?: readonly string[] }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#tables = deps.tables;
    this.#languages = new Set(deps.languages ?? [SWEDISH, "en"]);
  }

  /** The case, if it is a process the actor works in. */
  async #process(r: Repositories, actor: Actor, caseId: string, opts: { forUpdate?: boolean } = {}): Promise<CaseState | undefined> {
    if (!isUuid(caseId)) return undefined;
    const state = await r.cases.state(caseId, opts);
    if (!state || !isProcess(state.phase) || !can(actor, { action: "process.work", record: state })) return undefined;
    return state;
  }

  /** Whether the actor works in the process (the process's menu shows the viewpoints then). */
  async mayWork(actor: Actor, caseId: string): Promise<boolean> {
    return this.#uow.read(async (r) => (await this.#process(r, actor, caseId)) !== undefined);
  }

  /** One page of the process's viewpoints, newest first, hidden ones included (shown as hidden); undefined for others. */
  async list(actor: Actor, caseId: string, opts: { activityId?: string | null; page?: number } = {}): Promise<ViewpointsPage | undefined> {
    return this.#uow.read(async (r) => {
      const state = await this.#process(r, actor, caseId);
      if (!state) return undefined;
      const caseTitle = (await r.viewpoints.caseTitle(caseId)) ?? "";
      const activities = await r.viewpoints.activities(caseId);
      const activityId = opts.activityId && activities.some((a) => a.id === opts.activityId) ? opts.activityId : null;
      const filter = { activityId: activityId ?? undefined };
      const viewpoints = await fetchPage(
        opts.page ?? 1,
        () => r.viewpoints.count(caseId, filter),
        (w) => r.viewpoints.page(caseId, filter, w),
      );
      return { caseId, caseTitle, phase: state.phase, mayChange: mayChange(state.phase), activities, activityId, viewpoints };
    });
  }

  /** The process's activities, for the entry form; undefined when the actor may not add viewpoints now. */
  async entryForm(actor: Actor, caseId: string): Promise<{ caseId: string; caseTitle: string; activities: ActivityOption[] } | undefined> {
    return this.#uow.read(async (r) => {
      const state = await this.#process(r, actor, caseId);
      if (!state || !mayChange(state.phase)) return undefined;
      return { caseId, caseTitle: (await r.viewpoints.caseTitle(caseId)) ?? "", activities: await r.viewpoints.activities(caseId) };
    });
  }

  async get(actor: Actor, caseId: string, id: string): Promise<ViewpointView | undefined> {
    if (!isUuid(id)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await this.#process(r, actor, caseId);
      if (!state) return undefined;
      const viewpoint = await r.viewpoints.find(caseId, id);
      if (!viewpoint) return undefined;
      return { caseId, caseTitle: (await r.viewpoints.caseTitle(caseId)) ?? "", mayChange: mayChange(state.phase), viewpoint };
    });
  }

  /** Enters a viewpoint by hand (source `manuell`). The same form sent twice stores one. */
  async add(actor: Actor, caseId: string, input: ViewpointEntryInput, meta: AuditMeta = {}): Promise<Result<{ id: string }, ViewpointChangeError>> {
    if (!isUuid(caseId)) return fail("not_found");
    const parsed = viewpointEntrySchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const v = parsed.data;
    if (!this.#languages.has(v.language)) return fail("invalid", { language: "vp.error.language" });
    return this.#uow.transaction(async (r): Promise<Result<{ id: string }, ViewpointChangeError>> => {
      const state = await this.#process(r, actor, caseId, { forUpdate: true });
      if (!state) return fail("not_found");
      if (!mayChange(state.phase)) return fail("closed");
      if (v.activityId && !(await r.viewpoints.activities(caseId)).some((a) => a.id === v.activityId)) return fail("unknown_activity");
      const saved = await r.viewpoints.insert({ caseId, activityId: v.activityId, body: v.body, source: "manuell", ageBand: v.ageBand, sex: v.sex, relations: v.relations, submissionKey: v.submissionKey, enteredBy: actor.userId, at: this.#clock.now(), language: v.language });
      if (saved.created) {
        await r.audit.append({ actor, action: "viewpoint.add", entityType: "viewpoint", entityId: saved.id, organisationId: state.applicantOrganisationId, after: { caseId, activityId: v.activityId, source: "manuell" }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      }
      return ok({ id: saved.id });
    });
  }

  /**
   * Imports viewpoints from CSV (source `import`): every row is checked first; with any problem
   * nothing is stored, and the report lists each by line and column. `importKey`: the form's
   * key, so the same file sent twice is imported once.
   */
  async importCsv(actor: Actor, caseId: string, text: string, names: ViewpointCsvNames, importKey: string, meta: AuditMeta = {}): Promise<ViewpointImportOutcome> {
    if (!isUuid(caseId) || !isUuid(importKey)) return { ok: false, error: "not_found" };
    const access = await this.#uow.read((r) => this.#process(r, actor, caseId));
    if (!access) return { ok: false, error: "not_found" };
    if (!mayChange(access.phase)) return { ok: false, error: "closed" };
    const table = this.#tables.read(text);
    if (!table.ok) return { ok: false, error: "invalid", problems: [{ line: table.line, column: "", error: table.message === "empty" ? "empty" : "csv", detail: table.message }] };
    // Each column's place in the file, by any of its names.
    const columnOf = new Map<ViewpointCsvColumn, string>();
    for (const column of VIEWPOINT_CSV_COLUMNS) {
      const accepted = new Set(names.columns[column].map(comparableName));
      const found = table.header.find((h) => accepted.has(comparableName(h)));
      if (found !== undefined) columnOf.set(column, found);
    }
    if (!columnOf.has("text")) return { ok: false, error: "invalid", problems: [{ line: 1, column: "text", error: "missing_column" }] };
    if (table.rows.length === 0) return { ok: false, error: "invalid", problems: [{ line: 2, column: "", error: "empty" }] };
    if (table.rows.length > MAX_IMPORT_ROWS) return { ok: false, error: "invalid", problems: [{ line: MAX_IMPORT_ROWS + 2, column: "", error: "too_many_rows", detail: String(MAX_IMPORT_ROWS) }] };
    const codes = <C extends string>(list: readonly C[], words: Record<C, readonly string[]>) => new Map(list.flatMap((code) => [code, ...words[code]].map((w) => [comparableName(w), code] as const)));
    const ageBands = codes(AGE_BANDS, names.ageBand);
    const sexes = codes(SEXES, names.sex);
    const relationCodes = codes(AREA_RELATIONS, names.relations);
    const languageCodes = codes([...this.#languages], Object.fromEntries([...this.#languages].map((code) => [code, names.languages[code] ?? []])));
    const now = this.#clock.now();

    return this.#uow.transaction(async (r): Promise<ViewpointImportOutcome> => {
      const state = await this.#process(r, actor, caseId, { forUpdate: true });
      if (!state) return { ok: false, error: "not_found" };
      if (!mayChange(state.phase)) return { ok: false, error: "closed" };
      if (await r.viewpoints.bySubmissionKey(rowKey(importKey, table.rows[0]!.line))) return { ok: true, value: { imported: 0, again: true } };
      const activities = await r.viewpoints.activities(caseId);
      const activityByTitle = new Map(activities.map((a) => [a.title.trim().toLowerCase(), a.id]));
      const problems: ViewpointCsvProblem[] = [];
      const rows: NewViewpoint[] = [];
      for (const row of table.rows) {
        const cell = (column: ViewpointCsvColumn) => (columnOf.has(column) ? (row.values[columnOf.get(column)!] ?? "").trim() : "");
        const problem = (column: ViewpointCsvColumn, error: ViewpointCsvError, detail?: string) => problems.push({ line: row.line, column, error, ...(detail !== undefined ? { detail } : {}) });
        const body = cell("text");
        if (body === "") problem("text", "required");
        else if (body.length > ENTERED_VIEWPOINT_MAX) problem("text", "too_long", String(ENTERED_VIEWPOINT_MAX));
        const title = cell("activity");
        const activityId = title === "" ? null : (activityByTitle.get(title.toLowerCase()) ?? null);
        if (title !== "" && activityId === null) problem("activity", "unknown_activity", title);
        const age = cell("ageBand");
        const ageBand = age === "" ? null : (ageBands.get(comparableName(age)) ?? null);
        if (age !== "" && ageBand === null) problem("ageBand", "unknown_age_band", age);
        const sexText = cell("sex");
        const sex = sexText === "" ? null : (sexes.get(comparableName(sexText)) ?? null);
        if (sexText !== "" && sex === null) problem("sex", "unknown_sex", sexText);
        const languageText = cell("language");
        const language = languageText === "" ? SWEDISH : (languageCodes.get(comparableName(languageText)) ?? null);
        if (language === null) problem("language", "unknown_language", languageText);
        const relations: AreaRelation[] = [];
        for (const word of cell("relations").split(/[,;|/]/).map((w) => w.trim()).filter(Boolean)) {
          const code = relationCodes.get(comparableName(word));
          if (code) relations.push(code);
          else problem("relations", "unknown_relation", word);
        }
        rows.push({ caseId, activityId, body, source: "import", ageBand, sex, relations: AREA_RELATIONS.filter((c) => relations.includes(c)), submissionKey: rowKey(importKey, row.line), enteredBy: actor.userId, at: now, language: language ?? SWEDISH });
      }
      if (problems.length) return { ok: false, error: "invalid", problems };
      const imported = await r.viewpoints.insertMany(rows);
      await r.audit.append({ actor, action: "viewpoint.import", entityType: "case", entityId: caseId, organisationId: state.applicantOrganisationId, after: { rows: imported }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return { ok: true, value: { imported, again: false } };
    });
  }

  /**
   * Hides a viewpoint (with a reason), shows it again, or redacts personal data from it (the new
   * text and a reason; the old text is gone, and the audit entry does not hold it). Hiding a
   * hidden one or showing a shown one changes nothing.
   */
  async moderate(actor: Actor, caseId: string, id: string, input: ViewpointModerationInput, meta: AuditMeta = {}): Promise<Result<void, ViewpointChangeError>> {
    if (!isUuid(caseId) || !isUuid(id)) return fail("not_found");
    const parsed = viewpointModerationSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const m = parsed.data;
    return this.#uow.transaction(async (r): Promise<Result<void, ViewpointChangeError>> => {
      const state = await this.#process(r, actor, caseId, { forUpdate: true });
      if (!state) return fail("not_found");
      const viewpoint = await r.viewpoints.find(caseId, id, { forUpdate: true });
      if (!viewpoint) return fail("not_found");
      if (!mayChange(state.phase)) return fail("closed");
      const at = this.#clock.now();
      const audit = (action: string, after: Record<string, unknown>) =>
        r.audit.append({ actor, action, entityType: "viewpoint", entityId: id, organisationId: state.applicantOrganisationId, after: { caseId, ...after }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      if (m.intent === "hide") {
        if (viewpoint.hidden) return ok(undefined);
        await r.viewpoints.hide(id, { by: actor.userId, reason: m.reason, at });
        await audit("viewpoint.hide", { reason: m.reason });
      } else if (m.intent === "show") {
        if (!viewpoint.hidden) return ok(undefined);
        await r.viewpoints.show(id);
        await audit("viewpoint.show", {});
      } else {
        if (m.body === viewpoint.body) return ok(undefined);
        await r.viewpoints.redact(id, { body: m.body, by: actor.userId, reason: m.reason, at });
        // Who, when and why; never the text it replaced (nor the new one: the viewpoint holds it).
        await audit("viewpoint.redact", { reason: m.reason });
      }
      return ok(undefined);
    });
  }
}
